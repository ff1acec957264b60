-- People, session 18: Indonesian usage names Susilo Bambang Yudhoyono
-- by his first name ("had spoken to Susilo by telephone"), as the
-- reporting of 2004 often did: the gazetteer knows "Susilo" and "Susilo
-- Bambang" as his.  Invented sentences.

test("Susilo alone is Susilo Bambang Yudhoyono", function()
  eq(sorted_call_pairs(briefing({ "Prime Minister Junichiro Koizumi said on Thursday that he had spoken to Susilo by telephone late on Tuesday and would visit Jakarta." }, "2004-10-22"), "basis"),
    { "Junichiro Koizumi + Susilo Bambang Yudhoyono @ 2004-10-19 (relative)" })
end)

test("Susilo Bambang is Susilo Bambang Yudhoyono", function()
  local names = names_in(extract({ "Helen Clark telephoned Susilo Bambang on Monday." }, "2004-10-06"))
  ok(names["Susilo Bambang Yudhoyono"], "Susilo Bambang")
end)
