-- The gazetteer's office holders of the 1990s: calls of those years name
-- the people in office then, role phrases resolve by the date, and a
-- father and son (the two Presidents Bush) are told apart by the date.
-- The articles are short ones written for the test.

test("role phrases resolve to the office holders of the 1990s", function()
  local b = briefing({ "The German chancellor spoke by telephone with the French president on Monday." }, "1991-03-12")
  eq(call_pairs(b), { "François Mitterrand + Helmut Kohl" })
  b = briefing({ "The Japanese prime minister spoke by phone with the Chinese premier on Friday." }, "1995-03-10")
  eq(call_pairs(b), { "Li Peng + Tomiichi Murayama" })
  b = briefing({ "The Indian prime minister spoke by phone with the Pakistani prime minister on Friday." }, "1997-03-14")
  eq(call_pairs(b), { "H. D. Deve Gowda + Nawaz Sharif" })
  b = briefing({ "The Turkish prime minister spoke by phone with the Polish president on Friday." }, "1994-03-11")
  eq(call_pairs(b), { "Lech Wałęsa + Tansu Çiller" })
  b = briefing({ "The NATO secretary general spoke by phone with the UN secretary-general on Friday." }, "1995-03-10")
  eq(call_pairs(b), { "Boutros Boutros-Ghali + Willy Claes" })
  b = briefing({ "The Ukrainian foreign minister spoke by phone with the Italian foreign minister on Friday." }, "1995-03-10")
  eq(call_pairs(b), { "Hennadiy Udovenko + Susanna Agnelli" })
end)

test("surnames of the 1990s name the people in office", function()
  eq(call_pairs(briefing({ "Major spoke by phone with Kohl on Monday about Bosnia." }, "1993-05-11")),
    { "Helmut Kohl + John Major" })
  eq(call_pairs(briefing({ "Rabin spoke by telephone with Christopher on Sunday." }, "1994-07-18")),
    { "Warren Christopher + Yitzhak Rabin" })
  eq(call_pairs(briefing({ "Primakov spoke by telephone with Albright on Friday." }, "1997-03-14")),
    { "Madeleine Albright + Yevgeny Primakov" })
end)

test("earlier terms on the entries of later office holders", function()
  -- Netanyahu's first premiership, Peres as foreign minister under Rabin
  local b = briefing({ "The Israeli prime minister spoke by phone with the Egyptian president on Friday." }, "1997-05-09")
  eq(call_pairs(b), { "Benjamin Netanyahu + Hosni Mubarak" })
  b = briefing({ "The Israeli foreign minister spoke by phone with the Russian foreign minister on Friday." }, "1994-05-13")
  eq(call_pairs(b), { "Andrei Kozyrev + Shimon Peres" })
end)

test("the two Presidents Bush, by the date", function()
  eq(call_pairs(briefing({ "President Bush spoke by telephone with Boris Yeltsin on Tuesday." }, "1991-08-21")),
    { "Boris Yeltsin + George H. W. Bush" })
  eq(call_pairs(briefing({ "President Bush spoke by telephone with Jiang Zemin on Wednesday." }, "2001-09-12")),
    { "George W. Bush + Jiang Zemin" })
end)
