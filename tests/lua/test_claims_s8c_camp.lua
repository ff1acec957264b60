-- A leader's own camp or press staff named by its noun (session 8,
-- round 9): "X's headquarters said he had ...", "X's campaign headquarters said
-- ...", "the Prime Minister's media unit said ..." speak for X's side
-- (or, for an office of no country, the document's home side), and
-- "he" after them is X, not the other leader on the call.

-- {what, report's day, the paragraphs, the claim lines wanted}
local CASES = {
  { "a candidate's headquarters, then 'he'",
    "2022-11-01", {
      { "Argentine President Alberto Fernandez telephoned Brazilian President-elect Luiz Inacio Lula da Silva on Monday." },
      { "Lula's headquarters said he had invited the Argentine leader to the inauguration." } },
    { "Brazil | Luiz Inácio Lula da Silva | Lula's headquarters | invited the Argentine leader to the inauguration" } },
  { "a president's campaign headquarters",
    "2023-03-08", {
      { "Kenyan President William Ruto spoke by telephone with Tanzanian President Samia Suluhu Hassan on Tuesday." },
      { "Ruto's campaign headquarters said he had proposed a joint border commission." } },
    { "Kenya | William Ruto | Ruto's campaign headquarters | proposed a joint border commission" } },
  { "'the Prime Minister's media unit' in the home country's paper",
    "2022-06-18", {
      { "Indian Prime Minister Narendra Modi spoke by telephone with Prime Minister Sheikh Hasina on Friday." },
      { "The Prime Minister's media unit said Mr Modi had offered help with the floods." } },
    { "Bangladesh | Narendra Modi | The Prime Minister's media unit | offered help with the floods" } },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(claim_lines(extract(c[3], c[2])), c[4])
  end)
end
