-- A bare office in the next sentence ("The prime minister", "the
-- chancellor") after a sentence naming two holders of it, session 9: it
-- continues that sentence's subject, the person the discourse is about,
-- not the one named last in its object; an office with a nationality
-- ("the Japanese leader") is of that country.  Short invented articles.

local function pairs_of(paras, pub) return call_pairs(briefing(paras, pub or "2023-03-15"), "date") end

test("the bare office after a sentence naming two holders is its subject's", function()
  eq(pairs_of({ { "Japanese Prime Minister Fumio Kishida held talks in Tokyo on Monday with Australian Prime Minister Anthony Albanese.",
    "The prime minister spoke by phone with President Joe Biden on Tuesday." } }),
    { "Fumio Kishida + Joe Biden @ 2023-03-14" })
  eq(pairs_of({ { "Australian Prime Minister Anthony Albanese flew to Tokyo on Monday to meet Japanese Prime Minister Fumio Kishida.",
    "The prime minister spoke by phone with President Joe Biden on Tuesday." } }),
    { "Anthony Albanese + Joe Biden @ 2023-03-14" })
  eq(pairs_of({ { "Chancellor Olaf Scholz received Austrian Chancellor Karl Nehammer in Berlin on Monday.",
    "The chancellor then spoke by telephone with President Emmanuel Macron on Tuesday." } }),
    { "Emmanuel Macron + Olaf Scholz @ 2023-03-14" })
  eq(pairs_of({ { "Austrian Chancellor Karl Nehammer visited German Chancellor Olaf Scholz in Berlin on Monday.",
    "The chancellor then spoke by telephone with President Emmanuel Macron on Tuesday." } }),
    { "Emmanuel Macron + Karl Nehammer @ 2023-03-14" })
end)

test("a subject named without its title counts as that office's holder", function()
  eq(pairs_of({ { "Kishida received Albanese at his residence in Tokyo on Monday.",
    "The prime minister spoke by phone with President Joe Biden on Tuesday." } }),
    { "Fumio Kishida + Joe Biden @ 2023-03-14" })
  eq(pairs_of({ { "Albanese was received by Kishida at his residence in Tokyo on Monday.",
    "The prime minister spoke by phone with President Joe Biden on Tuesday." } }),
    { "Anthony Albanese + Joe Biden @ 2023-03-14" })
end)

test("the holder written without a nationality is the page's own, whatever the subject", function()
  eq(pairs_of({ { "Austrian Chancellor Karl Nehammer visited Chancellor Olaf Scholz in Berlin on Monday.",
    "The chancellor then spoke by telephone with President Emmanuel Macron on Tuesday." } }),
    { "Emmanuel Macron + Olaf Scholz @ 2023-03-14" })
  eq(pairs_of({ { "Japanese Prime Minister Fumio Kishida telephoned Prime Minister Anthony Albanese on Monday.",
    "The prime minister spoke by phone with President Joe Biden on Tuesday." } }),
    { "Anthony Albanese + Fumio Kishida @ 2023-03-13", "Anthony Albanese + Joe Biden @ 2023-03-14" })
end)

test("the country telling the sentence picks its own holder", function()
  eq(pairs_of({ { "Japanese Prime Minister Fumio Kishida held talks in Tokyo on Monday with Australian Prime Minister Anthony Albanese.",
    "An Australian government spokesman said the prime minister had spoken by phone with President Joe Biden on Tuesday." } }),
    { "Anthony Albanese + Joe Biden @ 2023-03-14" })
end)

test("a bare office goes on meaning the holder it meant, past an aside naming another", function()
  local got = pairs_of({ { "Prime Minister Anthony Albanese spoke to reporters in Canberra on Monday.",
    "The prime minister said he had spoken by telephone to President Joko Widodo on Monday.",
    "Widodo had also been called by the Japanese Prime Minister, Fumio Kishida, he said.",
    "The prime minister spoke by phone with President Joe Biden on Tuesday." } })
  ok(has(got, "Anthony Albanese + Joe Biden @ 2023-03-14"), table.concat(got, " | "))
  ok(not has(got, "Fumio Kishida + Joe Biden @ 2023-03-14"), table.concat(got, " | "))
end)

test("an office with a nationality is that country's, whoever was the subject", function()
  eq(pairs_of({ { "Japanese Prime Minister Fumio Kishida met Australian Prime Minister Anthony Albanese in Tokyo on Monday.",
    "The Australian leader spoke by phone with President Joe Biden on Tuesday." } }),
    { "Anthony Albanese + Joe Biden @ 2023-03-14" })
end)

test("in the same sentence the office is still the holder just named", function()
  eq(pairs_of({ "Kishida spoke by phone with Australian Prime Minister Anthony Albanese on Tuesday, his second conversation with the prime minister this month." }),
    { "Anthony Albanese + Fumio Kishida @ 2023-03-14" })
end)
