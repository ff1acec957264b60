-- A capital named inside the topic of a talk is not where it was held,
-- session 9: "spoke to X about a ceasefire in Khartoum", "regarding the
-- situation in Kyiv" still tell a call; "about Ukraine in Paris", "in
-- Berlin" after the verb place the two in one room.  Short invented
-- sentences.

local function pairs_of(paras, pub) return sorted_call_pairs(briefing(paras, pub), "date") end

test("'spoke to X this evening about a ceasefire in Khartoum'", function()
  eq(pairs_of({ "William Ruto said he spoke to Abdel Fattah al-Burhan this evening about a ceasefire in Khartoum." }, "2023-05-02"),
    { "Abdel Fattah al-Burhan + William Ruto @ 2023-05-02" })
end)

test("'talked with X regarding the shelling in Kyiv'", function()
  eq(pairs_of({ "Olaf Scholz talked with Volodymyr Zelensky on Sunday regarding the shelling in Kyiv." }, "2023-05-30"),
    { "Olaf Scholz + Volodymyr Zelensky @ 2023-05-28" })
end)

test("'spoke with X on Tuesday to discuss the talks in Riyadh'", function()
  eq(pairs_of({ "Emmanuel Macron spoke with Mohammed bin Salman on Tuesday to discuss the negotiations in Riyadh." }, "2023-05-30"),
    { "Emmanuel Macron + Mohammed bin Salman @ 2023-05-30" })
end)

test("a capital after the verb or after a named topic is where they met", function()
  eq(pairs_of({ "Olaf Scholz spoke with Emmanuel Macron about Ukraine in Paris on Tuesday." }, "2023-05-31"), {})
  eq(pairs_of({ "Olaf Scholz spoke with Emmanuel Macron in Paris on Tuesday about the war." }, "2023-05-31"), {})
end)
