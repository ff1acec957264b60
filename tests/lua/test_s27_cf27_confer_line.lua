-- Session 27 (cf27): a verb of conferring or consulting right before the
-- line it was carried on, named by its kind ("conferred by radio-telephone",
-- "consulted over the transatlantic telephone"): a call, as "conferred by
-- telephone" was.  "Conferred with X" alone is a meeting more often than
-- not, and the line alone no call.  Sentences of our own.

test("'X and Y conferred by radio-telephone': a call", function()
  eq(sorted_call_pairs(briefing({ "Mr. Macmillan and President Kennedy conferred by radio-telephone last night." }, "1963-06-20"), "date"),
    { "Harold Macmillan + John F. Kennedy @ 1963-06-19" })
  eq(sorted_call_pairs(briefing({ "Mr. Macmillan and President Kennedy conferred over the transatlantic telephone on Sunday." }, "1962-10-29"), "date"),
    { "Harold Macmillan + John F. Kennedy @ 1962-10-28" })
  eq(sorted_call_pairs(briefing({ "Mr. Wilson consulted by transatlantic telephone with President Johnson on Sunday." }, "1965-02-15"), "date"),
    { "Harold Wilson + Lyndon B. Johnson @ 1965-02-14" })
end)

test("guards: conferring in person, a cable, the line alone", function()
  eq(sorted_call_pairs(briefing({ "Mr. Macmillan conferred with President Kennedy in Nassau on Sunday." }, "1962-12-20")), {})
  eq(sorted_call_pairs(briefing({ "Mr. Macmillan and President Kennedy conferred in Nassau on Sunday." }, "1962-12-20")), {})
  eq(sorted_call_pairs(briefing({ "Mr. Macmillan and President Kennedy conferred by transatlantic telephone cable on Sunday." }, "1962-12-20")), {})
  eq(sorted_call_pairs(briefing({ "Mr. Macmillan and President Kennedy conferred on the party line on Sunday." }, "1962-12-20")), {})
  eq(sorted_call_pairs(briefing({ "The appeal of Mr. Macmillan was relayed by radio-telephone to President Kennedy." }, "1962-12-20")), {})
end)
