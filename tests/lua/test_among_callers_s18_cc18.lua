-- Calls, session 18: callers and people called named after a copula.
-- (1) "Among the first to ring him (with congratulations) was X": the
-- one called may be a pronoun and a short phrase of what the call was
-- for may stand before "was"; X placed the call.  After a sentence
-- telling the event on a past day, the call's own day is untold.
-- (2) "Among the first he reached were A of P and B of Q": a relative
-- clause without "who", its subject the caller, the people listed after
-- "were" the ones called, one call each.  Invented paragraphs.

local function calls_of(paras, pub) return sorted_call_pairs(briefing(paras, pub), "basis") end

test("among the first to ring him with congratulations was X: X called him, day untold", function()
  local paras = { "Chancellor Helmut Kohl's coalition won a clear majority on Sunday.",
    "Among the first to ring him with congratulations was President George Bush, whose aides said the two had discussed Nato." }
  local b = briefing(paras, "1990-12-06")
  eq(sorted_call_pairs(b, "basis"), { "George H. W. Bush + Helmut Kohl @ undated (unknown)" })
  eq(initiators(b), { "George H. W. Bush" })
end)

test("among the first to telephone her was X: X is the caller", function()
  local b = briefing({ "Margaret Thatcher won a third term.",
    "Among the first to telephone her was President Ronald Reagan." }, "1987-06-13")
  eq(initiators(b), { "Ronald Reagan" })
end)

test("among the first he reached were A of P and B of Q: one call each", function()
  eq(calls_of({ "Prime Minister Brian Mulroney worked the telephones all week to build the coalition.",
    "Among the first he reached were President Francois Mitterrand of France and Chancellor Helmut Kohl of Germany, both of whom promised ships." }, "1990-08-11"),
    { "Brian Mulroney + François Mitterrand @ 1990-08-11 (reported)",
      "Brian Mulroney + Helmut Kohl @ 1990-08-11 (reported)" })
end)

test("among those Mulroney telephoned on Monday was Kohl", function()
  local b = briefing({ "Among those Brian Mulroney telephoned on Monday was Chancellor Helmut Kohl." }, "1990-08-08")
  eq(sorted_call_pairs(b, "basis"), { "Brian Mulroney + Helmut Kohl @ 1990-08-06 (relative)" })
  eq(initiators(b), { "Brian Mulroney" })
end)

test("among the leaders he met were A and B: no call", function()
  eq(calls_of({ "Among the leaders he met in Rome were Helmut Kohl and Francois Mitterrand." }, "1990-08-08"), {})
end)
