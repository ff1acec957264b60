-- Who is on a call, session 8: a repeated preposition deals the people
-- of a verb of speaking out, one call each, also when a pronoun or an
-- office the gazetteer does not know stands before the second name ("and
-- with the opposition leader, X", "and with him, X,").  Short invented
-- sentences.

local function pairs_of(paras, pub) return call_pairs(briefing(paras, pub or "2023-03-15"), "date") end

test("'and with' an unknown office in apposition before the name is a second call", function()
  eq(pairs_of({ "Javier Solana also spoke with Leonid Kuchma and with the opposition candidate, Viktor Yushchenko." }, "2004-11-30"),
    { "Javier Solana + Leonid Kuchma @ 2004-11-30", "Javier Solana + Viktor Yushchenko @ 2004-11-30" })
  eq(pairs_of({ "President Emmanuel Macron spoke by telephone on Monday with Chancellor Olaf Scholz and with the caretaker head of government, Mark Rutte." }),
    { "Emmanuel Macron + Mark Rutte @ 2023-03-13", "Emmanuel Macron + Olaf Scholz @ 2023-03-13" })
  eq(pairs_of({ "Secretary-General António Guterres talked with President William Ruto and with the regional mediator Olusegun Obasanjo on Friday." }),
    { "António Guterres + Olusegun Obasanjo @ 2023-03-10", "António Guterres + William Ruto @ 2023-03-10" })
end)

test("'and with him, X,' (or 'to him, X,') is a second call", function()
  eq(pairs_of({ { "Foreign Minister Subrahmanyam Jaishankar told reporters on Wednesday that Blinken had called.",
    "He says Antony Blinken spoke with Prime Minister Narendra Modi this morning and with him, Jaishankar, earlier in the week." } }),
    { "Antony Blinken + Narendra Modi @ 2023-03-15", "Antony Blinken + S. Jaishankar @ 2023-03-15" })
  eq(pairs_of({ { "Foreign Minister Hakan Fidan spoke to the press in Ankara.",
    "Fidan said Sergey Lavrov talked by phone on Monday to President Recep Tayyip Erdoğan and to him, Fidan, about the grain deal." } }),
    { "Hakan Fidan + Sergey Lavrov @ 2023-03-13", "Recep Tayyip Erdoğan + Sergey Lavrov @ 2023-03-13" })
end)

test("one 'with' before a list still needs something to make it one conversation", function()
  eq(pairs_of({ "Scholz spoke by phone on Monday with Macron and Sunak." }),
    { "Emmanuel Macron + Olaf Scholz @ 2023-03-13", "Olaf Scholz + Rishi Sunak @ 2023-03-13" })
  eq(pairs_of({ "Chancellor Olaf Scholz spoke by telephone on Monday with President Emmanuel Macron, Prime Minister Rishi Sunak and President Joe Biden." }),
    { "Emmanuel Macron + Joe Biden + Olaf Scholz + Rishi Sunak @ 2023-03-13" })
end)
