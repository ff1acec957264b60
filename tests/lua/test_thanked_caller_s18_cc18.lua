-- Call initiator, session 18: "Y thanked X for the call" (or "for his
-- telephone call") tells that X placed it, whether the call was told
-- before or in that sentence; thanks for something else said on a call
-- ("thanked X for his support in a telephone call") tells nothing of who
-- placed it.  Invented paragraphs.

local function initiators_of(paras, pub) return initiators(briefing(paras, pub)) end

test("thanked X for the call, after the call told: X placed it", function()
  eq(initiators_of({ "Chancellor Kohl spoke to President Mitterrand by telephone on Tuesday.",
    "An aide said Mr Mitterrand had thanked Mr Kohl for the call." }, "1990-08-10"), { "Helmut Kohl" })
end)

test("thanked X for his telephone call: X placed it", function()
  eq(initiators_of({ "President Mitterrand thanked Chancellor Kohl for his telephone call on Tuesday." }, "1990-08-10"),
    { "Helmut Kohl" })
end)

test("thanked X for his support in a telephone call: no initiator", function()
  eq(initiators_of({ "President Mitterrand thanked Chancellor Kohl for his support in a telephone call on Tuesday." }, "1990-08-10"),
    { "nil" })
end)
