-- A verbless answer naming a day (session 12, cc12b): in an interview,
-- "When did you ...?" answered "In Brussels, on the night of the eighth
-- of August." or "Last Tuesday." sets the day of the turn it opens: a
-- held call told later in that turn with no time of its own is on that
-- day.  Another turn keeps its own day.  Invented interviews.

test("'In <place>, on the night of <day>.' dates the turn's call", function()
  local b = briefing({
    "HOST: With me is the foreign minister, Carl Bildt.",
    "HOST: When did you first speak to Moscow about Georgia?",
    { "BILDT: In Brussels, on the night of the eighth of August.", "I had just landed, and from the airport I telephoned Foreign Minister Lavrov." } },
    "2008-08-16")
  eq(call_pairs(b, "basis"), { "Carl Bildt + Sergey Lavrov @ 2008-08-08 (stated)" })
end)

test("'Last Tuesday.' answering 'when' dates the turn's call", function()
  local b = briefing({
    "PRESENTER: The Prime Minister, Kevin Rudd, joins me now.",
    "PRESENTER: When did you last talk to Jakarta?",
    { "RUDD: Last Tuesday.", "It was a long conversation, and I telephoned President Yudhoyono from my office." } },
    "2009-10-02")
  eq(call_pairs(b, "date"), { "Kevin Rudd + Susilo Bambang Yudhoyono @ 2009-09-29" })
end)

test("a sentence with a verb is no answer; another turn keeps its day", function()
  local b = briefing({
    "PRESENTER: The Prime Minister, Kevin Rudd, joins me now.",
    { "RUDD: I was in Perth on Tuesday.", "I telephoned President Yudhoyono from my office." },
    "PRESENTER: And since then?",
    { "RUDD: Last Tuesday.", "That was all." },
    { "RUDD: I telephoned Prime Minister Key as well." } },
    "2009-10-02")
  eq(sorted_call_pairs(b, "basis"), { "John Key + Kevin Rudd @ 2009-10-02 (reported)",
    "Kevin Rudd + Susilo Bambang Yudhoyono @ 2009-10-02 (reported)" })
end)
