-- The other end of a call noun that names one person ("A call with
-- Premier Li Qiang is being arranged, an official said"): the person the
-- account is about, the topic of most of its sentences, as for an
-- object-less "rang".  Short invented articles.

local function pairs_of(paras, pub) return sorted_call_pairs(briefing(paras, pub), "status") end

test("a planned call noun with one person is the protagonist's", function()
  eq(pairs_of({ "Prime Minister Anthony Albanese arrived in Jakarta on Monday for his first visit as leader.",
    "Albanese met President Joko Widodo at the Bogor palace and the two signed a climate pact.",
    "A call with Chinese Premier Li Qiang is being arranged, a senior official said." }, "2022-06-06"),
    { "Anthony Albanese + Li Qiang: planned" })
end)

test("the same with 'a telephone conversation with' and a day", function()
  eq(pairs_of({ "Chancellor Olaf Scholz spent Tuesday in Vilnius with Lithuanian troops.",
    "Scholz promised more air defence for the Baltic states.",
    "A telephone conversation with President Joe Biden is planned for Friday, government sources said." }, "2023-03-07"),
    { "Joe Biden + Olaf Scholz: planned" })
end)

test("held: 'a phone call with X took place', the account about another", function()
  eq(pairs_of({ "President Emmanuel Macron toured a factory in Lyon on Thursday.",
    "Macron said the plant would double its output by 2025.",
    "Later, a phone call with Chancellor Olaf Scholz took place, aides said." }, "2023-03-09"),
    { "Emmanuel Macron + Olaf Scholz: held" })
end)

test("no call from a call noun after a temporal preposition or in a relative clause", function()
  eq(pairs_of({ "President Gabriel Boric addressed the Senate in Valparaíso on Monday.",
    "Boric defended the pension reform for an hour.",
    "Analysts said the mood was calm, which is not unusual after a first conversation with Lula." }, "2023-06-05"),
    {})
end)
