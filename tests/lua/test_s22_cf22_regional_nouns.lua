-- Session 22: the call nouns of readouts of other regions, translated or
-- in their own English.  With a medium before them these are a call, as
-- "telephone conversation" is: "a telephone communication" (Spanish
-- "comunicación telefónica"), "telephone negotiations" (Russian
-- "телефонные переговоры"), "a telephonic engagement" (South Africa),
-- "exchanged telephone greetings" (Arab agencies).  "Video greetings" are
-- recorded, no call.  And the memoranda's "telcon".  Sentences of our own.

local function calls_of(s, pub) return sorted_call_pairs(briefing({ s }, pub), "status") end
local function dated(s, pub) return sorted_call_pairs(briefing({ s }, pub), "date") end

test("'a telephone communication'", function()
  eq(dated("President Iván Duque had a telephone communication with President Lenín Moreno on Thursday.", "2020-04-03"),
    { "Iván Duque + Lenín Moreno @ 2020-04-02" })
  eq(dated("President Iván Duque and President Lenín Moreno held a telephone communication on Thursday.", "2020-04-03"),
    { "Iván Duque + Lenín Moreno @ 2020-04-02" })
end)

test("'telephone negotiations'", function()
  eq(dated("Kassym-Jomart Tokayev and Vladimir Putin held telephone negotiations on June 4.", "2019-06-05"),
    { "Kassym-Jomart Tokayev + Vladimir Putin @ 2019-06-04" })
  eq(calls_of("President Kassym-Jomart Tokayev and President Vladimir Putin will hold telephone negotiations on Friday.", "2019-06-05"),
    { "Kassym-Jomart Tokayev + Vladimir Putin: planned" })
end)

test("'a telephonic engagement'", function()
  eq(dated("President Cyril Ramaphosa had a telephonic engagement with President Emmerson Mnangagwa on Thursday.", "2021-03-12"),
    { "Cyril Ramaphosa + Emmerson Mnangagwa @ 2021-03-11" })
end)

test("'exchanged telephone greetings'", function()
  eq(dated("President Abdel Fattah al-Sisi exchanged telephone greetings with King Abdullah II on Thursday.", "2019-05-10"),
    { "Abdel Fattah al-Sisi + Abdullah II @ 2019-05-09" })
end)

test("guards: video greetings; communication and negotiations with no medium or no people", function()
  eq(calls_of("President Vladimir Putin sent video greetings to President Kassym-Jomart Tokayev on June 4.", "2019-06-05"), {})
  eq(calls_of("Telephone communication between Armenia and Azerbaijan was cut on June 4.", "2019-06-05"), {})
  eq(calls_of("President Kassym-Jomart Tokayev met President Vladimir Putin in Moscow on June 4 for negotiations.", "2019-06-05"), {})
end)

-- The memoranda's word for a telephone conversation, a call noun by
-- itself: "had a telcon with", "in a telecon on Thursday".
test("'telcon', 'telecon'", function()
  eq(dated("President Bush had a telcon with Chancellor Kohl on Thursday.", "1990-10-05"),
    { "George H. W. Bush + Helmut Kohl @ 1990-10-04" })
  eq(dated("In a telecon on Thursday, President Bush told Chancellor Kohl that the troops would stay.", "1990-10-05"),
    { "George H. W. Bush + Helmut Kohl @ 1990-10-04" })
end)
