-- A person off the call who is the point's own subject, with no teller
-- ("The Popular Party's Mariano Rajoy accused the Prime Minister of
-- ..."), speaks for himself: naming a participant does not make his words
-- an account of the call, as it does not for one who "told reporters"
-- (session 18, cl18).  Invented paragraphs.

local function has(lines, text)
  for _, l in ipairs(lines) do
    if l:find(text, 1, true) then return true end
  end
  return false
end

test("an opposition figure naming a participant: no claim", function()
  local lines = claim_lines(extract({ "MADRID, June 3 (Wire) -- Prime Minister Pedro Sanchez spoke by telephone with President Emmanuel Macron on Friday, his office said.",
    "Mr Sanchez told Mr Macron that Spain would back the new gas link, the office said.",
    "The Popular Party's Mariano Rajoy accused the Prime Minister of selling out the country's farmers." },
    "2022-06-03"))
  ok(has(lines, "back the new gas link") and not has(lines, "selling out"), table.concat(lines, "\n"))
end)

test("a participant as the subject still gives a claim", function()
  local lines = claim_lines(extract({ "MADRID, June 3 (Wire) -- Prime Minister Pedro Sanchez spoke by telephone with President Emmanuel Macron on Friday, his office said.",
    "Mr Sanchez urged the President to speed up the gas link, the office said." },
    "2022-06-03"))
  ok(has(lines, "speed up the gas link"), table.concat(lines, "\n"))
end)
