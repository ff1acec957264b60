-- A purpose infinitive after a verb of means or interruption, session 9:
-- "used the hotline to speak with X", "interrupted his holiday to call
-- X" tell a call held, its subject the subject of the first verb; "made
-- plans to speak", "will use the hotline to speak" still plan one.  Short
-- invented sentences.

local function pairs_of(paras, pub) return sorted_call_pairs(briefing(paras, pub), "status") end

test("'used the hotline to speak with X': held, the user its caller", function()
  eq(pairs_of({ "Shehbaz Sharif used the hotline to speak with Narendra Modi on Saturday." }, "2023-05-15"),
    { "Narendra Modi + Shehbaz Sharif: held" })
end)

test("'interrupted his holiday to call X', 'took time out of the summit to phone X'", function()
  eq(pairs_of({ "Emmanuel Macron interrupted his holiday to call Olaf Scholz on Sunday." }, "2023-08-15"),
    { "Emmanuel Macron + Olaf Scholz: held" })
  eq(pairs_of({ "Lula took time out of the summit to phone Joe Biden on Thursday." }, "2023-08-25"),
    { "Joe Biden + Luiz Inácio Lula da Silva: held" })
end)

test("an intention noun or a modal before the means verb keeps the plan", function()
  eq(pairs_of({ "Olaf Scholz made plans to speak with Emmanuel Macron on Friday." }, "2023-08-15"),
    { "Emmanuel Macron + Olaf Scholz: planned" })
  eq(pairs_of({ "Shehbaz Sharif will use the hotline to speak with Narendra Modi on Saturday." }, "2023-05-10"),
    { "Narendra Modi + Shehbaz Sharif: planned" })
end)
