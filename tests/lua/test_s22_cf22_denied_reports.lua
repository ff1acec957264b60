-- Session 22: reports of the call itself denied.  "Refuted reports of a
-- phone call with X", "dismissed claims of a telephone conversation
-- between A and B", "rejected reports of a call" deny the call as
-- "denied reports that A had called B" does.  A denial of reports of
-- something else, with the call told apart, leaves it held.  Sentences
-- of our own.

local function st(s, pub) return sorted_call_pairs(briefing({ s }, pub), "status") end

test("'refuted reports of a phone call with X'", function()
  eq(st("President Uhuru Kenyatta refuted reports of a phone call with President Yoweri Museveni.", "2021-03-12"),
    { "Uhuru Kenyatta + Yoweri Museveni: denied" })
end)

test("'dismissed / rejected reports of a call between A and B'", function()
  eq(st("State House dismissed reports of a phone call between President Uhuru Kenyatta and President Yoweri Museveni.", "2021-03-12"),
    { "Uhuru Kenyatta + Yoweri Museveni: denied" })
  eq(st("The presidency rejected claims of a telephone conversation between President Uhuru Kenyatta and President Yoweri Museveni.", "2021-03-12"),
    { "Uhuru Kenyatta + Yoweri Museveni: denied" })
end)

test("guards: reports of something else; the call told after", function()
  eq(st("State House dismissed reports of a rift, saying President Uhuru Kenyatta spoke by phone with President Yoweri Museveni on Thursday.", "2021-03-12"),
    { "Uhuru Kenyatta + Yoweri Museveni: held" })
  eq(st("State House confirmed reports of a phone call between President Uhuru Kenyatta and President Yoweri Museveni.", "2021-03-12"),
    { "Uhuru Kenyatta + Yoweri Museveni: held" })
end)
