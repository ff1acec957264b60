-- The pronoun subject of a verb of calling is the caller (session 13,
-- cc13): "X said he had telephoned Y", "He rang Y" after a sentence about
-- X: the call's initiator is the person the pronoun stands for, as it is
-- when the name itself is the subject.  Invented sentences.

test("'X said he had telephoned Y': X placed the call", function()
  local b = briefing({ "Chilean President Ricardo Lagos said he had telephoned Argentine President Fernando de la Rúa on Tuesday night." },
    "2001-03-22")
  eq(sorted_call_pairs(b), { "Fernando de la Rúa + Ricardo Lagos" })
  eq(initiators(b), { "Ricardo Lagos" })
end)

test("'that he' after the verb of saying and a place", function()
  local b = briefing({ "Prime Minister Jean Chrétien told reporters in Ottawa that he had telephoned President Vicente Fox on Monday." },
    "2001-03-22")
  eq(initiators(b), { "Jean Chrétien" })
end)

test("'He' opening the next sentence", function()
  local b = briefing({ { "Prime Minister Jean Chrétien met his cabinet on Monday morning.",
    "He then telephoned President Vicente Fox." } }, "2001-03-22")
  eq(initiators(b), { "Jean Chrétien" })
end)
