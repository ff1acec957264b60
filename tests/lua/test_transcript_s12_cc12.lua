-- "I" with a verb of calling and several people called, in a transcript
-- turn (session 12, cc12): "RUDD: I telephoned A and B" is the speaker
-- the label names calling each of them, and the speaker placed the calls
-- ("I telephoned X" gives the initiator too).  Invented interviews.

test("'I telephoned A and B': one call each, the speaker's", function()
  local b = briefing({
    "PRESENTER: The Prime Minister, Kevin Rudd, joins me now. Prime Minister, welcome.",
    "RUDD: Thank you.",
    "PRESENTER: Whom did you speak to after the earthquake?",
    "RUDD: It was a long night. I telephoned President Yudhoyono and Prime Minister Key on Tuesday." }, "2009-10-02")
  eq(sorted_call_pairs(b, "date"), { "John Key + Kevin Rudd @ 2009-09-29",
    "Kevin Rudd + Susilo Bambang Yudhoyono @ 2009-09-29" })
  eq(initiators(b), { "Kevin Rudd", "Kevin Rudd" })
end)

test("'I telephoned X': the speaker placed the call", function()
  local b = briefing({
    "HOST: With me is the foreign minister, Carl Bildt.",
    "BILDT: Good evening.",
    "HOST: Have you been in touch with Moscow?",
    { "BILDT: Yes, at once.", "Yesterday I telephoned Foreign Minister Lavrov." } }, "2008-08-12")
  eq(call_pairs(b, "date"), { "Carl Bildt + Sergey Lavrov @ 2008-08-11" })
  eq(initiators(b), { "Carl Bildt" })
end)
