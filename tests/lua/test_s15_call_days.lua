-- Session 15: a call "hours after" an event of a named day is on that
-- day ("telephoned Modi hours after the vote on Sunday"); holidays of a
-- fixed day name it ("on Christmas Eve", "on New Year's Day"); Easter's
-- days, which move with the year, are no weekday of the report's week.
-- Invented sentences.

local function day_of(s, date)
  return sorted_call_pairs(briefing({ s }, date), "date")
end

test("hours after an event of a named day", function()
  eq(day_of("Chancellor Olaf Scholz telephoned President Emmanuel Macron hours after the vote on Sunday.", "2022-04-26"),
    { "Emmanuel Macron + Olaf Scholz @ 2022-04-24" })
  eq(day_of("Scholz telephoned Macron shortly after the result on Sunday.", "2022-04-26"),
    { "Emmanuel Macron + Olaf Scholz @ 2022-04-24" })
  -- an event the call came days after dates the event only
  eq(day_of("Scholz telephoned Macron days after the vote on Sunday.", "2022-04-26"),
    { "Emmanuel Macron + Olaf Scholz @ 2022-04-26" })
end)

test("holidays of a fixed day", function()
  eq(day_of("President George Bush telephoned President Mikhail Gorbachev on Christmas Day.", "1991-12-27"),
    { "George H. W. Bush + Mikhail Gorbachev @ 1991-12-25" })
  eq(day_of("Prime Minister John Major telephoned President Boris Yeltsin on New Year's Eve.", "1992-01-03"),
    { "Boris Yeltsin + John Major @ 1991-12-31" })
  eq(day_of("Bush telephoned Gorbachev on Easter Sunday.", "1991-04-04"),
    { "George H. W. Bush + Mikhail Gorbachev @ undated" })
end)
