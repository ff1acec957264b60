-- The caller written as an office, session 11: "the President telephoned
-- Mr Yeltsin", the President being the account's own, is the person that
-- office resolves to.  Short invented paragraphs.

test("an office that placed the call is its holder", function()
  local b = briefing({ "President Bill Clinton and President Boris Yeltsin spoke by telephone about Bosnia this afternoon.",
    "The White House account is rather different in tone.",
    "A spokeswoman said the President telephoned Mr Yeltsin shortly after lunch." }, "1994-02-07")
  eq(#b.calls, 1)
  eq(b.calls[1].initiator, "Bill Clinton")
  local b2 = briefing({ "The Prime Minister telephoned Chancellor Helmut Kohl on Friday evening, Downing Street said." }, "1990-10-06")
  eq(#b2.calls, 1)
  eq(b2.calls[1].initiator, "Margaret Thatcher")
end)
