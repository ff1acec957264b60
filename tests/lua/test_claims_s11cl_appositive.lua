-- A speaker named after the words with an apposition on the name,
-- session 11: '"A," Catherine Colonna, the Elysee spokeswoman, said.',
-- '"A," said Ari Fleischer, the White House press secretary.', "A, Godric
-- Smith, a spokesman for the Prime Minister, said." The apposition is
-- part of the attribution (it tells whose spokesperson speaks), not of
-- the words; a name the gazetteer does not know leaves its office to
-- speak.  Invented reports.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end

test("a quotation, then the name, its office and the verb", function()
  eq(lines({ "President Jacques Chirac spoke by telephone with Chancellor Gerhard Schroeder on Tuesday.",
    "\"The two leaders share the same reading of the crisis in Iraq,\" Catherine Colonna, the Elysee spokeswoman, said." }, "2003-01-22"),
    { "France | joint | the Elysee spokeswoman | The two leaders share the same reading of the crisis in Iraq" })
  eq(lines({ "President Vladimir Putin spoke by telephone with President Jacques Chirac on Monday.",
    "\"Moscow and Paris will coordinate their positions at the Security Council,\" Dmitry Peskov, the Kremlin spokesman, said." }, "2003-03-11"),
    { "Russia | Dmitry Peskov | Kremlin spokesman | Moscow and Paris will coordinate their positions at the Security Council" })
end)

test("an office with 'for' after the name", function()
  eq(lines({ "Prime Minister Tony Blair telephoned President George W. Bush on Sunday night.",
    "\"They agreed that the inspectors must be given more time,\" Godric Smith, a spokesman for the Prime Minister, said." }, "2003-01-20"),
    { "United Kingdom | joint | a spokesman for the Prime Minister | They agreed that the inspectors must be given more time" })
  -- (without quotation marks)
  eq(lines({ "Chancellor Angela Merkel spoke by telephone with President Dmitry Medvedev on Friday.",
    "The two leaders agreed to keep the gas talks going, Ulrich Wilhelm, a spokesman for the German government, said." }, "2009-01-09"),
    { "Germany | joint | a spokesman for the German government | agreed to keep the gas talks going" })
end)

test("the verb first, then the name and its office", function()
  eq(lines({ "President George W. Bush spoke by telephone with President Vladimir Putin on Thursday.",
    "\"The President urged restraint in Georgia,\" said Gordon Johndroe, the White House spokesman." }, "2008-08-08"),
    -- (session 24: the office quoted in the third person is its holder's)
    { "United States | George W. Bush | the White House spokesman | The President urged restraint in Georgia" })
  eq(lines({ "President Vladimir Putin spoke by telephone with Prime Minister Recep Tayyip Erdogan on Friday.",
    "\"Russia will restore the charter flights to Turkey,\" said Dmitry Peskov, the Kremlin spokesman." }, "2016-07-02"),
    { "Russia | Dmitry Peskov | Kremlin spokesman | Russia will restore the charter flights to Turkey" })
end)

test("a trailer after the verb", function()
  eq(lines({ "President Barack Obama spoke by telephone with President Mohamed Morsi on Wednesday.",
    "\"The President stressed the need for calm in Sinai,\" Tommy Vietor, a spokesman for the National Security Council, said in a statement." }, "2012-08-09"),
    -- (session 24: the office quoted in the third person is its holder's)
    { "United States | Barack Obama | a spokesman for the National Security Council | The President stressed the need for calm in Sinai" })
end)
