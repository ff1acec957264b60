-- "..., government spokesman X said ...", "..., palace spokesman X said":
-- the office's word in lower case before the title is part of the
-- subject after an opening phrase (as capitalised words were), so
-- the spokesman (unknown to the gazetteer) is the source and speaks for
-- the story's home side, not for the side of the person he reports on
-- (session 18, cl18).  Invented paragraphs.

local function has(lines, text)
  for _, l in ipairs(lines) do
    if l:find(text, 1, true) then return true end
  end
  return false
end

test("a palace spokesman after an opening time", function()
  local lines = claim_lines(extract({ "MADRID, June 3 (Wire) -- King Felipe VI and President Emmanuel Macron spoke by telephone on Friday.",
    "Late on Friday, palace spokesman Jaime Alfonsin said the President had praised Spain's fire crews." },
    "2023-06-03"))
  ok(has(lines, "Spain | Emmanuel Macron | spokesman Jaime Alfonsin | praised Spain's fire crews"), table.concat(lines, "\n"))
end)

test("an office word in lower case after an opening phrase", function()
  local lines = claim_lines(extract({ "ROME, June 3 (Wire) -- Chancellor Olaf Scholz and Prime Minister Giorgia Meloni spoke by telephone on Friday.",
    "In a statement issued in the evening, government spokesman Paolo Chiesa said the Chancellor had backed Italy's request for more migration funds." },
    "2023-06-03"))
  ok(has(lines, "Italy | Olaf Scholz") and not has(lines, "Germany |"), table.concat(lines, "\n"))
end)
