-- What the caller said, told as the purpose of the call in the call
-- sentence itself, wherever the call clause sits (session 8, round 9):
-- after a time appositive with a noun head (", the day of the storm,",
-- ", a day after the vote,"), with a past perfect call verb ("had spoken
-- to X ... to express ...", also inside a reported clause), and after a
-- subject that carries its own apposition ("The French president,
-- Emmanuel Macron, telephoned X ... to propose ...").

-- {what, report's day, the paragraphs, the claim lines wanted}
local CASES = {
  { "', the day of the storm,' before the purpose",
    "2023-02-07", {
      { "Italian Prime Minister Giorgia Meloni telephoned Turkish President Recep Tayyip Erdogan on Monday, the day of the earthquake, to offer rescue teams." } },
    { "Italy | Giorgia Meloni | - | offer rescue teams" } },
  { "', a day after the vote,' before the purpose",
    "2022-04-26", {
      { "German Chancellor Olaf Scholz called French President Emmanuel Macron on Monday, a day after the vote, to congratulate him on his re-election." } },
    { "Germany | Olaf Scholz | - | congratulate him on his re-election" } },
  { "'had spoken to X ... to', with a tail attribution",
    "2022-10-31", {
      { "Japanese Prime Minister Fumio Kishida had spoken to South Korean President Yoon Suk Yeol by telephone on Sunday to express his condolences, Tokyo said." } },
    { "Japan | Fumio Kishida | Tokyo | express his condolences" } },
  { "'had spoken' in a reported clause",
    "2021-07-10", {
      { "Canadian Prime Minister Justin Trudeau said he had spoken to Haitian Prime Minister Claude Joseph to offer help with the investigation." } },
    { "Canada | Justin Trudeau | - | offer help with the investigation" } },
  { "a subject with its apposition",
    "2020-03-11", {
      { "The French president, Emmanuel Macron, telephoned German Chancellor Angela Merkel on Tuesday to propose a joint purchase of masks." } },
    { "France | Emmanuel Macron | - | propose a joint purchase of masks" } },
  { "a subject with its apposition after an opening clause",
    "2018-06-03", {
      { "Before the results were final, the Spanish prime minister, Pedro Sanchez, called Portuguese Prime Minister Antonio Costa to thank him for his support." } },
    { "Spain | Pedro Sánchez | - | thank him for his support" } },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(claim_lines(extract(c[3], c[2])), c[4])
  end)
end
