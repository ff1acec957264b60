-- Session 21: "has yet to", "is yet to" deny what follows so far: "Biden
-- has yet to call Netanyahu" is a call that has not taken place (denied,
-- as SCHEMA.md has it), not a plan; "a call ... is yet to be scheduled"
-- is one not scheduled.  "The details of the call on Monday are yet to be
-- released" still tells a call held.  Sentences of our own.

local DAY = "2021-02-12"

test("'has yet to call X', 'is yet to speak with X': denied", function()
  eq(call_pairs(briefing({ "Biden has yet to call Netanyahu." }, DAY), "status"), { "Benjamin Netanyahu + Joe Biden: denied" })
  eq(call_pairs(briefing({ "Biden has yet to speak to Netanyahu since taking office." }, DAY), "status"), { "Benjamin Netanyahu + Joe Biden: denied" })
  eq(call_pairs(briefing({ "Biden is yet to speak with Netanyahu." }, DAY), "status"), { "Benjamin Netanyahu + Joe Biden: denied" })
end)

test("'a call ... is yet to be scheduled': denied", function()
  eq(call_pairs(briefing({ "A call between Biden and Netanyahu is yet to be scheduled." }, DAY), "status"), { "Benjamin Netanyahu + Joe Biden: denied" })
end)

test("details yet to be released: the call held", function()
  eq(call_pairs(briefing({ "The details of the call between Biden and Netanyahu on Monday are yet to be released." }, DAY), "status"), { "Benjamin Netanyahu + Joe Biden: held" })
end)
