-- Session 23 (cl23): joint words in a readout of no masthead.  A page
-- with no outlet and no home side whose first sentence tells the call
-- with one participant as the subject opening it ("President Putin held
-- a telephone conversation with President Erdogan.") is written from that
-- participant's side: "The two sides discussed ...", "Both leaders
-- reiterated ...", "The leaders agreed that ..." are joint points of that
-- side's account (before: dropped, no side).  Sentences of our own.

local PE = "President Putin held a telephone conversation with President Erdogan."

test("'The two sides discussed ...' after the lead: joint, the subject's side", function()
  local l = claim_lines(extract({ PE, "The two sides discussed the situation in northern Syria." }, "2019-10-12"))
  eq(l, { "Russia | joint | - | discussed the situation in northern Syria" })
end)

test("'Both leaders reiterated their commitment to ...'", function()
  local l = claim_lines(extract({ "Prime Minister Modi had a telephone conversation with Prime Minister Abe today.",
    "Both leaders reiterated their commitment to a free and open Indo-Pacific." }, "2018-01-12"))
  eq(l, { "India | joint | - | reiterated their commitment to a free and open Indo-Pacific" })
end)

test("'The leaders agreed that ...', the other participant the subject", function()
  local l = claim_lines(extract({ "President Erdogan held a phone call with President Putin on Monday.",
    "The leaders agreed that contacts between their ministers would continue." }, "2020-03-02"))
  eq(l, { "Turkey | joint | - | agreed that contacts between their ministers would continue" })
end)

test("'The two presidents exchanged views on ...' in 1990", function()
  local l = claim_lines(extract({ "President Gorbachev had a telephone conversation with President Mitterrand.",
    "The two presidents exchanged views on the German question." }, "1990-02-02"))
  eq(#l, 1)
  ok(l[1]:find("Soviet Union | joint | ", 1, true) == 1, l[1])
end)

test("a participant's own words after the lead keep their side", function()
  local l = claim_lines(extract({ PE, "Erdogan stressed that Turkey would not accept a new wave of refugees." }, "2019-10-12"))
  eq(#l, 1)
  ok(l[1]:find("Turkey | Recep Tayyip Erdoğan | ", 1, true) == 1, l[1])
end)

test("not a lead that opens with something else: no side, as before", function()
  local l = claim_lines(extract({ "Tensions rose along the border on Tuesday.",
    "President Putin held a telephone conversation with President Erdogan.",
    "The two sides discussed the situation in northern Syria." }, "2019-10-12"))
  eq(l, {})
end)

test("a nationality naming one side: the home side, as before", function()
  local l = claim_lines(extract({ "Russian President Putin held a telephone conversation with President Erdogan.",
    "The two sides discussed the situation in northern Syria." }, "2019-10-12"))
  eq(l, { "Turkey | joint | - | discussed the situation in northern Syria" })
end)
