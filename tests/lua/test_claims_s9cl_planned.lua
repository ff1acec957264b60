-- A call still to come has no content yet (session 9): what a
-- participant says himself, in the past tense, of other matters in the
-- sentences that announce his planned call (a news conference, remarks
-- to reporters) is no claim of that call.  His words on what the call
-- will be, quoted or with "would", and his aides' word on it stay.

-- {what, report's day, the paragraphs, the claim lines wanted}
local CASES = {
  { "a leader's hopes at a news conference beside the call he plans",
    "2018-05-30", {
      { "Canadian Prime Minister Justin Trudeau said on Tuesday that he remained confident a trade deal could be reached, and that he would speak to U.S. President Donald Trump by telephone later this week.",
        "Speaking at a news conference in Ottawa, Trudeau said the tariffs were unacceptable." } },
    {} },
  { "remarks to reporters, then the call planned for Friday",
    "2003-03-19", {
      { "French President Jacques Chirac told reporters in Brussels that Europe had not been divided by the crisis.",
        "He said he planned to telephone German Chancellor Gerhard Schroeder on Friday." ,
        "Chirac admitted that he knew little about the American plans." } },
    {} },
  { "the leader's own word on what the call will be stays",
    "2025-03-17", {
      { "U.S. President Donald Trump told reporters he would speak to Russian President Vladimir Putin on Tuesday.",
        "\"We will be talking about land,\" Trump said." } },
    { "United States | Donald Trump | - | We will be talking about land" } },
  { "the call's purpose, by his office, stays",
    "2024-08-12", {
      { "British Prime Minister Keir Starmer is due to speak to Iranian President Masoud Pezeshkian by telephone on Monday.",
        "Starmer would use the call to urge Tehran to refrain from attacking Israel, Downing Street said." } },
    { "United Kingdom | Keir Starmer | Downing Street | Starmer would use the call to urge Tehran to refrain from attacking Israel" } },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(claim_lines(extract(c[3], c[2])), c[4])
  end)
end
