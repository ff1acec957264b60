-- Session 17: "also had a conversation with X" right after calls of the
-- same person is one more call; placed somewhere ("in Oslo"), or with no
-- call told before, it stays a conversation.  Sentences of our own.

local CALLS = "Prime Minister Gro Harlem Brundtland spent Sunday on the telephone, speaking with Prime Minister Ingvar Carlsson and with Prime Minister Poul Schlüter, her office said."

local function pairs_of(paras)
  return sorted_call_pairs(briefing(paras, "1990-10-09"), "date")
end

test("also a conversation, after calls: one more call", function()
  eq(pairs_of({ CALLS, "Mrs. Brundtland also had a long conversation with President Mauno Koivisto on Monday, the office added." }),
    { "Gro Harlem Brundtland + Ingvar Carlsson @ 1990-10-07", "Gro Harlem Brundtland + Mauno Koivisto @ 1990-10-08",
      "Gro Harlem Brundtland + Poul Schlüter @ 1990-10-07" })
end)

test("placed, or with no call before: no call", function()
  eq(pairs_of({ CALLS, "Mrs. Brundtland also had a long conversation with President Mauno Koivisto in Oslo on Monday." }),
    { "Gro Harlem Brundtland + Ingvar Carlsson @ 1990-10-07", "Gro Harlem Brundtland + Poul Schlüter @ 1990-10-07" })
  eq(pairs_of({ "Mrs. Brundtland also had a long conversation with President Mauno Koivisto on Monday." }), {})
end)
