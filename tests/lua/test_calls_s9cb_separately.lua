-- A verb of speaking with its list and a medium phrase after it, session
-- 9: "spoke separately with A and B by phone" is one call each, as "spoke
-- by phone separately with A and B" is; "together", "a three-way call"
-- keep one conversation.  Short invented sentences.

local function pairs_of(paras, pub) return sorted_call_pairs(briefing(paras, pub), "date") end

test("'spoke separately with A and B by phone': two calls", function()
  eq(pairs_of({ "Pedro Sánchez spoke separately with Emmanuel Macron and Olaf Scholz by phone on Thursday." }, "2023-03-10"),
    { "Emmanuel Macron + Pedro Sánchez @ 2023-03-09", "Olaf Scholz + Pedro Sánchez @ 2023-03-09" })
end)

test("'separately talked with A and B by telephone': two calls", function()
  eq(pairs_of({ "Narendra Modi separately talked with Rishi Sunak and Anthony Albanese by telephone on Monday." }, "2023-03-08"),
    { "Anthony Albanese + Narendra Modi @ 2023-03-06", "Narendra Modi + Rishi Sunak @ 2023-03-06" })
end)

test("'together' or 'a three-way call' keep one conversation", function()
  eq(pairs_of({ "Pedro Sánchez spoke with Emmanuel Macron and Olaf Scholz together by phone on Thursday." }, "2023-03-10"),
    { "Emmanuel Macron + Olaf Scholz + Pedro Sánchez @ 2023-03-09" })
  eq(pairs_of({ "Pedro Sánchez spoke with Emmanuel Macron and Olaf Scholz in a three-way call on Thursday." }, "2023-03-10"),
    { "Emmanuel Macron + Olaf Scholz + Pedro Sánchez @ 2023-03-09" })
end)
