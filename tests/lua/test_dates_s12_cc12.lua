-- Days of the month written as words (session 12, cc12): spoken and
-- transcribed prose says "the fourth of September", "on Tuesday the third
-- of November", "March the twenty-first"; such a day dates the call as
-- "4 September" would.  Invented sentences.

test("'the twenty-first of March' dates the call", function()
  local b = briefing({ "On the twenty-first of March Prime Minister Jacinda Ardern telephoned Prime Minister Scott Morrison." },
    "2019-03-25")
  eq(call_pairs(b, "basis"), { "Jacinda Ardern + Scott Morrison @ 2019-03-21 (stated)" })
end)

test("a weekday, then 'the third of November'", function()
  local b = briefing({ "Chancellor Angela Merkel spoke by telephone with President Emmanuel Macron on Tuesday the third of November." },
    "2020-11-13")
  eq(call_pairs(b, "date"), { "Angela Merkel + Emmanuel Macron @ 2020-11-03" })
end)

test("'May the second' and a year after the month", function()
  local b = briefing({ "President Lula spoke by telephone with President Cristina Fernández de Kirchner on May the second.",
    "They had last spoken on the ninth of April 2010." }, "2010-05-04")
  eq(sorted_call_pairs(b, "date"), { "Cristina Fernández de Kirchner + Luiz Inácio Lula da Silva @ 2010-04-09",
    "Cristina Fernández de Kirchner + Luiz Inácio Lula da Silva @ 2010-05-02" })
end)

test("'the first of these calls' is no day", function()
  local b = briefing({ "The first of the calls came when President Lula spoke by telephone with President Michelle Bachelet." },
    "2009-07-01")
  eq(call_pairs(b, "basis"), { "Luiz Inácio Lula da Silva + Michelle Bachelet @ 2009-07-01 (reported)" })
end)
