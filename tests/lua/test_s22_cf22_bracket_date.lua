-- Session 22: a date in brackets glossing a relative day.  "This evening
-- (8 May)", "today (Friday)", "yesterday (8 May 2020)", as Singapore's
-- and other governments' readouts write them: the call is on the date in
-- brackets, not on the day the relative word counts from the report's.
-- Sentences of our own.

local function dated(s, pub) return sorted_call_pairs(briefing({ s }, pub), "date") end

test("'this evening (8 May)': the date in brackets", function()
  eq(dated("Prime Minister Lee Hsien Loong and Prime Minister Jacinda Ardern held a phone call this evening (8 May).", "2020-05-12"),
    { "Jacinda Ardern + Lee Hsien Loong @ 2020-05-08" })
  eq(dated("Prime Minister Lee Hsien Loong spoke with Prime Minister Jacinda Ardern this afternoon (8 May 2020).", "2020-05-12"),
    { "Jacinda Ardern + Lee Hsien Loong @ 2020-05-08" })
end)

test("'today (Friday)', 'yesterday (8 May)'", function()
  eq(dated("Prime Minister Lee Hsien Loong spoke with Prime Minister Jacinda Ardern by phone today (Friday).", "2020-05-12"),
    { "Jacinda Ardern + Lee Hsien Loong @ 2020-05-08" })
  eq(dated("Prime Minister Lee Hsien Loong spoke with Prime Minister Jacinda Ardern by phone yesterday (8 May).", "2020-05-12"),
    { "Jacinda Ardern + Lee Hsien Loong @ 2020-05-08" })
end)

test("guards: no brackets; brackets holding no date", function()
  eq(dated("Prime Minister Lee Hsien Loong spoke with Prime Minister Jacinda Ardern by phone this evening.", "2020-05-08"),
    { "Jacinda Ardern + Lee Hsien Loong @ 2020-05-08" })
  eq(dated("Prime Minister Lee Hsien Loong spoke with Prime Minister Jacinda Ardern by phone today (Singapore time).", "2020-05-08"),
    { "Jacinda Ardern + Lee Hsien Loong @ 2020-05-08" })
end)
