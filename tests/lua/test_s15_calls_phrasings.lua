-- Session 15: ways of telling a call: a participle clause opening the
-- sentence ("Speaking by phone with Lula on Monday, Macron urged ..."),
-- the person called in a relative clause in the passive ("Lula, who had
-- been telephoned by Macron, ..."), being on the line with or to someone
-- (not "on the line" alone), a call not ruled out (planned), and "the
-- first European leader to speak to Obama" (the subject it describes, not
-- the European Union), "Among those who telephoned X were A and B" (one
-- call each, A and B calling).  Invented sentences.

local function pairs_of(s, date)
  return sorted_call_pairs(briefing({ s }, date), "date")
end

test("a participle clause opening the sentence", function()
  eq(pairs_of("Speaking by phone with President Lula on Monday, President Emmanuel Macron urged a deal on the Amazon fund.",
    "2023-06-14"), { "Emmanuel Macron + Luiz Inácio Lula da Silva @ 2023-06-12" })
  eq(pairs_of("Talking to Lula by telephone on Monday, Macron urged a deal.", "2023-06-14"),
    { "Emmanuel Macron + Luiz Inácio Lula da Silva @ 2023-06-12" })
  -- the main clause's subject only: a spokesman of another is none
  eq(pairs_of("Speaking by phone from Paris on Monday, Macron's spokesman said the talks were useful.", "2023-06-14"), {})
end)

test("the person called in a relative clause in the passive", function()
  eq(pairs_of("Lula, who had been telephoned by Macron on Monday, said little about the fund.", "2023-06-14"),
    { "Emmanuel Macron + Luiz Inácio Lula da Silva @ 2023-06-12" })
  eq(pairs_of("President Lula, who was called by President Macron on Monday, flew to Rome.", "2023-06-14"),
    { "Emmanuel Macron + Luiz Inácio Lula da Silva @ 2023-06-12" })
end)

test("on the line with someone", function()
  eq(pairs_of("On Monday Macron was on the line with Lula for almost an hour.", "2023-06-14"),
    { "Emmanuel Macron + Luiz Inácio Lula da Silva @ 2023-06-12" })
  eq(pairs_of("Macron knew his reputation was on the line when he met Lula on Monday.", "2023-06-14"), {})
end)

test("a call not ruled out is a possibility, not a denial", function()
  eq(sorted_call_pairs(briefing({ "President Emmanuel Macron did not rule out a call with President Vladimir Putin." },
    "2022-05-04"), "status"), { "Emmanuel Macron + Vladimir Putin: planned" })
  eq(sorted_call_pairs(briefing({ "President Emmanuel Macron ruled out a call with President Vladimir Putin." },
    "2022-05-04"), "status"), { "Emmanuel Macron + Vladimir Putin: denied" })
end)

test("the first leader to call someone: the subject the phrase describes", function()
  eq(sorted_call_pairs(briefing({
    "Chancellor Angela Merkel was the first European leader to speak to President Barack Obama by phone after his inauguration." },
    "2009-01-23")), { "Angela Merkel + Barack Obama" })
  eq(sorted_call_pairs(briefing({ "Prime Minister Shinzo Abe was the only foreign leader to telephone President Donald Trump on Friday." },
    "2017-01-22")), { "Donald Trump + Shinzo Abe" })
end)

test("those who called someone were A and B: one call each, A and B calling", function()
  local b = briefing({ "President François Hollande won the run-off on Sunday.",
    "Among the leaders who telephoned President Hollande on Monday were Prime Minister Mario Monti and Chancellor Angela Merkel." },
    "2012-05-08")
  eq(sorted_call_pairs(b, "date"), { "Angela Merkel + François Hollande @ 2012-05-07",
    "François Hollande + Mario Monti @ 2012-05-07" })
  eq(initiators(b), { "Angela Merkel", "Mario Monti" })
  eq(sorted_call_pairs(briefing({ "President François Hollande won the run-off on Sunday.",
    "Those who rang Hollande included Monti and Merkel." }, "2012-05-08")),
    { "Angela Merkel + François Hollande", "François Hollande + Mario Monti" })
end)
