-- First person (session 7): whose "I" a transcript turn or a statement
-- speaks in, for calls and claims, and whose account the other leader's
-- words are when they are reported only in that voice.
--   * a turn is labelled ("PRIME MINISTER:", "CHANCELLOR X: ..."); a label
--     naming an office of no country is the person the header names;
--   * a questioner's label ("JOURNALIST:") is a turn of no one;
--   * a statement whose header names its author ("Statement by President
--     X") speaks in that author's voice;
--   * what anyone says in a voice's sentences is the voice's side, the
--     speaker kept.

-- {what, report's day, the paragraphs, the briefing's calls, the claim lines}
local CASES = {
  { "a label of an office and the header's person: the call and the claims are the speaker's",
    "2018-10-02", {
      "THE HON MALCOLM TURNBULL MP",
      "PRIME MINISTER",
      "DOORSTOP INTERVIEW, SYDNEY",
      "PRIME MINISTER:",
      "Good morning. I spoke by telephone with President Joko Widodo of Indonesia this morning.",
      "I told him that Australia stood ready to send engineers to help with the earthquake recovery.",
      "The President said his government would welcome the help and that the airport at Palu would reopen within days.",
      "JOURNALIST:",
      "Did you discuss the detained fishermen?",
      "PRIME MINISTER:",
      "We did not discuss that today." },
    { "Joko Widodo + Malcolm Turnbull" }, {
      "Australia | Malcolm Turnbull | - | Australia stood ready to send engineers to help with the earthquake recovery",
      "Australia | Joko Widodo | - | his government would welcome the help; the airport at Palu would reopen within days" } },
  { "labels that name the speaker: each turn is its own person's account",
    "2022-10-06", {
      "Press conference, Federal Chancellery, Berlin",
      "CHANCELLOR OLAF SCHOLZ: Good afternoon. Last night I spoke by phone with President Emmanuel Macron. I told him that Germany would support the joint purchase of gas.",
      "QUESTION: Did the president agree?",
      "CHANCELLOR OLAF SCHOLZ: President Macron said France would present the plan to the other member states next week." },
    { "Emmanuel Macron + Olaf Scholz" }, {
      "Germany | Olaf Scholz | - | Germany would support the joint purchase of gas",
      "Germany | Emmanuel Macron | - | France would present the plan to the other member states next week" } },
  { "a header naming several people: the label's office picks the one who held it",
    "2019-03-20", {
      "TRANSCRIPT: JOINT PRESS CONFERENCE WITH PRIME MINISTER JACINDA ARDERN AND FOREIGN MINISTER WINSTON PETERS",
      "Wellington",
      "PRIME MINISTER:",
      "Earlier today I spoke by telephone with Prime Minister Justin Trudeau.",
      "I told him New Zealand would join the call for an independent inquiry.",
      "REPORTER:",
      "Was trade raised?",
      "PRIME MINISTER:",
      "Not today." },
    { "Jacinda Ardern + Justin Trudeau" },
    { "New Zealand | Jacinda Ardern | - | New Zealand would join the call for an independent inquiry" } },
  { "a statement by its author: I, and the other leader's words in it, are the author's side",
    "2024-05-20", {
      "Statement by President Joe Biden",
      "Today I spoke by phone with President Volodymyr Zelenskyy of Ukraine.",
      "I told him that the United States will deliver the next package of air defence equipment this month.",
      "He told me that Ukrainian forces had pushed back the assault near Kharkiv." },
    { "Joe Biden + Volodymyr Zelensky" }, {
      "United States | Joe Biden | - | the United States will deliver the next package of air defence equipment this month",
      "United States | Volodymyr Zelensky | - | Ukrainian forces had pushed back the assault near Kharkiv" } },
  { "an interview's answers are the one person its header names",
    "2016-06-30", {
      "Interview with Prime Minister Justin Trudeau",
      "Q: Have you spoken to President Obama since the vote?",
      "A: Yes. I spoke by telephone with President Obama this morning. I told him that Canada would keep its trade ties with Britain.",
      "Q: Anything else?",
      "A: No." },
    { "Barack Obama + Justin Trudeau" },
    { "Canada | Justin Trudeau | - | Canada would keep its trade ties with Britain" } },
  -- a live blog's headings with a colon are no transcript turns (else
  -- Zelensky's words after "Scholz: ..." would be Germany's)
  { "a live blog's headings with a colon are no transcript turns",
    "2023-01-10", {
      "Live updates",
      "Zelensky: \"Air defence is the priority\"",
      "Olaf Scholz spoke by phone with Volodymyr Zelensky on Monday, his office said.",
      "Scholz: \"We stand by Ukraine\"",
      "Zelensky told Scholz that air defence was the priority for the winter." },
    { "Olaf Scholz + Volodymyr Zelensky" },
    { "Ukraine | Volodymyr Zelensky | - | air defence was the priority for the winter" } },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(call_pairs(briefing(c[3], c[2])), c[4])
    eq(claim_lines(extract(c[3], c[2])), c[5])
  end)
end

test("a label of an office with no person above it is no one: no guess from the place", function()
  local doc = {
    "PRESS CONFERENCE, PARLIAMENT HOUSE, CANBERRA",
    "PRIME MINISTER:",
    "I spoke by telephone with President Joko Widodo this morning.",
    "JOURNALIST:",
    "What about the fishermen?",
    "PRIME MINISTER:",
    "That is for another day." }
  for _, c in ipairs(call_pairs(briefing(doc, "2018-10-02"))) do ok(not c:find("Turnbull"), c) end
end)
