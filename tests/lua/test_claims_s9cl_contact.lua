-- A sentence telling that a leader phoned, rang, spoke or talked to
-- someone the words after the verb do not place on the call ("also talked
-- to the Scottish First Minister, Alex Salmond", "telephoned the mayors of
-- Milan") tells another contact, no content of the call (session 9).
-- The call's own claims beside it stay.

-- {what, report's day, the paragraphs, the claim lines wanted}
local CASES = {
  { "'also talked to' a first minister the gazetteer does not know",
    "2010-05-12", {
      { "British Prime Minister David Cameron spoke by phone with U.S. President Barack Obama on Tuesday night.",
        "Obama invited Cameron to Washington in July, Downing Street said.",
        "Cameron also talked to the Scottish First Minister, Alex Salmond, Downing Street said." } },
    { "United Kingdom | Barack Obama | Downing Street | invited Cameron to Washington in July" } },
  { "'later telephoned' the mayors of two cities",
    "2020-03-12", {
      { "Italian Prime Minister Giuseppe Conte spoke by phone with German Chancellor Angela Merkel on Wednesday.",
        "Merkel promised to send ventilators, Conte's office said.",
        "Conte later telephoned the mayors of Milan and Bergamo, his office said." } },
    { "Italy | Angela Merkel | Conte's office | promised to send ventilators" } },
  { "'also spoke by telephone with' the opposition leader",
    "2018-06-04", {
      { "Spanish Prime Minister Pedro Sanchez held a telephone conversation with French President Emmanuel Macron on Sunday.",
        "Macron congratulated Sanchez on taking office, the Moncloa said.",
        "Sanchez also spoke by telephone with the leader of the opposition, Albert Rivera, the Moncloa said." } },
    { "Spain | Emmanuel Macron | Moncloa | congratulated Sanchez on taking office" } },
  { "'rang' a defeated candidate, in a participant's sentence",
    "2012-06-25", {
      { "U.S. President Barack Obama telephoned Egyptian President-elect Mohamed Morsi on Sunday.",
        "Obama also rang the losing candidate, Ahmed Shafik, to urge him to stay in politics, the White House said." } },
    {} },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(claim_lines(extract(c[3], c[2])), c[4])
  end)
end
