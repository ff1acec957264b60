-- Answers to a question about a call, session 10: a bare "No" after the
-- speaker's label ("Press Secretary: No.", "A: No, he has not.") and "no"
-- before a call noun with its medium ("there has been no telephone talk
-- with President Chirac") deny the call the question asks about; "No
-- doubt he will" does not.  Short invented briefings.

local function asked(answer, pub)
  return sorted_call_pairs(briefing({ "Prime Minister Junichiro Koizumi held a telephone talk with President George W. Bush this morning.",
    "Q: Did the Prime Minister speak with President Chirac?", answer }, pub or "2003-03-14"), "status")
end

test("a bare no, and no before a call noun, deny the call asked about", function()
  local want = { "George W. Bush + Junichiro Koizumi: held", "Jacques Chirac + Junichiro Koizumi: denied" }
  eq(asked("Press Secretary: No."), want)
  eq(asked("A: No, he has not."), want)
  eq(asked("MR FUKUDA: No, there has been no telephone talk with President Chirac."), want)
  eq(asked("A: There has been no phone conversation between them."), want)
end)

test("'No doubt' and a yes are no denial", function()
  -- (the answer's own words plan the call)
  eq(asked("A: No doubt he will speak to him soon."),
    { "George W. Bush + Junichiro Koizumi: held", "Jacques Chirac + Junichiro Koizumi: planned" })
  eq(asked("A: Yes, briefly."), { "George W. Bush + Junichiro Koizumi: held" })
  -- a question about a topic of the call, not a contact with someone
  eq(sorted_call_pairs(briefing({ "Prime Minister Anthony Albanese spoke with President Donald Trump by phone on Monday.",
      "JOURNALIST: Did you talk about the submarine deal?", "PRIME MINISTER: No, that was not raised." }, "2025-09-10"), "status"),
    { "Anthony Albanese + Donald Trump: held" })
end)
