-- "In <capital>, <Title Words> <Name> said ...": a titled official the
-- mentions do not take, after an opening place phrase, is the subject of
-- the verb of saying, and the place names his side (session 8); a report
-- dated from the other side's capital does not give him that side, nor
-- the outlet as his account.  (The via is the title the mentions took,
-- with "Deputy" and "Assistant": session 9.)

-- {what, report's day, the paragraphs, the claim lines wanted}
local CASES = {
  { "'In Tokyo, Deputy Chief Cabinet Secretary X said' in a Washington report",
    "2023-01-11", {
      { "WASHINGTON -- US President Joe Biden spoke by telephone with Japanese Prime Minister Fumio Kishida on Tuesday." },
      { "In Tokyo, Deputy Chief Cabinet Secretary Seiji Kihara said Kishida had asked Biden to keep the tariff exemption for Japanese steel." } },
    { "Japan | Fumio Kishida | Deputy Chief Cabinet Secretary Seiji Kihara | asked Biden to keep the tariff exemption for Japanese steel" } },
  { "'In Seoul, Deputy National Security Adviser X said' in a Tokyo report",
    "2023-03-03", {
      { "TOKYO -- Japanese Prime Minister Fumio Kishida spoke by phone with South Korean President Yoon Suk Yeol on Thursday." },
      { "In Seoul, Deputy National Security Adviser Kim Tae-hyo said the two leaders had agreed to hold a summit before the end of March." } },
    { "South Korea | joint | Deputy National Security Adviser Kim Tae-hyo | agreed to hold a summit before the end of March" } },
  { "'In Canberra, Assistant Foreign Minister X said' in a Jakarta report",
    "2019-05-14", {
      { "JAKARTA -- Indonesian President Joko Widodo held a telephone call with Australian Prime Minister Scott Morrison on Monday." },
      { "In Canberra, Assistant Foreign Minister Ruth Elkington said the two leaders had agreed to reopen the cattle trade talks." } },
    { "Australia | joint | Assistant Foreign Minister Ruth Elkington | agreed to reopen the cattle trade talks" } },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(claim_lines(extract(c[3], c[2])), c[4])
  end)
end
