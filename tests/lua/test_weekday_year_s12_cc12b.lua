-- A weekday that the inferred year does not fit (session 12, cc12b): "on
-- Thursday 9 November" in a report of 2019 (9 November 2019 is a
-- Saturday) is of the year the document's own dated calls state when the
-- weekday fits it, else of the nearest earlier year in which it fits.
-- A weekday that fits keeps the year of the report.  Invented pages.

test("the year of the page's own dated call, when the weekday fits it", function()
  local b = briefing({ "Thirty years ago the Wall fell.",
    "On Friday 10 November 1989 Chancellor Helmut Kohl telephoned President George H. W. Bush from Berlin.",
    "Kohl had spoken to President François Mitterrand by telephone on the evening of Thursday 9 November." }, "2019-11-09")
  eq(sorted_call_pairs(b, "basis"), { "François Mitterrand + Helmut Kohl @ 1989-11-09 (stated)",
    "George H. W. Bush + Helmut Kohl @ 1989-11-10 (stated)" })
end)

test("no year stated: the nearest earlier year the weekday fits", function()
  local b = briefing({ "Chancellor Angela Merkel spoke to President Barack Obama by telephone on Sunday 6 March." },
    "2017-03-08")
  eq(call_pairs(b, "date"), { "Angela Merkel + Barack Obama @ 2016-03-06" })
end)

test("a weekday that fits keeps the report's year", function()
  local b = briefing({ "Chancellor Angela Merkel spoke to President Donald Trump by telephone on Monday 6 March." },
    "2017-03-08")
  eq(call_pairs(b, "date"), { "Angela Merkel + Donald Trump @ 2017-03-06" })
end)
