-- Forms of the people and verbs of a call, session 8: an adverb of order
-- before a past verb of calling ("he first called X", "later phoned")
-- leaves it a verb; "acting", "interim", "caretaker" before an office
-- without a determiner or after a country's possessive keep the office
-- and its name one mention.  Short invented sentences.

local function pairs_of(paras, pub) return call_pairs(briefing(paras, pub or "2023-03-15"), "date") end

test("'first', 'second' before a past verb of calling: still a call", function()
  eq(pairs_of({ "President Emmanuel Macron first called President Volodymyr Zelensky on Monday." }),
    { "Emmanuel Macron + Volodymyr Zelensky @ 2023-03-13" })
  eq(pairs_of({ "Chancellor Olaf Scholz said on Tuesday he had first telephoned President Joe Biden." }),
    { "Joe Biden + Olaf Scholz @ 2023-03-14" })
  eq(pairs_of({ "Prime Minister Narendra Modi first rang President Vladimir Putin on Thursday." }),
    { "Narendra Modi + Vladimir Putin @ 2023-03-09" })
  -- the noun stays a noun: "their first call"
  eq(pairs_of({ "President Joe Biden and President Xi Jinping held their first call on Monday." }),
    { "Joe Biden + Xi Jinping @ 2023-03-13" })
end)

test("an acting or interim office without a determiner is one mention with its name", function()
  eq(pairs_of({ "President Emmanuel Macron spoke by phone with President Cyril Ramaphosa and acting President Kamala Harris." }),
    { "Cyril Ramaphosa + Emmanuel Macron @ 2023-03-15", "Emmanuel Macron + Kamala Harris @ 2023-03-15" })
  eq(pairs_of({ "Chancellor Olaf Scholz talked on Monday with Prime Minister Rishi Sunak and Italy's interim Prime Minister Giorgia Meloni." }),
    { "Giorgia Meloni + Olaf Scholz @ 2023-03-13", "Olaf Scholz + Rishi Sunak @ 2023-03-13" })
  eq(pairs_of({ "President Joe Biden telephoned Israel's caretaker Prime Minister Benjamin Netanyahu on Sunday." }),
    { "Benjamin Netanyahu + Joe Biden @ 2023-03-12" })
end)
