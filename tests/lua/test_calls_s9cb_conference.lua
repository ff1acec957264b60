-- "Conference call" and briefing calls, session 9: "conference call" is
-- one call noun, its article before "conference" ("told X in a
-- conference call that ..."); a joint subject ("the leaders") with a
-- roster in a relative clause on the call is that roster; a call that
-- carries a briefing to reporters is no contact between leaders.  Short
-- invented sentences.

local function pairs_of(paras, pub) return sorted_call_pairs(briefing(paras, pub), "date") end

test("'told X in a conference call that': a call of the two", function()
  eq(pairs_of({ "Prime Minister Mark Rutte told Chancellor Olaf Scholz in a conference call that the Netherlands would send more shells." }, "2023-02-08"),
    { "Mark Rutte + Olaf Scholz @ 2023-02-08" })
end)

test("'assured X during a conference call on Monday that'", function()
  eq(pairs_of({ "Pedro Sánchez assured António Costa during a conference call on Monday that Spain backed the energy link." }, "2022-10-19"),
    { "António Costa + Pedro Sánchez @ 2022-10-17" })
end)

test("'the leaders held a conference call ... in which A, B and C discussed'", function()
  eq(pairs_of({ "The leaders held a conference call on 4 May in which Jacinda Ardern, Scott Morrison and Justin Trudeau discussed vaccine supplies." }, "2021-05-06"),
    { "Jacinda Ardern + Justin Trudeau + Scott Morrison @ 2021-05-04" })
end)

test("'the three leaders held a video call, in which ...': the roster, not a call before", function()
  eq(pairs_of({ "The three leaders held a video call on Friday, in which Giorgia Meloni, Rishi Sunak and Fumio Kishida went over the fighter jet programme." }, "2023-06-13"),
    { "Fumio Kishida + Giorgia Meloni + Rishi Sunak @ 2023-06-09" })
end)

test("a conference call with reporters is a briefing, no call between the people it names", function()
  eq(pairs_of({ "A senior official told reporters on a conference call that Narendra Modi would raise trade with Anthony Albanese." }, "2023-03-07"), {})
  eq(pairs_of({ "In a telephone call with journalists, a government spokesman said Erdoğan would press Putin on grain." }, "2022-07-11"), {})
end)

test("a briefing call lends no medium nor status to a call told beside it", function()
  local ex = extract({ "Rishi Sunak spoke with Joe Biden on Tuesday, an aide told reporters in a conference call." }, "2023-04-12")
  eq(#ex.calls, 1)
  eq(ex.calls[1].cue, "spoke")
end)
