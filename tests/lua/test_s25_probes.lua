-- Session 25: forms found by probing with sentences of our own.
--
-- * "X and Y telephoned each other", "called one another": a call verb
--   whose object is the reciprocal pronoun is the subjects' call, as
--   "spoke to each other" was ("called each other names" is naming).
-- * A call set in between a verb's object and its infinitive, "urged
--   Putin in a phone call on Sunday to use his influence": the phrase
--   says where the words were said and is no part of them; the point no
--   longer announces the call and is kept, without it.

test("'X and Y telephoned each other on Sunday': their call", function()
  eq(call_pairs(briefing({ "Merkel and Hollande telephoned each other on Sunday." }, "2014-07-07"), "date"),
    { "Angela Merkel + François Hollande @ 2014-07-06" })
  eq(call_pairs(briefing({ "Merkel and Hollande called one another on Sunday to discuss Greece." }, "2015-07-06"), "date"),
    { "Angela Merkel + François Hollande @ 2015-07-05" })
  eq(call_pairs(briefing({ "On Sunday Merkel and Hollande telephoned each other." }, "2015-07-06")),
    { "Angela Merkel + François Hollande" })
  eq(call_pairs(briefing({ "Prime Minister Rudd and President Obama rang each other after the result." }, "2008-11-06")),
    { "Barack Obama + Kevin Rudd" })
end)

test("'called each other names', 'called each other \"liars\"': naming, no call", function()
  eq(call_pairs(briefing({ "Trump and Kim Jong Un called each other names for months." }, "2018-03-06")), {})
  eq(call_pairs(briefing({ "Trump and Kim Jong Un called each other \"liars\"." }, "2018-03-06")), {})
  eq(call_pairs(briefing({ "Trump and Kim Jong Un called each other liars." }, "2018-03-06")), {})
end)

test("'urged X in a phone call on Sunday to ...': the point, without the call", function()
  eq(claim_lines(extract({ "German Chancellor Angela Merkel urged Russian President Vladimir Putin in a phone call on Sunday to use his influence on the separatists, her spokeswoman said." }, "2014-07-20")),
    { "Germany | Angela Merkel | her spokeswoman | urged Russian President Vladimir Putin to use his influence on the separatists" })
  eq(claim_lines(extract({ "Obama asked Erdogan during a telephone call on Friday to close the border, the White House said." }, "2015-07-25")),
    { "United States | Barack Obama | White House | asked Erdogan to close the border" })
end)

test("a speech between object and infinitive is no call; 'told Putin in the call that', as before", function()
  eq(claim_lines(extract({ "Obama urged Congress in a speech on Friday to pass the bill." }, "2015-07-25")), {})
  eq(claim_lines(extract({ "Merkel spoke with Putin by phone on Sunday.", "Merkel told Putin in the call that Russia must act." }, "2014-07-20")),
    { "Germany | Angela Merkel | - | Russia must act" })
end)

test("'There are no plans for Mr. Biden to call Mr. Putin': denied, as without the titles", function()
  eq(call_pairs(briefing({ "There are no plans for Mr. Biden to call Mr. Putin, the White House said on Tuesday." }, "2022-02-23"), "status"),
    { "Joe Biden + Vladimir Putin: denied" })
  eq(call_pairs(briefing({ "There are no plans for Biden to call Putin, the White House said on Tuesday." }, "2022-02-23"), "status"),
    { "Joe Biden + Vladimir Putin: denied" })
  eq(call_pairs(briefing({ "Aides said Mr. Biden plans to call Mr. Putin next week." }, "2022-02-23"), "status"),
    { "Joe Biden + Vladimir Putin: planned" })
end)

test("'telephoned his congratulations to President Bush': a call to him", function()
  eq(call_pairs(briefing({ "Chancellor Kohl telephoned his congratulations to President Bush on Wednesday." }, "1989-11-10"), "date"),
    { "George H. W. Bush + Helmut Kohl @ 1989-11-08" })
  eq(call_pairs(briefing({ "Mrs Thatcher phoned her warmest congratulations to Mr Mulroney last night." }, "1988-11-22")),
    { "Brian Mulroney + Margaret Thatcher" })
end)

test("'sent his congratulations to', 'telephoned his condolences to the family': no call, as before", function()
  eq(call_pairs(briefing({ "Chancellor Kohl sent his congratulations to President Bush on Wednesday." }, "1989-11-10")), {})
  eq(call_pairs(briefing({ "King Hussein telephoned his condolences to the family of the victims." }, "1988-11-10")), {})
end)

test("'The Shah telephoned King Hussein': the Shah of Iran", function()
  eq(call_pairs(briefing({ "The Shah telephoned King Hussein on Saturday." }, "1975-04-14")),
    { "King Hussein + Mohammad Reza Pahlavi" })
  eq(call_pairs(briefing({ "The Shah and King Hussein conferred by telephone on Saturday, Tehran radio reported." }, "1975-04-14")),
    { "King Hussein + Mohammad Reza Pahlavi" })
end)
