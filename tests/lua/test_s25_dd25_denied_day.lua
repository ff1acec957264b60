-- Session 25 (dd25): the day of a call denied took place.  SCHEMA dates
-- a denied call when the text gives its day.  A time in the clause that
-- tells the denied call (the content of the reports denied, the negated
-- call's own clause) is its day (`own_day`); a time of the saying or the
-- denying ("said on Saturday he had not called", "the ministry on Monday
-- denied") is not.  Sentences of our own.

local function calls(paras, pub)
  local b = briefing(paras, pub)
  local out = {}
  for _, c in ipairs(b.calls or {}) do
    local names = {}
    for _, p in ipairs(c.participants or {}) do names[#names + 1] = p end
    table.sort(names)
    out[#out + 1] = table.concat(names, " + ") .. ": " .. tostring(c.status) .. " @ " .. tostring(c.date)
  end
  table.sort(out)
  return out
end

-- a Tuesday
local PUB = "2008-06-24"

test("'correct reports that X had a telephone conversation with Y on Sunday': Sunday", function()
  eq(calls({ "The foreign ministry wishes to correct reports that Chancellor Merkel had a telephone conversation with President Sarkozy on Sunday.",
    "No such conversation took place." }, PUB),
    { "Angela Merkel + Nicolas Sarkozy: denied @ 2008-06-22" })
end)

test("the negated call's own clause: 'did not speak on Monday', 'no call took place on Friday'", function()
  eq(calls({ "Merkel and Sarkozy did not speak by telephone on Monday, officials in Berlin said." }, PUB),
    { "Angela Merkel + Nicolas Sarkozy: denied @ 2008-06-23" })
  eq(calls({ "No telephone call between Merkel and Sarkozy took place on Friday." }, PUB),
    { "Angela Merkel + Nicolas Sarkozy: denied @ 2008-06-20" })
end)

test("'denied having telephoned Y on Thursday', 'denied that X had called Y yesterday': that day", function()
  eq(calls({ "Chancellor Merkel denied having telephoned President Sarkozy on Thursday." }, PUB),
    { "Angela Merkel + Nicolas Sarkozy: denied @ 2008-06-19" })
  eq(calls({ "Berlin denied that Merkel had called Sarkozy yesterday." }, PUB),
    { "Angela Merkel + Nicolas Sarkozy: denied @ 2008-06-23" })
end)

test("a day of the saying or the denying is not the call's, as before", function()
  for _, s in ipairs({
    "Chancellor Merkel said on Saturday she had not called President Sarkozy.",
    "The government in Berlin on Monday denied that Merkel had telephoned Sarkozy.",
    "On Monday, the government in Berlin denied reports that Merkel had telephoned Sarkozy.",
    "Merkel did not call Sarkozy, her spokesman said in a statement on Monday.",
    "Merkel has not spoken to Sarkozy, her spokesman told reporters on Monday.",
  }) do
    eq(calls({ s }, PUB), { "Angela Merkel + Nicolas Sarkozy: denied @ nil" }, s)
  end
end)

test("a call planned for a day and then denied keeps no day, as before", function()
  eq(calls({ "Merkel will not call Sarkozy on Monday." }, PUB), { "Angela Merkel + Nicolas Sarkozy: denied @ nil" })
  eq(calls({ "No call between Merkel and Sarkozy is planned for Thursday." }, PUB), { "Angela Merkel + Nicolas Sarkozy: denied @ nil" })
end)

test("a denial on the day a report gave the call: one call, denied, on that day", function()
  eq(calls({ "A Berlin newspaper reported on Sunday that Merkel spoke with Sarkozy on Thursday.",
    "The chancellery denied that Merkel had spoken with Sarkozy on Thursday." }, PUB),
    { "Angela Merkel + Nicolas Sarkozy: denied @ 2008-06-19" })
  -- (and with no day of its own, as before)
  eq(calls({ "A Berlin newspaper reported on Sunday that Merkel spoke with Sarkozy on Thursday.",
    "The chancellery denied that Merkel had spoken with Sarkozy." }, PUB),
    { "Angela Merkel + Nicolas Sarkozy: denied @ 2008-06-19" })
end)

test("an attempt on a day keeps it, as before", function()
  eq(calls({ "On Monday, Merkel tried to telephone Sarkozy and could not get through." }, PUB),
    { "Angela Merkel + Nicolas Sarkozy: denied @ 2008-06-23" })
end)

test("a present perfect tells the time up to now with no call, no contact's day", function()
  eq(calls({ "President Sarkozy has not called Chancellor Merkel today." }, PUB),
    { "Angela Merkel + Nicolas Sarkozy: denied @ nil" })
  eq(calls({ "No telephone call between Merkel and Sarkozy has taken place on Tuesday." }, PUB),
    { "Angela Merkel + Nicolas Sarkozy: denied @ nil" })
  -- (nor the report's own day, not over when told: "did not call today")
  eq(calls({ "President Sarkozy did not call Chancellor Merkel today." }, PUB),
    { "Angela Merkel + Nicolas Sarkozy: denied @ nil" })
  -- (the past simple of a day gone: that day)
  eq(calls({ "President Sarkozy did not call Chancellor Merkel on Saturday." }, PUB),
    { "Angela Merkel + Nicolas Sarkozy: denied @ 2008-06-21" })
end)

test("a bound of a period or 'yet' is no contact's day: 'had not spoken by Monday', 'had not yet called'", function()
  eq(calls({ "Chancellor Merkel had not spoken to President Sarkozy by Monday." }, PUB),
    { "Angela Merkel + Nicolas Sarkozy: denied @ nil" })
  eq(calls({ "Chancellor Merkel had not yet telephoned President Sarkozy on Monday." }, PUB),
    { "Angela Merkel + Nicolas Sarkozy: denied @ nil" })
end)
