-- Names in varied forms, session 9: the family name first as Hungarian
-- (and East Asian) names may be written in English text ("Orbán Viktor",
-- "Szijjártó Péter", "Sulyok Tamás"), with the forms that already held
-- as guards: particles (von der, da, bin, el-), surname-first names the
-- gazetteer spells so, a surname alone after the first mention, and a
-- bare office after its holder ("the Emir", "the Chancellor").  Short
-- invented articles.

local function pairs_of(paras, pub) return call_pairs(briefing(paras, pub or "2023-03-15"), "date") end

test("a two-word name with the family name first is the person of that surname and given name", function()
  eq(pairs_of({ "Orbán Viktor spoke by phone with Recep Tayyip Erdogan on Monday." }),
    { "Recep Tayyip Erdoğan + Viktor Orbán @ 2023-03-13" })
  eq(pairs_of({ "Foreign Minister Szijjártó Péter spoke by telephone with Sergey Lavrov on Tuesday." }),
    { "Péter Szijjártó + Sergey Lavrov @ 2023-03-14" })
  eq(pairs_of({ "President Sulyok Tamás received a call from President Andrzej Duda on Monday." }, "2024-05-15"),
    { "Andrzej Duda + Tamás Sulyok @ 2024-05-13" })
end)

test("two unknown words are still nobody, and the usual order still holds", function()
  eq(pairs_of({ "Viktor Orbán spoke by phone with Recep Tayyip Erdogan on Monday." }),
    { "Recep Tayyip Erdoğan + Viktor Orbán @ 2023-03-13" })
  eq(pairs_of({ "Orbán Tamás spoke by phone with Recep Tayyip Erdogan on Monday." }), {})
end)

test("particles, surname-first spellings and later surnames", function()
  eq(pairs_of({ { "Ursula von der Leyen spoke by phone with President Luiz Inácio Lula da Silva on Monday.",
    "Von der Leyen later spoke with Zelensky by phone on Tuesday." } }),
    { "Luiz Inácio Lula da Silva + Ursula von der Leyen @ 2023-03-13", "Ursula von der Leyen + Volodymyr Zelensky @ 2023-03-14" })
  eq(pairs_of({ "Sisi spoke by phone with Herzog on Monday." }),
    { "Abdel Fattah al-Sisi + Isaac Herzog @ 2023-03-13" })
  eq(pairs_of({ "Japanese Prime Minister Kishida Fumio spoke by phone with President Yoon Suk Yeol on Monday." }),
    { "Fumio Kishida + Yoon Suk Yeol @ 2023-03-13" })
end)

test("a bare office after its holder", function()
  eq(pairs_of({ { "Qatar's Emir Sheikh Tamim bin Hamad Al Thani held talks in Doha on Sunday.",
    "The Emir spoke by phone with President Joe Biden on Monday." } }),
    { "Joe Biden + Tamim bin Hamad Al Thani @ 2023-03-13" })
  eq(pairs_of({ { "German Chancellor Olaf Scholz visited Paris on Sunday.",
    "The Chancellor spoke by phone with President Joe Biden on Monday." } }),
    { "Joe Biden + Olaf Scholz @ 2023-03-13" })
end)
