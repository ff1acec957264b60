-- "Over the weekend", "at the weekend", "last weekend" tell two days and
-- neither (session 13, cc13): a call so placed has no day (basis
-- unknown), not the report's day.  A weekday told with it still dates
-- it.  Invented sentences.

test("'over the weekend': no day", function()
  local b = briefing({ "Chancellor Gerhard Schröder was in close telephone contact with President Jacques Chirac over the weekend." },
    "2003-03-18")
  eq(call_pairs(b, "basis"), { "Gerhard Schröder + Jacques Chirac @ undated (unknown)" })
end)

test("'at the weekend' and 'last weekend'", function()
  eq(call_pairs(briefing({ "Tony Blair spoke by telephone with José María Aznar at the weekend." }, "2003-03-18"), "basis"),
    { "José María Aznar + Tony Blair @ undated (unknown)" })
  eq(call_pairs(briefing({ "Tony Blair telephoned José María Aznar last weekend, officials said." }, "2003-03-18"), "basis"),
    { "José María Aznar + Tony Blair @ undated (unknown)" })
end)

test("a weekday still dates the call", function()
  eq(call_pairs(briefing({ "Tony Blair telephoned José María Aznar on Sunday." }, "2003-03-18"), "basis"),
    { "José María Aznar + Tony Blair @ 2003-03-16 (relative)" })
end)
