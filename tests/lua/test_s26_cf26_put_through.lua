-- Session 26 (cf26): "put a call through to X", "put through a call to
-- X", "put a call in to X": the subject placed the call, as with "placed
-- a call to X" and "put in a call to X".  Sentences of our own.

test("'put a call through to X': the subject is the initiator", function()
  eq(initiators(briefing({ "President Bush put a call through to Chancellor Kohl on Wednesday." }, "1990-08-10")),
    { "George H. W. Bush" })
  eq(initiators(briefing({ "Mr. Wilson put through a telephone call to President Johnson last night." }, "1965-02-20")),
    { "Harold Wilson" })
  eq(initiators(briefing({ "Mrs Thatcher put a call in to President Reagan on Friday." }, "1985-03-05")),
    { "Margaret Thatcher" })
end)

test("guards: the call as before; the phone put down is no placing", function()
  eq(sorted_call_pairs(briefing({ "President Bush put a call through to Chancellor Kohl on Wednesday." }, "1990-08-10"), "date"),
    { "George H. W. Bush + Helmut Kohl @ 1990-08-08" })
  eq(initiators(briefing({ "President Bush put the phone down after a call with Chancellor Kohl." }, "1990-08-10")),
    { "nil" })
  eq(sorted_call_pairs(briefing({ "President Bush put a proposal to Chancellor Kohl on Wednesday." }, "1990-08-10")), {})
end)
