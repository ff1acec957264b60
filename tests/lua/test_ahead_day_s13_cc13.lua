-- A day told of what is still to come is not the day "later in the day"
-- or "that day" goes on from (session 13, cc13): "the commission said the
-- run-off would take place on March 29 ... Later in the day X spoke to
-- Y" is a call on the report's day, not on March 29.  Invented sentences.

test("a future day told before 'later in the day'", function()
  local b = briefing({ "Jonathan conceded defeat on Tuesday.",
    "The electoral commission said the handover would take place on May 29.",
    "Later in the day President Barack Obama spoke to Muhammadu Buhari by telephone." }, "2015-04-01")
  eq(call_pairs(b, "date"), { "Barack Obama + Muhammadu Buhari @ 2015-03-31" })
end)

test("a future day and no other: the report's day", function()
  local b = briefing({ "The electoral commission said the handover would take place on May 29.",
    "Later in the day President Barack Obama spoke to Muhammadu Buhari by telephone." }, "2015-04-01")
  eq(call_pairs(b, "date"), { "Barack Obama + Muhammadu Buhari @ 2015-04-01" })
end)

test("a past day told before 'that day' still dates the call", function()
  local b = briefing({ "The results were announced on March 28.",
    "President Barack Obama spoke to Muhammadu Buhari by telephone that day." }, "2015-04-02")
  eq(call_pairs(b, "date"), { "Barack Obama + Muhammadu Buhari @ 2015-03-28" })
end)
