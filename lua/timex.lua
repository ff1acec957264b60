-- timex.lua — time expressions in a tokenized sentence (require
-- "callbrief.timex").  Pure.
--
--   timex.find(tk, s) -> {t...} in text order, each
--     {a, b (token span), text, kind, ...} with kind:
--       date      month, day, year (day or year may be nil: "in November",
--                 "on July 11"; month nil for a day of the month alone:
--                 "on the 3rd", "on Sunday the 13th"), weekday when the
--                 date is written with one ("on Saturday, 12 August
--                 2023": the date names the day, the weekday is kept)
--       weekday   weekday (1 = Monday .. 7), dir (-1 "last", 1 "next"),
--                 weeks (-1 "Monday last week", 1 "Monday of next week")
--       relative  days (-1 yesterday, 0 today, 1 tomorrow, -2 "the day
--                 before yesterday", -3 "three days ago")
--       week      weeks (0 this week, -1 last week, 1 next week)
--       same      "the same day/night", "that day", "that evening": the day
--                 of the latest time told before it (20-dates resolves it);
--                 shift = days from that day for a step told from it ("the
--                 next morning" 1, "two days later" 2, "the day before"
--                 -1, "hours later" and "later in the afternoon" 0);
--                 fallback = true when, with no day told before it, it is
--                 the report's day ("later in the day", "hours later":
--                 relative, days 0)
--       vague     "earlier this month", "last year", "recently", "on
--                 Easter Sunday": no day (holidays of a fixed day are
--                 dates: "on Christmas Eve" month 12, day 24)
--     and part = "late" | "early" when written ("late Saturday").
--   Possessive weekdays ("Wednesday's call") have possessive = true.
--
--   timex.report_clues(sentences, audience) -> {weekday, since}   what a report's
--     text tells of its own date: the weekday it names as the day of the
--     report ("officials said Thursday"; nil unless all such mentions
--     agree) and the latest year it names as past ("in 2019"; nil when
--     none).  For a dateline without a year (plugins/link/20-dates.lua).
--   A clock time on its own ("will talk again at 3 p.m.") is the day of
--   the report: relative, days 0, clock = true; next to a day ("on
--   Tuesday at 3 p.m.") the day says it all and the clock is dropped.

local dates = require("callbrief.dates")

local M = {}

local RELATIVE = {
  yesterday = -1, today = 0, tonight = 0, tomorrow = 1,
}
local PARTS = { morning = true, afternoon = true, evening = true, night = true }
local DIR = { last = -1, next = 1, this = 0, past = -1, coming = 1 }
-- "the end of", "the start of" a month or week: no day told
local WHEN_UNSAID = { saying = true, say = true, specifying = true, specify = true, stating = true,
  state = true, disclosing = true, disclose = true, revealing = true, reveal = true }
local MONTH_PART = { ["end"] = true, beginning = true, start = true, middle = true, close = true,
  turn = true }
-- Units of "N ... ago", in days.
local AGO_UNIT = { day = 1, days = 1, week = 7, weeks = 7, fortnight = 14 }
local NUMBER_WORD = { one = 1, two = 2, three = 3, four = 4, five = 5, six = 6,
  ["1"] = 1, ["2"] = 2, ["3"] = 3, ["4"] = 4, ["5"] = 5, ["6"] = 6 }
-- Words between a day and its clock time: "commencing at 6:00 p.m."
local CLOCK_LEAD = { commencing = true, starting = true, beginning = true, from = true }
local AMPM = { ["p.m."] = true, ["a.m."] = true, pm = true, am = true, ["p.m"] = true, ["a.m"] = true }

-- The words a time expression of the token walk below can start with;
-- the walk passes over the others without trying each form.
-- Hours that make whole days ("48 hours earlier": two days before the
-- day told last), and the words after them.
local HOURS_AS_DAYS = { ["24"] = 1, ["48"] = 2, ["72"] = 3, ["96"] = 4 }
local HOURS_DIR = { ago = "ago", earlier = -1, before = -1, later = 1, after = 1 }
local STARTS = { ["when"] = true, last = true, same = true, that = true, later = true, earlier = true,
  this = true, next = true, past = true, recently = true, recent = true, at = true, day = true,
  the = true, a = true, an = true, hours = true, minutes = true, moments = true, hour = true,
  days = true, weeks = true, week = true, month = true, ["in"] = true, weekend = true }
-- (session 15) Holidays of a fixed day ("on Christmas Day", "on New
-- Year's Eve"): that month and day; Easter's days move with the year and
-- are no weekday of the report's week ("on Easter Sunday"): vague.
local function holiday_at(tk, i)
  local f, f1, f2, f3 = tk.f[i], tk.f[i + 1], tk.f[i + 2], tk.f[i + 3]
  if f == "christmas" then
    if f1 == "day" then return i + 1, 12, 25 end
    if f1 == "eve" then return i + 1, 12, 24 end
    if tk.f[i - 1] == "on" and tk.k[i + 1] ~= "w" then return i, 12, 25 end
  elseif f == "boxing" and f1 == "day" then
    return i + 1, 12, 26
  elseif f == "new" and f1 == "year" and f2 == "'s" then
    if f3 == "day" then return i + 3, 1, 1 end
    if f3 == "eve" then return i + 3, 12, 31 end
  elseif f == "easter" and (f1 == "sunday" or f1 == "monday" or f1 == "day" or f1 == "weekend") then
    return i + 1
  end
  return nil
end
local STARTS_HOLIDAY = { christmas = true, boxing = true, new = true, easter = true }
for k in pairs(STARTS_HOLIDAY) do STARTS[k] = true end
for k in pairs(NUMBER_WORD) do STARTS[k] = true end
for k in pairs(HOURS_AS_DAYS) do STARTS[k] = true end
for _, t in ipairs({ RELATIVE, dates.WEEKDAYS, dates.MONTHS }) do
  for k in pairs(t) do STARTS[k] = true end
end
for k in pairs(dates.MONTHS) do STARTS["mid-" .. k] = true end

-- "at 3 p.m.", "at 3pm", "at 15:00": the last token of the clock, or nil.
local function clock_at(tk, i)
  if tk.f[i] ~= "at" then return nil end
  local f1 = tk.f[i + 1]
  if not f1 then return nil end
  if tk.k[i + 1] == "n" and AMPM[tk.f[i + 2] or ""] then return i + 2 end
  if f1:match("^%d%d?[ap]%.?m%.?$") or f1:match("^%d%d?[.:]%d%d[ap]%.?m%.?$") then return i + 1 end
  if tk.k[i + 1] == "n" and tk.f[i + 2] == ":" and tk.k[i + 3] == "n" then
    if AMPM[tk.f[i + 4] or ""] then return i + 4 end
    return i + 3
  end
  if tk.k[i + 1] == "n" and tk.f[i + 2] == ":" and (tk.f[i + 3] or ""):match("^%d%d[ap]m$") then
    return i + 3
  end
  if tk.k[i + 1] == "n" and tk.f[i + 2] == "." and tk.k[i + 3] == "n" and AMPM[tk.f[i + 4] or ""] then
    return i + 4
  end
  return nil
end

-- The day of an ordinal written in figures ("3rd", "13th", "21st"), or nil.
local function ordinal_day(f)
  local n, suffix = (f or ""):match("^(%d%d?)(%a%a)$")
  n = tonumber(n)
  if not n or n < 1 or n > 31 then return nil end
  local want = (n % 10 == 1 and n ~= 11) and "st" or (n % 10 == 2 and n ~= 12) and "nd"
    or (n % 10 == 3 and n ~= 13) and "rd" or "th"
  return suffix == want and n or nil
end

-- (session 12) The day of an ordinal written in words ("seventeenth",
-- "twenty-first", "thirty-first"), or nil: spoken and transcribed prose
-- writes "the fourth of September".
local ORDINAL_WORD = { first = 1, second = 2, third = 3, fourth = 4, fifth = 5, sixth = 6,
  seventh = 7, eighth = 8, ninth = 9, tenth = 10, eleventh = 11, twelfth = 12, thirteenth = 13,
  fourteenth = 14, fifteenth = 15, sixteenth = 16, seventeenth = 17, eighteenth = 18,
  nineteenth = 19, twentieth = 20, thirtieth = 30 }
local function word_day(f)
  f = f or ""
  if ORDINAL_WORD[f] then return ORDINAL_WORD[f] end
  local tens, unit = f:match("^(%a+)%-(%a+)$")
  local base = tens == "twenty" and 20 or tens == "thirty" and 30 or nil
  local n = base and ORDINAL_WORD[unit]
  if n and n <= 9 and base + n <= 31 then return base + n end
  return nil
end

-- Whether the token after a day of the month alone ends its phrase: a
-- mark, the sentence's end or a word that opens another phrase ("on the
-- 3rd, ...", "on the 3rd at noon"), not a noun ("the 12th round").
local AFTER_DAY = { at = true, ["and"] = true, when = true, after = true, before = true, by = true,
  ["in"] = true, to = true, with = true, as = true, but = true, of = false,
  -- ("the 3rd inst.": of this month, as old official prose writes it)
  inst = true, ["inst."] = true }
local function day_ends(tk, k)
  return k > tk.n or tk.k[k] == "p" or tk.k[k] == "q" or AFTER_DAY[tk.f[k]] == true
end

-- A step told from the day the account last named, starting at token i:
-- its last token and its shift in days, or nil.  "the next morning",
-- "the following day", "the previous evening" (the, then next /
-- following / previous, then day or a part of one); "the day before",
-- "the night after" at the end of their phrase (not "the day after the
-- vote"); "two days later", "a day earlier", "a week later"; "hours
-- later", "an hour later", "minutes later" (the same day); "later in the
-- afternoon".
local STEP_DIR = { next = 1, following = 1, previous = -1 }
local STEP_AFTER = { later = 1, afterwards = 1, afterward = 1, earlier = -1 }
local function step_at(tk, i)
  local f, f1, f2 = tk.f[i], tk.f[i + 1], tk.f[i + 2]
  if f == "the" and STEP_DIR[f1 or ""] and (f2 == "day" or PARTS[f2 or ""]) then
    return i + 2, STEP_DIR[f1]
  end
  if f == "the" and (f1 == "day" or PARTS[f1 or ""]) and (f2 == "before" or f2 == "after")
      and day_ends(tk, i + 3) then
    return i + 2, f2 == "before" and -1 or 1
  end
  local n = NUMBER_WORD[f] or ((f == "a" or f == "one") and 1)
  -- (a step of at most a week: lua/reach.lua's margin)
  if n and (f1 == "day" and n == 1 or f1 == "days" and n > 1 or f1 == "week" and n == 1)
      and STEP_AFTER[f2 or ""] then
    return i + 2, STEP_AFTER[f2] * n * (f1 == "week" and 7 or 1)
  end
  if (f == "hours" or f == "minutes" or f == "moments") and f1 == "later" then return i + 1, 0 end
  if (f == "a" or f == "an" or NUMBER_WORD[f]) and (f1 == "hour" or f1 == "hours" or f1 == "minutes")
      and f2 == "later" then
    return i + 2, 0
  end
  if f == "later" and f1 == "in" and f2 == "the" and PARTS[tk.f[i + 3] or ""] then return i + 3, 0 end
  -- (session 11) a part of the day opening the sentence, with no day of
  -- its own: "In the evening, X spoke with Y" goes on with the day told
  -- before (not "in the morning of 3 May", "in the evening hours")
  if i == 1 and f == "in" and f1 == "the" and PARTS[f2 or ""] and tk.f[i + 3] ~= "of"
      and (tk.k[i + 3] ~= "w" or tk.up[i + 3] or tk.f[i + 3] == "he" or tk.f[i + 3] == "she"
        or tk.f[i + 3] == "they" or tk.f[i + 3] == "the") then
    return i + 2, 0
  end
  return nil
end

local function token_at_byte(tk, byte, from)
  for i = from or 1, tk.n do
    if tk.e[i] >= byte then return i end
  end
  return tk.n
end

-- Extend a span left over "on", "late", "early", "earlier", "later".
local function extend_left(tk, a)
  local part
  while a > 1 do
    local f = tk.f[a - 1]
    if f == "on" then
      a = a - 1
    elseif f == "late" or f == "early" then
      part = part or f
      a = a - 1
    elseif f == "earlier" or f == "later" then
      a = a - 1
    else
      break
    end
  end
  return a, part
end

function M.find(tk, s)
  local out = {}
  local taken = {}
  -- Calendar dates, through dates.lua's parser.
  -- (every calendar date has a digit: skip the parser without one)
  for _, d in ipairs(s:find("%d") and dates.find_all(s) or {}) do
    if d.month then
      local a = token_at_byte(tk, d.start)
      local b = token_at_byte(tk, d.stop, a)
      local a2, part = extend_left(tk, a)
      out[#out + 1] = { a = a2, b = b, kind = "date", year = d.year, month = d.month,
        day = d.day, part = part }
      for i = a2, b do taken[i] = true end
    end
  end
  local i = 1
  while i <= tk.n do
    local f = tk.f[i]
    local t
    if STARTS[f] and not taken[i] and (tk.k[i] == "w" or NUMBER_WORD[f] or HOURS_AS_DAYS[f]) then
      local wd = dates.WEEKDAYS[f] and #f > 3 and dates.WEEKDAYS[f]
      if wd then
        local a, part = extend_left(tk, i)
        local dir
        if i > 1 and DIR[tk.f[i - 1]] then dir = DIR[tk.f[i - 1]]; a = math.min(a, i - 1) end
        local b = i
        local possessive = tk.f[i + 1] == "'s"
        if possessive then b = i + 1 end
        if PARTS[tk.f[b + 1]] then b = b + 1 end
        -- "Monday last week", "on Tuesday of next week": that week's day
        local weeks
        local k = b + 1
        if tk.f[k] == "of" then k = k + 1 end
        if not dir and (tk.f[k] == "last" or tk.f[k] == "next" or tk.f[k] == "this")
            and tk.f[k + 1] == "week" then
          weeks, b = DIR[tk.f[k]], k + 1
        elseif not dir and k == b + 1 and tk.f[k] == "last" and day_ends(tk, k + 1) then
          -- "on Wednesday last": last Wednesday
          dir, b = -1, k
        end
        t = { a = a, b = b, kind = "weekday", weekday = wd, part = part,
          dir = dir ~= 0 and dir or nil, possessive = possessive or nil, weeks = weeks }
        -- "on Sunday the 13th", "Sunday 13th", "Saturday, the 12th": the
        -- day of the month
        local j = b + 1
        if tk.f[j] == "," and ordinal_day(tk.f[j + (tk.f[j + 1] == "the" and 2 or 1)]) then j = j + 1 end
        if tk.f[j] == "the" then j = j + 1 end
        local md = not dir and not weeks and not possessive and not taken[j] and ordinal_day(tk.f[j])
        if md and day_ends(tk, j + 1) then
          t = { a = a, b = j, kind = "date", day = md, weekday = wd, part = part }
        end
      elseif STARTS_HOLIDAY[f] and holiday_at(tk, i) then
        local b, month, day = holiday_at(tk, i)
        t = month and { a = i, b = b, kind = "date", month = month, day = day }
          or { a = i, b = b, kind = "vague" }
      elseif RELATIVE[f] then
        local a, part = extend_left(tk, i)
        t = { a = a, b = i, kind = "relative", days = RELATIVE[f], part = part }
        if tk.f[i + 1] == "'s" then t.b = i + 1; t.possessive = true end
      elseif step_at(tk, i) and not taken[i] then
        -- a step from the day last named ("the next morning")
        local b, shift = step_at(tk, i)
        local a = i
        -- ("several hours later", "a few hours later")
        if f == "hours" and (tk.f[i - 1] == "several" or tk.f[i - 1] == "few") then
          a = tk.f[i - 2] == "a" and i - 2 or i - 1
        end
        t = { a = a, b = b, kind = "same", shift = shift, fallback = shift == 0 or nil }
      elseif f == "the" and not taken[i + 1] and word_day(tk.f[i + 1]) and tk.f[i + 2] == "of"
          and dates.MONTHS[tk.f[i + 3] or ""] and #tk.f[i + 3] > 2 and tk.up[i + 3] then
        -- (session 12) "the seventeenth of August", "on Saturday the
        -- fourth of September", "the first of May 1990"
        local a, part = extend_left(tk, i)
        local b, year = i + 3, nil
        if tk.k[b + 1] == "n" and (tk.f[b + 1] or ""):match("^%d%d%d%d$") then
          year, b = tonumber(tk.f[b + 1]), b + 1
        end
        t = { a = a, b = b, kind = "date", day = word_day(tk.f[i + 1]),
          month = dates.MONTHS[tk.f[i + 3]], year = year, part = part }
      elseif dates.MONTHS[f] and #f > 2 and tk.up[i] and not taken[i] and tk.f[i + 1] == "the"
          and word_day(tk.f[i + 2]) and day_ends(tk, i + 3) then
        -- (session 12) "August the seventeenth"
        local a, part = extend_left(tk, i)
        t = { a = a, b = i + 2, kind = "date", day = word_day(tk.f[i + 2]), month = dates.MONTHS[f],
          part = part }
      elseif f == "the" and tk.f[i - 1] == "on" and not taken[i + 1] and ordinal_day(tk.f[i + 1])
          and day_ends(tk, i + 2) then
        -- "on the 3rd": a day of the month alone
        t = { a = i - 1, b = i + 1, kind = "date", day = ordinal_day(tk.f[i + 1]) }
      elseif f == "day" and tk.f[i - 1] == "the" and (tk.f[i + 1] == "before" or tk.f[i + 1] == "after")
          and RELATIVE[tk.f[i + 2] or ""] and RELATIVE[tk.f[i + 2]] ~= 0 then
        -- "the day before yesterday", "the day after tomorrow"
        local a = extend_left(tk, i - 1)
        t = { a = a, b = i + 2, kind = "relative",
          days = RELATIVE[tk.f[i + 2]] + (tk.f[i + 1] == "before" and -1 or 1) }
      elseif HOURS_AS_DAYS[f] and tk.f[i + 1] == "hours" and HOURS_DIR[tk.f[i + 2] or ""]
          and (type(HOURS_DIR[tk.f[i + 2]]) == "string" or day_ends(tk, i + 3)) then
        -- (session 11) "48 hours earlier", "24 hours ago": whole days
        local n, dir = HOURS_AS_DAYS[f], HOURS_DIR[tk.f[i + 2]]
        if dir == "ago" then
          t = { a = i, b = i + 2, kind = "relative", days = -n }
        else
          t = { a = i, b = i + 2, kind = "same", shift = dir * n }
        end
      elseif (NUMBER_WORD[f] or ((f == "a" or f == "an") and not taken[i + 1]))
          and AGO_UNIT[tk.f[i + 1] or ""] and tk.f[i + 2] == "ago" then
        -- "two days ago", "3 days ago", "a week ago", "two weeks ago"
        t = { a = i, b = i + 2, kind = "relative", days = -(NUMBER_WORD[f] or 1) * AGO_UNIT[tk.f[i + 1]] }
      elseif f == "last" and tk.f[i + 1] == "night" then
        local a, part = extend_left(tk, i)
        t = { a = a, b = i + 1, kind = "relative", days = -1, part = part }
      elseif (f == "same" and (tk.f[i - 1] == "the" or tk.f[i - 1] == "that")
            and (PARTS[tk.f[i + 1] or ""] or tk.f[i + 1] == "day"))
          or ((f == "that" or f == "later" or f == "earlier") and tk.f[i + 1] == "day")
          or (f == "that" and PARTS[tk.f[i + 1] or ""]) then
        -- "the same night", "that same day", "later that day" (read as
        -- "that day"): the day of the time told before (kind "same")
        local a = f == "same" and i - 1 or i
        local b = i + 1
        if f == "later" or f == "earlier" then b = i + 1 end
        t = { a = a, b = b, kind = "same" }
      elseif f == "this" and PARTS[tk.f[i + 1]] then
        t = { a = i, b = i + 1, kind = "relative", days = 0 }
      elseif (f == "earlier" or f == "later") and tk.f[i + 1] == "in" and tk.f[i + 2] == "the"
          and tk.f[i + 3] == "day" then
        -- the day last named, else the report's
        t = { a = i, b = i + 3, kind = "same", shift = 0, fallback = true }
      elseif (f == "this" or f == "last" or f == "next" or f == "past") and tk.f[i + 1] == "week" then
        local a = i
        if i > 1 and (tk.f[i - 1] == "earlier" or tk.f[i - 1] == "later") then a = i - 1 end
        -- (session 14) "earlier this week": not the report's day
        t = { a = a, b = i + 1, kind = "week", weeks = DIR[f], earlier = tk.f[i - 1] == "earlier" or nil }
      elseif (f == "earlier" or f == "later") and tk.f[i + 1] == "in" and tk.f[i + 2] == "the"
          and tk.f[i + 3] == "week" and not taken[i] then
        -- (session 14) "earlier in the week" (this week, before the
        -- report's day), "later in the week" (no day told)
        t = f == "earlier" and { a = i, b = i + 3, kind = "week", weeks = 0, earlier = true }
          or { a = i, b = i + 3, kind = "vague" }
      elseif (f == "this" or f == "last" or f == "next" or f == "past")
          and (tk.f[i + 1] == "month" or tk.f[i + 1] == "year") and not taken[i] then
        -- "earlier this month", "last year": no day can be told (kind "vague")
        local a = i
        if i > 1 and (tk.f[i - 1] == "earlier" or tk.f[i - 1] == "later") then a = i - 1 end
        t = { a = a, b = i + 1, kind = "vague" }
      elseif (f == "week" or f == "month") and not taken[i]
          and (tk.f[i - 1] == "that" or (tk.f[i - 1] == "same" and (tk.f[i - 2] == "the"
            or tk.f[i - 2] == "that"))) then
        -- (session 12) "that week", "the same month", "later that week":
        -- the week or month of a time told before; no day can be told
        -- (kind "vague"), not the report's
        local a = tk.f[i - 1] == "same" and i - 2 or i - 1
        if a > 1 and (tk.f[a - 1] == "earlier" or tk.f[a - 1] == "later") then a = a - 1 end
        t = { a = a, b = i, kind = "vague" }
      elseif f == "when" and not taken[i] and WHEN_UNSAID[tk.f[i - 1] or ""]
          and (tk.f[i + 1] == "," or tk.f[i + 1] == "." or tk.f[i + 1] == nil or tk.f[i + 1] == ";") then
        -- (session 17) "without saying when", "did not say when": the
        -- day untold on purpose, not the report's
        t = { a = i - 1, b = i, kind = "vague" }
      elseif f == "week" and not taken[i] and tk.f[i - 1] == "the" and tk.f[i - 2] == "of"
          and MONTH_PART[tk.f[i - 3] or ""] and tk.f[i - 4] == "the" then
        -- (session 16) "at the beginning of the week": no day told
        t = { a = i - 4, b = i, kind = "vague" }
      elseif f == "weekend" and not taken[i] and (tk.f[i - 1] == "the" or tk.f[i - 1] == "this"
            or tk.f[i - 1] == "last" or tk.f[i - 1] == "that" or tk.f[i - 1] == "past") then
        -- (session 13) "over the weekend", "at the weekend", "last
        -- weekend": two days, neither told (kind "vague"), not the report's
        local a = i - 1
        local p = tk.f[a - 1]
        if p == "over" or p == "at" or p == "on" or p == "during" then a = a - 1 end
        t = { a = a, b = i, kind = "vague" }
      elseif f == "recently" or (f == "recent" and (tk.f[i + 1] == "days" or tk.f[i + 1] == "weeks"
          or tk.f[i + 1] == "months")) then
        t = { a = tk.f[i - 1] == "in" and i - 1 or i, b = f == "recent" and i + 1 or i, kind = "vague" }
      elseif f == "at" and clock_at(tk, i) and not taken[i + 1] then
        t = { a = i, b = clock_at(tk, i), kind = "relative", days = 0, clock = true }
      elseif f:find("^mid%-") and not taken[i] then
        -- (session 16) "in mid-February" (one token): the month
        local year
        if tk.k[i + 1] == "n" and tk.f[i + 1]:match("^%d%d%d%d$") then year = tonumber(tk.f[i + 1]) end
        t = { a = tk.f[i - 1] == "in" and i - 1 or i, b = year and i + 1 or i, kind = "date",
          month = dates.MONTHS[f:sub(5)], year = year }
      elseif dates.MONTHS[f] and #f > 2 and tk.up[i] and not taken[i] then
        -- A month alone: "in November", "last December", "since April".
        local prev = tk.f[i - 1]
        -- (session 16) "at the end of February", "in mid-February": a
        -- part of the month, no day told
        local part_of = prev == "of" and MONTH_PART[tk.f[i - 2] or ""] and tk.f[i - 3] == "the"
        local a0 = i - 1
        if prev == "-" and tk.f[i - 2] == "mid" then prev, a0 = "mid", i - 2 end
        if part_of then
          t = { a = i - 3, b = i, kind = "vague" }
        elseif prev == "in" or prev == "last" or prev == "since" or prev == "early"
            or prev == "late" or prev == "mid" or prev == "this" or prev == "next" then
          local year
          if tk.k[i + 1] == "n" and tk.f[i + 1]:match("^%d%d%d%d$") then year = tonumber(tk.f[i + 1]) end
          t = { a = a0, b = year and i + 1 or i, kind = "date", month = dates.MONTHS[f],
            year = year, dir = DIR[prev] }
        end
      end
    end
    if t then
      t.text = s:sub(tk.s[t.a], tk.e[t.b])
      out[#out + 1] = t
      i = t.b + 1
    else
      i = i + 1
    end
  end
  table.sort(out, function(x, y) return x.a < y.a end)
  -- a weekday written with its date ("on Saturday, 12 August 2023",
  -- "Friday (Aug. 11)"): one day, the date's
  local merged = {}
  for k, t in ipairs(out) do
    local nx = out[k + 1]
    if t.kind == "weekday" and not t.dir and not t.weeks and not t.possessive
        and nx and nx.kind == "date" and nx.day and nx.month and nx.a > t.b then
      local only_marks = true
      for j = t.b + 1, nx.a - 1 do
        if tk.f[j] ~= "," and tk.f[j] ~= "(" and tk.f[j] ~= "the" then only_marks = false end
      end
      if only_marks then
        nx.a, nx.weekday, nx.part = t.a, t.weekday, nx.part or t.part
        nx.text = nil
        t = nil
      end
    end
    if t then merged[#merged + 1] = t end
  end
  out = merged
  -- a clock next to a day belongs to it
  -- ("On October 8, commencing at 6:00 p.m.": a readout's start time)
  local kept = {}
  for k, t in ipairs(out) do
    local near = false
    if t.clock then
      local p, q = out[k - 1], out[k + 1]
      if (p and t.a - p.b <= 2) or (q and q.a - t.b <= 2) then near = true end
      if p and not near and t.a - p.b <= 4 then
        for j = p.b + 1, t.a - 1 do
          if CLOCK_LEAD[tk.f[j]] then near = true end
        end
      end
    end
    if not near then kept[#kept + 1] = t end
  end
  out = kept
  for _, t in ipairs(out) do
    if not t.text then t.text = s:sub(tk.s[t.a], tk.e[t.b]) end
  end
  return out
end

-- Report clues -------------------------------------------------------------

-- Verbs (and phrases) after which a weekday names the day of the report in
-- a wire story: "government sources said Thursday", "told reporters on
-- Thursday".
local REPORTING = { said = true, says = true, announced = true, stated = true,
  confirmed = true, reported = true, told = true }
-- Words that make a sentence's years future or hypothetical.
-- ("by 2030", "until 2025" are no forms past_years takes.)
local FUTURE = { will = true, would = true, ["won't"] = true, shall = true, plan = true, plans = true,
  planned = true, expected = true, due = true, next = true, upcoming = true, scheduled = true,
  target = true, aims = true, ahead = true }
local WEEKDAY_NAMES = {}
for i, name in ipairs(dates.WEEKDAY_NAMES) do WEEKDAY_NAMES[name:lower()] = i end

-- Whether the weekday at word i follows a reporting verb ("said
-- Thursday", "said on Thursday", "told reporters Thursday": `audience`,
-- lexicon's L.audience).
local function report_weekday(words, i, audience)
  local j = i - 1
  if words[j] == "on" then j = j - 1 end
  if audience and audience[words[j]] and words[j - 1] == "told" then return true end
  return REPORTING[words[j]] == true
end

-- Years a sentence names as past: "in 2018", "since 2019", "on 30
-- November 1985", "Nov. 30, 1985", when nothing in the sentence looks
-- ahead ("will", "due", "next").  "The 2024 Olympics" may lie
-- ahead: a year is taken only in those forms.
local function past_years(words, out)
  local years = {}
  for i, w in ipairs(words) do
    if FUTURE[w] then return end
    local y = #w == 4 and w:match("^%d+$") and tonumber(w)
    if y and y >= 1900 and y <= 2099 then
      local prev = words[i - 1] or ""
      if prev == "in" or prev == "since" or dates.MONTHS[prev]
          or (prev:match("^%d%d?$") and dates.MONTHS[words[i - 2] or ""]) then
        years[#years + 1] = y
      end
    end
  end
  for _, y in ipairs(years) do
    if not out.since or y > out.since then out.since = y end
  end
end

-- What a report's text says about its own date, for a dateline without a
-- year: {weekday = 1..7 when every weekday named after a reporting verb
-- is the same one, since = the latest year the text names as past}.
-- `audience`: the hearers after "told" (lexicon's L.audience).
function M.report_clues(sentences, audience)
  local out, named = {}, {}
  for _, s in ipairs(sentences or {}) do
    local words = {}
    for w in s:lower():gmatch("[%w'%-]+") do words[#words + 1] = w end
    for i, w in ipairs(words) do
      local wd = WEEKDAY_NAMES[w]
      if wd and report_weekday(words, i, audience) then named[wd] = true end
    end
    past_years(words, out)
  end
  local only
  for wd in pairs(named) do
    if only then return { since = out.since } end
    only = wd
  end
  out.weekday = only
  return out
end

return M
