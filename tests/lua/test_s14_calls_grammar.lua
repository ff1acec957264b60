-- The grammar of calls told in passing, session 14: "call off" is
-- cancelling, never a call; a series told with "twice with A and once
-- with B" is a call with each; a "with" inside a relative clause on the
-- person called tells that person's own contact.  Short invented
-- paragraphs.

test("call off is no call", function()
  eq(sorted_call_pairs(briefing({
    "Chancellor Helmut Kohl telephoned President George Bush on Monday, but Bush would not call off the air strikes." },
    "1991-01-22"), "status"), { "George H. W. Bush + Helmut Kohl: held" })
  eq(sorted_call_pairs(briefing({
    "Prime Minister John Major spoke to President Boris Yeltsin by telephone on Friday; Yeltsin refused to call off the assault." },
    "1994-12-31"), "status"), { "Boris Yeltsin + John Major: held" })
end)

test("a series: twice with one, once with the other", function()
  eq(sorted_call_pairs(briefing({
    "The chancellor spoke three times with President Jacques Chirac and once with Prime Minister Tony Blair, her office said.",
    "Chancellor Angela Merkel had returned from Brussels on Sunday." },
    "2005-12-12")),
    { "Angela Merkel + Jacques Chirac", "Angela Merkel + Tony Blair" })
  eq(sorted_call_pairs(briefing({
    "Prime Minister Brian Mulroney talked by phone with President Ronald Reagan and later with Prime Minister Margaret Thatcher." },
    "1987-06-02")),
    { "Brian Mulroney + Margaret Thatcher", "Brian Mulroney + Ronald Reagan" })
end)

test("a relative clause on the person called tells that person's contact", function()
  eq(sorted_call_pairs(briefing({
    "President Jacques Chirac spoke by telephone with Prime Minister Jean Chretien, who had travelled to Ottawa for talks with President Bill Clinton." },
    "1999-04-06")), { "Jacques Chirac + Jean Chrétien" })
end)

test("picked up the phone to someone", function()
  eq(sorted_call_pairs(briefing({
    "Late on Thursday the Taoiseach, Bertie Ahern, picked up the phone to Tony Blair to discuss the talks in Belfast." },
    "1998-04-10"), "date"), { "Bertie Ahern + Tony Blair @ 1998-04-09" })
end)

test("the people of a call noun set off by commas", function()
  eq(sorted_call_pairs(briefing({
    "President Lula da Silva telephoned President Cristina Kirchner on Monday.",
    "A second call, with President Hugo Chávez, followed on Tuesday." },
    "2008-03-06"), "date"),
    { "Cristina Fernández de Kirchner + Luiz Inácio Lula da Silva @ 2008-03-03",
      "Hugo Chávez + Luiz Inácio Lula da Silva @ 2008-03-04" })
end)

test("a series after a comma: then with one and with another", function()
  eq(sorted_call_pairs(briefing({
    "Chancellor Angela Merkel spoke with President Barack Obama on Saturday, then with Prime Minister David Cameron and with President François Hollande, her spokesman said." },
    "2014-03-03")),
    { "Angela Merkel + Barack Obama", "Angela Merkel + David Cameron", "Angela Merkel + François Hollande" })
end)

test("the line itself as the medium", function()
  eq(sorted_call_pairs(briefing({
    "President Jimmy Carter got Prime Minister Menachem Begin on a satellite telephone on Sunday.",
    "Later President Anwar Sadat spoke with Carter over a secure line." },
    "1978-09-25")),
    { "Anwar Sadat + Jimmy Carter", "Jimmy Carter + Menachem Begin" })
end)

test("earlier this week is not the report's day", function()
  eq(sorted_call_pairs(briefing({
    "Earlier this week Chancellor Gerhard Schröder had telephoned President Jacques Chirac.",
    "Schröder also spoke with Prime Minister Tony Blair earlier in the week." },
    "2003-03-07"), "date"),
    { "Gerhard Schröder + Jacques Chirac @ undated", "Gerhard Schröder + Tony Blair @ undated" })
end)
