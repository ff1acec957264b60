-- An office one country alone has, written without its country, session
-- 10: "The State Counsellor spoke by telephone with ..." is Aung San Suu
-- Kyi on the date (roles.yaml now lists the title); "The President"
-- alone, which many hold, stays nobody.  Short invented sentences.

local function calls_of(text, pub) return sorted_call_pairs(briefing({ text }, pub), "date") end

test("the one holder of an office only one country has", function()
  eq(calls_of("The State Counsellor spoke by telephone with President Recep Tayyip Erdoğan on Tuesday, her office said.", "2017-09-07"),
    { "Aung San Suu Kyi + Recep Tayyip Erdoğan @ 2017-09-05" })
  eq(calls_of("State Counsellor Aung San Suu Kyi telephoned Prime Minister Narendra Modi on Monday.", "2018-01-10"),
    { "Aung San Suu Kyi + Narendra Modi @ 2018-01-08" })
end)

test("an office many countries have names nobody alone", function()
  eq(calls_of("The President spoke by telephone with Prime Minister Narendra Modi on Tuesday.", "2017-09-07"), {})
end)
