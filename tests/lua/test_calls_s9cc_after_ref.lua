-- A call in a temporal phrase with a day of its own ("The talks came
-- three days after the G7 leaders' video call of February 24, 2022") is
-- another contact than the one the sentence is about: it refers back to
-- the latest call only when its day is that call's, not when the two
-- days cannot be compared (an undated page, a weekday against a date).
-- Short invented articles without a publication date.

local function dated(paras, pub) return sorted_call_pairs(briefing(paras, pub), "date") end

test("'after the group's call of <date>' lends no date to an undated call", function()
  eq(dated({ "Olaf Scholz and Emmanuel Macron held talks by phone on Monday evening about energy.",
    "The talks came three days after the G7 leaders' video call of February 24, 2022, which discussed sanctions." }),
    { "Emmanuel Macron + Olaf Scholz @ undated" })
  eq(dated({ "Jacinda Ardern spoke with Anthony Albanese by telephone on Tuesday.",
    "Their conversation followed weeks after a video conference of Pacific leaders on 12 July 2022." }),
    { "Anthony Albanese + Jacinda Ardern @ undated" })
end)

test("'since the call of <date>' with the same people named stays a reference when the days agree", function()
  eq(dated({ "Olaf Scholz spoke by phone with Emmanuel Macron on 3 March 2022.",
    "Nothing has changed since the call of March 3, 2022, an aide said." }),
    { "Emmanuel Macron + Olaf Scholz @ 2022-03-03" })
end)
