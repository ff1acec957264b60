-- Session 20: "requested the call" of a call told.  A request for a
-- definite call ("requested the call", "had asked for the conversation",
-- "sought Tuesday's call"), in any tense, is the call told, placed by the
-- one who asked: no planned call of its own.  A relative clause set off by
-- commas after the opening subject ("The Chancellor, who requested the
-- call, urged ...") is no point of what was said.  A request for an
-- indefinite call ("has requested a call with X") still plans one.
-- Sentences of our own.

local CALL = "Chancellor Helmut Schmidt spoke with President Jimmy Carter by telephone on Tuesday."
local DAY = "1978-04-06"

local function calls(paras)
  local b = briefing(paras, DAY)
  return call_pairs(b, "status"), initiators(b)
end

test("'who requested the call': the call told, its caller", function()
  local b = briefing({ "Prime Minister Boris Johnson held a video call with President Joe Biden on Tuesday.",
    "The Prime Minister, who requested the call, urged Biden to keep troops in Kabul beyond the deadline." }, "2021-08-26")
  eq(call_pairs(b, "status"), { "Boris Johnson + Joe Biden: held" })
  eq(initiators(b), { "Boris Johnson" })
end)

test("'who had asked for the conversation' alike", function()
  local pairs_, init = calls({ CALL, "Schmidt, who had asked for the conversation, pressed Carter to consult the allies first." })
  eq(pairs_, { "Helmut Schmidt + Jimmy Carter: held" })
  eq(init, { "Helmut Schmidt" })
end)

test("'X requested the call, a spokesman said' in the simple past", function()
  local b = briefing({ "Biden and Johnson spoke by video link on Tuesday.",
    "Johnson requested the call, a Downing Street spokesman said." }, "2021-08-26")
  eq(call_pairs(b, "status"), { "Boris Johnson + Joe Biden: held" })
  eq(initiators(b), { "Boris Johnson" })
end)

test("the relative clause is no point of what was said", function()
  local l = claim_lines(extract({ CALL, "The Chancellor, who requested the call, urged Carter to delay his decision on the neutron bomb." }, DAY))
  eq(#l, 1)
  ok(l[1]:find("| urged Carter to delay his decision", 1, true), l[1])
end)

test("an indefinite call requested is still a plan, one asked for and unanswered denied", function()
  eq(calls({ "Schmidt has requested a call with Carter, a government spokesman said." }), { "Helmut Schmidt + Jimmy Carter: planned" })
  eq(calls({ "Schmidt asked for a call with Carter on Friday, but Washington has not responded." }), { "Helmut Schmidt + Jimmy Carter: denied" })
end)
