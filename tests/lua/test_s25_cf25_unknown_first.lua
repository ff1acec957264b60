-- Session 25 (cf25): a person the gazetteer does not know first in the
-- list of people called ("telephoned Mayor Giuliani and Prime Minister
-- Blair"): the call of the people it knows after "and" is still told.
-- Sentences of our own.

local function st(s, pub) return sorted_call_pairs(briefing({ s }, pub), "status") end

test("an unknown title and name, then a leader after 'and'", function()
  eq(st("President Bush telephoned Mayor Giuliani and Prime Minister Blair on Tuesday.", "2001-09-12"),
    { "George W. Bush + Tony Blair: held" })
  eq(st("President Bush called Mayor Rudolph Giuliani and President Jacques Chirac on Tuesday.", "2001-09-12"),
    { "George W. Bush + Jacques Chirac: held" })
  eq(st("Chancellor Kohl rang Bishop Lehmann and President Mitterrand on Monday.", "1990-06-05"),
    { "François Mitterrand + Helmut Kohl: held" })
end)

test("guards: the leader first, an appeal, a request, a letter, as before", function()
  eq(st("President Bush telephoned Prime Minister Blair and Mayor Giuliani on Tuesday.", "2001-09-12"),
    { "George W. Bush + Tony Blair: held" })
  eq(st("President Bush called on Mayor Giuliani and Prime Minister Blair to stay calm.", "2001-09-12"), {})
  eq(st("President Bush made a request to Mayor Giuliani and Prime Minister Blair.", "2001-09-12"), {})
  eq(st("President Bush wrote to Mayor Giuliani and Prime Minister Blair on Tuesday.", "2001-09-12"), {})
  eq(st("In a meeting with Mayor Giuliani and Prime Minister Blair, President Bush spoke of resolve.", "2001-09-12"), {})
end)
