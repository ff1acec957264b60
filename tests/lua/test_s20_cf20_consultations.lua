-- Session 20: "held telephone consultations with A and with B" is a call
-- with each ("consultations" a head noun after a medium, as "talks");
-- the preposition repeated after a comma ("with A, with B and with C")
-- makes a list of contacts of their own; a name in apposition to an
-- office after "with" ("with the ECOWAS chairman, President Wade, and
-- with ...") is that person, the office no party of its own.  Sentences
-- of our own.

test("'held telephone consultations with A and with B': one call each", function()
  eq(sorted_call_pairs(briefing({ "President Mitterrand held telephone consultations with Chancellor Kohl and with Prime Minister Major." }, "1994-05-10"), "date"),
    { "François Mitterrand + Helmut Kohl @ 1994-05-10", "François Mitterrand + John Major @ 1994-05-10" })
  eq(sorted_call_pairs(briefing({ "Angela Merkel held telephone consultations with Barack Obama and with David Cameron on Sunday." }, "2014-03-03"), "date"),
    { "Angela Merkel + Barack Obama @ 2014-03-02", "Angela Merkel + David Cameron @ 2014-03-02" })
  eq(sorted_call_pairs(briefing({ "Ban Ki-moon held telephone consultations with President Sarkozy and with Prime Minister Cameron." }, "2011-03-18"), "date"),
    { "Ban Ki-moon + David Cameron @ 2011-03-18", "Ban Ki-moon + Nicolas Sarkozy @ 2011-03-18" })
end)

test("'with A, with B and with C' after a call noun: one call each", function()
  for _, s in ipairs({
    "Vladimir Putin held telephone talks with Bush, with Schroeder and with Blair.",
    "Vladimir Putin held telephone consultations with Bush, with Schroeder and with Blair.",
  }) do
    eq(sorted_call_pairs(briefing({ s }, "2001-09-14"), "date"),
      { "George W. Bush + Vladimir Putin @ 2001-09-14", "Gerhard Schröder + Vladimir Putin @ 2001-09-14",
        "Tony Blair + Vladimir Putin @ 2001-09-14" }, s)
  end
end)

test("an office with a name in apposition after 'with': the named person", function()
  for _, s in ipairs({
    "Obasanjo held telephone consultations with the ECOWAS chairman, President Wade, and with President Kufuor.",
    "Obasanjo held telephone talks with the African Union chairman, President Wade, and with President Kufuor.",
    "Obasanjo spoke by telephone with the chairman of ECOWAS, President Wade, and with President Kufuor.",
  }) do
    eq(sorted_call_pairs(briefing({ s }, "2003-07-10"), "date"),
      { "Abdoulaye Wade + Olusegun Obasanjo @ 2003-07-10", "John Kufuor + Olusegun Obasanjo @ 2003-07-10" }, s)
  end
end)

test("guards: consultations without a medium; one conversation of three", function()
  eq(sorted_call_pairs(briefing({ "Mitterrand held consultations with Chancellor Kohl in Bonn on Monday." }, "1994-05-10"), "date"), {})
  eq(sorted_call_pairs(briefing({ "Obasanjo held telephone talks with the Senegalese President, Abdoulaye Wade, and with President Kufuor." }, "2003-07-10"), "date"),
    { "Abdoulaye Wade + Olusegun Obasanjo @ 2003-07-10", "John Kufuor + Olusegun Obasanjo @ 2003-07-10" })
  eq(sorted_call_pairs(briefing({ "Putin spoke by telephone with Bush and Blair in a three-way call." }, "2001-09-14"), "date"),
    { "George W. Bush + Tony Blair + Vladimir Putin @ 2001-09-14" })
end)
