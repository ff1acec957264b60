-- call_times.lua — the time expression of a call mention, and the day it
-- names (require "callbrief.call_times").  Pure; used by 20-calls.
--
--   call_times.pick_time(A, cue, excl_spans, own_only) -> time | nil  the
--       time of a cue: inside or right after its phrase, else the nearest
--       in its segment, else in the sentence (not a time of the telling,
--       of another event, or inside `excl_spans`)
--   call_times.own_times(A, cue) -> {time...}  the times of a call phrase
--       itself
--   call_times.conjunct_times(A, ms, list, base) -> {offset -> time}  the
--       time each person of a list has of its own
--   call_times.call_time(A_all, calls, si, A, cue, status, t, section_time)
--       -> t, told   the time of a call mention, from the one picked
--   call_times.names_day(t), since_after(tk, cue) -> boolean   what a time
--       or the words after a cue tell
--   call_times.mark_event_dates(A_all, L)  marks dates written before an
--       event's noun (`of_event`)
--   call_times.filed_day(doc) -> iso | nil   the day a wire story was filed
--   call_times.day_of(t, published) -> iso | nil   the day a time names
--   call_times.time_record(t, told) -> table   the mention's `time` field
--   call_times.text_year(A_all, si) -> year | nil   the year of the full
--       date nearest the sentence (for a page without a date)
--   call_times.in_span(i, spans) -> boolean   token i in one of the spans
--   call_times.CONJ_TIME   temporal conjunctions (after, before, since, until)
--   call_times.heading_time(A) -> time | nil   the day a section heading
--       opens with ("Monday, Nov. 9: Canada")
--   call_times.same_day(A_all, si, t) -> time   "that day", "the next
--       morning": the day told before, written as this phrase
--   call_times.answer_time(doc, A_all, si) -> time | nil   the day a
--       verbless answer opening sentence si's turn names
--   call_times.denied_own_day(A, cue, t) -> boolean   time t of a denied
--       call sits in the clause telling that call, not by the saying

local dates = require("callbrief.dates")
local labels = require("callbrief.labels")
local tokenize = require("callbrief.tokenize")

local function in_span(i, spans)
  for _, sp in ipairs(spans) do
    if i >= sp[1] and i <= sp[2] then return true end
  end
  return false
end

-- The time expression of a cue: inside or right after its phrase, else
-- the nearest one in its segment, else the nearest in the sentence (not
-- in an attribution, another clause or another call's phrase).
-- A time of the telling, not of the call: right after a verb of saying or
-- denying ("an official said on Wednesday") or right before one ("the
-- Kremlin on Monday denied a report that ...").
local TELLING = { said = true, says = true, told = true, denied = true, denies = true,
  confirmed = true, announced = true, reported = true, dismissed = true, rejected = true,
  added = true, stated = true, wrote = true, tweeted = true, claimed = true, claims = true,
  insisted = true, insists = true, alleged = true, alleges = true,
  -- (session 20) the day of a question or a request, not of the call
  -- asked about or for: "Asked on Friday whether A and B would speak,
  -- ...", "A asked on Monday to speak with B"
  asked = true }

-- (also across the hearers: "told reporters on Tuesday"; A.audience,
-- speech.yaml `audience`, which 10-people gives each sentence)
local NONE = {}

-- Is time t right after or right before one of `verbs`?
local function next_to_verb(A, t, verbs)
  local tk = A.tk
  local before = tk.f[t.a - 1] or ""
  if (A.audience or NONE)[before] and verbs[tk.f[t.a - 2] or ""] then return true end
  -- (session 16) "announced on the Sunday before that ...": the
  -- preposition and article the time leaves out
  local k = t.a - 1
  if tk.f[k] == "the" then k = k - 1 end
  if tk.f[k] == "on" and k < t.a - 1 and verbs[tk.f[k - 1] or ""] then return true end
  return verbs[before] or verbs[tk.f[t.b + 1] or ""] or false
end

local function of_telling(A, t) return next_to_verb(A, t, TELLING) end

-- Verbs of telling that assert what they tell (not "denied", "dismissed",
-- "rejected"): a call told in what they tell took place.
local NOT_ASSERTING = { denied = true, denies = true, dismissed = true, rejected = true,
  asked = true }
local ASSERTING = {}
for w in pairs(TELLING) do
  if not NOT_ASSERTING[w] then ASSERTING[w] = true end
end

local function of_asserting(A, t) return next_to_verb(A, t, ASSERTING) end

-- A day that opens the sentence and is followed by a comma and a verb of
-- telling before the call phrase ("On Monday, Scholz told reporters he
-- had called Zelensky"): the day of the telling, which the call, told in
-- what was said, preceded.
local function opens_telling(A, t, cue)
  local tk = A.tk
  if t.a > 2 or (t.a == 2 and tk.f[1] ~= "on") or tk.f[t.b + 1] ~= "," then return false end
  for j = t.b + 2, math.min(cue.a - 1, t.b + 7) do
    local w = tk.f[j]
    if w == "," or w == ";" or w == ":" then return false end
    if ASSERTING[w] then return true end
  end
  return false
end

-- A day (not an hour, week or vague time) the publication date or the
-- text can fix: a date with its day, a weekday, "yesterday".
local function names_day(t)
  return (t.kind == "date" and t.day) or t.kind == "weekday"
    or (t.kind == "relative" and not t.clock) or false
end

-- A call noun that is the object of a preposition ("the way to the
-- call", "plans for a call") is not the subject of the verb after it:
-- "The way to the call was opened on Monday" dates the opening.
local NP_PREP = { to = true, ["for"] = true, of = true, about = true, towards = true,
  toward = true }
local AUX = { was = true, were = true, is = true, are = true, had = true, has = true,
  have = true, been = true, be = true }

local function verb_between(A, cue, t)
  local f = A.tk.f
  local before = f[cue.a - 1]
  if f[cue.a] ~= "the" and f[cue.a] ~= "a" and (before == "the" or before == "a") then
    before = f[cue.a - 2]
  end
  if not NP_PREP[before or ""] then return false end
  for i = cue.b + 1, t.a - 1 do
    if AUX[f[i] or ""] then return true end
  end
  return false
end

-- A duration right after the cue: "for about 40 minutes", "for an hour".
local DURATION = { minutes = true, minute = true, hour = true, hours = true }
local function after_duration(tk, b)
  if tk.f[b + 1] ~= "for" then return b end
  for j = b + 2, math.min(tk.n, b + 5) do
    if DURATION[tk.f[j]] then return j end
  end
  return b
end

-- Right after the cue (or after its duration: "spoke by phone for about
-- 40 minutes last night"), with at most two words between, and no verb
-- of another head among them.
-- Also right after the people the cue's own "with"/"between" phrase
-- names ("after a telephone conversation with Prime Minister Singh on
-- November 28").
-- (session 13) and after a verb of taking place that the call phrase is
-- the subject of: "A call between Kerry and Muallem took place on
-- Thursday, the first such contact in months", "... was held on Friday".
local OCCURRED = { { "took", "place" }, { "was", "held" }, { "were", "held" }, { "was", "made" },
  { "was", "conducted" }, { "occurred" }, { "happened" }, { "came" }, { "lasted" } }

local function after_occurred(tk, b)
  for _, words in ipairs(OCCURRED) do
    local ok = true
    for k, w in ipairs(words) do
      if tk.f[b + k] ~= w then ok = false break end
    end
    if ok then return b + #words end
  end
  return b
end

local function adjacent_to(A, cue, t)
  local b = after_duration(A.tk, cue.b)
  if t.a > cue.b and t.a <= b + 3 and not verb_between(A, cue, t) then return true end
  local rb = cue.rb and cue.rb > cue.b and after_duration(A.tk, cue.rb)
  if rb then rb = after_occurred(A.tk, rb) end
  return rb and t.a > cue.rb and t.a <= rb + 2 or false
end

-- A time inside "before <event> ..." or "ahead of <event> ..." ("intends
-- to speak to Putin before his inauguration on Jan. 20") dates the event;
-- the call is before it, on no day the text names.
local BEFORE = { before = true, ["until"] = true, ahead = true }

local function of_later_event(A, cue, t)
  local f = A.tk.f
  for j = t.a - 1, math.max(1, t.a - 5), -1 do
    if f[j] == "," or (j >= cue.a and j <= cue.b) then return false end
    if BEFORE[f[j]] then return j + 1 < t.a end
  end
  return false
end

-- A time before a temporal conjunction whose phrase holds the cue dates
-- the event of the main clause: "Saudi Arabia on Saturday suspended the
-- dialogue, only hours after the two leaders spoke by phone" (the call is
-- before Saturday's suspension, on a day the sentence does not name).
-- A comma between the conjunction and the cue ends its phrase ("On
-- Monday, after weeks of silence, Putin called Erdogan").
local CONJ_TIME = { after = true, before = true, since = true, ["until"] = true }
-- and after the cue: "The two had spoken as tensions rose over a
-- skirmish on May 28" (the skirmish's day)
local CONJ_AFTER = { after = true, before = true, since = true, ["until"] = true, as = true }
local AS_NOT_CLAUSE = { early = true, late = true, soon = true, recently = true, of = true,
  well = true, much = true, long = true, far = true }

-- (session 15) but a call hours after an event of a named day is on that
-- day: "telephoned Modi hours after the vote on Sunday", "shortly after
-- the blast on Tuesday"
local CLOSE_AFTER = { hours = true, minutes = true, moments = true, shortly = true, soon = true,
  immediately = true, just = true, right = true }

local function of_main_event(A, cue, t)
  local f = A.tk.f
  if t.a > (cue.rb or cue.b) then
    for j = (cue.rb or cue.b) + 1, t.a - 1 do
      local w = f[j]
      if w == "," or w == ";" or w == ":" then return false end
      if w == "after" and CLOSE_AFTER[f[j - 1] or ""] then return false end
      -- ("as early as Monday", "as of Friday" are no clause)
      if CONJ_AFTER[w] and not (w == "as" and (AS_NOT_CLAUSE[f[j + 1] or ""]
          or AS_NOT_CLAUSE[f[j - 1] or ""])) then
        return true
      end
    end
    return false
  end
  if t.b >= cue.a then return false end
  for j = cue.a - 1, t.b + 1, -1 do
    local w = f[j]
    if w == "," or w == ";" or w == ":" then return false end
    if CONJ_TIME[w] then return true end
  end
  return false
end

-- (session 23) A time inside an earlier clause a ", and" or ", but"
-- closes, which tells no call ("Thailand today demanded ..., and
-- Chatichai said he had told Kissinger by telephone ..."): that clause's,
-- not the call's.  A time opening the sentence ("On Monday, ...") may
-- reach both and is kept.
local OPENING_PREP = { on = true, at = true, ["in"] = true, by = true, late = true, early = true,
  ["then"] = true }
local function of_earlier_conjunct(A, cue, t)
  if t.b >= cue.a then return false end
  local f = A.tk.f
  local k = t.a - 1
  while k >= 1 and OPENING_PREP[f[k]] do k = k - 1 end
  if k == 0 then return false end
  for j = t.b + 1, cue.a - 2 do
    if f[j] == "," and (f[j + 1] == "and" or f[j + 1] == "but") then
      -- (not when that clause tells a call itself: "Trump said the two
      -- would talk again at 3 p.m., and Ottawa confirmed the second call")
      for _, c in ipairs(A.found_cues or {}) do
        if c.a < j then return false end
      end
      return true
    end
  end
  return false
end

-- "since Sunday", "until Friday": the edge of a period, not a call's day
local PERIOD_EDGE = { since = true, ["until"] = true, till = true }

-- A "since" after the cue in its clause ("had sought a telephone
-- conversation between the two presidents since Sunday").
local function since_after(tk, cue)
  for i = (cue.rb or cue.b) + 1, math.min(tk.n, (cue.rb or cue.b) + 8) do
    if tk.f[i] == "since" then return true end
    if tk.f[i] == "." or tk.f[i] == ";" or tk.f[i] == "," then return false end
  end
  return false
end

-- (session 16) a day right before a "when" clause that tells the call is
-- the call's: "since Friday, when Khan dialled Trump minutes before the
-- council met", "on Monday, when the two spoke" (also after "since")
local DAY_KIND = { weekday = true, date = true, relative = true }
local function when_day(A, cue)
  local tk = A.tk
  for _, t in ipairs(A.times) do
    if DAY_KIND[t.kind] and t.b < cue.a then
      local w = t.b + 1
      if tk.f[w] == "," then w = w + 1 end
      if tk.f[w] == "when" and w < cue.a then
        local ok = true
        for j = w + 1, cue.a - 1 do
          local f = tk.f[j]
          if f == "," or f == ";" or f == ":" or f == "." or f == "when" then ok = false break end
        end
        if ok then return t end
      end
    end
  end
  return nil
end

-- (session 22) A date in brackets right after a relative day glosses it:
-- "this evening (8 May)", "today (Friday)", "yesterday (8 May 2020)", as
-- Singapore's and other governments' readouts write: the date in
-- brackets.
local function glossed(A, t)
  if not t or t.kind ~= "relative" then return t end
  local tk = A.tk
  if tk.f[t.b + 1] ~= "(" then return t end
  for _, t2 in ipairs(A.times) do
    if t2.a == t.b + 2 and tk.f[t2.b + 1] == ")" and (t2.kind == "date" or t2.kind == "weekday") then
      return t2
    end
  end
  return t
end

local pick_time_of
local function pick_time(A, cue, excl_spans, own_only)
  return glossed(A, pick_time_of(A, cue, excl_spans, own_only))
end
pick_time_of = function(A, cue, excl_spans, own_only)
  local best, best_d
  local C = A.C
  local wd = not own_only and when_day(A, cue)
  if wd then return wd end
  for _, t in ipairs(A.times) do
   local inside = t.a >= cue.a - 1 and t.b <= cue.b + 1
   -- (session 17) or in a clause that tells the cue's call: "The first to
   -- call was X, who reached Y late on Monday" (call_cues' own_span)
   if cue.own_span and t.a >= cue.own_span[1] and t.b <= cue.own_span[2] then inside = true end
   -- (a date written before an event's noun is that event's: "the
   -- disputed 9 August election"; mark_event_dates; a day opening a
   -- gapped call is that call's: "and on Tuesday Sunak", gapped_cues)
   if not PERIOD_EDGE[A.tk.f[t.a - 1] or ""] and (inside or not t.of_event)
       and not (t.gapped_own and t.a ~= cue.a) then
    local adjacent = adjacent_to(A, cue, t)
    if inside or adjacent then return t end
    if not own_only and not C.attr[t.a] and not (C.sub[t.a] and C.sub[t.a] ~= C.sub[cue.head])
        and not in_span(t.a, excl_spans) and not t.possessive and not of_telling(A, t)
        and not of_later_event(A, cue, t) and not of_main_event(A, cue, t)
        and not of_earlier_conjunct(A, cue, t) then
      local d = math.min(math.abs(t.a - cue.b), math.abs(t.b - cue.a))
      if C.seg[t.a] ~= C.seg[cue.head] then d = d + 100 end
      if not best_d or d < best_d then best, best_d = t, d end
    end
   end
  end
  return best
end

-- The day a wire story was filed, when its dateline names one shortly
-- before the page's date ("WASHINGTON, Sept. 21 (CWS) --" under a byline
-- of Wednesday 22 September; "BONN, Tuesday" in Wednesday's paper): the
-- day its "today", "this afternoon",
-- "yesterday" are counted from.  (Named weekdays keep the page's date:
-- a dateline in Washington may be a day behind Seoul's "Tuesday".)
local function filed_day(doc)
  local text, pub = doc.dateline and (doc.dateline.text or doc.dateline.day_text), doc.published
  -- (session 22) a correspondent's dateline of a weekday alone ("BONN,
  -- Tuesday" in Wednesday's paper): the latest such day before the page's
  local wd = doc.dateline and doc.dateline.weekday and dates.weekday_number(doc.dateline.weekday)
  if wd and type(pub) == "string" and not (type(text) == "string" and text:find("%d")) then
    local iso = dates.last_weekday(wd, dates.add_days(pub, -1))
    local back = dates.diff_days(pub, iso)
    return back <= 3 and iso or nil
  end
  if type(text) ~= "string" or type(pub) ~= "string" or not text:find("%d") then return nil end
  local d = dates.find_all(text)[1]
  if not (d and d.month and d.day) then return nil end
  local y = d.year or dates.infer_year(d.month, d.day, pub, 0)
  local iso = y and dates.iso(y, d.month, d.day)
  if not iso or iso >= pub then return nil end
  local back = dates.diff_days(pub, iso)
  return back >= 1 and back <= 3 and iso or nil
end

-- Dates written before the noun of an event ("the disputed 9 August
-- election", "the July 15 coup attempt", "since the March 3 summit")
-- date that event: marked of_event, so no call takes them as its day
-- unless they sit inside its own phrase ("the 9 August call").
local function mark_event_dates(A_all, L)
  for _, A in ipairs(A_all) do
    for _, t in ipairs(A.times or {}) do
      if t.kind == "date" and t.month and L.event_nouns[A.tk.f[t.b + 1] or ""] then
        t.of_event = true
      end
    end
  end
end

-- A call told as before a past event, with no day of its own: "Rice had
-- spoken to Musharraf by telephone before the emergency was declared",
-- "had telephoned him before Sharif announced the tests".  The call is
-- earlier than an event the report tells as past, on no day the text
-- gives: not the report's day.  (A coming event, "before the summit",
-- "before he leaves", says nothing of the call's day.)
local PAST_AUX = { was = true, were = true, had = true }
local NOT_PAST_ED = { the = true, a = true, an = true, his = true, her = true, its = true,
  their = true, ["to"] = true }
local SHORTLY = { shortly = true, just = true, minutes = true, hours = true, moments = true,
  hour = true, immediately = true }
local function before_past_event(tk, cue)
  local last = cue.rb or cue.b
  for i = last + 1, math.min(tk.n, last + 8) do
    local f = tk.f[i]
    if f == "," or f == ";" or f == "." or f == ":" then return false end
    if f == "before" or (f == "prior" and tk.f[i + 1] == "to") then
      -- (session 18) "shortly before he reached Y", "minutes before the
      -- vote was taken": on the day of that event, which is no reason to
      -- leave the call's day untold
      if SHORTLY[tk.f[i - 1] or ""] then return false end
      for j = i + 1, math.min(tk.n, i + 8) do
        local g = tk.f[j]
        if g == "," or g == ";" or g == "." or g == "that" then return false end
        if PAST_AUX[g] then return true end
        if tk.k[j] == "w" and not tk.up[j] and j > i + 1 and #g > 4 and g:sub(-2) == "ed"
            and not NOT_PAST_ED[tk.f[j - 1]] then
          return true
        end
      end
      return false
    end
  end
  return false
end

-- The time expressions of a call phrase itself: inside it or right after
-- it, and a list joined by "and" ("phone calls on Feb. 10 and Sept. 9").
local function own_times(A, cue)
  local out = {}
  local tk = A.tk
  local last
  for _, t in ipairs(A.times) do
    local inside = t.a >= cue.a - 1 and t.b <= cue.b + 1
    local adjacent = adjacent_to(A, cue, t)
    if inside or adjacent then
      out[#out + 1] = t
      last = t
    elseif last then
      local gap_ok = true
      for i = last.b + 1, t.a - 1 do
        local f = tk.f[i]
        if f ~= "and" and f ~= "," and f ~= "on" then gap_ok = false end
      end
      if gap_ok and t.a > last.b then
        out[#out + 1] = t
        last = t
      else
        break
      end
    end
  end
  return out
end

-- The day a time expression names, when the publication date fixes it.
local day_named
local function day_of(t, published)
  local d = day_named(t, published)
  if d and t.shift then d = dates.add_days(d, t.shift) end
  return d
end
day_named = function(t, published)
  if not t or not published then return nil end
  if t.kind == "date" and t.month and t.day then
    local y = t.year or dates.infer_year(t.month, t.day, published)
    return y and dates.iso(y, t.month, t.day)
  elseif t.kind == "date" and t.day then
    return dates.day_of_month(t.day, published)
  elseif t.kind == "weekday" and t.weeks then
    return dates.weekday_of_week(t.weekday, t.weeks, published)
  elseif t.kind == "weekday" then
    return dates.last_weekday(t.weekday, published)
  elseif t.kind == "relative" then
    return dates.add_days(published, t.days)
  end
  return nil
end

local TIME_FIELDS = { "text", "kind", "year", "month", "day", "weekday", "days", "weeks", "part", "dir",
  "shift", "earlier" }

local function time_record(t, told)
  if not t then return { kind = "report" } end
  local r = {}
  for _, k in ipairs(TIME_FIELDS) do
    r[k] = t[k]
  end
  -- the time of the telling, not of the call: on or shortly before it
  if told then r.told = true end
  return r
end

-- (session 15) On a page without a date: the year of the full date
-- (day, month and year) the text gives nearest before the call's
-- sentence, else the first after it ("The earthquake struck on
-- Wednesday, Dec. 7, 1988 ... The President called on Thursday, Dec.
-- 8"), for a day and month told without one (link's text_years).
local function text_year(A_all, si)
  local function year_of(k)
    local y
    for _, x in ipairs(A_all[k] and A_all[k].times or {}) do
      if x.kind == "date" and x.year and x.month and x.day then y = x.year end
    end
    return y
  end
  for k = si, 1, -1 do
    local y = year_of(k)
    if y then return y end
  end
  for k = si + 1, #A_all do
    local y = year_of(k)
    if y then return y end
  end
  return nil
end

-- The time each person of a list has of its own, right after its name
-- and before the next person's ("spoke to Scholz on Monday and to Sunak
-- on Tuesday": each conjunct its day): byte offset of the person's
-- mention in the document -> time.  A person without one is absent (the
-- cue's time is theirs).
local function conjunct_times(A, ms, list, base)
  local out = {}
  -- the first time starting in tokens a..b that names a day, or a step
  -- from the one before ("and to Sunak a day later"); not "this year" (of
  -- an appositive: "his first conversation with him this year"), a clock
  -- or "that day" (those tell of the telling)
  local function first_day(a, b)
    for _, x in ipairs(A.times) do
      if x.a >= a and x.a <= b and (names_day(x) or x.kind == "same" and x.shift) then return x end
    end
    return nil
  end
  for k, mi in ipairs(list) do
    local m, nx = ms[mi], list[k + 1] and ms[list[k + 1]]
    local x = first_day(m.b + 1, nx and nx.a - 1 or m.b + 3)
    if x then out[base + A.tk.s[m.a] - 1] = x end
  end
  return out
end

-- Section headings of an explainer ("Monday, Nov. 9: Canada",
-- "Tuesday: Europe"): a short line that opens with a day and a colon
-- dates the calls told under it that name no day of their own.
-- (session 12) So does a timeline's entry (entry: the sentence opens a
-- paragraph the source stage dated as one, "24 February – Russian forces
-- invade Ukraine."), of any length, its day before a dash or a colon.
local ENTRY_SEP = { [":"] = true, ["–"] = true, ["—"] = true, ["-"] = true }
local function heading_time(A, entry)
  local t = A.times[1]
  if not t or t.a > 1 or (A.tk.n > 14 and not entry) or not (t.kind == "date" or t.kind == "weekday") then
    return nil
  end
  for i = t.b + 1, math.min(A.tk.n, t.b + 6) do
    if A.tk.f[i] == ":" or (entry and ENTRY_SEP[A.tk.f[i]]) then
      -- the widest day expression of the line ("Monday, Nov. 9")
      local best = t
      for _, x in ipairs(A.times) do
        if x.a < i and x.kind == "date" and x.day then best = x end
      end
      return best
    end
  end
  return nil
end

-- "that day" (kind "same") after a sentence naming a day ("Relations
-- collapsed on Nov. 24, 2015 ... He declined to take Erdogan's call
-- that day"; "late on Wednesday ... he had tried to call that day"):
-- that day, written as this phrase.
-- (session 13) a day told of what is still to come ("officials said the
-- election would take place on March 26") is not the day an account
-- goes on from: a future word before it in its clause.
local AHEAD = { will = true, would = true, shall = true, ["'ll"] = true, due = true, scheduled = true,
  expected = true, planned = true }
local function ahead_day(B, x)
  for k = x.a - 1, 1, -1 do
    local f = B.tk.f[k]
    if f == "," or f == ";" or f == ":" then return false end
    if AHEAD[f] then return true end
  end
  return false
end

local function same_day(A_all, si, t)
  if not t or t.kind ~= "same" then return t end
  -- (a step told from a day, "later in the afternoon", "the next
  -- morning", looks further back, eight sentences: an account names its
  -- day once)
  for k = si, math.max(1, si - (t.shift and 8 or 2)), -1 do
    local prev = A_all[k]
    local found
    for _, x in ipairs(prev and prev.times or {}) do
      local day = (x.kind == "date" and x.day) or x.kind == "weekday"
        or (x.kind == "relative" and not x.clock)
      if day and (k < si or x.b < t.a) and not ahead_day(prev, x) then found = x end
    end
    if found then
      local r = { a = t.a, b = t.b, text = t.text }
      for _, f in ipairs({ "kind", "year", "month", "day", "weekday", "days", "dir" }) do r[f] = found[f] end
      -- a step from that day ("the next morning", "two days later")
      local shift = t.shift or 0
      if shift ~= 0 and r.kind == "relative" then
        r.days = (r.days or 0) + shift
      elseif shift ~= 0 then
        r.shift = shift
      end
      return r
    end
  end
  -- "later in the day" with no day told before it: the report's
  if t.fallback then return { a = t.a, b = t.b, text = t.text, kind = "relative", days = 0, fell_back = true } end
  return t
end

-- The time of a call mention (20-calls' emit) from `t`, the time picked
-- for its cue: "that day" and the like made the day told before, else the
-- section heading's (section_time), else that of a call noun the sentence
-- before dated, else the day of the telling.  -> t, told (true: the time
-- is the telling's, the call on or before it; 20-dates: basis reported).
-- calls: the mentions of the document so far.
-- (session 10) "On the same day, X received a call from Y" after a
-- sentence telling a call on its own day: that call's day, not the
-- latest day written ("received on Wednesday, 5 August 2020 a call from
-- A ..., following the explosion of Tuesday, 4 August. On the same day
-- ..."), when the call was told in one of the two sentences before.
local DAY_FIELDS = { "kind", "year", "month", "day", "weekday", "days", "dir" }
local function latest_call_day(calls, si, t)
  if not t or t.kind ~= "same" then return nil end
  local c = calls[#calls]
  local ct = c and c.time
  if not (ct and c.sentence < si and c.sentence >= si - 2) then return nil end
  if not ((ct.kind == "date" and ct.day) or ct.kind == "weekday") then return nil end
  local r = { a = t.a, b = t.b, text = t.text }
  for _, f in ipairs(DAY_FIELDS) do r[f] = ct[f] end
  if (t.shift or 0) ~= 0 then r.shift = t.shift end
  return r
end

-- (session 12) A verbless answer naming a day: the first sentence of a
-- turn after a question, past its speaker's label, that is nothing but
-- places and a day ("BILDT: In Brussels, on the night of the eighth of
-- August.", "A: Last Tuesday."): the day of that turn.  A held call told
-- later in the turn with no time of its own is on that day (20-calls).
local FRAGMENT_WORDS = {}
for w in ([[in on at from during of the a late early yes no well
  night morning evening afternoon dawn noon midnight]]):gmatch("%S+") do FRAGMENT_WORDS[w] = true end

local function answer_time(doc, A_all, si)
  local sents = doc.sentences or {}
  local par = sents[si] and sents[si].paragraph
  if not par then return nil end
  local first = si
  while first > 1 and sents[first - 1].paragraph == par do first = first - 1 end
  if first == si or first == 1 then return nil end
  -- (after a question)
  local Q = A_all[first - 1]
  if not Q or not (Q.tk.f[Q.tk.n] == "?" or Q.tk.f[Q.tk.n - 1] == "?") then return nil end
  local B = A_all[first]
  if not B or not B.times then return nil end
  local tk = B.tk
  -- past a label of capitalised words and a colon ("BILDT:", "MR RUDD:")
  local start = (labels.colon(tk) or 0) + 1
  local day
  for _, x in ipairs(B.times) do
    if x.a >= start and names_day(x) and not x.clock then day = day or x end
  end
  if not day then return nil end
  for j = start, tk.n do
    local inside = false
    for _, x in ipairs(B.times) do
      if j >= x.a and j <= x.b then inside = true end
    end
    local f = tk.f[j]
    if not inside and not (FRAGMENT_WORDS[f] or f == "," or f == "." or f == "!"
        or (tk.k[j] == "w" and tk.up[j] and f ~= "i")) then
      return nil
    end
  end
  local r = {}
  for k, v in pairs(day) do r[k] = v end
  r.a, r.b = nil, nil
  return r
end

-- (session 18) A step of hours ("Half an hour later X called Y back",
-- "Minutes later ...") with no day told in the sentences before it
-- (same_day's look-back), after a call told there with no day of its
-- own: a step from that call, on its day (the report's, as that call's,
-- basis reported), not "today".
local function step_from_undated_call(calls, si, t)
  if not (t and t.fell_back) then return false end
  local c = calls[#calls]
  local ct = c and c.time
  return ct and ct.kind == "report" and not ct.told and c.sentence < si and c.sentence >= si - 8 or false
end

-- (session 21) A day said inside quotation marks counts from the day the
-- words were said, when the telling outside them names one: '"I spoke
-- with Zelensky today," Sall wrote late on Monday' (Monday), '"... last
-- night," X told reporters on Tuesday' (Monday night).  The telling's
-- time shifted by the quoted day's, or nil.
local function quoted_day(A, t)
  if not (t and t.kind == "relative" and t.days and t.a) then return nil end
  local tk, C = A.tk, A.C
  if not tokenize.quoted(tk, t.a) then return nil end
  for _, x in ipairs(A.times) do
    if x ~= t and (x.kind == "weekday" or (x.kind == "date" and x.day)) and not x.clock
        and not tokenize.quoted(tk, x.a) and ((C and C.attr[x.a]) or of_telling(A, x)) then
      local r = {}
      for k, v in pairs(x) do r[k] = v end
      r.shift = (x.shift or 0) + t.days
      return r
    end
  end
  return nil
end

local function call_time(A_all, calls, si, A, cue, status, t, section_time)
  t = quoted_day(A, t) or t
  t = latest_call_day(calls, si, t) or same_day(A_all, si, t) or section_time
  if step_from_undated_call(calls, si, t) then t = nil end
  -- "said last night that he had tried to telephone them earlier in
  -- the day": "in the day" is the day of the time told before it in
  -- the sentence, not the report's
  if t and t.kind == "relative" and t.days == 0 and (t.text or ""):lower():match("in the day$") then
    for _, x in ipairs(A.times) do
      if x ~= t and x.b < t.a and x.kind == "relative" and x.days and x.days ~= 0 then
        local r = {}
        for k, v in pairs(t) do r[k] = v end
        r.days = x.days
        t = r
      end
    end
  end
  -- No time of its own, but the telling is dated by "that day" after
  -- a sentence naming a day ("On September 9 ... Trump said that day
  -- he had spoken with the emir"): a call told then is on or shortly
  -- before that day (20-dates: basis reported, on that day).
  -- A call noun the sentence before dated and gave no people of its
  -- own ("Officials point to Monday's telephone conversation between
  -- the two leaders. President Park received a call from Prime
  -- Minister Abe ..."): the same call, on that day, when no call was
  -- told there.
  local prev = A_all[si - 1]
  if not t and prev and prev.cue_time then
    local told_there = false
    for k = #calls, 1, -1 do
      if calls[k].sentence == si - 1 then told_there = true end
      if calls[k].sentence < si - 1 then break end
    end
    if not told_there then t = prev.cue_time end
  end
  local told
  if not t and status == "held" then
    for _, x in ipairs(A.times) do
      if x.kind == "same" and of_telling(A, x) then
        local r = same_day(A_all, si, x)
        if r and r.kind ~= "same" then t, told = r, true end
      end
    end
  end
  -- A call told in what someone said on a stated day, with no time
  -- of its own ("Trump said on September 9 that he had spoken with
  -- the Emir", "On Monday, Scholz told reporters he had called
  -- Zelensky"): on or before that day (20-dates: basis reported).
  if status == "held" then
    if t then
      -- (a time of this sentence, not one carried from elsewhere)
      local own = false
      for _, x in ipairs(A.times) do
        if x == t then own = true end
      end
      if own and cue.a and names_day(t) and opens_telling(A, t, cue) then told = true end
    else
      for _, x in ipairs(A.times) do
        if not t and names_day(x) and of_asserting(A, x) then t, told = x, true end
      end
    end
  end
  if not t and status == "held" and cue.b and before_past_event(A.tk, cue) then
    t = { kind = "vague", text = "before" }
  end
  -- (session 18) "Among the first to ring him was X" with no day of its
  -- own, after a sentence telling the event on a past day ("was
  -- re-elected on Saturday"): the first of a series of calls that began
  -- with that event, on a day the text does not give; not the report's.
  if not t and status == "held" and cue.ranked then
    local prev_A = A_all[si - 1]
    for _, x in ipairs(prev_A and prev_A.times or {}) do
      if ((x.kind == "date" and x.day) or x.kind == "weekday" or (x.kind == "relative" and x.days
          and x.days < -1)) and not x.clock and not ahead_day(prev_A, x) then
        t = { kind = "vague", text = "after" }
      end
    end
  end
  return t, told
end

-- (session 25) The day of a call denied took place, when the time sits in
-- the clause that tells that call: the content of the reports or claims
-- denied ("correct reports that X had a conversation with Y on Sunday",
-- "denied having telephoned Y on Tuesday"), or the negated call's own
-- clause ("X and Y did not speak on Monday", "no call took place on
-- Tuesday").  Not a time of the saying or denying: one next to a verb of
-- telling ("said on Saturday he had not called Y", "the Kremlin on
-- Monday denied"), in an attribution, or with such a verb between it and
-- the call ("On Monday, the Kremlin denied reports that ...", "X did not
-- call Y, an aide said in a statement on Monday").  Nor a present
-- perfect ("I haven't spoken to him today", "no call has taken place
-- this week"): the time up to now in which none took place, no
-- contact's day; so is the report's own day, not over when it is told
-- ("did not speak to him today", "this morning"), a bound of a period
-- ("had not spoken to him by Monday", "since Monday") or a clause of "yet"
-- or "still" ("had not yet called him on Monday").  t must follow the
-- call's words (a time before them, "On Monday, ...", is as often the
-- frame of the telling) and be a time of this sentence (not one carried
-- from another).
local DENYING = { deny = true, denying = true, saying = true, say = true, dismissing = true,
  rejecting = true, correct = true, corrected = true, refuted = true, refutes = true,
  refuting = true, report = true, reports = true }
local HAVE = { has = true, have = true, ["hasn't"] = true, ["haven't"] = true, ["'ve"] = true }
local BOUND = { by = true, before = true, after = true, since = true, ["until"] = true, till = true }
local SO_FAR = { yet = true, still = true }
local function denied_own_day(A, cue, t)
  if not (t and cue.a and cue.b and t.a and t.b) then return false end
  local own = false
  for _, x in ipairs(A.times or {}) do
    if x == t then own = true end
  end
  if not own or of_telling(A, t) or (A.C and A.C.attr[t.a]) then return false end
  if t.kind == "relative" and (t.days or 0) == 0 then return false end
  if not names_day(t) or BOUND[A.tk.f[t.a - 1] or ""] or BOUND[A.tk.f[t.a] or ""] then return false end
  local f = A.tk.f
  for j = cue.a, math.max(1, cue.a - 4), -1 do
    if HAVE[f[j] or ""] or SO_FAR[f[j] or ""] then return false end
    if j < cue.a and (f[j] == "," or f[j] == "that") then break end
  end
  -- (after the call's words: a time before them, "On Monday, ...", is
  -- as often the frame of the telling)
  if t.a <= cue.b then return false end
  local from, to = cue.b + 1, t.a - 1
  for j = from, to do
    local w = f[j] or ""
    if TELLING[w] or DENYING[w] or SO_FAR[w] or (t.a > cue.b and HAVE[w]) then return false end
  end
  return true
end

-- (session 14) The day a sentence just before frames the account with,
-- for a held call whose own sentence has no time at all: a day opening
-- that sentence ("On Thursday it was Erdoğan's turn.") or the day someone
-- "spent" on the telephone ("X spent Wednesday on the telephone."), when
-- no call is told there and it (or a sentence between) names one of the
-- call's people (`names(k)`: does sentence k name one?); "then" before
-- the verb ("Belaunde then called ...") looks two sentences back.
local FRAME_VERB = { spent = true, spends = true }
local function frame_day(A_all, calls, si, A, cue, names)
  if #(A.times or {}) > 0 or not cue.a then return nil end
  local back = 1
  for j = math.max(1, cue.a - 2), cue.a - 1 do
    if A.tk.f[j] == "then" then back = 2 end
  end
  local named = false
  for k = si - 1, math.max(1, si - back), -1 do
    for c = #calls, 1, -1 do
      if calls[c].sentence == k then return nil end
      if calls[c].sentence < k then break end
    end
    local B = A_all[k]
    if not B then return nil end
    named = named or names(k)
    for _, x in ipairs(B.times or {}) do
      local day = ((x.kind == "date" and x.day) or x.kind == "weekday") and not x.clock
      local opens = x.a == 1 or (x.a == 2 and B.tk.f[1] == "on")
      if day and named and (opens or FRAME_VERB[B.tk.f[x.a - 1] or ""]) and not ahead_day(B, x) then
        return x
      end
    end
  end
  return nil
end

return {
  frame_day = frame_day,
  in_span = in_span,
  names_day = names_day,
  CONJ_TIME = CONJ_TIME,
  since_after = since_after,
  pick_time = pick_time,
  filed_day = filed_day,
  mark_event_dates = mark_event_dates,
  own_times = own_times,
  day_of = day_of,
  time_record = time_record,
  conjunct_times = conjunct_times,
  heading_time = heading_time,
  same_day = same_day,
  call_time = call_time,
  text_year = text_year,
  answer_time = answer_time,
  denied_own_day = denied_own_day,
}
