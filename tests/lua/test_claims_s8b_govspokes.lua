-- "A government spokesman said ...", "..., a cabinet spokeswoman said":
-- the speaker is the spokesperson of the government of the country in
-- context (session 8); the account is named with the spokesperson noun
-- ("a government spokesman"), not as the bare body "a government".

-- {what, report's day, the paragraphs, the claim lines wanted}
local CASES = {
  { "'A government spokesman said' before the words",
    "2020-08-19", {
      { "German Chancellor Angela Merkel spoke by telephone with Russian President Vladimir Putin on Tuesday." },
      { "A government spokesman said the conversation had been constructive and businesslike." } },
    { "Germany | joint | A government spokesman | the conversation had been constructive and businesslike" } },
  { "', a German government spokeswoman said' after the words",
    "2020-08-19", {
      { "Merkel telephoned Putin on Tuesday, a German government spokesman said." },
      { "The two leaders discussed Belarus, a German government spokeswoman said." } },
    { "Germany | joint | a German government spokeswoman | discussed Belarus" } },
  { "'A government spokesman said <leader> asked'",
    "2021-06-08", {
      { "Thai Prime Minister Prayut Chan-o-cha held a telephone call with Cambodian Prime Minister Hun Sen on Monday." },
      { "A government spokesman said Prayut asked Hun Sen to reopen the border crossings." } },
    { "Thailand | Prayuth Chan-ocha | A government spokesman | asked Hun Sen to reopen the border crossings" } },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(claim_lines(extract(c[3], c[2])), c[4])
  end)
end
