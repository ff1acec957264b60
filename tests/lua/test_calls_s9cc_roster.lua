-- Who is on a call, session 9: a relative clause on a call noun ("a video
-- call on 3 March in which A, B and C discussed ...", "the conversation,
-- during which X and Y agreed ...") names the call's people; it is no
-- subordinate clause to keep them out.  Short invented sentences.

local function pairs_of(paras, pub) return sorted_call_pairs(briefing(paras, pub), "date") end

test("'in which' after a video call names its roster", function()
  eq(pairs_of({ "The meeting came a fortnight after a video call on 7 June in which Olaf Scholz, Emmanuel Macron and Mario Draghi discussed gas prices." }, "2022-06-21"),
    { "Emmanuel Macron + Mario Draghi + Olaf Scholz @ 2022-06-07" })
end)

test("'during which' after a telephone conversation, with a time between", function()
  eq(pairs_of({ "Officials pointed to the telephone conversation of Tuesday evening, during which Rishi Sunak and Giorgia Meloni agreed to work together on migration." }, "2023-05-19"),
    { "Giorgia Meloni + Rishi Sunak @ 2023-05-16" })
end)

test("'in which' after a call that opens the sentence", function()
  eq(pairs_of({ "A phone call on Friday, in which Pedro Sánchez and Mark Rutte went over the recovery fund, lasted an hour." }, "2020-07-14"),
    { "Mark Rutte + Pedro Sánchez @ 2020-07-10" })
end)

test("a relative clause on something else than the call keeps its people out", function()
  eq(pairs_of({ "Olaf Scholz spoke by phone with Emmanuel Macron on Monday about the summit in Madrid, in which Pedro Sánchez will take part." }, "2022-06-21"),
    { "Emmanuel Macron + Olaf Scholz @ 2022-06-20" })
end)
