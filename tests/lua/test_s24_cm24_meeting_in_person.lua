-- Session 24 (cm24): words told at a meeting held at a place ("told
-- Macron at their meeting in Versailles that ...", "during the summit in
-- Geneva"), outside the words said, in a sentence that names no call,
-- are that meeting's, though they pass between the call's two parties:
-- the meeting is another occasion, and "their meeting" anchors no call.
-- A meeting with a medium word ("at their video meeting") is none.
-- Sentences of our own.

test("'X had told Y at their meeting in PLACE that ...' stays off the call", function()
  eq(claim_lines(extract({ "President Putin spoke by phone with President Macron on Tuesday.",
      "Putin had told Macron at their meeting in Versailles that Russia wanted respect." }, "2022-03-02")), {})
end)

test("'X told Y at their meeting in PLACE that ...' stays off the call", function()
  eq(claim_lines(extract({ "President Biden spoke by phone with Prime Minister Netanyahu on Wednesday.",
      "Biden told Netanyahu at their meeting in Jerusalem that Washington wanted a ceasefire." }, "2021-05-20")), {})
end)

test("'X was told by Y during the summit in PLACE that ...' in the 1980s", function()
  eq(claim_lines(extract({ "President Reagan telephoned General Secretary Gorbachev on Monday.",
      "Gorbachev was told by Reagan during the summit in Geneva that the United States would not give up SDI." }, "1986-01-14")), {})
end)

test("guard: 'at their video meeting' is the call's", function()
  eq(claim_lines(extract({ "President Xi Jinping spoke with President Biden by video link on Monday.",
      "Biden told Xi at their video meeting that human rights mattered." }, "2021-11-16")),
    { "United States | Joe Biden | - | human rights mattered" })
end)

test("guard: a meeting in the words said stays in them", function()
  eq(claim_lines(extract({ "President Putin spoke by phone with President Macron on Tuesday.",
      "Putin told Macron that he would welcome talks in Istanbul." }, "2022-03-02")),
    { "Russia | Vladimir Putin | - | he would welcome talks in Istanbul" })
end)

test("guard: 'told Y during the call' as before", function()
  eq(claim_lines(extract({ "President Putin spoke by phone with President Macron on Tuesday.",
      "Putin told Macron during the call that Russia wanted respect." }, "2022-03-02")),
    { "Russia | Vladimir Putin | - | Russia wanted respect" })
end)
