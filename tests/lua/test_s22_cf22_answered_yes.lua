-- Session 22: a question about a call answered yes.  "Asked whether X
-- had telephoned Y, the spokesman said: 'Yes, this morning.'" tells a
-- call of X and Y that took place, on the day the answer gives; so does
-- an answer of the bare auxiliary ("said he had", '"Yes, he did."').  A
-- quoted "No," after a comma denies it, as a "No" after a colon did.  A
-- question left unanswered or answered evasively tells no call.
-- Sentences of our own.

local function calls_of(s, pub) return sorted_call_pairs(briefing({ s }, pub), "status") end
local function dated(s, pub) return sorted_call_pairs(briefing({ s }, pub), "date") end

test("'said: \"Yes, this morning.\"': held, on the answer's day", function()
  eq(calls_of("Asked whether President Reagan had telephoned Mr. Gorbachev, Mr. Speakes said: 'Yes, this morning.'", "1986-10-08"),
    { "Mikhail Gorbachev + Ronald Reagan: held" })
  eq(dated('Asked whether President Reagan had telephoned Mr. Gorbachev, Mr. Speakes said: "Yes, yesterday."', "1986-10-08"),
    { "Mikhail Gorbachev + Ronald Reagan @ 1986-10-07" })
  -- (the day asked, between "asked" and "whether")
  eq(dated("Asked on Tuesday whether President Reagan had telephoned Mr. Gorbachev, Mr. Speakes said: 'Yes, last night.'", "1986-10-08"),
    { "Mikhail Gorbachev + Ronald Reagan @ 1986-10-06" })
end)

test("the one asked about as the caller", function()
  eq(initiators(briefing({ "Asked whether President Reagan had telephoned Mr. Gorbachev, Mr. Speakes said: 'Yes, this morning.'" }, "1986-10-08")),
    { "Ronald Reagan" })
end)

test("'replied, \"Yes, he did.\"', 'said yes', 'said he had'", function()
  eq(calls_of('Asked whether President Bush had called Chancellor Kohl, the spokesman replied, "Yes, he did."', "1990-10-05"),
    { "George H. W. Bush + Helmut Kohl: held" })
  eq(calls_of("Asked whether President Bush had called Chancellor Kohl, Mr. Fitzwater said yes.", "1990-10-05"),
    { "George H. W. Bush + Helmut Kohl: held" })
  eq(calls_of("Asked whether President Bush had spoken to Chancellor Kohl, Mr. Fitzwater said he had.", "1990-10-05"),
    { "George H. W. Bush + Helmut Kohl: held" })
end)

test("'replied, \"No, he did not.\"': denied", function()
  eq(calls_of('Asked whether President Bush had called Chancellor Kohl, the spokesman replied, "No, he did not."', "1990-10-05"),
    { "George H. W. Bush + Helmut Kohl: denied" })
  -- (kept: the answers of no already read)
  eq(calls_of("Asked whether President Bush had called Chancellor Kohl, the spokesman said: 'No.'", "1990-10-05"),
    { "George H. W. Bush + Helmut Kohl: denied" })
end)

test("guards: no answer, or an evasive one, tells no call", function()
  eq(calls_of("Asked whether President Bush had called Chancellor Kohl, the spokesman declined to say.", "1990-10-05"), {})
  eq(calls_of("Asked whether President Bush had called Chancellor Kohl, Mr. Fitzwater said he would not comment.", "1990-10-05"), {})
  eq(calls_of("Asked whether President Bush had called Chancellor Kohl, Mr. Fitzwater said that was possible.", "1990-10-05"), {})
  eq(calls_of("Reporters asked whether President Bush had called Chancellor Kohl.", "1990-10-05"), {})
  -- (a "yes" to a question about a plan: still a plan)
  eq(calls_of("Asked whether President Bush would call Chancellor Kohl, Mr. Fitzwater said: 'Yes.'", "1990-10-05"),
    { "George H. W. Bush + Helmut Kohl: planned" })
end)
