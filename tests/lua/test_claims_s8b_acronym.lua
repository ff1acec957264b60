-- A body named once in full with its acronym in parentheses and later by
-- the acronym alone is one account (session 8): "The Philippine
-- Presidential Communications Office (Pecom) said ..." then "According
-- to Pecom, ..." or "Pecom said ...": the side is the one the full name
-- gives (its country or institution), not the side of the person inside
-- the clause.  Sentence adverbs before an opening "according to" ("Still
-- according to ...", "Also according to ...") belong to the attribution.

-- {what, report's day, the paragraphs, the claim lines wanted}
local CASES = {
  { "'Still according to <acronym>,' with a clause of the other leader",
    "2023-11-02", {
      { "Philippine President Ferdinand Marcos Jr. spoke by telephone with Japanese Prime Minister Fumio Kishida on Wednesday." },
      { "Malacañang's Presidential Communications Office (Pecom) said Marcos thanked Kishida for the radar systems." },
      { "Still according to Pecom, Marcos invited Kishida to Manila, and Kishida promised to send two more coast guard vessels next year." } },
    { "Philippines | Ferdinand Marcos Jr. | - | thanked Kishida for the radar systems",
      "Philippines | Ferdinand Marcos Jr. | Pecom | invited Kishida to Manila",
      "Philippines | Fumio Kishida | Pecom | promised to send two more coast guard vessels next year" } },
  { "'<acronym> said' after the full name with a country adjective",
    "2019-05-14", {
      { "Indonesian President Joko Widodo spoke by phone with Australian Prime Minister Scott Morrison on Monday." },
      { "The Indonesian State Secretariat Ministry (Setneg) released a summary of the conversation." },
      { "Setneg said Morrison pledged to resume the livestock trade talks before the end of the year." } },
    { "Indonesia | Scott Morrison | Setneg | pledged to resume the livestock trade talks before the end of the year" } },
  { "'Also according to <acronym>,'",
    "2021-03-09", {
      { "Brazilian President Jair Bolsonaro held a telephone call with Argentine President Alberto Fernández on Monday." },
      { "According to the Planalto's Special Secretariat for Press (Secpres), Bolsonaro proposed a joint vaccine purchase." },
      { "Also according to Secpres, Fernández agreed to lower the tariff on Brazilian steel." } },
    { "Brazil | Jair Bolsonaro | Planalto | proposed a joint vaccine purchase",
      "Brazil | Alberto Fernández | Secpres | agreed to lower the tariff on Brazilian steel" } },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(claim_lines(extract(c[3], c[2])), c[4])
  end)
end
