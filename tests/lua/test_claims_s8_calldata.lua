-- Facts of the call itself are no side's assertion (session 8): how long
-- it lasted given as a number ("lasted 40 minutes", "talked for 25
-- minutes", "lasting 35 minutes").  A point holding one is dropped, or
-- keeps the act after "and".  At whose request the call was placed stays a
-- claim: sides dispute it ("the conversation took place at the request of
-- the Israeli Prime Minister"; session 11: not the readouts' formula "at
-- the request of the Israeli side", see test_claims_s11cl_initiative.lua).

-- {what, report's day, the paragraphs, the claim lines wanted}
local CASES = {
  { "'lasted' with a bare number of minutes",
    "2011-04-06", {
      { "Chancellor Angela Merkel spoke by telephone with President Dmitry Medvedev on Tuesday." },
      { "The conversation lasted 40 minutes, the chancellery said.",
        "Merkel urged Medvedev to back the nuclear safety review, the chancellery said." } },
    { "Germany | Angela Merkel | the chancellery | urged Medvedev to back the nuclear safety review" } },
  { "'talked for' a number of minutes, then an act",
    "2014-02-20", {
      { "President Barack Obama spoke by phone with President Viktor Yanukovych of Ukraine on Wednesday." },
      { "The two leaders talked for 25 minutes and agreed to keep in close touch, the White House said." } },
    { "United States | joint | White House | agreed to keep in close touch" } },
  { "'lasting' a number of minutes in an aside",
    "2020-05-08", {
      { "Japanese Prime Minister Shinzo Abe held a telephone conversation with US President Donald Trump on Friday." },
      { "The call, lasting 35 minutes, covered the pandemic, Japanese officials said.",
        "Abe told Trump that Japan would back the vaccine effort, the officials said." } },
    { "Japan | Shinzo Abe | Japanese officials | Japan would back the vaccine effort" } },
  { "whose request the call was stays a claim: sides dispute it",
    "2019-03-14", {
      { "Russian President Vladimir Putin held a telephone conversation with Israeli Prime Minister Benjamin Netanyahu on Wednesday." },
      { "The Kremlin said the conversation took place at the request of the Israeli Prime Minister." } },
    { "Russia | joint | The Kremlin | the conversation took place at the request of the Israeli Prime Minister" } },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(claim_lines(extract(c[3], c[2])), c[4])
  end)
end
