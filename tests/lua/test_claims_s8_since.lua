-- A time after "since" starts a span that runs up to the sentence
-- (session 8): "the first call between the two since the night of July
-- 15", "their first contact since March 3" tell when the span began, not
-- the day the sentence tells of, so they do not move the words to an
-- earlier occasion than the call.  A time of its own before the call
-- still does ("On March 3, Macron had said ...").
-- How the source spoke ("..., the sources told X, speaking on condition
-- of anonymity") is no point of its own.

-- {what, report's day, the paragraphs, the claim lines wanted}
local CASES = {
  { "'the first ... since the night of <date>' in the call sentence",
    "2016-07-20", {
      { "Turkish President Recep Tayyip Erdogan spoke by telephone with US President Barack Obama on Tuesday." },
      { "In the call, the first between the two leaders since the night of July 15, Erdogan said that Turkey had sent the files to Washington, his office said." } },
    { "Turkey | Recep Tayyip Erdoğan | his office | Turkey had sent the files to Washington" } },
  { "'speaking on condition of anonymity' after the source is no point",
    "2016-07-20", {
      { "Turkish President Recep Tayyip Erdogan spoke by telephone with US President Barack Obama on Tuesday." },
      { "In the call, Erdogan said that Turkey expected the extradition of the cleric without delay, the sources told Anka News, speaking on condition of anonymity in line with the rules." } },
    { "Turkey | Recep Tayyip Erdoğan | - | Turkey expected the extradition of the cleric without delay" } },
  { "'their first contact since <weekday>'",
    "2022-05-14", {
      { "French President Emmanuel Macron spoke by telephone with Russian President Vladimir Putin on Friday." },
      { "In their first contact since March 3, Macron urged Putin to agree to a ceasefire, the Elysee said." } },
    { "France | Emmanuel Macron | Elysee | urged Putin to agree to a ceasefire" } },
  { "a day of its own before the call stays another occasion",
    "2022-05-14", {
      { "French President Emmanuel Macron spoke by telephone with Russian President Vladimir Putin on Friday." },
      { "On March 3, Macron had urged Putin to stop the offensive, the Elysee said." } },
    {} },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(claim_lines(extract(c[3], c[2])), c[4])
  end)
end
