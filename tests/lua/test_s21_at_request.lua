-- Session 21: a readout's own words for who asked for the call.  A bare
-- "at request" or "upon request" after the call phrase (the idiom of
-- Chinese readouts: "Xi spoke on the phone with Obama at request") means
-- the one spoken with asked for it; "at the invitation of X", "upon the
-- request of X" name the one who asked, as "at the request of X" does.
-- Not "upon request" in another clause.  Sentences of our own.

test("'spoke on the phone with X at request': X asked", function()
  local b = briefing({ "On the evening of March 12, President Xi Jinping spoke on the phone with President Barack Obama of the United States at request." }, "2015-03-13")
  eq(initiators(b), { "Barack Obama" })
  b = briefing({ "On March 12, Premier Li Keqiang held a phone call with German Chancellor Angela Merkel upon request." }, "2015-03-13")
  eq(initiators(b), { "Angela Merkel" })
end)

test("'at the invitation of the Russian side'", function()
  local b = briefing({ "At the invitation of the Russian side, Chinese Foreign Minister Wang Yi spoke by phone with Sergei Lavrov on Thursday." }, "2015-03-13")
  eq(initiators(b), { "Sergey Lavrov" })
end)

test("'available upon request' in another clause asks for no call", function()
  local b = briefing({ "Xi Jinping spoke with Obama on Thursday and details are available upon request." }, "2015-03-13")
  eq(initiators(b), { "nil" })
end)
