-- Calls, session 15: several callers of one person told together.
-- (1) "Italy's A and Spain's B" is one list of subjects (a country's
-- possessive before the second name does not end it); (2) "A and B also
-- spoke to him", one more pair of a series of calls with one person, or
-- "spoke separately to him", with no conference or joint call said, is
-- one call each; (3) "him" after "to" is never one of the verb's own
-- subjects.  Invented paragraphs.

local function pairs_of(paras, pub) return sorted_call_pairs(briefing(paras, pub), "date") end

test("two callers with their countries' possessives, also: one call each", function()
  eq(pairs_of({ "President Mitterrand telephoned Mr Bush on Wednesday to discuss the Gulf.",
    "Italy's Giulio Andreotti and Spain's Felipe Gonzalez also spoke to him on Wednesday." }, "1990-08-10"),
    { "Felipe González + George H. W. Bush @ 1990-08-08",
      "François Mitterrand + George H. W. Bush @ 1990-08-08",
      "George H. W. Bush + Giulio Andreotti @ 1990-08-08" })
end)

test("spoke separately to one person: one call each", function()
  eq(pairs_of({ "Giulio Andreotti and Felipe Gonzalez spoke separately to Mr Bush on Wednesday." }, "1990-08-10"),
    { "Felipe González + George H. W. Bush @ 1990-08-08",
      "George H. W. Bush + Giulio Andreotti @ 1990-08-08" })
end)

test("a conference call of three stays one call", function()
  eq(pairs_of({ "Giulio Andreotti and Felipe Gonzalez also spoke to Mr Bush in a conference call on Wednesday." }, "1990-08-10"),
    { "Felipe González + George H. W. Bush + Giulio Andreotti @ 1990-08-08" })
end)
