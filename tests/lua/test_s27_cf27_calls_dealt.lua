-- Session 27 (cf27): calls dealt out to several people.
--
-- * "made calls to A and B", "placed calls to", "had calls with": "call"
--   or "calls" after a light verb is the noun (plural calls, one each),
--   not the verb "calls" whose object would be "to A and B" in one call.
-- * "worked the phones on Sunday, calling A and B":
--   a verb of calling with several objects in a participle clause is one
--   call each with the participle's subject, as "telephoned A and B" is.
-- Sentences of our own.

test("'made calls to A and B': one call each", function()
  eq(sorted_call_pairs(briefing({ "President Bush made calls to Mrs Thatcher and Chancellor Kohl on Sunday." }, "1990-08-07"), "date"),
    { "George H. W. Bush + Helmut Kohl @ 1990-08-05", "George H. W. Bush + Margaret Thatcher @ 1990-08-05" })
  eq(sorted_call_pairs(briefing({ "President Bush placed calls to Mrs Thatcher and Chancellor Kohl on Sunday." }, "1990-08-07")),
    { "George H. W. Bush + Helmut Kohl", "George H. W. Bush + Margaret Thatcher" })
  eq(initiators(briefing({ "President Bush placed calls to Mrs Thatcher and Chancellor Kohl on Sunday." }, "1990-08-07")),
    { "George H. W. Bush", "George H. W. Bush" })
end)

test("'worked the phones, calling A and B': one call each", function()
  eq(sorted_call_pairs(briefing({ "President Bush worked the phones on Sunday, calling Mrs Thatcher and Chancellor Kohl." }, "1990-08-07"), "date"),
    { "George H. W. Bush + Helmut Kohl @ 1990-08-05", "George H. W. Bush + Margaret Thatcher @ 1990-08-05" })
end)

test("guards: a conference call, 'had called', a call together, one call", function()
  eq(sorted_call_pairs(briefing({ "President Bush made a conference call to Mrs Thatcher and Chancellor Kohl on Sunday." }, "1990-08-07")),
    { "George H. W. Bush + Helmut Kohl + Margaret Thatcher" })
  eq(sorted_call_pairs(briefing({ "President Bush had called Mrs Thatcher on Sunday." }, "1990-08-07")),
    { "George H. W. Bush + Margaret Thatcher" })
  eq(sorted_call_pairs(briefing({ "President Bush made a call to Mrs Thatcher on Sunday." }, "1990-08-07")),
    { "George H. W. Bush + Margaret Thatcher" })
  eq(sorted_call_pairs(briefing({ "President Bush made phone calls to Mrs Thatcher and Chancellor Kohl on Sunday." }, "1990-08-07")),
    { "George H. W. Bush + Helmut Kohl", "George H. W. Bush + Margaret Thatcher" })
  eq(sorted_call_pairs(briefing({ "President Bush made calls for calm on Sunday." }, "1990-08-07")), {})
  eq(sorted_call_pairs(briefing({ "President Bush has called on Mrs Thatcher and Chancellor Kohl to act." }, "1990-08-07")), {})
end)
