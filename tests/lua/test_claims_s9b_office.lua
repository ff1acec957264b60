-- "The presidential office said ..." when both leaders on the call are
-- presidents (session 9): the office of the page's home side (the leader
-- its first lines name without a nationality, or the country of its
-- dateline), when that side is one of the call's; with no home side, no
-- side is guessed.

-- {what, report's day, the paragraphs, the page's fields, the claim lines wanted}
local MOON_TRUMP = "South Korean President Moon Jae-in spoke by telephone with U.S. President Donald Trump on Tuesday."
local CASES = {
  { "a joint claim, the page's leader named without a nationality",
    "2019-11-20", { { "President Moon Jae-in spoke by telephone with U.S. President Donald Trump on Tuesday.",
        "The two leaders agreed to keep talking, the presidential office said." } },
    nil,
    { "South Korea | joint | the presidential office | agreed to keep talking" } },
  { "'according to the presidential office' on a Turkish page",
    "2021-04-02", { { "President Recep Tayyip Erdogan held a telephone call with Russian President Vladimir Putin on Thursday.",
        "According to the presidential office, the two leaders discussed the situation in Idlib." } },
    nil,
    { "Turkey | joint | the presidential office | discussed the situation in Idlib" } },
  { "under a dateline in one of the two capitals",
    "2022-06-14", { { "French President Emmanuel Macron spoke by telephone with Ukrainian President Volodymyr Zelensky on Monday.",
        "The two presidents agreed to meet in Kyiv, the presidential office said." } },
    { dateline = { place = "Kyiv" } },
    { "Ukraine | joint | the presidential office | agreed to meet in Kyiv" } },
  { "no home side: no side guessed",
    "2019-11-20", { { MOON_TRUMP, "The two leaders agreed to keep talking, the presidential office said." } },
    nil, {} },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(claim_lines(extract(c[3], c[2], c[4])), c[5])
  end)
end
