-- Call status, session 18: a call asked for is no call held.
-- (1) "had requested a telephone call with X": an indefinite call noun
-- after the perfect of a request word is the request, not the call told
-- ("had requested the call" still is); (2) its refusal in so many words
-- after it ("and that there would be none for now", "but none would take
-- place") denies it, on no day (no call was tried); (3) a headline's
-- present "turns down / rejects X's request for a call" denies it too.
-- Invented sentences.

local function calls_of(paras, pub) return sorted_call_pairs(briefing(paras, pub), "basis") end
local function status_of(paras, pub) return sorted_call_pairs(briefing(paras, pub), "status") end

test("had requested a telephone call, and there would be none: denied, undated", function()
  eq(status_of({ "The Elysee said on Friday that President Lukashenko had requested a telephone call with Emmanuel Macron, and that there would be none for now." }, "2020-09-05"),
    { "Alexander Lukashenko + Emmanuel Macron: denied" })
  eq(calls_of({ "The Elysee said on Friday that President Lukashenko had requested a telephone call with Emmanuel Macron, and that there would be none for now." }, "2020-09-05"),
    { "Alexander Lukashenko + Emmanuel Macron @ undated (unknown)" })
end)

test("had requested a telephone call: a request, not a call held", function()
  eq(status_of({ "Officials said President Lukashenko had requested a telephone call with Emmanuel Macron." }, "2020-09-05"),
    { "Alexander Lukashenko + Emmanuel Macron: planned" })
end)

test("had asked for a call, but none would take place: denied", function()
  eq(status_of({ "Paris said Lukashenko had asked for a call with Macron, but that none would take place." }, "2020-09-05"),
    { "Alexander Lukashenko + Emmanuel Macron: denied" })
end)

test("a headline: Paris turns down / rejects X's request for a call with Y", function()
  eq(status_of({ "Paris turns down Lukashenko's request for a call with Macron" }, "2020-09-05"),
    { "Alexander Lukashenko + Emmanuel Macron: denied" })
  eq(status_of({ "Paris rejects Lukashenko's request for a call with Macron" }, "2020-09-05"),
    { "Alexander Lukashenko + Emmanuel Macron: denied" })
end)

test("had requested the call: the call told, held", function()
  eq(status_of({ "Macron and Lukashenko spoke by telephone on Thursday.", "Lukashenko had requested the call, the Elysee said." }, "2020-09-05"),
    { "Alexander Lukashenko + Emmanuel Macron: held" })
end)
