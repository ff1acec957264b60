-- A sentence that opens in a country's capital ("In Beijing, ...", "In
-- Tokyo, ...") places a speaker of no stated side in that country
-- (session 8): a body ("a foreign ministry spokesman", "officials", "the
-- foreign ministry") speaks for that country, not for the home side a
-- Washington dateline gives.

-- {what, report's day, the paragraphs, the claim lines wanted}
local CASES = {
  { "'In Beijing, a foreign ministry spokesman said'",
    "2022-05-24", {
      { "WASHINGTON -- US President Joe Biden spoke by telephone with Chinese President Xi Jinping on Monday." },
      { "In Beijing, a foreign ministry spokesman said Xi had urged Biden to respect China's core interests." } },
    { "China | Xi Jinping | a foreign ministry spokesman | urged Biden to respect China's core interests" } },
  { "'In Beijing, officials said'",
    "2022-05-24", {
      { "WASHINGTON -- US President Joe Biden spoke by telephone with Chinese President Xi Jinping on Monday." },
      { "In Beijing, officials said the two leaders had agreed to keep talking." } },
    { "China | joint | officials | agreed to keep talking" } },
  { "'In Moscow, the ministry said'",
    "2022-05-24", {
      { "PARIS -- French President Emmanuel Macron spoke by telephone with Russian President Vladimir Putin on Monday." },
      { "In Moscow, the foreign ministry said Putin had warned Macron against arms deliveries." } },
    { "Russia | Vladimir Putin | the foreign ministry | against arms deliveries" } },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(claim_lines(extract(c[3], c[2])), c[4])
  end)
end
