-- A plan by another medium than the held call of the same people,
-- session 11: "held a telephone conversation ... agreed to hold a virtual
-- meeting in the coming weeks" is two contacts, the call held and the
-- video meeting planned.  Short invented paragraphs.

local function calls_of(paras, pub) return sorted_call_pairs(briefing(paras, pub), "status") end

test("a video meeting planned after a telephone call is another contact", function()
  eq(calls_of({ "Prime Minister Anthony Albanese held a telephone conversation with President Joko Widodo on Tuesday.",
      "The two leaders agreed to hold a video conference in the coming weeks on the climate partnership." }, "2023-02-08"),
    { "Anthony Albanese + Joko Widodo: held", "Anthony Albanese + Joko Widodo: planned" })
end)

test("a plan by the same medium is the call it came to", function()
  eq(calls_of({ "Prime Minister Anthony Albanese held a telephone conversation with President Joko Widodo on Tuesday.",
      "The two leaders had agreed last week to speak by phone." }, "2023-02-08"),
    { "Anthony Albanese + Joko Widodo: held" })
end)
