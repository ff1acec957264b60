-- Session 20: a second prepositional phrase after "and" with a count of
-- its own ("twice with A on Wednesday and once with B", "once to B")
-- shares the verb and the subject: a call of its own, on the first one's
-- day when it names none.  Sentences of our own.

test("'spoke twice with A ... and once with B': a call each", function()
  eq(sorted_call_pairs(briefing({ "Carter spoke with Sadat twice by telephone on Wednesday and once with Begin." }, "1978-09-21"), "date"),
    { "Anwar Sadat + Jimmy Carter @ 1978-09-20", "Jimmy Carter + Menachem Begin @ 1978-09-20" })
  eq(sorted_call_pairs(briefing({ "President Clinton spoke to Boris Yeltsin twice on Saturday and once to Jacques Chirac." }, "1999-04-06"), "date"),
    { "Bill Clinton + Boris Yeltsin @ 1999-04-03", "Bill Clinton + Jacques Chirac @ 1999-04-03" })
  eq(sorted_call_pairs(briefing({ "Tony Blair talked by phone with George Bush three times on Monday and once with Jacques Chirac on Tuesday." }, "2003-03-12"), "date"),
    { "George W. Bush + Tony Blair @ 2003-03-10", "Jacques Chirac + Tony Blair @ 2003-03-11" })
end)

test("gapped objects and phrases with days of their own (already read so)", function()
  eq(sorted_call_pairs(briefing({ "Merkel spoke to Putin on Monday and to Poroshenko on Tuesday." }, "2014-09-05"), "date"),
    { "Angela Merkel + Petro Poroshenko @ 2014-09-02", "Angela Merkel + Vladimir Putin @ 2014-09-01" })
  eq(sorted_call_pairs(briefing({ "Obama called Cameron on Friday and Hollande on Saturday." }, "2015-01-12"), "date"),
    { "Barack Obama + David Cameron @ 2015-01-09", "Barack Obama + François Hollande @ 2015-01-10" })
  eq(sorted_call_pairs(briefing({ "Nixon spoke with Brezhnev by telephone on Friday and with Heath on Saturday." }, "1973-10-15"), "date"),
    { "Edward Heath + Richard Nixon @ 1973-10-13", "Leonid Brezhnev + Richard Nixon @ 1973-10-12" })
end)

test("guards: a meeting, reporters, one call with two", function()
  eq(sorted_call_pairs(briefing({ "Merkel met Putin on Monday and spoke to Poroshenko on Tuesday." }, "2014-09-05"), "date"),
    { "Angela Merkel + Petro Poroshenko @ 2014-09-02" })
  eq(sorted_call_pairs(briefing({ "Merkel spoke to Putin on Monday and to reporters on Tuesday." }, "2014-09-05"), "date"),
    { "Angela Merkel + Vladimir Putin @ 2014-09-01" })
  eq(sorted_call_pairs(briefing({ "Clinton spoke by telephone to Yeltsin twice on Saturday and once more on Sunday." }, "1999-04-06"), "date"),
    { "Bill Clinton + Boris Yeltsin @ 1999-04-03" })
end)
