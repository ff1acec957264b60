-- Namesakes on an undated call, session 11: "President Bush" under a
-- dateline with no year is the Bush who held office while the other
-- person of the call did.  Short invented pages with no date.

local function calls_of(paras) return sorted_call_pairs(briefing(paras, nil)) end

test("namesakes on an undated call: the one in office with the other person", function()
  eq(calls_of({ "KENNEBUNKPORT, Maine, Aug. 23 - President Bush telephoned President Mikhail S. Gorbachev today about the Gulf." }),
    { "George H. W. Bush + Mikhail Gorbachev" })
  eq(calls_of({ "President Bush spoke by telephone with Prime Minister Junichiro Koizumi about the tsunami relief." }),
    { "George W. Bush + Junichiro Koizumi" })
end)

test("no one of them served with the other person: nobody", function()
  eq(calls_of({ "President Bush spoke by telephone with Chancellor Olaf Scholz about the summit." }), {})
end)
