-- Linking, session 5 (link4): an office with a surname held at the date,
-- one call told twice (once dated, once not), contractions that are no
-- names, spokespeople who are no party, "that day"; short invented
-- articles.

test("'Prime Minister Lee' in 2010 is the Lee who was prime minister, not a president Lee", function()
  local got = call_pairs(briefing({
    "Obama spoke by telephone with Prime Minister Lee on Monday about the Korean peninsula." },
    "2010-11-24"))
  ok(has(got, "Barack Obama + Lee Hsien Loong"), table.concat(got, "; "))
end)

test("'Prime Minister Lee' after President Lee Myung-bak is still the prime minister", function()
  local got = call_pairs(briefing({
    "President Lee Myung-bak spoke with Obama on Sunday about the shelling.",
    "Obama also spoke by telephone with Prime Minister Lee on Monday about the Korean peninsula." },
    "2010-11-24"))
  ok(has(got, "Barack Obama + Lee Hsien Loong"), table.concat(got, "; "))
  ok(has(got, "Barack Obama + Lee Myung-bak"), table.concat(got, "; "))
end)

test("'President Lee' in 2010 is the Lee who was president", function()
  local got = call_pairs(briefing({
    "Obama spoke by telephone with President Lee on Monday about the Korean peninsula." },
    "2010-11-24"))
  ok(has(got, "Barack Obama + Lee Myung-bak"), table.concat(got, "; "))
end)

test("a contraction at the head of a quote is no name", function()
  local ex = extract({ "Asked whether he would call Gorbachev again, Bush said: \"We'll stay in close touch, I expect to talk to him soon.\"" },
    "1991-08-22")
  local n = names_in(ex)
  ok(not n["David van Weel"], "van Weel found")
end)

test("that day: a call told after a date is on that date", function()
  local got = call_pairs(briefing({
    "On September 9, jets struck a compound in Doha.",
    "Trump said that day he had spoken with the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, by phone." },
    "2025-09-29"), "date")
  ok(has(got, "Donald Trump + Tamim bin Hamad Al Thani @ 2025-09-09"), table.concat(got, "; "))
end)

test("a foreign ministry spokesman who reports the call is no party to it", function()
  local got = call_pairs(briefing({
    "Ukraine's foreign ministry spokesman Oleg Nikolenko said the foreign minister, Dmytro Kuleba, had raised grain exports in the call.",
    "Kuleba spoke by phone on Tuesday with Turkish Foreign Minister Mevlut Cavusoglu." },
    "2022-06-08"))
  ok(has(got, "Dmytro Kuleba + Mevlüt Çavuşoğlu"), table.concat(got, "; "))
  for _, g in ipairs(got) do ok(not g:find("Nikolenko", 1, true), g) end
end)

test("an undated retelling of a dated call is that call", function()
  local got = call_pairs(briefing({
    "President Biden spoke by phone with President Sisi of Egypt on Thursday.",
    "Egypt's presidency said Sisi told Biden in the call that Cairo would keep working for calm.",
    "The conversation between Biden and Sisi was their second." },
    "2021-05-21"), "date")
  eq(#got, 1, table.concat(got, "; "))
end)

test("an undated report that the sentence before dated by a possessive day is the dated call", function()
  -- the second article has no date of its own; its "Tuesday's call"
  -- names the day of the first article's call
  local dated = extract({ "Chancellor Scholz spoke by phone on Tuesday with President Biden about Ukraine." }, "2022-04-12")
  local other = extract({ "Diplomats in Berlin pointed to Tuesday's phone conversation between the two leaders.",
    "Olaf Scholz received a call from Joe Biden, and the two agreed to keep up pressure on Moscow." }, nil)
  other.document.id, other.document.path = "u.txt", "u.txt"
  for _, c in ipairs(other.calls) do c.id = "u.txt#" .. c.id end
  local b = run_stage("link", { extractions = { dated, other } })
  local got = call_pairs(b, "date")
  eq(got, { "Joe Biden + Olaf Scholz @ 2022-04-12" })
  eq(#b.calls[1].sources, 2)
end)
