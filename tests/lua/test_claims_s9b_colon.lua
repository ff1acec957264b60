-- A clause that gives an account before a colon ("The Elysee gave a
-- sharper account:", "Berlin painted a rosier picture:", "Ankara put a
-- different spin on it:") introduces its subject's account (session 9):
-- the words after the colon are that subject's, as after "according to";
-- the clause before the colon is no claim.

-- {what, report's day, the paragraphs, the claim lines wanted}
local CALL = "Russian President Vladimir Putin held a telephone conversation with Turkish President Recep Tayyip Erdogan on Thursday."
local CASES = {
  { "'gave a sharper account:' before a participant's warning",
    "2019-11-20", {
      { "German Chancellor Angela Merkel spoke by telephone with French President Emmanuel Macron on Tuesday." },
      { "The Elysee gave a sharper account: Macron warned Merkel that the budget talks could fail." } },
    { "France | Emmanuel Macron | The Elysee | the budget talks could fail" } },
  { "'painted a rosier picture:' before a joint point",
    "2019-11-20", {
      { "German Chancellor Angela Merkel spoke by telephone with French President Emmanuel Macron on Tuesday." },
      { "Berlin painted a rosier picture: the two leaders agreed on most points of the budget." } },
    { "Germany | joint | Berlin | agreed on most points of the budget" } },
  { "a spokesman and his name, 'had another version:'",
    "2019-11-20", {
      { "German Chancellor Angela Merkel spoke by telephone with French President Emmanuel Macron on Tuesday." },
      { "Merkel's spokesman Steffen Seibert had another version: Merkel urged Macron to compromise on farm subsidies." } },
    { "Germany | Angela Merkel | Merkel's spokesman | urged Macron to compromise on farm subsidies" } },
  { "'provided a shorter version of the call:'",
    "2021-04-02", { { CALL },
      { "The Kremlin provided a shorter version of the call: Putin stressed the need to respect the Montreux Convention." } },
    { "Russia | Vladimir Putin | The Kremlin | stressed the need to respect the Montreux Convention" } },
  { "'put a different spin on it:'",
    "2021-04-02", { { CALL },
      { "Ankara put a different spin on it: the two leaders agreed to deepen cooperation on energy." } },
    { "Turkey | joint | Ankara | agreed to deepen cooperation on energy" } },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(claim_lines(extract(c[3], c[2])), c[4])
  end)
end
