-- dates.lua — a pure date library for callbrief (require "callbrief.dates").
--
-- Three jobs, no state:
--
--   * find date expressions in news text and say what they give:
--       dates.parse("ISTANBUL, Dec 24 (Reuters) -")
--         --> {month = 12, day = 24, form = "md", text = "Dec 24",
--              start = 11, stop = 16}
--       dates.find_all(s) --> every expression, in order
--   * day arithmetic on ISO dates without os.time (no time zones, no
--     platform limits): a day number is the count of days since 1970-01-01
--     on the proleptic Gregorian calendar (Hinnant's civil-from-days).
--   * resolve partial dates against a reference date: the year of "Dec 24",
--     the weekday named in a report ("on Wednesday"), "yesterday".
--
-- API (every date argument and result is an ISO string "YYYY-MM-DD"):
--
--   dates.parse(s [, init [, opts]]) -> t | nil
--       The first date expression in s at or after byte init.  t has
--       month (1-12) and day, year when written (day is nil for "February
--       2015"), hour and minute when a clock time is attached ("20.05.2019 -
--       16:33", "18 September 2018, 9:47 pm"), form ("mdy", "md", "dmy",
--       "dm", "iso", "numeric", "my", "ymd" for "2008 August 13"), text (the expression as written) and
--       start/stop (1-based, inclusive byte positions in s).
--       Numeric dates are day first ("24.12.2018", "30/04/2018"), unless
--       only the second number can be a day ("12/24/2018"); opts.order =
--       "mdy" reads the ambiguous ones ("04/05/2018") month first.
--       Year-first numeric dates ("2017/05/11 08:30", "2017.05.11") have
--       form "iso".  English only: this is the parser of body text.
--   dates.parse_at(s, i [, opts]) -> t | nil
--       The date expression starting at byte i exactly (i must start a
--       word), as dates.parse would read it there.
--   dates.find_all(s [, opts]) -> {t...}
--   dates.load(ctx) -> D   the wide parser for a page's own dates (bylines,
--       date lines, front matter): D.parse, D.parse_at, D.find_all as
--       above, which also read the month and weekday names of
--       data/extract/dates.yaml (other languages, in lower case too:
--       "Martes, 1 de diciembre de 2020", "1er décembre 2020", "1.
--       Dezember 2020", "15 марта 2013", "15 آذار 2013", "15 במרץ 2013";
--       names of any script, folded when not found as written, names of two
--       words: "كانون الثاني"), digits of other scripts ("١٥ مارس ٢٠١٣",
--       "۱۳۹۱/۱۲/۱۵", "２０１３"), the CJK forms "2013年3月15日",
--       "2013년 3월 15일" (and "平成25年", "令和元年", "民國102年"), Solar
--       Hijri dates converted to Gregorian (t.calendar = "solar_hijri": a
--       Persian month name, or a year-first numeric date in 1300-1420, or
--       in Persian digits up to 1499); a year outside 1900-2199 (a Lunar
--       Hijri "1434/05/04") is no page date.  A weekday before the date (t.weekday, 1..7:
--       "Wednesday, October 09, 2019 - 06:00 AM"), "14.02" clocks and a
--       time zone after a clock ("Updated 3:45 PM EST, Tue March 1,
--       2022").  D.labels: the file's date labels, folded ({published,
--       updated} lists, words = set of the small words labels hold).
--       Memoised per data reader.  dates.wide(words [, fold]) builds one
--       from a words table shaped like that file.
--   dates.from_solar_hijri(jy, jm, jd) -> y, m, d | nil   the Gregorian date
--       of a Solar Hijri one (nil when there is no such day: 30 Esfand of
--       a common year).
--   dates.to_iso(t [, ref]) -> iso | nil
--       A full date from a parse result; a missing year is inferred from
--       ref (dates.infer_year) when ref is given, else nil is returned.
--   dates.iso(y, m, d) -> iso | nil (nil for an invalid date)
--   dates.split(iso) -> y, m, d | nil
--   dates.valid(y, m, d) -> boolean;  dates.is_leap(y);  dates.days_in_month(y, m)
--   dates.days_from_civil(y, m, d) -> n;  dates.civil_from_days(n) -> y, m, d
--   dates.to_days(iso) -> n | nil;  dates.from_days(n) -> iso
--   dates.add_days(iso, k) -> iso;  dates.diff_days(a, b) -> a - b in days
--   dates.weekday(iso) -> 1 (Monday) .. 7 (Sunday)
--   dates.last_weekday(wd, ref) -> iso   the last weekday wd on or before
--       ref, ref itself included: a weekday named in a news report means
--       the most recent such day on or before publication.
--   dates.next_weekday(wd, ref [, strict]) -> iso   on or after ref (after,
--       when strict): for planned events ("will speak on Saturday").
--   dates.day_of_month(day, ref [, forward]) -> iso | nil   a day of the
--       month written alone ("on the 3rd"): the latest date on or before
--       ref with that day, or with forward the first on or after it (a
--       planned call); nil when no month of the year before or after has it.
--   dates.infer_year(month, day, ref [, ahead]) -> year | nil
--       The year giving the most recent such date not more than `ahead`
--       days (default 14) after ref: "Dec 28" read on 2021-01-03 is 2020,
--       "Jan 5" read on 2020-12-30 is 2021.
--   dates.month_number(name) -> 1..12 | nil   ("Sept.", "october", "Okt" no)
--   dates.weekday_number(name) -> 1..7 | nil  ("Wed", "wednesday")
--   dates.MONTH_NAMES[1..12], dates.WEEKDAY_NAMES[1..7]  English names
--   dates.MONTHS, dates.WEEKDAYS   lower-case name/abbreviation -> number
--       (constants: read them, do not change them)

local lpeg = require("lpeg")
local memo = require("callbrief.memo")
local P, R, S, C, Cc, Cp, Ct, Cg = lpeg.P, lpeg.R, lpeg.S, lpeg.C, lpeg.Cc, lpeg.Cp, lpeg.Ct, lpeg.Cg

local M = {}

M.MONTH_NAMES = { "January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December" }
M.WEEKDAY_NAMES = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
  "Saturday", "Sunday" }

M.MONTHS = {
  january = 1, jan = 1, february = 2, feb = 2, march = 3, mar = 3,
  april = 4, apr = 4, may = 5, june = 6, jun = 6, july = 7, jul = 7,
  august = 8, aug = 8, september = 9, sept = 9, sep = 9, october = 10,
  oct = 10, november = 11, nov = 11, december = 12, dec = 12,
}
M.WEEKDAYS = {
  monday = 1, mon = 1, tuesday = 2, tue = 2, tues = 2, wednesday = 3,
  wed = 3, thursday = 4, thu = 4, thur = 4, thurs = 4, friday = 5, fri = 5,
  saturday = 6, sat = 6, sunday = 7, sun = 7,
}

function M.month_number(name)
  if type(name) ~= "string" then return nil end
  return M.MONTHS[name:lower():gsub("%.$", "")]
end

function M.weekday_number(name)
  if type(name) ~= "string" then return nil end
  return M.WEEKDAYS[name:lower():gsub("%.$", "")]
end

-- Calendar arithmetic -------------------------------------------------------

function M.is_leap(y)
  return y % 4 == 0 and (y % 100 ~= 0 or y % 400 == 0)
end

local MONTH_DAYS = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }

function M.days_in_month(y, m)
  if m == 2 and M.is_leap(y) then return 29 end
  return MONTH_DAYS[m]
end

function M.valid(y, m, d)
  return math.type(y) == "integer" and math.type(m) == "integer"
    and math.type(d) == "integer" and m >= 1 and m <= 12
    and d >= 1 and d <= M.days_in_month(y, m)
end

-- Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms".  Lua's //
-- floors, so the era arithmetic holds for negative years as well.
function M.days_from_civil(y, m, d)
  if m <= 2 then y = y - 1 end
  local era = y // 400
  local yoe = y - era * 400
  local doy = (153 * ((m + 9) % 12) + 2) // 5 + d - 1
  local doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
  return era * 146097 + doe - 719468
end

function M.civil_from_days(n)
  n = n + 719468
  local era = n // 146097
  local doe = n - era * 146097
  local yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
  local doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
  local mp = (5 * doy + 2) // 153
  local d = doy - (153 * mp + 2) // 5 + 1
  local m = mp < 10 and mp + 3 or mp - 9
  local y = yoe + era * 400
  if m <= 2 then y = y + 1 end
  return y, m, d
end

function M.iso(y, m, d)
  if not M.valid(y, m, d) then return nil end
  return string.format("%04d-%02d-%02d", y, m, d)
end

function M.split(iso)
  if type(iso) ~= "string" then return nil end
  local y, m, d = iso:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)$")
  if not y then return nil end
  y, m, d = tonumber(y), tonumber(m), tonumber(d)
  if not M.valid(y, m, d) then return nil end
  return y, m, d
end

-- Remembered: linking compares the same few hundred dates of a corpus
-- with each other many times over.
local days_of = memo.fn(function(iso)
  local y, m, d = M.split(iso)
  if not y then return nil end
  return M.days_from_civil(y, m, d)
end)

function M.to_days(iso)
  if type(iso) ~= "string" then return nil end
  return days_of(iso)
end

function M.from_days(n)
  return string.format("%04d-%02d-%02d", M.civil_from_days(n))
end

local function days_or_error(iso, argn)
  local n = M.to_days(iso)
  if not n then
    error(string.format("bad argument #%d (ISO date expected, got %s)", argn,
      type(iso) == "string" and string.format("%q", iso) or type(iso)), 3)
  end
  return n
end

function M.add_days(iso, k)
  return M.from_days(days_or_error(iso, 1) + k)
end

function M.diff_days(a, b)
  return days_or_error(a, 1) - days_or_error(b, 2)
end

-- 1970-01-01 (day 0) was a Thursday.
function M.weekday(iso)
  return (days_or_error(iso, 1) + 3) % 7 + 1
end

function M.last_weekday(wd, ref)
  local n = days_or_error(ref, 2)
  local back = ((n + 3) % 7 + 1 - wd) % 7
  return M.from_days(n - back)
end

function M.next_weekday(wd, ref, strict)
  local n = days_or_error(ref, 2)
  local ahead = (wd - ((n + 3) % 7 + 1)) % 7
  if strict and ahead == 0 then ahead = 7 end
  return M.from_days(n + ahead)
end

-- Weekday wd of the week `weeks` weeks from ref's (weeks run Monday to
-- Sunday): "Monday last week" is weekday_of_week(1, -1, ref).
function M.weekday_of_week(wd, weeks, ref)
  local n = days_or_error(ref, 3)
  local monday = n - ((n + 3) % 7)
  return M.from_days(monday + 7 * weeks + wd - 1)
end

function M.day_of_month(day, ref, forward)
  local y, m = M.split(ref)
  if not y then days_or_error(ref, 2) end
  local step = forward and 1 or -1
  for _ = 1, 12 do
    local iso = M.iso(y, m, day)
    if iso and (forward and iso >= ref or not forward and iso <= ref) then return iso end
    m = m + step
    if m == 0 then y, m = y - 1, 12 elseif m == 13 then y, m = y + 1, 1 end
  end
  return nil
end

function M.infer_year(month, day, ref, ahead)
  local n = days_or_error(ref, 3)
  local limit = n + (ahead or 14)
  local ry = M.civil_from_days(n)
  -- Feb 29 may need to look back up to eight years (1900, 2100 are not leap).
  for y = ry + 1, ry - 8, -1 do
    if M.valid(y, month, day) and M.days_from_civil(y, month, day) <= limit then
      return y
    end
  end
  return nil
end

-- The Solar Hijri (Persian) calendar, as Iranian and Afghan pages date
-- them: the arithmetic of jalaali-js (Borkowski's break years of the
-- 2820-year cycle's approximation, exact for 1 to 3177 AP against the
-- astronomical calendar of today's years).
local JALAALI_BREAKS = { -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060,
  2097, 2192, 2262, 2324, 2394, 2456, 3178 }

-- The Gregorian year of 1 Farvardin of jy, and that day's day of March.
local function farvardin_first(jy)
  local leap_j, jp, jump = -14, JALAALI_BREAKS[1], 0
  for i = 2, #JALAALI_BREAKS do
    local jm = JALAALI_BREAKS[i]
    jump = jm - jp
    if jy < jm then break end
    leap_j = leap_j + (jump // 33) * 8 + (jump % 33) // 4
    jp = jm
  end
  local n = jy - jp
  leap_j = leap_j + (n // 33) * 8 + ((n % 33) + 3) // 4
  if jump % 33 == 4 and jump - n == 4 then leap_j = leap_j + 1 end
  local gy = jy + 621
  local leap_g = gy // 4 - ((gy // 100 + 1) * 3) // 4 - 150
  return gy, 20 + leap_j - leap_g
end

local function solar_hijri_days(jy, jm, jd)
  local gy, march = farvardin_first(jy)
  return M.days_from_civil(gy, 3, march) + (jm - 1) * 31 - (jm // 7) * (jm - 7) + jd - 1
end

function M.from_solar_hijri(jy, jm, jd)
  if math.type(jy) ~= "integer" or math.type(jm) ~= "integer" or math.type(jd) ~= "integer"
    or jy < 1 or jy > 3177 or jm < 1 or jm > 12 or jd < 1 or jd > (jm <= 6 and 31 or 30) then
    return nil
  end
  local n = solar_hijri_days(jy, jm, jd)
  -- Esfand has 30 days in a leap year only.
  if jm == 12 and jd == 30 and jy < 3177 and n >= solar_hijri_days(jy + 1, 1, 1) then return nil end
  return M.civil_from_days(n)
end

-- Parsing -------------------------------------------------------------------

local digit = R("09")
local alpha = R("az", "AZ")
local uletter = R("\195\201")                   -- lead byte of é, ç, ä, ì ...
local space = S(" \t") + P("\194\160")          -- NBSP as scraped pages have it
local ws = space ^ 1
local word_end = -(alpha + digit + uletter)

-- Case-insensitive literal.
local function ci(s)
  local p = P(true)
  for ch in s:gmatch(".") do
    local lo, up = ch:lower(), ch:upper()
    p = p * (lo == up and P(ch) or S(lo .. up))
  end
  return p
end

-- One of the names of `map` (lower-case name -> number), whole word, with
-- an optional full stop; its number is captured.  English names must start
-- with a capital ("may 5" is a verb); the names of `lower_ok` need not (in
-- French or Spanish months and weekdays are written in lower case).
local function names_pattern(map, lower_ok)
  local names = {}
  for name in pairs(map) do names[#names + 1] = name end
  -- Longest first so "September" is not read as "Sep" + "tember".
  table.sort(names, function(a, b) return #a > #b or (#a == #b and a < b) end)
  local cap, any = P(false), P(false)
  for _, name in ipairs(names) do
    local p = ci(name) * (P(".") + word_end) * Cc(map[name])
    if lower_ok[name] then any = any + p else cap = cap + p end
  end
  return #R("AZ") * cap + any
end

-- The same for the wide parser's long lists: one word (letters of any
-- script: Latin, Cyrillic, Greek, Hebrew, Arabic, Devanagari, CJK; one
-- hyphen: "terça-feira") looked up in `map`, so that the pattern stays
-- small however many languages the data brings (a literal per name costs
-- milliseconds to build and compile for each plugin that loads it).  A word
-- that is not found as written in lower case is looked up folded (w.folded:
-- "Марта", "ŞUBAT", "أيار" written without or with its hamza), and a name of
-- two words ("كانون الثاني", "تشرين الأول") is looked up with the next word.
local cont = R("\128\191")
-- Letters beyond ASCII: two-byte sequences but Latin-1 punctuation (C2),
-- Arabic-Indic digits (D9 A0-A9, DB B0-B9) and Arabic punctuation (، ؛ ؟
-- ۔); three-byte ones but general punctuation and symbols (E2), CJK
-- punctuation (E3 80) and full-width forms (EF BC, EF BD).
local mb_letter = (R("\195\223") - (P("\217") * R("\160\173")) - (P("\219") * R("\176\185"))
    - (P("\216") * S("\140\155\159")) - P("\219\148")) * cont
  + (R("\224\239") - P("\226") - P("\227\128") - P("\239\188") - P("\239\189")
    - P("\224\165") * R("\164\175")) * cont * cont
local letter = alpha + mb_letter
local function names_lookup(map, lower_ok, w)
  local folded, multi, fold = w.folded or {}, w.multi or {}, w.fold
  local function known(s, pos, start, word)
    local name = word:lower()
    local n = map[name]
    if n and (lower_ok[name] or word:find("^%u")) then return pos, n end
    if not fold or not word:find("[\128-\255]") then return false end
    name = fold(word)
    if multi[name] then
      local gap, second = s:match("^([ \t]+)([^%s%d%p]+)", pos)
      if second then
        second = second:gsub("\216\140$", "")            -- a glued Arabic comma
        local n2 = folded[name .. " " .. fold(second)]
        if n2 then return pos + #gap + #second, n2 end
      end
    end
    n = folded[name]
    if n then return pos, n end
    return false
  end
  return lpeg.Cmt(Cp() * C(letter ^ 1 * (P("-") * letter ^ 1) ^ -1), known) * -digit * P(".") ^ -1
end

-- Digits other scripts write dates in: Arabic-Indic (٠..٩, D9 A0-A9),
-- Extended Arabic-Indic as Persian and Urdu pages have them (۰..۹, DB
-- B0-B9) and full-width ones (０..９, EF BC 90-99).  to_number reads them all.
local wide_digit = digit + P("\217") * R("\160\169") + P("\219") * R("\176\185")
  + P("\239\188") * R("\144\153")
local function ascii_digits(s)
  if not s:find("[\217\219\239]") then return s end
  return (s:gsub("\217([\160-\169])", function(c) return string.char(c:byte() - 112) end)
    :gsub("\219([\176-\185])", function(c) return string.char(c:byte() - 128) end)
    :gsub("\239\188([\144-\153])", function(c) return string.char(c:byte() - 96) end))
end
local function to_number(s) return tonumber(ascii_digits(s)) end

local function in_range(lo, hi)
  return function(_, pos, s)
    local n = to_number(s)
    if n >= lo and n <= hi then return pos, n end
    return false
  end
end

-- Clock time: "21:12", "9:47 pm", "3:12 p.m.", "08:58".  Cmt rejects
-- impossible times, so "25:99" is not a clock.
local function clock(_, pos, h, m, suffix)
  h, m = to_number(h), to_number(m)
  if suffix then
    if h < 1 or h > 12 then return false end
    if h == 12 then h = 0 end
    if suffix:lower():sub(1, 1) == "p" then h = h + 12 end
  end
  if h > 23 or m > 59 then return false end
  return pos, { h, m }
end

-- The weekdays of Chinese ("星期五", "周五", "礼拜五"), Japanese ("金曜日",
-- "金曜") and Korean ("금요일"); the one character alone ("(金)", "(금)")
-- only in brackets.
local CJK_WEEKDAY_LONG, CJK_WEEKDAY_SHORT
do
  local long, short = {}, {}
  for i, c in ipairs({ "一", "二", "三", "四", "五", "六", "日", "天" }) do
    for _, pre in ipairs({ "星期", "礼拜", "禮拜", "周", "週" }) do long[pre .. c] = math.min(i, 7) end
  end
  for i, c in ipairs({ "月", "火", "水", "木", "金", "土", "日" }) do
    long[c .. "曜日"], long[c .. "曜"], short[c] = i, i, i
  end
  for i, c in ipairs({ "월", "화", "수", "목", "금", "토", "일" }) do
    long[c .. "요일"], short[c] = i, i
  end
  local function alternatives(map)
    local keys = {}
    for k in pairs(map) do keys[#keys + 1] = k end
    table.sort(keys, function(a, b) return #a > #b or (#a == #b and a < b) end)
    local p = P(false)
    for _, k in ipairs(keys) do p = p + P(k) * Cc(map[k]) end
    return p
  end
  CJK_WEEKDAY_LONG, CJK_WEEKDAY_SHORT = alternatives(long), alternatives(short)
end

-- The date grammar for a word set w: {months, weekdays, lower_ok,
-- connectors, day_suffixes, wide}.  `wide` (a page's own date lines)
-- also reads a weekday before the date, "14.02" clocks and a time zone
-- after a clock ("3:45 PM EST").
local function grammar(w)
  local names = w.wide and names_lookup or names_pattern
  -- (the wide grammar reads the digits of other scripts too)
  local digit = w.wide and wide_digit or digit
  local word_end = -(alpha + digit + uletter)
  local num_end = -digit
  local tonumber = to_number
  local month = Cg(names(w.months, w.lower_ok, { folded = w.fmonths, multi = w.mmonths,
    fold = w.fold }), "month")
  local ordinal = (ci("st") + ci("nd") + ci("rd") + ci("th")) * word_end
  for _, suffix in ipairs(w.day_suffixes or {}) do
    ordinal = ordinal + P(suffix) * #(space + S(".,"))
  end
  local day = Cg(lpeg.Cmt(C(digit * digit ^ -1) * num_end, in_range(1, 31)), "day")
    * ordinal ^ -1
  local year = Cg((digit * digit * digit * digit) / tonumber, "year") * num_end
  local dd = digit * digit ^ -1
  local two = digit * digit

  local ampm = ws ^ -1 * C(ci("a.m.") + ci("p.m.") + (ci("am") + ci("pm")) * word_end)
  local hm = P(":")
  if w.wide then hm = hm + S(".h") end          -- "14.02", "18h12"
  local clock_t = Cg(lpeg.Cmt(C(dd) * hm * C(two) * (P(":") * two) ^ -1 * num_end
    * ampm ^ -1, clock), "clock")
  if w.wide then
    clock_t = clock_t * (ws * R("AZ") ^ 2 * R("AZ", "09") ^ -3 * word_end) ^ -1
    -- afternoon and morning before the clock in Korean, Chinese and
    -- Japanese: "오후 3:20", "下午3:20", "午前10:05"
    local before = (P("오후") + P("下午") + P("午後")) * Cc("pm")
      + (P("오전") + P("上午") + P("午前")) * Cc("am")
    clock_t = Cg(lpeg.Cmt(before * space ^ 0 * C(dd) * hm * C(two) * (P(":") * two) ^ -1 * num_end,
      function(subject, pos, suffix, h, m) return clock(subject, pos, h, m, suffix) end), "clock")
      + clock_t
  end

  local tsep = ws ^ -1 * (P(",") + P("-") + P("|") + P("–") + (w.wide and P("\216\140") or P(false)))
    ^ -1 * ws ^ -1
    * (ci("at") * ws) ^ -1
  local trailing_time = (tsep * clock_t) ^ -1
  local weekday
  if w.wide then
    weekday = Cg(names(w.weekdays, w.lower_ok, { folded = w.fweekdays, multi = w.mweekdays,
      fold = w.fold }), "weekday")
    -- a weekday between the date and its time: "15 марта 2013, пятница, 10:30"
    local wsep = ws ^ -1 * (P(",") + P("\216\140")) ^ -1 * ws ^ -1
    trailing_time = (wsep * weekday * tsep * clock_t) ^ -1 * trailing_time
  end

  local comma_p = w.wide and (P(",") + P("\216\140")) or P(",") -- (and the Arabic comma)
  local comma = ws ^ -1 * comma_p ^ -1 * ws ^ -1
  local of = P(false)
  for _, c in ipairs(w.connectors) do of = of + ci(c) * ws end
  -- "August the 15th" (an ordinal after "the", never "in August the 15
  -- ministers")
  local the_day = ws * ci("the") * ws * Cg(lpeg.Cmt(C(digit * digit ^ -1) * num_end, in_range(1, 31)), "day")
    * ordinal
  local month_day = month * (the_day + ws ^ -1 * day)
  local mdy = month_day * (P(",") * ws ^ -1 + ws) * year * Cg(Cc("mdy"), "form")
  local md = month_day * Cg(Cc("md"), "form")
  -- PEG choices do not backtrack: the "-" alternatives come first.
  local dsep = P("-") + ws * of ^ -1
  local dmy = day * dsep * month * (P("-") + comma * of ^ -1) * year * Cg(Cc("dmy"), "form")
  local dm = day * ws * of ^ -1 * month * Cg(Cc("dm"), "form")
  local my = month * ws * year * Cg(Cc("my"), "form")
  local iso = year * P("-") * Cg(two / tonumber, "month") * P("-") * Cg(two / tonumber, "day")
    * num_end * Cg(Cc("iso"), "form") * (S("T ") * clock_t) ^ -1
  -- "2017/05/11 08:30", "2017.05.11": year first is never day first.
  local ymd = year * Cg(C(S("/.")), "sep") * Cg(two / tonumber, "month")
    * lpeg.Cmt(lpeg.Cb("sep") * C(S("/.")), function(_, pos, a, b) return a == b and pos end)
    * Cg(two / tonumber, "day") * num_end * Cg(Cc("iso"), "form")
  -- (session 12) year, month word, day: a cable's "2008 August 13"
  local y_md = year * ws * month * ws * day * Cg(Cc("ymd"), "form")
  local numsep = S("./-")
  local numeric_date = Cg(dd / tonumber, "n1") * numsep * Cg(dd / tonumber, "n2") * numsep * year
    * -(P(".") * digit) * Cg(Cc("numeric"), "form")

  local body = clock_t * (w.wide and comma or ws) * (iso + ymd + numeric_date + mdy + dmy + md + dm) -- "13:52 29.12.2015"
    + (iso + ymd + y_md + numeric_date + mdy + dmy + my + md + dm) * trailing_time
  if w.wide then
    -- Chinese, Japanese and Korean: "2013年03月15日", "2013년 3월 15일", and
    -- the year of a Japanese era or of the Republic of China ("平成25年",
    -- "令和元年", "民國102年").
    local sp = space ^ 0
    local era_year = lpeg.Cmt(C(P("昭和") + P("平成") + P("令和") + P("民國") + P("民国")) * sp
      * C(digit * digit ^ -2 + P("元")), function(_, pos, era, n)
        n = n == "元" and 1 or tonumber(n)
        local base = ({ ["昭和"] = 1925, ["平成"] = 1988, ["令和"] = 2018, ["民國"] = 1911,
          ["民国"] = 1911 })[era]
        return pos, base + n
      end)
    local cjk = (year + Cg(era_year, "year")) * sp * (P("年") + P("년")) * sp
      * Cg(lpeg.Cmt(C(digit * digit ^ -1), in_range(1, 12)), "month") * sp * (P("月") + P("월")) * sp
      * Cg(lpeg.Cmt(C(digit * digit ^ -1), in_range(1, 31)), "day") * sp * (P("日") + P("일"))
      * Cg(Cc("iso"), "form")
    -- the weekday after it: "2013年3月15日 星期五", "2013年3月15日(金)",
    -- "2013년 3월 15일 (금) 오후 3:20"
    local cjk_weekday = Cg(CJK_WEEKDAY_LONG + (P("(") + P("（")) * sp
      * (CJK_WEEKDAY_LONG + CJK_WEEKDAY_SHORT) * sp * (P(")") + P("）")), "weekday")
    body = cjk * (sp * cjk_weekday) ^ -1 * trailing_time + body
    -- "Martes, 1 de diciembre de 2020", "Wednesday, October 09, 2019"
    -- (both ways: "mar" is Tuesday in Spanish and March in English)
    body = weekday * comma * body + body
    -- "3:45 PM EST, Tue March 1, 2022"
    body = body + clock_t * comma * weekday * comma * (mdy + dmy + md + dm)
  end
  return Ct(Cg(Cp(), "start") * body * Cg(Cp(), "after"))
end

-- Solar Hijri years a year-first numeric date may be written in: 1300-1420
-- (1921-2042) are read as Solar Hijri, later ones only in Persian digits
-- (the Lunar Hijri years of today's Arabic pages are 1421 and after).
local function solar_hijri_numeric(t, s)
  if not t.year or t.year < 1300 or t.year > 1499 then return false end
  return t.year <= 1420 or s:find("\219[\176-\185]", t.start) ~= nil
end

-- Turns a raw match table into the documented result, or nil when the
-- numbers do not make a date.
local function finish(s, t, opts, wide)
  if t.form == "numeric" then
    local a, b = t.n1, t.n2
    local d, m
    if a > 12 then d, m = a, b
    elseif b > 12 then d, m = b, a
    elseif opts and opts.order == "mdy" then d, m = b, a
    else d, m = a, b end
    t.n1, t.n2 = nil, nil
    t.day, t.month = d, m
  end
  t.sep = nil
  if wide then
    -- A Solar Hijri month (numbered 101..112 by M.wide), or a numeric date
    -- in a Solar Hijri year: the Gregorian date, t.calendar says so.
    local sh = t.month > 100
    if sh and t.day and t.year or not sh and t.day and (t.form == "iso" or t.form == "numeric")
        and solar_hijri_numeric(t, s) then
      local y, m, d = M.from_solar_hijri(t.year, t.month % 100, t.day)
      if not y then return nil end
      t.year, t.month, t.day, t.calendar = y, m, d, "solar_hijri"
    elseif sh then
      return nil
    end
    -- A page's own date is of the years of the web (and of the newspapers
    -- scanned for it), not a Lunar Hijri year ("1434/05/04") nor a number.
    if t.year and (t.year < 1900 or t.year > 2199) then return nil end
  end
  if t.day then
    if t.year then
      if not M.valid(t.year, t.month, t.day) then return nil end
    elseif t.day > M.days_in_month(2000, t.month) then
      return nil
    end
  end
  if t.clock then
    t.hour, t.minute = t.clock[1], t.clock[2]
    t.clock = nil
  end
  t.stop = t.after - 1
  t.after = nil
  -- Trailing spaces or separators are not part of the expression.
  while t.stop >= t.start and s:sub(t.stop, t.stop):match("[%s,|%-]") do
    t.stop = t.stop - 1
  end
  t.text = s:sub(t.start, t.stop)
  return t
end

-- A parser: parse, parse_at and find_all over one grammar.  A date starts
-- a word with a digit or a capital (English month names are capitalised:
-- "may 5" is a verb), so only those word starts are tried; a wide parser
-- (other languages write names in lower case) tries every word start.
local function parser(w)
  local date = grammar(w)
  local start = w.wide and "%f[%w][%w]" or "%f[%w][%dA-Z]"
  local at_start = "^" .. start

  -- The date starting at byte i, a word start, or nil.
  local function date_at(s, i, opts)
    local t = lpeg.match(date, s, i)
    return t and finish(s, t, opts, w.wide)
  end

  -- The next place a date may start at or after i: a word start, or (in a
  -- wide parser, on a line that has them: `other`) a digit of another script
  -- or a CJK era name, not inside a number.
  local function next_start(s, i, other)
    local a = s:find(start, i)
    if not other then return a end
    local j = i
    while true do
      local b = s:find("[\217\219\239\228\229\230]", j)
      if not b or a and b > a then return a end
      local prev = s:sub(math.max(1, b - 3), b - 1)
      if not (prev:find("%d$") or prev:find("\217[\160-\169]$") or prev:find("\219[\176-\185]$")
          or prev:find("\239\188[\144-\153]$")) then
        return b
      end
      j = b + 1
    end
  end

  local function others(s)
    return w.wide and s:find("[\217\219\239\228\229\230]") ~= nil
  end

  local function parse_from(s, i, opts, other)
    while true do
      i = next_start(s, i, other)
      if not i then return nil end
      local t = date_at(s, i, opts)
      if t then return t end
      i = i + 1
    end
  end

  local D = {}
  function D.parse(s, init, opts)
    if type(s) ~= "string" then return nil end
    return parse_from(s, init or 1, opts, others(s))
  end

  function D.parse_at(s, i, opts)
    if type(s) ~= "string" or not (s:find(at_start, i) or others(s) and next_start(s, i, true) == i) then
      return nil
    end
    return date_at(s, i, opts)
  end

  function D.find_all(s, opts)
    if type(s) ~= "string" then return {} end
    local out, i, other = {}, 1, others(s)
    while true do
      local t = parse_from(s, i, opts, other)
      if not t then return out end
      out[#out + 1] = t
      i = t.stop + 1
    end
  end
  return D
end

-- (sp25) The English parser is built when first used: every plugin
-- loads a module instance of its own, a dozen load this one, and few of
-- them parse English dates; building its grammar cost each the same.
local english
local function english_parser()
  if not english then
    english = parser({ months = M.MONTHS, weekdays = M.WEEKDAYS, lower_ok = {},
      connectors = { "of" } })
  end
  return english
end
function M.parse(s, init, opts) return english_parser().parse(s, init, opts) end
function M.parse_at(s, i, opts) return english_parser().parse_at(s, i, opts) end
function M.find_all(s, opts) return english_parser().find_all(s, opts) end

-- Adds the lists of a words table ({[number] = {name...}}, or a sequence
-- of lists) to `into`, names lower-cased, and marks them in lower_ok; with
-- `fold` also to folded[fold(name)], and the first word of a name of two
-- words to multi.  `offset` is added to the numbers (Solar Hijri months are
-- 101..112).
local function add_names(into, lists, lower_ok, fold, folded, multi, offset)
  for k, list in pairs(type(lists) == "table" and lists or {}) do
    local n = math.tointeger(tonumber(k))
    for _, name in ipairs(n and type(list) == "table" and list or {}) do
      name = tostring(name):lower()
      into[name] = n + (offset or 0)
      lower_ok[name] = true
      if fold then
        local f = fold(name)
        folded[f] = n + (offset or 0)
        local first = f:match("^(%S+) %S+$")
        if first then multi[first] = true end
      end
    end
  end
end

-- The words of a labels list, folded.
local function folded(list, fold)
  local out = {}
  for _, w in ipairs(type(list) == "table" and list or {}) do
    out[#out + 1] = fold and fold(tostring(w)) or tostring(w):lower()
  end
  return out
end

-- The wide parser for the words of data/extract/dates.yaml (as a table).
-- D.labels = {published = {...}, updated = {...}, words = {[w] = true}}
-- holds the file's date labels, folded with `fold` (text.fold) when given.
function M.wide(words, fold)
  words = words or {}
  local w = { months = {}, weekdays = {}, lower_ok = {}, connectors = { "of" },
    day_suffixes = {}, wide = true, fold = fold, fmonths = {}, mmonths = {}, fweekdays = {},
    mweekdays = {} }
  for k, v in pairs(M.MONTHS) do w.months[k] = v end
  for k, v in pairs(M.WEEKDAYS) do w.weekdays[k] = v end
  local function months(lists, offset)
    add_names(w.months, lists, w.lower_ok, fold, w.fmonths, w.mmonths, offset)
  end
  local function weekdays(lists)
    add_names(w.weekdays, lists, w.lower_ok, fold, w.fweekdays, w.mweekdays)
  end
  months(words.months)
  weekdays(words.weekdays)
  -- languages: {code = {months = {12 lists}, weekdays = {7 lists}}}, in
  -- the order of their codes (a name two languages share keeps the first
  -- one's number: none does yet)
  local langs = {}
  for code in pairs(type(words.languages) == "table" and words.languages or {}) do
    langs[#langs + 1] = tostring(code)
  end
  table.sort(langs)
  for _, code in ipairs(langs) do
    local l = words.languages[code]
    if type(l) == "table" then
      months(l.months)
      weekdays(l.weekdays)
    end
  end
  months(words.solar_hijri_months, 100)
  for _, c in ipairs(words.connectors or {}) do w.connectors[#w.connectors + 1] = tostring(c) end
  for _, x in ipairs(words.day_suffixes or {}) do w.day_suffixes[#w.day_suffixes + 1] = tostring(x) end
  local D = parser(w)
  local labels = type(words.labels) == "table" and words.labels or {}
  D.labels = { published = folded(labels.published, fold), updated = folded(labels.updated, fold),
    words = {} }
  for _, x in ipairs(folded(labels.words, fold)) do D.labels.words[x] = true end
  return D
end

local wide_by_reader = setmetatable({}, { __mode = "k" })
local wide_by_text = {}

-- The wide parser of ctx's data, memoised (like callbrief.lexicon) by the
-- host's ctx.data reader, else by the data text.
function M.load(ctx)
  local reader = ctx and ctx.data
  if not reader then
    wide_by_text[""] = wide_by_text[""] or M.wide({})
    return wide_by_text[""]
  end
  local D = wide_by_reader[reader]
  if D then return D end
  local text = ctx.data("extract/dates.yaml") or ""
  D = wide_by_text[text]
  if not D then
    D = M.wide(text ~= "" and ctx.yaml.load(text, "extract/dates.yaml") or {}, ctx.text and ctx.text.fold)
    wide_by_text[text] = D
  end
  if type(reader) == "function" then wide_by_reader[reader] = D end
  return D
end

function M.to_iso(t, ref)
  if type(t) ~= "table" or not t.month or not t.day then return nil end
  local y = t.year
  if not y then
    if not ref then return nil end
    y = M.infer_year(t.month, t.day, ref)
    if not y then return nil end
  end
  return M.iso(y, t.month, t.day)
end

return M
