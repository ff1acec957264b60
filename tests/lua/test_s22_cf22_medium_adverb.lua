-- Session 22: the medium told by an adverb, and the medium before the
-- verb.  "telephonically" is a medium phrase as "by telephone" is, after
-- the verb ("spoke telephonically with") or before it ("telephonically
-- spoke to", "telephonically contacted"); a medium before a verb of
-- calling or speaking is that verb's call; a verb of reaching with its
-- medium before it, or with a time between it and its subject ("X on
-- Monday contacted Y by phone"), makes the subject the caller, as it does
-- with the medium after its object.  Sentences of our own.

local function calls_of(s, pub) return sorted_call_pairs(briefing({ s }, pub), "date") end

test("'telephonically' before a verb of speaking", function()
  eq(calls_of("Prime Minister Nawaz Sharif telephonically spoke to President Ashraf Ghani on Tuesday.", "2016-06-05"),
    { "Ashraf Ghani + Nawaz Sharif @ 2016-05-31" })
  eq(calls_of("President Ashraf Ghani telephonically talked to Prime Minister Nawaz Sharif on Sunday evening.", "2016-06-07"),
    { "Ashraf Ghani + Nawaz Sharif @ 2016-06-05" })
  -- (either end of a conversation: no caller)
  eq(initiators(briefing({ "Prime Minister Nawaz Sharif telephonically spoke to President Ashraf Ghani on Tuesday." }, "2016-06-05")),
    { "nil" })
end)

test("'telephonically' before other verbs of the call", function()
  eq(calls_of("Prime Minister Nawaz Sharif telephonically conveyed his greetings to President Ashraf Ghani on Eid.", "2016-07-07"),
    { "Ashraf Ghani + Nawaz Sharif @ 2016-07-07" })
  eq(calls_of("President Ashraf Ghani on Monday telephonically congratulated Prime Minister Nawaz Sharif.", "2016-06-08"),
    { "Ashraf Ghani + Nawaz Sharif @ 2016-06-06" })
end)

test("'telephonically contacted': the subject called", function()
  local b = briefing({ "Prime Minister Nawaz Sharif telephonically contacted President Ashraf Ghani on Tuesday." }, "2016-06-05")
  eq(call_pairs(b, "status"), { "Ashraf Ghani + Nawaz Sharif: held" })
  eq(initiators(b), { "Nawaz Sharif" })
  b = briefing({ "Prime Minister Nawaz Sharif on Tuesday contacted President Ashraf Ghani telephonically." }, "2016-06-05")
  eq(initiators(b), { "Nawaz Sharif" })
  b = briefing({ "President Ashraf Ghani by phone reached Prime Minister Nawaz Sharif late on Monday." }, "2016-06-08")
  eq(initiators(b), { "Ashraf Ghani" })
end)

test("a time between the caller and 'contacted X by phone'", function()
  local b = briefing({ "Prime Minister Nawaz Sharif on Tuesday contacted President Ashraf Ghani by phone." }, "2016-06-05")
  eq(initiators(b), { "Nawaz Sharif" })
end)

test("'telephonically called X': the verb's call, the subject calling", function()
  local b = briefing({ "Prime Minister Nawaz Sharif telephonically called President Ashraf Ghani on Tuesday." }, "2016-06-05")
  eq(call_pairs(b, "date"), { "Ashraf Ghani + Nawaz Sharif @ 2016-05-31" })
  eq(initiators(b), { "Nawaz Sharif" })
end)

test("guards: the medium after the verb as before; speaking names no caller", function()
  eq(calls_of("Prime Minister Nawaz Sharif spoke telephonically with President Ashraf Ghani on Tuesday.", "2016-06-05"),
    { "Ashraf Ghani + Nawaz Sharif @ 2016-05-31" })
  eq(initiators(briefing({ "Prime Minister Nawaz Sharif on Tuesday spoke with President Ashraf Ghani by phone." }, "2016-06-05")),
    { "nil" })
  -- (a meeting told with no medium stays no call)
  eq(#briefing({ "Prime Minister Nawaz Sharif met President Ashraf Ghani in Kabul on Tuesday." }, "2016-06-05").calls, 0)
end)
