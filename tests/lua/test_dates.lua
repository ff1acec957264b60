-- test_dates.lua — lua/dates.lua: parsing, day arithmetic, weekdays, years.
local dates = require("callbrief.dates")

local function parsed(s, opts)
  local t = dates.parse(s, 1, opts)
  if not t then return nil end
  return { t.year, t.month, t.day, t.hour, t.minute, t.text }
end

test("parse: month-day-year forms", function()
  eq(parsed("October 14, 2020"), { 2020, 10, 14, nil, nil, "October 14, 2020" })
  eq(parsed("Aug. 12, 2017"), { 2017, 8, 12, nil, nil, "Aug. 12, 2017" })
  eq(parsed("Publication date: August 22, 2017, 19:40"),
    { 2017, 8, 22, 19, 40, "August 22, 2017, 19:40" })
  eq(parsed("January 27, 2017 3:12 pm"), { 2017, 1, 27, 15, 12, "January 27, 2017 3:12 pm" })
  eq(parsed("TASS, July 11, 2019, 21:12"), { 2019, 7, 11, 21, 12, "July 11, 2019, 21:12" })
  eq(parsed("Sept. 27, 2020"), { 2020, 9, 27, nil, nil, "Sept. 27, 2020" })
end)

test("parse: day-month-year forms", function()
  eq(parsed("14 October 2020"), { 2020, 10, 14, nil, nil, "14 October 2020" })
  eq(parsed("By TOI staff | 18 September 2018, 9:47 pm"),
    { 2018, 9, 18, 21, 47, "18 September 2018, 9:47 pm" })
  eq(parsed("Updated 08:58, 01-Oct-2020"), { 2020, 10, 1, nil, nil, "01-Oct-2020" })
  eq(parsed("the 1st of May 2019"), { 2019, 5, 1, nil, nil, "1st of May 2019" })
end)

test("parse: numeric forms", function()
  eq(parsed("2018-12-24"), { 2018, 12, 24, nil, nil, "2018-12-24" })
  eq(parsed("2019-06-23 13:28 | News24"), { 2019, 6, 23, 13, 28, "2019-06-23 13:28" })
  eq(parsed("24.12.2018"), { 2018, 12, 24, nil, nil, "24.12.2018" })
  eq(parsed("20.05.2019 - 16:33 | World"), { 2019, 5, 20, 16, 33, "20.05.2019 - 16:33" })
  eq(parsed("13:52 29.12.2015"), { 2015, 12, 29, 13, 52, "13:52 29.12.2015" })
  eq(parsed("Latest update: 30/04/2018"), { 2018, 4, 30, nil, nil, "30/04/2018" })
  eq(parsed("Date 10.04.2015"), { 2015, 4, 10, nil, nil, "10.04.2015" })
  -- only the second number can be a day; ambiguous ones are day first
  eq(parsed("12/24/2018"), { 2018, 12, 24, nil, nil, "12/24/2018" })
  eq(parsed("04/05/2018"), { 2018, 5, 4, nil, nil, "04/05/2018" })
  eq(parsed("04/05/2018", { order = "mdy" }), { 2018, 4, 5, nil, nil, "04/05/2018" })
end)

test("parse: dates without a year", function()
  eq(parsed("ISTANBUL, Dec 24 (Reuters) -"), { nil, 12, 24, nil, nil, "Dec 24" })
  eq(parsed("MOSCOW, July 11. /TASS/."), { nil, 7, 11, nil, nil, "July 11" })
  eq(parsed("since a new round erupted on Sept. 27, Armenia"), { nil, 9, 27, nil, nil, "Sept. 27" })
  eq(parsed("on 10 September, he said"), { nil, 9, 10, nil, nil, "10 September" })
  local t = dates.parse("in February 2015, the leaders")
  eq({ t.year, t.month, t.day, t.form }, { 2015, 2, nil, "my" })
end)

test("parse: positions and non-dates", function()
  local s = "ISTANBUL, Dec 24 (Reuters) -"
  local t = dates.parse(s)
  eq(s:sub(t.start, t.stop), "Dec 24")
  eq(dates.parse("Theresa May at the White House"), nil)
  eq(dates.parse("a 30-year, $400 billion deal signed in 2014"), nil)
  eq(dates.parse("February 30, 2020"), nil)
  eq(dates.parse("31.02.2019"), nil)
  eq(dates.parse("at 25:99 on"), nil)
  eq(dates.parse(nil), nil)
end)

test("find_all returns every expression in order", function()
  local all = dates.find_all("On August 22, 2017, ... on August 23 ... in February 2015.")
  eq(#all, 3)
  eq({ all[1].text, all[2].text, all[3].text }, { "August 22, 2017", "August 23", "February 2015" })
end)

test("day numbers: civil-from-days round trip", function()
  eq(dates.days_from_civil(1970, 1, 1), 0)
  eq(dates.days_from_civil(2000, 3, 1), 11017)
  eq(dates.days_from_civil(1969, 12, 31), -1)
  eq({ dates.civil_from_days(0) }, { 1970, 1, 1 })
  eq({ dates.civil_from_days(-719468) }, { 0, 3, 1 })
  local n0 = dates.days_from_civil(1896, 1, 1)
  local n1 = dates.days_from_civil(2104, 12, 31)
  local y, m, d = 1896, 1, 1
  for n = n0, n1 do
    local cy, cm, cd = dates.civil_from_days(n)
    if cy ~= y or cm ~= m or cd ~= d then
      error(string.format("day %d: got %d-%d-%d, want %d-%d-%d", n, cy, cm, cd, y, m, d))
    end
    d = d + 1
    if d > dates.days_in_month(y, m) then d, m = 1, m + 1 end
    if m > 12 then m, y = 1, y + 1 end
  end
end)

test("ISO helpers and arithmetic", function()
  eq(dates.iso(2020, 2, 29), "2020-02-29")
  eq(dates.iso(2019, 2, 29), nil)
  eq({ dates.split("2018-12-24") }, { 2018, 12, 24 })
  eq(dates.split("2018-13-01"), nil)
  eq(dates.add_days("2020-02-28", 1), "2020-02-29")
  eq(dates.add_days("2021-02-28", 1), "2021-03-01")
  eq(dates.add_days("2020-01-01", -1), "2019-12-31")
  eq(dates.diff_days("2019-01-01", "2018-12-24"), 8)
  eq(dates.is_leap(1900), false)
  eq(dates.is_leap(2000), true)
  ok(not pcall(dates.add_days, "yesterday", 1), "bad date raises")
end)

test("weekdays", function()
  eq(dates.weekday("1970-01-01"), 4)          -- Thursday
  eq(dates.weekday("2020-10-14"), 3)          -- Wednesday
  eq(dates.weekday("2018-12-23"), 7)          -- Sunday
  eq(dates.weekday_number("Wednesday"), 3)
  eq(dates.weekday_number("sat"), 6)
  eq(dates.weekday_number("Someday"), nil)
  eq(dates.month_number("Sept."), 9)
  eq(dates.month_number("DECEMBER"), 12)
  eq(dates.MONTH_NAMES[10], "October")
end)

test("the last weekday on or before the report, same day included", function()
  -- published Wed 2020-10-14: "on Wednesday" is that day
  eq(dates.last_weekday(3, "2020-10-14"), "2020-10-14")
  -- published Mon 2018-12-24: "on Sunday" is the day before
  eq(dates.last_weekday(7, "2018-12-24"), "2018-12-23")
  -- "on Thursday" read on a Wednesday is six days back
  eq(dates.last_weekday(4, "2020-10-14"), "2020-10-08")
  -- planned: "will speak on Saturday", announced Fri 2017-01-27
  eq(dates.next_weekday(6, "2017-01-27"), "2017-01-28")
  eq(dates.next_weekday(5, "2017-01-27"), "2017-01-27")
  eq(dates.next_weekday(5, "2017-01-27", true), "2017-02-03")
end)

test("year inference: most recent, at most two weeks ahead", function()
  eq(dates.infer_year(12, 24, "2018-12-24"), 2018)
  eq(dates.infer_year(12, 28, "2021-01-03"), 2020)
  eq(dates.infer_year(1, 5, "2020-12-30"), 2021)
  eq(dates.infer_year(7, 21, "2019-07-11"), 2019)       -- ten days ahead
  eq(dates.infer_year(8, 1, "2019-07-11"), 2018)        -- three weeks ahead: last year
  eq(dates.infer_year(2, 29, "2021-06-01"), 2020)
  eq(dates.to_iso(dates.parse("Dec 24"), "2019-01-02"), "2018-12-24")
  eq(dates.to_iso(dates.parse("Dec 24")), nil)
  eq(dates.to_iso(dates.parse("October 14, 2020")), "2020-10-14")
end)

test("parse_at: a date starting exactly there, or nothing", function()
  local s = "MOSCOW, July 11, 2019 (TASS) - talks on 12 May"
  local t = dates.parse_at(s, 9)
  eq({ t.year, t.month, t.day, t.text }, { 2019, 7, 11, "July 11, 2019" })
  eq(dates.parse_at(s, 8), nil)          -- a space, not a word start
  eq(dates.parse_at(s, 1), nil)          -- a word, not a date (the date comes later)
  eq(dates.parse_at("Abc12 May", 4), nil) -- inside a word
  eq(dates.parse_at(nil, 1), nil)
end)
