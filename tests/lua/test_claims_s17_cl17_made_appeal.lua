-- "made a (personal, formal, urgent ...) appeal / plea / request for X"
-- is a request as "appealed for X" is: a claim of the one who made it,
-- alone in its sentence or after the call's cue ("had rung him ... and
-- made a formal request for ...") (session 17, cl17).  Invented
-- paragraphs.

local function has(lines, text)
  for _, l in ipairs(lines) do
    if l:find(text, 1, true) then return true end
  end
  return false
end

test("a personal appeal in a sentence of its own", function()
  local lines = claim_lines(extract({ "Chancellor Helmut Kohl spoke by telephone with President Suharto today.",
    "The Chancellor made a personal appeal, on humanitarian grounds, for the release of the two German engineers." },
    "1995-04-02"))
  ok(has(lines, "Germany | Helmut Kohl") and has(lines, "release of the two German engineers"), table.concat(lines, "\n"))
end)

test("a formal request after the call's cue", function()
  local lines = claim_lines(extract({ "Mr Keating told a press conference yesterday that President Suharto had rung him early in the morning and made a formal request for Australian help with the forest fires." },
    "1995-04-02"))
  ok(has(lines, "Australian help with the forest fires"), table.concat(lines, "\n"))
end)
