-- "he"/"she" after a body that tells and the person who owns it,
-- session 9: "Macron's office said he had spoken to Scholz", "Lula's
-- spokesman said he called Biden" are the owner's calls; an owner whose
-- body does not tell ("since Hasina's government fell and she fled") is
-- no antecedent.  Short invented sentences.

local function pairs_of(paras, pub) return sorted_call_pairs(briefing(paras, pub), "date") end

test("'X's office said he had spoken to Y by phone'", function()
  eq(pairs_of({ "Emmanuel Macron's office said he had spoken to Olaf Scholz by phone on Monday." }, "2023-03-08"),
    { "Emmanuel Macron + Olaf Scholz @ 2023-03-06" })
end)

test("'X's spokesman said he called Y'", function()
  eq(pairs_of({ "Lula's spokesman said he called Joe Biden on Tuesday to discuss the Amazon fund." }, "2023-03-08"),
    { "Joe Biden + Luiz Inácio Lula da Silva @ 2023-03-07" })
end)

test("'X's press office said she telephoned Y'", function()
  eq(pairs_of({ "Giorgia Meloni's press office said she telephoned Rishi Sunak on Wednesday." }, "2023-03-10"),
    { "Giorgia Meloni + Rishi Sunak @ 2023-03-08" })
end)

test("the owner of a body that does not tell is no antecedent", function()
  eq(pairs_of({ "Rishi Sunak, leader of Britain's governing party, telephoned Narendra Modi on Friday, in the first conversation between the two since Liz Truss's government collapsed and she resigned." }, "2022-10-29"),
    { "Narendra Modi + Rishi Sunak @ 2022-10-28" })
end)
