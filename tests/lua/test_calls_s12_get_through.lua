-- "Get through to", session 12: a call's verb of several words ("could
-- not get through to X" is an attempt that failed, so denied; "finally
-- got through to X" a call held); a message that got through to a
-- government is no call.  Short invented paragraphs.

test("getting through to someone by telephone", function()
  eq(sorted_call_pairs(briefing({
    "Prime Minister Tony Blair could not get through to President Jacques Chirac on Monday, Downing Street said." },
    "2003-03-18"), "status"), { "Jacques Chirac + Tony Blair: denied" })
  eq(sorted_call_pairs(briefing({
    "On Tuesday Blair finally got through to Chirac, who repeated that France would veto the resolution." },
    "2003-03-18"), "status"), { "Jacques Chirac + Tony Blair: held" })
  eq(sorted_call_pairs(briefing({
    "Blair said on Tuesday that his message had got through to the French government." }, "2003-03-18")), {})
end)
