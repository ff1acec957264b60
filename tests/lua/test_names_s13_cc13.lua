-- A monarch's regnal name has no family name after it (session 13,
-- cc13): the gazetteer knows Spain's king "Juan Carlos I" (alias "Juan
-- Carlos"), so "Juan Carlos Sagastume" is not the king with a second
-- family name, as "Juan Manuel Santos Calderón" is Santos: it is someone
-- the gazetteer does not know.  Invented sentences.

test("a longer name is not the king", function()
  local b = briefing({ "Uruguayan Foreign Minister Juan Carlos Sagastume spoke by telephone on Monday with Chilean Foreign Minister Soledad Alvear." },
    "2001-06-13")
  eq(sorted_call_pairs(b), { "Juan Carlos Sagastume + Soledad Alvear" })
end)

test("the king's own name still is", function()
  local b = briefing({ "King Juan Carlos spoke by telephone on Monday with President Jacques Chirac." }, "2001-06-13")
  eq(sorted_call_pairs(b), { "Jacques Chirac + Juan Carlos I" })
end)

test("the longer name told again by its surname", function()
  local b = briefing({ "Guatemalan President Juan Carlos Ibarburu faced protests on Sunday.",
    "Mexican President Vicente Fox telephoned Ibarburu on Monday to offer support." }, "2001-06-13")
  eq(sorted_call_pairs(b), { "Juan Carlos Ibarburu + Vicente Fox" })
end)
