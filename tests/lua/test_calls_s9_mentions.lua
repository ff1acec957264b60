-- Person mentions, session 9: "the President of the European
-- Commission, Ursula von der Leyen" is the office of that body and the
-- person named after it, not a person called "Commission"; "the Sri
-- Lankan President's Media Division" is an office of the president, not a
-- person called "Media Division".  Short invented sentences.

local function pairs_of(paras, pub) return call_pairs(briefing(paras, pub or "2023-10-14"), "date") end

test("the office of an institution after 'of', then the name", function()
  eq(pairs_of({ "Secretary-General António Guterres spoke with the President of the European Commission, Ursula von der Leyen, on Thursday." }),
    { "António Guterres + Ursula von der Leyen @ 2023-10-12" })
  eq(pairs_of({ "Chancellor Olaf Scholz telephoned the President of the European Council, Charles Michel, on Friday." }),
    { "Charles Michel + Olaf Scholz @ 2023-10-13" })
  -- a country after "of" is still the country
  eq(pairs_of({ "Secretary-General António Guterres spoke by phone with the President of Kenya, William Ruto, on Friday." }),
    { "António Guterres + William Ruto @ 2023-10-13" })
end)

test("an office of capitalised words owned by a title is no person", function()
  eq(pairs_of({ "Prime Minister Narendra Modi dialled President Maithripala Sirisena on Monday.",
      "Sirisena thanked Modi for his call, a statement from the Sri Lankan President's Media Division said." }, "2019-04-22"),
    { "Maithripala Sirisena + Narendra Modi @ 2019-04-22" })
  eq(pairs_of({ "President Cyril Ramaphosa spoke to President William Ruto on Tuesday, the Kenyan President's Communications Unit said." }, "2023-10-12"),
    { "Cyril Ramaphosa + William Ruto @ 2023-10-10" })
end)

test("a short form of a given name before a known surname", function()
  eq(pairs_of({ "Prime Minister Anthony Albanese and Chris Luxon spoke by phone last night." }, "2023-11-29"),
    { "Anthony Albanese + Christopher Luxon @ 2023-11-28" })
  eq(pairs_of({ "Tony Blair telephoned President Jacques Chirac on Sunday." }, "1998-04-07"),
    { "Jacques Chirac + Tony Blair @ 1998-04-05" })
  -- another given name is someone else ("Brigitte Macron", "Jill Biden")
  eq(pairs_of({ "Brigitte Macron spoke by phone with Jill Biden on Sunday." }, "2023-10-10"), {})
end)

test("a particle joined to the surname by a hyphen after a hyphenated first name", function()
  eq(pairs_of({ "Prime Minister Abiy Ahmed dialled Egyptian President Abdel-Fattah el-Sisi on Sunday." }, "2020-06-09"),
    { "Abdel Fattah al-Sisi + Abiy Ahmed @ 2020-06-07" })
  eq(pairs_of({ "King Abdullah II telephoned Abdel-Fattah al-Sisi on Monday." }, "2020-06-09"),
    { "Abdel Fattah al-Sisi + Abdullah II @ 2020-06-08" })
end)

test("a month is a name after an honorific or a title", function()
  eq(pairs_of({ "Mrs May and Chancellor Angela Merkel spoke by telephone on Tuesday." }, "2018-03-16"),
    { "Angela Merkel + Theresa May @ 2018-03-13" })
  eq(pairs_of({ "Prime Minister May spoke to President Donald Trump on Tuesday." }, "2018-03-16"),
    { "Donald Trump + Theresa May @ 2018-03-13" })
  -- not after a preposition
  eq(pairs_of({ "Chancellor Angela Merkel spoke to President Emmanuel Macron in May about the budget." }, "2018-06-16"),
    { "Angela Merkel + Emmanuel Macron @ undated" })
end)

test("a chairperson is an office ('the Chairperson of the African Union Commission, H.E. X')", function()
  eq(pairs_of({ "Earlier, President William Ruto spoke with the Chairperson of the African Union Commission, H.E. Moussa Faki Mahamat, on the situation in Sudan." }, "2024-03-12"),
    { "Moussa Faki Mahamat + William Ruto @ 2024-03-12" })
end)

test("a middle initial with its dot inside a name the gazetteer has without it", function()
  eq(pairs_of({ "Secretary of State George P. Shultz spoke by telephone with Foreign Minister Eduard A. Shevardnadze on Saturday." }, "1987-11-23"),
    { "Eduard Shevardnadze + George Shultz @ 1987-11-21" })
  eq(pairs_of({ "Chancellor Helmut J. Kohl telephoned President François M. Mitterrand on Sunday." }, "1989-12-05"),
    { "François Mitterrand + Helmut Kohl @ 1989-12-03" })
end)

test("a body whose name holds a country's code before an office ('AU Commission Chairperson X')", function()
  eq(pairs_of({ "President William Ruto spoke with AU Commission Chairperson Moussa Faki Mahamat on Tuesday." }, "2024-03-13"),
    { "Moussa Faki Mahamat + William Ruto @ 2024-03-12" })
  -- a country before an office is still the country
  eq(pairs_of({ "President William Ruto spoke with Australian Prime Minister Anthony Albanese on Tuesday." }, "2024-03-13"),
    { "Anthony Albanese + William Ruto @ 2024-03-12" })
end)
