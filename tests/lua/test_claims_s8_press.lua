-- Accounts of the call given to reporters, lawmakers or a news
-- conference (session 8).
-- "He"/"she" speaking in the sentence right after a named spokesperson's
-- attribution is that spokesperson ("…, spokesman X said. "…," he told
-- reporters."), not the leader the sentence before named: the account
-- goes on, and a spokesperson telling reporters about the call gives
-- that side's account.
-- A participant telling reporters or lawmakers what passed between the
-- two ("I told him …", "he told me …", "I said to her …") reports the
-- call, though the words were spoken elsewhere; what a participant tells
-- reporters about anything else stays another occasion.

-- {what, report's day, the paragraphs, the claim lines wanted}
local CASES = {
  { "'he told reporters' after the spokesman's attribution",
    "2023-01-17", {
      { "German Chancellor Olaf Scholz spoke by telephone with US President Joe Biden on Monday." },
      { "Scholz urged Biden to speed up the deliveries of air defence systems, government spokesman Steffen Hebestreit said.",
        "\"The two leaders agreed to stay in close contact,\" he told reporters." } },
    { "Germany | Olaf Scholz | spokesman Steffen Hebestreit | urged Biden to speed up the deliveries of air defence systems",
      "Germany | joint | spokesman Steffen Hebestreit | The two leaders agreed to stay in close contact" } },
  { "'she told reporters' after the press secretary's attribution",
    "2022-02-13", {
      { "US President Joe Biden spoke by phone with Russian President Vladimir Putin on Saturday." },
      { "Biden warned Putin of swift and severe costs, White House press secretary Jen Psaki said.",
        "\"President Putin listened and made no commitment,\" she told reporters." } },
    { "United States | Joe Biden | White House press secretary | warned Putin of swift and severe costs",
      "United States | Vladimir Putin | White House press secretary | President Putin listened and made no commitment" } },
  { "'he told reporters' going on from the spokesman's sentence before, the call told further up",
    "2021-04-01", {
      { "Japanese Prime Minister Yoshihide Suga spoke by telephone with US President Joe Biden on Wednesday." },
      { "It was their first conversation since the election in November." },
      { "The two spoke for about 30 minutes late in the evening, government spokesman Katsunobu Kato said.",
        "\"Mr Suga asked for support on the Senkaku Islands,\" he told reporters." } },
    { "Japan | Yoshihide Suga | spokesman Katsunobu Kato | Mr Suga asked for support on the Senkaku Islands" } },
  { "a participant's 'I told him' to reporters",
    "1995-05-11", {
      { "President Bill Clinton telephoned President Boris Yeltsin on Wednesday." },
      { "\"I told him that we would not accept a delay on the treaty,\" Clinton told reporters at the White House." } },
    { "United States | Bill Clinton | - | I told him that we would not accept a delay on the treaty" } },
  { "a participant's 'he told me' to lawmakers",
    "2012-04-13", {
      { "Ethiopian Prime Minister Meles Zenawi telephoned South Sudanese President Salva Kiir on Wednesday." },
      { "\"He told me to pull back my troops, and I refused,\" Kiir told lawmakers in Juba." } },
    { "South Sudan | Salva Kiir | - | He told me to pull back my troops, and I refused" } },
  { "a participant's remark to reporters about something else stays out",
    "1995-05-11", {
      { "President Bill Clinton telephoned President Boris Yeltsin on Wednesday." },
      { "\"The budget talks will go on all week,\" Clinton told reporters at the White House." } },
    {} },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(claim_lines(extract(c[3], c[2])), c[4])
  end)
end
