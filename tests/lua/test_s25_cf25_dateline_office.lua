-- Session 25 (cf25): a bare office no sentence gives a country ("The
-- Queen telephoned ...", two queens reigning that day) takes the
-- dateline's country when that country has a holder that day; with no
-- dateline it stays no one in particular.  Sentences of our own.

-- (a page through the source stage, whose dateline it finds)
local function st(s)
  local _, _, b = page_run("Report\n\n14 May 1982\n\n" .. s .. "\n")
  return sorted_call_pairs(b, "status")
end

test("the dateline's country for a bare office of two holders", function()
  eq(st("LONDON, May 13 - The Queen telephoned President Reagan on Thursday."),
    { "Elizabeth II + Ronald Reagan: held" })
  eq(st("THE HAGUE, May 13 - The Queen telephoned President Reagan on Thursday."),
    { "Beatrix + Ronald Reagan: held" })
end)

test("guards: no dateline, a dateline of a land of no queen: no guess", function()
  eq(st("The Queen telephoned President Reagan on Thursday."), {})
  eq(st("WASHINGTON, May 13 - The Queen telephoned President Reagan on Thursday."), {})
  eq(st("LONDON, May 13 - The Queen called on President Reagan to show restraint."), {})
end)
