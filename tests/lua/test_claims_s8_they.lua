-- "They said" right after a sentence whose source was a body of several
-- people ("officials", "aides", "sources") is that body (session 8): its
-- account goes on, whatever person the words name ("But they said Mr.
-- Shamir made no commitment" stays the American officials' account).
-- So is "they" after a sentence that opens in a country's capital with
-- such people as its subject ("In Jerusalem, aides to the Prime Minister
-- told a different story. Israel, they said, ..."): that country's.
-- "They" as the subject of the words ("they agreed") stays the leaders.

-- {what, report's day, the paragraphs, the claim lines wanted}
local CASES = {
  { "'But they said' after White House officials",
    "1991-01-19", {
      { "President George Bush telephoned Israeli Prime Minister Yitzhak Shamir on Friday." },
      { "White House officials said Mr. Bush had asked for restraint.",
        "But they said Mr. Shamir made no promise about a second attack." } },
    { "United States | George H. W. Bush | White House officials | asked for restraint",
      "United States | Yitzhak Shamir | White House officials | Mr. Shamir made no promise about a second attack" } },
  { "'they said' after Kremlin sources",
    "2016-06-30", {
      { "Russian President Vladimir Putin spoke by telephone with Turkish President Recep Tayyip Erdogan on Wednesday." },
      { "Kremlin sources said Putin had welcomed the apology.",
        "They said Erdogan had promised to compensate the pilot's family." } },
    { "Russia | Vladimir Putin | Kremlin sources | welcomed the apology",
      "Russia | Recep Tayyip Erdoğan | Kremlin sources | promised to compensate the pilot's family" } },
  { "'they said' after aides placed by 'In <capital>,'",
    "1991-01-19", {
      { "President George Bush telephoned Israeli Prime Minister Yitzhak Shamir on Friday." },
      { "In Jerusalem, aides to the Prime Minister told a different story.",
        "Israel, they said, had reserved the right to respond." } },
    { "Israel | joint | aides | Israel had reserved the right to respond" } },
  { "'They said' after officials placed by 'In <capital>,'",
    "2016-06-30", {
      { "Russian President Vladimir Putin spoke by telephone with Turkish President Recep Tayyip Erdogan on Wednesday." },
      { "In Ankara, officials put the stress elsewhere.",
        "They said Erdogan had demanded an end to the strikes in Syria." } },
    { "Turkey | Recep Tayyip Erdoğan | officials | demanded an end to the strikes in Syria" } },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(claim_lines(extract(c[3], c[2])), c[4])
  end)
end
