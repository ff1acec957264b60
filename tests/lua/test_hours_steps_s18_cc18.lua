-- Call dates, session 18: steps of hours around a call with no day.
-- (1) "Minutes later X telephoned Y" after a call told with no day of its
-- own (and no day told before): on that call's day, the report's (basis
-- reported), not "today" as if the text had said so.  (2) "shortly
-- before he reached Y", "minutes before the vote was taken": the call is
-- on the day of that event, not on a day the text leaves untold (plain
-- "before the vote was taken" still leaves it untold).  Invented
-- paragraphs.

local function calls_of(paras, pub) return sorted_call_pairs(briefing(paras, pub), "basis") end

test("minutes later, after an undated call: the report's day, reported", function()
  eq(calls_of({ "President Mitterrand telephoned Chancellor Kohl in the evening.",
    "The Chancellor's office said the two had agreed to consult again.",
    "Minutes later Mr Kohl telephoned President Bush." }, "1990-08-10"),
    { "François Mitterrand + Helmut Kohl @ 1990-08-10 (reported)",
      "George H. W. Bush + Helmut Kohl @ 1990-08-10 (reported)" })
end)

test("an hour later, after a call on a named day: that day", function()
  eq(calls_of({ "President Mitterrand telephoned Chancellor Kohl on Tuesday.",
    "An hour later Mr Kohl telephoned President Bush." }, "1990-08-10"),
    { "François Mitterrand + Helmut Kohl @ 1990-08-07 (relative)",
      "George H. W. Bush + Helmut Kohl @ 1990-08-07 (relative)" })
end)

test("a call shortly before another call: on its day", function()
  eq(calls_of({ "President Bush had also received a call from King Fahd shortly before he reached Mr Kohl, the White House said." }, "1990-08-10"),
    { "George H. W. Bush + King Fahd @ 1990-08-10 (reported)" })
end)

test("a call before a past event, no more said: untold", function()
  eq(calls_of({ "President Bush had received a call from King Fahd before the vote was taken, the White House said." }, "1990-08-10"),
    { "George H. W. Bush + King Fahd @ undated (unknown)" })
end)
