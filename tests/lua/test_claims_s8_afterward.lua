-- "Afterward" (American spelling) is the adverb "afterwards" (session 8):
-- after an account's participle ("said in a written statement issued
-- afterward") it belongs to the attribution, and between a verb of
-- saying and its content ("officials said afterward that ...") it is an
-- adjunct; the quotation or clause stays the claim.

-- {what, report's day, the paragraphs, the claim lines wanted}
local CASES = {
  { "'in a written statement issued afterward'",
    "1993-09-22", {
      { "President Bill Clinton telephoned Russian President Boris Yeltsin on Tuesday." },
      { "\"I called President Yeltsin to urge that the elections be free and fair,\" Clinton said in a written statement issued afterward." } },
    -- (session 21: the quoted purpose of the call, as told unquoted)
    { "United States | Bill Clinton | - | urge that the elections be free and fair" } },
  { "'in a statement released afterward'",
    "2001-04-03", {
      { "Chinese President Jiang Zemin spoke by telephone with Russian President Vladimir Putin on Monday." },
      { "\"The two sides agreed to sign the friendship treaty in July,\" the Kremlin said in a statement released afterward." } },
    { "Russia | joint | Kremlin | The two sides agreed to sign the friendship treaty in July" } },
  { "'said afterward that'",
    "2001-04-03", {
      { "Chinese President Jiang Zemin spoke by telephone with Russian President Vladimir Putin on Monday." },
      { "Kremlin aides said afterward that Putin had invited Jiang to Moscow." } },
    { "Russia | Vladimir Putin | Kremlin aides | invited Jiang to Moscow" } },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(claim_lines(extract(c[3], c[2])), c[4])
  end)
end
