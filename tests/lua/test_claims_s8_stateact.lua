-- A verb of saying whose object is a measure of state ("declared a state
-- of emergency", "announced martial law", "declared war") is an act of
-- state, not speech (session 8): no claim is read from it, while the same
-- verb with a clause ("declared that ...") still reports words.

-- {what, report's day, the paragraphs, the claim lines wanted}
local CASES = {
  { "'declared a state of emergency' after the call",
    "2007-11-08", {
      { "US President George W. Bush spoke by telephone with Pakistani President Pervez Musharraf on Wednesday." },
      { "Musharraf declared a state of emergency on Saturday." } },
    {} },
  { "'announced martial law'",
    "2023-12-05", {
      { "Japanese Prime Minister Fumio Kishida spoke by telephone with South Korean President Yoon Suk Yeol on Monday." },
      { "Yoon announced martial law late on Tuesday." } },
    {} },
  { "'declared war'",
    "1991-01-19", {
      { "President Bush telephoned Turkish President Turgut Ozal on Friday." },
      { "Ozal declared war on the smugglers on Thursday." } },
    {} },
  { "'declared that' still reports words",
    "2007-11-08", {
      { "US President George W. Bush spoke by telephone with Pakistani President Pervez Musharraf on Wednesday." },
      { "Bush declared that elections must be held soon, the White House said." } },
    { "United States | George W. Bush | White House | elections must be held soon" } },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(claim_lines(extract(c[3], c[2])), c[4])
  end)
end
