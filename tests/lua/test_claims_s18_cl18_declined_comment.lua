-- "... confirmed that the call took place and declined further comment":
-- a refusal to comment, in any of its forms ("declined further comment",
-- "refused further comment", "declined to comment further"), is no
-- assertion, as "declined to comment" is (session 18, cl18).  Invented
-- paragraphs.

local function has(lines, text)
  for _, l in ipairs(lines) do
    if l:find(text, 1, true) then return true end
  end
  return false
end

test("confirmed the call and declined further comment", function()
  local lines = claim_lines(extract({ "President Emmanuel Macron spoke by telephone with President Kais Saied on Monday, Tunisian state radio said.",
    "The Elysee confirmed that the call took place and declined further comment." },
    "2021-07-27"))
  ok(not has(lines, "took place"), table.concat(lines, "\n"))
end)

test("refused further comment after an account", function()
  local lines = claim_lines(extract({ "President Emmanuel Macron spoke by telephone with President Kais Saied on Monday.",
    "An aide to Mr Macron said the two had discussed the vaccine deliveries and refused further comment." },
    "2021-07-27"))
  ok(has(lines, "discussed the vaccine deliveries") and not has(lines, "refused further comment"), table.concat(lines, "\n"))
end)
