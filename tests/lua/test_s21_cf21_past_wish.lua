-- Session 21 (cf21), form 4: a wish of the past for a call ("Mrs.
-- Thatcher had wanted to telephone Mr. Reagan on Monday night", "Kohl
-- had hoped to speak to Bush before the summit").  By SCHEMA.md a call
-- not said to have taken place is not held, and a planned call needs a
-- plan in the present or future; a wish in the past perfect is one that
-- was not fulfilled: the call is denied (undated, as denied calls not
-- tried are), not planned for the next such weekday.  A wish in the
-- present is a plan ("wants to speak to Chirac by telephone": planned,
-- was held).  The simple past ("wanted to speak") is left as it was: a
-- wish of then, or backshifted after a verb of saying one of now.
-- Sentences of our own.

local function st(s, date)
  return sorted_call_pairs(briefing({ s }, date), "status")
end
local function dated(s, date)
  return sorted_call_pairs(briefing({ s }, date), "date")
end

test("a wish in the past perfect: denied, not planned", function()
  eq(st("Mrs. Thatcher had wanted to telephone Mr. Reagan on Monday night.", "1983-10-27"),
    { "Margaret Thatcher + Ronald Reagan: denied" })
  eq(dated("Mrs. Thatcher had wanted to telephone Mr. Reagan on Monday night.", "1983-10-27"),
    { "Margaret Thatcher + Ronald Reagan @ undated" })
  eq(st("Kohl had hoped to speak to Bush before the summit.", "1990-05-14"),
    { "George H. W. Bush + Helmut Kohl: denied" })
  eq(st("Mr Callaghan had intended to telephone President Carter on Friday.", "1978-05-14"),
    { "James Callaghan + Jimmy Carter: denied" })
  eq(st("Mr Blair had wanted to speak to President Chirac by telephone on Thursday.", "2003-03-14"),
    { "Jacques Chirac + Tony Blair: denied" })
  eq(st("Mrs Merkel had originally hoped to telephone Mr Putin on Sunday.", "2015-05-14"),
    { "Angela Merkel + Vladimir Putin: denied" })
end)

test("guards: a wish in the present, a call in the past perfect", function()
  eq(dated("Mr Blair wants to speak to President Chirac by telephone on Thursday.", "2003-03-14"),
    { "Jacques Chirac + Tony Blair @ 2003-03-20" })
  eq(st("Mr Blair wants to speak to President Chirac by telephone on Thursday.", "2003-03-14"),
    { "Jacques Chirac + Tony Blair: planned" })
  eq(st("Mrs Merkel hopes to telephone Mr Putin on Sunday.", "2015-05-14"),
    { "Angela Merkel + Vladimir Putin: planned" })
  eq(dated("Mr Blair had spoken to President Chirac by telephone on Thursday.", "2003-03-14"),
    { "Jacques Chirac + Tony Blair @ 2003-03-13" })
end)
