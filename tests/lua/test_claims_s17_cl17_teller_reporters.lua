-- A participant who tells the call in his own words ("X said Y had
-- called him this morning") and goes on, in the next sentence, to
-- reporters ("\"...,\" X told reporters") is still giving his account of
-- the call, not speaking on another occasion; nor are the sentences after
-- (session 17, cl17).  Remarks to reporters with no such account before
-- them stay another occasion.  Invented paragraphs.

local function has(lines, text)
  for _, l in ipairs(lines) do
    if l:find(text, 1, true) then return true end
  end
  return false
end

test("remarks to reporters right after the teller's own account of the call", function()
  local lines = claim_lines(extract({ "Prime Minister Jean Chretien said President Bush had called him this morning about the softwood lumber dispute.",
    "\"He was very understanding about our concerns on lumber,\" Mr Chretien told reporters in Ottawa.",
    "Mr Chretien said the President had invited him to Camp David later in the spring." },
    "2001-03-14"))
  ok(has(lines, "concerns on lumber") and has(lines, "Camp David"), table.concat(lines, "\n"))
end)

test("remarks to reporters after a call told by no one stay another occasion", function()
  local lines = claim_lines(extract({ "Prime Minister Jean Chretien spoke by telephone with President Bush on Monday about the softwood lumber dispute.",
    "\"Canada will not give in on lumber,\" Mr Chretien told reporters in Ottawa on Tuesday." },
    "2001-03-14"))
  ok(not has(lines, "give in on lumber"), table.concat(lines, "\n"))
end)
