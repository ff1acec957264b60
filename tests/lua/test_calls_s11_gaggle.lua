-- A press gaggle's transcript, session 11: "Aboard Air Force One" makes
-- the page the White House's, so "THE PRESIDENT:" is the President on
-- the day; "I spoke to him this morning" in his turn is a call of his with
-- the person asked about (a verb of speaking whose parties are the
-- speaker and its object).  Short invented transcripts.

local function calls_of(paras, pub) return sorted_call_pairs(briefing(paras, pub), "status") end

test("the President's turn on Air Force One", function()
  eq(calls_of({ "Remarks by the President in a Press Gaggle", "Aboard Air Force One",
      "Q: Have you spoken to Prime Minister Netanyahu today?",
      { "THE PRESIDENT: I have.", "I spoke to him for about twenty minutes this morning." } }, "2023-10-18"),
    { "Benjamin Netanyahu + Joe Biden: held" })
  eq(calls_of({ "Remarks by the President in a Press Gaggle", "Aboard Air Force One",
      "Q: And President Xi?", "THE PRESIDENT: I have not spoken to President Xi this week." }, "2023-10-18"),
    { "Joe Biden + Xi Jinping: denied" })
end)
