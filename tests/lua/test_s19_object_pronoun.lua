-- Session 19: an object pronoun with nobody but the caller named before
-- it in its sentence ("Biden had already phoned him") is the subject of
-- the sentence before, not the last of the people that sentence named
-- as its object or in a list.  Sentences of our own.

test("'X ... with A, B and C. C had phoned him': X", function()
  for _, ps in ipairs({
    { "Prime Minister Jacinda Ardern flew to Sydney on Monday for talks with Scott Morrison, Malcolm Turnbull and Tony Abbott.",
      "Morrison had already telephoned her on Sunday to offer his condolences." },
    { "Prime Minister Justin Trudeau travelled to Mexico on Monday to meet Enrique Peña Nieto and Barack Obama.",
      "Obama had phoned him on Sunday about the trade talks." },
  }) do
    local pairs = sorted_call_pairs(briefing(ps, ps[1]:find("Ardern") and "2019-03-19" or "2016-06-28"), "date")
    eq(#pairs, 1, ps[2])
    ok(pairs[1]:find(ps[1]:find("Ardern") and "Jacinda Ardern" or "Justin Trudeau", 1, true) ~= nil, pairs[1])
  end
end)

test("a person named before the pronoun in its own sentence still wins", function()
  local b = briefing({ "Prime Minister Justin Trudeau travelled to Mexico on Monday to meet Enrique Peña Nieto.",
    "Obama, who met Peña Nieto in May, phoned him on Sunday." }, "2016-06-28")
  eq(sorted_call_pairs(b, "date"), { "Barack Obama + Enrique Peña Nieto @ 2016-06-26" })
end)
