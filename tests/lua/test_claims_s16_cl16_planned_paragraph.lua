-- A call still to come has no content: a later paragraph that names
-- neither the call nor a party to it is about something else, not that
-- side's word on the call (session 16, cl16): "In Washington, a
-- spokeswoman said the president would decide ..." after "X would speak
-- to Y by telephone later on Friday".  Invented paragraphs; the words
-- in the call's own paragraph stay.

test("a spokeswoman's words a paragraph after a planned call", function()
  local ex = extract({ { "In Rome, the government said Prime Minister Romano Prodi would speak to Chancellor Gerhard Schroeder by telephone later on Friday." },
    { "In Berlin, a government spokeswoman said the chancellor would take decisions \"in the interest of German savers\" and that there was no hurry." } },
    "1998-03-27")
  local lines = claim_lines(ex)
  for _, l in ipairs(lines) do
    ok(not l:find("savers", 1, true) and not l:find("hurry", 1, true), table.concat(lines, "\n"))
  end
end)

test("the planned call's topic in its own paragraph stays", function()
  local ex = extract({ { "In Rome, the government said Prime Minister Romano Prodi would speak to Chancellor Gerhard Schroeder by telephone later on Friday.",
    "A spokesman said Mr Prodi would use the call to press for an early decision on the euro." } },
    "1998-03-27")
  local lines = claim_lines(ex)
  ok(#lines > 0 and lines[1]:find("early decision on the euro", 1, true), table.concat(lines, "\n"))
end)
