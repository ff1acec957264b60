-- Session 19: calls told with "to" phrases of their own, each a contact:
-- "spoke by telephone to A and, separately, to B"; "the calls made by X
-- on Monday to A, and to B" (no subject: the one who made them is the
-- hub).  A "to" phrase naming several ("and to A and B") is still left to
-- the verb's objects.  Sentences of our own.

local function pairs_of(ps, date)
  return sorted_call_pairs(briefing(ps, date or "1997-06-12"), "date")
end

test("'spoke to A and, separately, to B': one call each", function()
  eq(pairs_of({ "Prime Minister John Major spoke on the telephone to Chancellor Helmut Kohl and, separately, to President Jacques Chirac on Tuesday." }),
    { "Helmut Kohl + John Major @ 1997-06-10", "Jacques Chirac + John Major @ 1997-06-10" })
  eq(pairs_of({ "President Nelson Mandela today talked by phone to President Bill Clinton and then to Prime Minister Tony Blair." }),
    { "Bill Clinton + Nelson Mandela @ 1997-06-12", "Nelson Mandela + Tony Blair @ 1997-06-12" })
end)

test("'calls made by X to A, and to B': each a call of X's", function()
  local b = briefing({ "The talks followed calls made by the Foreign Secretary, Mr Malcolm Rifkind, on Monday to the French Foreign Minister, Mr Hervé de Charette, and to Germany's Foreign Minister, Mr Klaus Kinkel." }, "1997-06-12")
  eq(sorted_call_pairs(b, "date"), { "Hervé de Charette + Malcolm Rifkind @ 1997-06-09", "Klaus Kinkel + Malcolm Rifkind @ 1997-06-09" })
  eq(initiators(b), { "Malcolm Rifkind", "Malcolm Rifkind" })
end)

test("'to A, and to B and C': one call each still", function()
  eq(pairs_of({ "Kohl said he had spoken to President Jacques Chirac on Monday, their second call this week, and to Prime Minister John Major and President Bill Clinton." }),
    { "Bill Clinton + Helmut Kohl @ 1997-06-09", "Helmut Kohl + Jacques Chirac @ 1997-06-09", "Helmut Kohl + John Major @ 1997-06-09" })
end)
