-- An office with its holder set off by commas after an honorific,
-- session 14: "the Finnish Prime Minister, Mr Pekka Lautamo," names the
-- holder as "the foreign minister of Ghana, Kofi Mensah Boateng," does
-- (session 12), when the gazetteer does not know him either.  Invented
-- people in short invented paragraphs.

local function pairs_of(text, pub) return sorted_call_pairs(briefing({ text }, pub), "date") end

test("an unknown holder after an honorific takes part", function()
  eq(pairs_of("Chancellor Helmut Schmidt held a telephone conversation on Monday with the Finnish Prime Minister, Mr Pekka Lautamo, about the ferry strike.",
    "1978-03-08"), { "Helmut Schmidt + Pekka Lautamo @ 1978-03-06" })
  eq(pairs_of("The Ghanaian Foreign Minister, Dr Kofi Mensah Boateng, telephoned Antony Blinken on Tuesday.",
    "2022-03-09"), { "Antony Blinken + Kofi Mensah Boateng @ 2022-03-08" })
end)

test("not a single word, not a clause going on: the office's holder that day", function()
  eq(pairs_of("Chancellor Helmut Schmidt spoke on Monday by telephone with the Finnish Prime Minister, Mr Lautamo.",
    "1978-03-08"), { "Helmut Schmidt + Kalevi Sorsa @ 1978-03-06" })
  eq(pairs_of("Chancellor Helmut Schmidt spoke on Monday by telephone with the Finnish Prime Minister, Mr Pekka Lautamo said.",
    "1978-03-08"), { "Helmut Schmidt + Kalevi Sorsa @ 1978-03-06" })
end)
