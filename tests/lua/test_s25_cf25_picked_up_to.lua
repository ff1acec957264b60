-- Session 25 (cf25): "picked up the phone to call X", "lifted the
-- receiver to speak with X": a purpose infinitive after a verb of means,
-- the call made, no plan (as "used the hotline to speak with").
-- Sentences of our own.

local function st(s, pub) return sorted_call_pairs(briefing({ s }, pub), "status") end

test("picked up the phone to call, lifted the receiver to speak with: held", function()
  eq(st("Mr. Blair picked up the phone to call President Bush on Tuesday.", "2001-09-12"),
    { "George W. Bush + Tony Blair: held" })
  eq(st("Chancellor Kohl lifted the receiver to speak with President Mitterrand on Monday.", "1990-06-05"),
    { "François Mitterrand + Helmut Kohl: held" })
end)

test("guards: a plan to pick up the phone, the phone to X, an appeal, as before", function()
  eq(st("Mr. Blair will pick up the phone to call President Bush on Tuesday.", "2001-09-12"),
    { "George W. Bush + Tony Blair: planned" })
  eq(st("Mr. Blair plans to pick up the phone to call President Bush.", "2001-09-12"),
    { "George W. Bush + Tony Blair: planned" })
  eq(st("Mr. Blair picked up the phone to President Bush on Tuesday.", "2001-09-12"),
    { "George W. Bush + Tony Blair: held" })
  eq(st("Mr. Blair picked up the phone to call on President Bush to act.", "2001-09-12"), {})
end)
