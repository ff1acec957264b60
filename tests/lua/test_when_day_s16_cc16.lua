-- Calls, session 16 (cc16): a day right before a "when" clause that
-- tells the call is the call's day ("since Tuesday, when Prime Minister X
-- rang President Y minutes before the vote"; "on Tuesday when the two
-- spoke"), also after "since"; a "when" clause ended by a comma before
-- the call gives it nothing.  Invented paragraphs.

local function pairs_of(paras)
  return sorted_call_pairs(briefing(paras, "2016-06-24"), "date")
end

test("since a day, when one leader rang another: that day", function()
  eq(pairs_of({ "Markets have been jittery since Tuesday, when Prime Minister Matteo Renzi rang President Francois Hollande minutes before the vote." }),
    { "François Hollande + Matteo Renzi @ 2016-06-21" })
  eq(pairs_of({ "The mood changed on Tuesday when Matteo Renzi and Francois Hollande spoke by telephone for an hour." }),
    { "François Hollande + Matteo Renzi @ 2016-06-21" })
end)

test("a when clause closed by a comma gives the call no day", function()
  eq(pairs_of({ "On Tuesday, when the markets opened, Matteo Renzi telephoned Francois Hollande on Thursday." }),
    { "François Hollande + Matteo Renzi @ 2016-06-23" })
end)
