-- Session 24: a call told as the occasion of another act, "in/during a
-- call with X" after the main verb.  The people between the clause's
-- subject and the phrase are what the call was about, not its parties
-- ("Kohl put in a good word for Bush in a call with Mitterrand": Kohl and
-- Mitterrand); a person addressed stays.  And what the owner gives in the
-- call ("sought Mitterrand's backing in a call on Monday") makes the
-- owner its party when the call names none; the request is of the
-- backing, not of the call: held.  Sentences of our own.

local function pairs_of(s, pub) return sorted_call_pairs(briefing({ s }, pub), "date") end
local function status_of(s, pub) return sorted_call_pairs(briefing({ s }, pub), "status") end

test("a person the act is for or about is no party", function()
  eq(pairs_of("Chancellor Kohl put in a good word for Bush in a call with Mitterrand on Monday.", "1990-06-05"),
    { "François Mitterrand + Helmut Kohl @ 1990-06-04" })
  eq(pairs_of("Kohl praised Bush during a telephone call with Mitterrand on Monday.", "1990-06-05"),
    { "François Mitterrand + Helmut Kohl @ 1990-06-04" })
  eq(pairs_of("Kohl complained about Bush in a call with Mitterrand on Monday.", "1990-06-05"),
    { "François Mitterrand + Helmut Kohl @ 1990-06-04" })
  eq(pairs_of("Merkel vouched for Obama in a phone call with Putin on Tuesday.", "2014-06-05"),
    { "Angela Merkel + Vladimir Putin @ 2014-06-03" })
end)

test("what the owner gives in the call: the owner is its party, the call held", function()
  eq(status_of("Kohl sought Mitterrand's backing in a call on Monday.", "1990-06-05"),
    { "François Mitterrand + Helmut Kohl: held" })
  eq(pairs_of("Merkel won Hollande's support in a telephone call on Monday.", "2014-06-05"),
    { "Angela Merkel + François Hollande @ 2014-06-02" })
  eq(status_of("Merkel requested a meeting during a phone call with Hollande on Monday.", "2014-06-05"),
    { "Angela Merkel + François Hollande: held" })
end)

test("guards: a person addressed, a call requested, an appeal, a meeting", function()
  eq(pairs_of("Kohl told Mitterrand in a telephone call on Monday that the border was final.", "1990-06-05"),
    { "François Mitterrand + Helmut Kohl @ 1990-06-04" })
  eq(status_of("Kohl sought a telephone conversation with Mitterrand.", "1990-06-05"),
    { "François Mitterrand + Helmut Kohl: planned" })
  eq(pairs_of("Merkel called on Putin to withdraw his troops.", "2014-06-05"), {})
  eq(pairs_of("Merkel issued a call for restraint in a meeting with Putin.", "2014-06-05"), {})
  eq(pairs_of("Merkel made a request to Putin for restraint.", "2014-06-05"), {})
  eq(pairs_of("In a meeting with Putin on Monday, Merkel warned that the talks could fail.", "2014-06-05"), {})
  eq(pairs_of("Macron called Putin's actions unacceptable in a call with Scholz on Monday.", "2022-06-05"),
    { "Emmanuel Macron + Olaf Scholz @ 2022-05-30" })
end)
