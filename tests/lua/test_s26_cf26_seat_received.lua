-- Session 26 (cf26): a call received from a seat of government ("Mrs May
-- received a call from the White House", "took a phone call from the
-- Kremlin"): the seat stands for its leader on the day, who called, as
-- in "a call from the White House to Mrs. Meir" (session 25).  Not an
-- official of the seat ("a call from a Kremlin official"), a ministry,
-- nor a person of the seat's own country.  Sentences of our own.

local function st(s, pub) return sorted_call_pairs(briefing({ s }, pub), "status") end

test("'received a call from the White House': the president called", function()
  eq(st("Prime Minister Theresa May received a call from the White House on Sunday.", "2018-03-05"),
    { "Donald Trump + Theresa May: held" })
  eq(st("Mrs Thatcher took a telephone call from the Elysee on Sunday.", "1990-08-06"),
    { "François Mitterrand + Margaret Thatcher: held" })
  eq(initiators(briefing({ "Obama received a call from the Kremlin on Sunday." }, "2014-03-05")),
    { "Vladimir Putin" })
end)

test("guards: an official, a ministry, a letter, one's own seat", function()
  eq(st("Obama received a call from a Kremlin official on Sunday.", "2014-03-05"), {})
  eq(st("A telephone call from a White House official to Mrs. Meir came late on Tuesday.", "1973-10-12"), {})
  eq(st("Obama received a call from the State Department on Sunday.", "2014-03-05"), {})
  eq(st("Obama received a letter from the Kremlin on Sunday.", "2014-03-05"), {})
  eq(st("Obama received a call from the White House on Sunday.", "2014-03-05"), {})
end)
