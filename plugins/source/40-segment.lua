-- 40-segment.lua — the working block list becomes the Document's text,
-- paragraphs, sentences and dropped[].
--
-- text is the kept blocks joined by "\n\n"; every offset is a 1-based byte
-- offset into it, and text:sub(offset, offset + #s - 1) == s holds for
-- every paragraph and sentence.
--
-- Sentences end at . ! ? or an ellipsis, after any closing quotes or
-- brackets, when the next word starts a sentence (not lower case).  A
-- period does not end a sentence after a title or other abbreviation
-- ("Mr.", "Gen.", "Sept. 27", "No. 1"), after an initial ("K.P. Sharma
-- Oli", "George W. Bush"), or after a dotted acronym ("U.S.", "a.m.")
-- unless the next word is one that commonly opens a sentence ("The", "He");
-- a capital letter after a lower-case word also ends one before an opening
-- quotation ("in a post on X. \"Received a call ...\"").

local textlib = require("callbrief.text")
local dates = require("callbrief.dates")
local tokenize = require("callbrief.tokenize")
local timex = require("callbrief.timex")

local ABBREVIATIONS = {}
for w in ([[mr mrs ms messrs dr gen lt col maj capt cmdr adm sgt cpl sen rep
  gov prof jr sr st mt ft rev hon pres amb fr vs al approx dept est fig
  vol nos op univ assn bros]]):gmatch("%S+") do ABBREVIATIONS[w] = true end
-- Words that only abbreviate before a number: "Sept. 27", "No. 5".
local BEFORE_NUMBER = {}
for w in ([[jan feb mar apr jun jul aug sep sept oct nov dec no nr art p pp
  para ch sec]]):gmatch("%S+") do BEFORE_NUMBER[w] = true end
-- Common first words of a sentence, to tell "in the U.S. The talks" from
-- "U.S. President".
local STARTERS = {}
for w in ([[the a an he she it they we i you this that these those his her
  its their our there here however but and yet so meanwhile earlier later
  also after before when while both some many most one two in on at for
  with as if according since during what who why how no not all each
  neither nor other another such then still now today yesterday]]):gmatch("%S+") do
  STARTERS[w] = true
end

-- Closing quotes and brackets that may follow the end of a sentence.
local CLOSERS = { '"', "'", ")", "]", "\226\128\157", "\226\128\153", "\194\187" }
local ELLIPSIS = "\226\128\166"
-- Their first bytes: most positions are told apart without a substring.
local CLOSER_LEADS = {}
for _, c in ipairs(CLOSERS) do CLOSER_LEADS[c:byte(1)] = true end

-- The first position at or after i of any of the single bytes `bytes`, or
-- nil.  A plain find per byte (memchr) is much faster than one "[...]"
-- pattern, which tries the set at every position.
local function find_first(s, bytes, i)
  local first
  for _, c in ipairs(bytes) do
    local p = s:find(c, i, true)
    if p and (not first or p < first) then first = p end
  end
  return first
end

local TERMINATOR_LEADS = { ".", "!", "?", "\226" } -- \226: the lead byte of …
local QUOTE_LEADS = { '"', "\226", "\194" }       -- " and the lead bytes of “ ” « »

local function closer_at(s, i)
  if not CLOSER_LEADS[s:byte(i)] then return nil end
  for _, c in ipairs(CLOSERS) do
    if s:sub(i, i + #c - 1) == c then return #c end
  end
  return nil
end

-- Byte length of the terminator run at i (". ", "?!", "...", "…"), or nil.
local function terminator_at(s, i)
  local j = i
  while true do
    local c = s:sub(j, j)
    if c == "." or c == "!" or c == "?" then
      j = j + 1
    elseif s:sub(j, j + 2) == ELLIPSIS then
      j = j + 3
    else
      break
    end
  end
  if j == i then return nil end
  return j - i
end

local function lower_start(s, j)
  local b = s:byte(j)
  if not b then return false end
  if b < 128 then return s:find("^%l", j) ~= nil end
  local ok, cat = pcall(textlib.category, s, j)
  return ok and cat == "Ll"
end

-- The next word after position j, skipping opening quotes/brackets.
local function next_word(s, j)
  local k = j
  while true do
    local c = s:sub(k, k)
    if c == '"' or c == "'" or c == "(" or c == "[" then
      k = k + 1
    elseif s:sub(k, k + 2) == "\226\128\156" or s:sub(k, k + 2) == "\226\128\152" then
      k = k + 3
    elseif s:sub(k, k + 1) == "\194\171" then
      k = k + 2
    else
      break
    end
  end
  return k, s:match("^[%w\128-\255]+", k) or ""
end

-- Is the terminator at i..e (e = last byte, closers included) followed by
-- the start of a new sentence at j?
local function is_boundary(s, i, e, j)
  local k, nextw = next_word(s, j)
  if lower_start(s, k) then return false end
  local term = s:sub(i, e)
  if term:sub(1, 1) ~= "." or term:find("^%.%.") then return true end
  -- A single period: look at the word it ends.
  local token = s:sub(1, i):match("([^%s\"'(%[]+)$") or ""
  local bare = token:sub(1, -2)
  local lw = bare:lower()
  if ABBREVIATIONS[lw] then return false end
  -- (session 26) a capital alone is an initial before it is "p." of a
  -- page: "Mr. P. V. Narasimha Rao"
  if BEFORE_NUMBER[lw] and not bare:find("^%u$") then return not nextw:find("^%d") end
  if bare:find("^%u$") then
    -- an initial ("George W. Bush", "by J. Smith"), unless a lower-case
    -- word comes before and a sentence opener or an opening quotation
    -- after ("posted on X. He", "in a post on X. \"Received a call ...\"";
    -- not 'Thomas P. "Tip" O'Neill': a name before)
    local before = s:sub(1, i - #token):match("([%a\128-\255]+)[%s\"'(]*$")
    local quoted = k > j and (s:sub(j, j) == '"' or s:sub(j, j + 2) == "\226\128\156")
    return before ~= nil and lower_start(before, 1) and (STARTERS[nextw:lower()] == true or quoted)
  end
  if token:find("^%a%.[%a%.]*$") and token:find("%.%a%.$") then
    -- dotted acronym: "U.S.", "K.P.", "a.m."
    return STARTERS[nextw:lower()] == true
  end
  return true
end

-- Double quotes of s as spans {open = byte, close = byte | nil}: straight
-- quotes pair up in order; “ ” and « » are explicit.  Single quotes are
-- left alone (they double as apostrophes).
local function quote_spans(s)
  local spans, open = {}, nil
  local i = 1
  while true do
    i = find_first(s, QUOTE_LEADS, i)
    if not i then break end
    local len, kind = 1, nil
    if s:byte(i) == 34 then kind = open and "close" or "open"
    else
      local three, two = s:sub(i, i + 2), s:sub(i, i + 1)
      if three == "\226\128\156" then kind, len = "open", 3
      elseif three == "\226\128\157" then kind, len = "close", 3
      elseif two == "\194\171" then kind, len = "open", 2
      elseif two == "\194\187" then kind, len = "close", 2 end
    end
    if kind == "open" and not open then
      open = { open = i }
      spans[#spans + 1] = open
    elseif kind == "close" and open then
      open.close = i
      open = nil
    end
    i = i + len
  end
  return spans
end

-- No sentence ends inside a quotation that began mid-sentence ('Obama
-- answered with "Thank you. Khodahafez."'), nor inside one that is followed
-- by its attribution ('"... positions. The enemy was thwarted," the
-- ministry said.'): the words and who said them stay one sentence.
local function inside_quote(spans, s, start, e)
  for _, q in ipairs(spans) do
    if q.open < e and q.close and e < q.close then
      if s:sub(start, q.open - 1):find("%S") then return true end
      local after = s:sub(q.close):match("^[\"\226\128\157\194\187]+(.*)$") or ""
      return after:find("^%s*,") ~= nil or after:find("^%s+%l") ~= nil
    end
  end
  return false
end

-- Byte spans {first, last} of the sentences of s.  The first `keep` bytes
-- (a dateline such as "MOSCOW, July 11. /TASS/.") hold no boundary.
local function split_sentences(s, keep)
  local out = {}
  local start, i, n = 1, (keep or 0) + 1, #s
  local quotes = quote_spans(s)
  while i <= n do
    local p = find_first(s, TERMINATOR_LEADS, i)
    if not p then break end
    local len = terminator_at(s, p)
    if not len then
      i = p + 1
    else
      local e = p + len - 1
      while true do
        local c = closer_at(s, e + 1)
        if not c then break end
        e = e + c
      end
      local j = e + 1
      local ws = s:match("^%s+", j)
      if e >= n then
        break
      elseif ws and is_boundary(s, p, e, j + #ws) and not inside_quote(quotes, s, start, e) then
        out[#out + 1] = { start, e }
        start = j + #ws
      end
      i = e + 1
    end
  end
  if start <= n then
    local stop = n
    while stop >= start and s:sub(stop, stop):find("%s") do stop = stop - 1 end
    if stop >= start then out[#out + 1] = { start, stop } end
  end
  return out
end

-- (session 27) A colon after a noun of an account, before a capital:
-- "The Planalto gave its own account: Lula thanked Biden ..., the
-- statement said."  The account's opening is a sentence of its own, as it
-- is written with a full stop ("gave its own account. Lula thanked ..."),
-- so what follows is told on that account.  The spans of s, split so.
local ACCOUNT_NOUN = { account = true, version = true, readout = true, summary = true }
local function split_account_colons(s, spans)
  local out = {}
  for _, sp in ipairs(spans) do
    local a = sp[1]
    for c in s:sub(sp[1], sp[2]):gmatch("():%s+[%u\"\226]") do
      local at = sp[1] + c - 1
      local word = s:sub(a, at - 1):match("(%a+)$")
      if word and ACCOUNT_NOUN[word:lower()] and not inside_quote(quote_spans(s), s, a, at) then
        out[#out + 1] = { a, at }
        a = at + #s:match("^:%s+", at)
      end
    end
    out[#out + 1] = { a, sp[2] }
  end
  return out
end

-- Passage dates -------------------------------------------------------------
--
-- The day a paragraph's relative dates ("this evening", "on Thursday", a
-- bare clock time) are told from, when it is not the page's:
--   entry      a page of entries each opened by its own stamp (a live
--              blog: "24 July, 23:20", "Fri 25 Jul 2025, 09:40", or
--              "14:05 GMT" under a day heading "Friday 25 July"; a line
--              of its own or the head of the entry's first paragraph,
--              "21:40 GMT — ..."): the paragraphs of an entry, up to the
--              next stamp, are told on the stamp's day.  Two stamps with a
--              clock make such a page.
--   narrative  a sentence whose times are clock times or "that evening"
--              ("At 6.45pm Clark rang him") and which names no day of its
--              own is on the day the account last named before it, in its
--              paragraph or the ones before ("The first call came at
--              6.40am on Sunday"), up to the next stamp (sentence.date),
--              once the account runs by the clock: a day told with an
--              hour or a part of the day starts it, a day of some other
--              event ("met in Sochi on Monday") does not;
--              a paragraph of such sentences that names no day is on it
--              too (paragraph.date, which extraction reads).  A day after
--              the page's (or the entry's) date, or a clock time of a plan
--              ("will speak at 3pm"), leaves the page's day.

-- Words a stamp may hold besides its date and clock.
local STAMP_WORDS = {}
for w in ([[updated update posted published last at local time uhr am pm a.m. p.m.
  a.m p.m h]]):gmatch("%S+") do STAMP_WORDS[w] = true end

-- Whether the words of s (a stamp without its date) are clock times,
-- time zones ("GMT", "BST", "GMT+8") and stamp words only; then whether a
-- clock time is among them, and whether a label ("Updated") is.
local function stamp_rest(s)
  local clock, label = false, false
  for w in s:gsub("[,;|()%[%]%-–—·]", " "):gmatch("%S+") do
    local lw = w:lower():gsub(":$", "")
    if lw:find("^%d%d?[:.h]%d%d$") or lw:find("^%d%d?[:.h]%d%d[ap]%.?m%.?$") or lw:find("^%d%d?[ap]%.?m%.?$") then
      clock = true
    elseif STAMP_WORDS[lw] then
      label = label or lw:find("^%a%a%a") ~= nil and lw ~= "local" and lw ~= "time"
    elseif not (w:find("^%u%u%u?%u?[+-]?%d?%d?$") or lw:find("^utc[+-]%d%d?$") or lw:find("^gmt[+-]%d%d?$")) then
      return false
    end
  end
  return true, clock, label
end

-- The stamp a short paragraph or date line is, or nil: {iso = the day or
-- nil, clock = bool, label = bool}; a stamp without a year takes the one
-- that puts it on or before the page's date.
local function stamp_of(s, P, published)
  if #s > 60 or not s:find("%d") then return nil end
  -- (at most eight words: most short blocks are not read at all)
  if select(2, s:gsub("%s+", "")) > 7 then return nil end
  local d = P.parse(s)
  if d and d.month and d.day then
    local a, b = s:find(d.text, 1, true)
    if not a then return nil end
    local only, clock, label = stamp_rest(s:sub(1, a - 1) .. " " .. s:sub(b + 1))
    if not only then return nil end
    local y = d.year or (published and dates.infer_year(d.month, d.day, published, 2))
    return { iso = y and dates.iso(y, d.month, d.day), clock = clock or d.hour ~= nil, label = label }
  end
  if d then return nil end
  local only, clock, label = stamp_rest(s)
  if only and clock then return { clock = true, label = label } end
  return nil
end

-- Cheap tests for clock times and "that evening" (plain searches: a
-- pattern tried at every byte of every page costs more than the rest of
-- this).
local SAME_PARTS = { "day", "morning", "afternoon", "evening", "night" }
local MERIDIEM = { "am", "pm", "a.m", "p.m", "AM", "PM" }
local function digit_at(s, j) local b = s:byte(j); return b ~= nil and b >= 48 and b <= 57 end

-- Whether s may hold a clock time: "6pm", "10.15 p.m.", and a digit, one
-- of `seps` and two digits ("14:30"; with "." and "h": "09.40", "14h05").
local function has_clock(s, seps)
  for _, m in ipairs(MERIDIEM) do
    local i = s:find(m, 1, true)
    while i do
      if digit_at(s, i - 1) or (s:byte(i - 1) == 32 and digit_at(s, i - 2)) then return true end
      i = s:find(m, i + 1, true)
    end
  end
  for _, sep in ipairs(seps) do
    local i = s:find(sep, 1, true)
    while i do
      if digit_at(s, i - 1) and digit_at(s, i + 1) and digit_at(s, i + 2) then return true end
      i = s:find(sep, i + 1, true)
    end
  end
  return false
end

-- Whether a stamp may be s: a clock time in it.
local STAMP_SEPS = { ":", ".", "h" }
local function clockish(s) return has_clock(s, STAMP_SEPS) end

-- Whether a page may tell clock times ("at 6pm", "at 14:30") or "that
-- evening".
local COLON = { ":" }
local function has_narrative_cue(s)
  for _, w in ipairs(SAME_PARTS) do
    if s:find("hat " .. w, 1, true) or s:find("same " .. w, 1, true) then return true end
  end
  return has_clock(s, COLON)
end

-- A stamp with a clock time opening a paragraph before a dash, a bar or a
-- colon ("23:20 GMT — Anwar says ..."), or nil.
local SEPARATORS = { " \226\128\148 ", " \226\128\147 ", " - ", " | ", ": " }
local function opening_stamp(s, P, published)
  local head, cut = s:sub(1, 48), nil
  for _, sep in ipairs(SEPARATORS) do
    local a = head:find(sep, 1, true)
    if a and a <= 45 and (not cut or a < cut) then cut = a end
  end
  if not cut or not clockish(s:sub(1, cut - 1)) then return nil end
  local st = stamp_of(s:sub(1, cut - 1), P, published)
  if st and st.clock and not st.label then return st end
  return nil
end

-- Gives the paragraphs of a page of stamped entries their entry's day.
-- `lines` are the short blocks boilerplate dropped (date lines, a clock
-- time taken for a widget), {text, before = the index of the paragraph
-- after it}; such a line is a stamp when it has no label (a page's "Last
-- updated: ..." is the page's).  Returns the set of the paragraphs that
-- are stamps.
local function entry_dates(paragraphs, lines, P, published)
  -- (a page needs two stamps with a clock: most pages have no such
  -- short block, and none is parsed)
  local maybe = 0
  for _, l in ipairs(lines) do
    if clockish(l.text) then maybe = maybe + 1 end
  end
  for _, p in ipairs(paragraphs) do
    if clockish(#p.text > 60 and p.text:sub(1, 60) or p.text) then maybe = maybe + 1 end
  end
  if maybe < 2 then return {} end
  local before, stamps, clocked = {}, {}, 0
  for _, l in ipairs(lines) do
    local st = stamp_of(l.text, P, published)
    if st and not st.label then
      before[l.before] = before[l.before] or {}
      table.insert(before[l.before], st)
      if st.clock then clocked = clocked + 1 end
    end
  end
  local opening = {}
  for i, p in ipairs(paragraphs) do
    local st = stamp_of(p.text, P, published)
    if st then
      stamps[i] = st
      if st.clock then clocked = clocked + 1 end
    else
      opening[i] = opening_stamp(p.text, P, published)
      if opening[i] then clocked = clocked + 1 end
    end
  end
  if clocked < 2 then return {} end
  local day, ref = nil, nil
  local function take(st)
    day = st.iso or (st.clock and day) or nil
    ref = day
  end
  for i, p in ipairs(paragraphs) do
    for _, st in ipairs(before[i] or {}) do take(st) end
    if stamps[i] or opening[i] then take(stamps[i] or opening[i]) end
    if ref then p.date, p.date_from = ref, "entry" end
  end
  return stamps
end

-- (session 12) A timeline: three or more paragraphs opening with a day
-- and no clock before a dash or a colon ("24 February – Russian forces
-- invade Ukraine.", "March 3: ..."): each, and the paragraphs after it up
-- to the next, is told on that day (date_from "timeline").  A day alone
-- as a paragraph ("5 April") opens an entry too.
local function timeline_dates(paragraphs, P, published)
  local opening, n = {}, 0
  for i, p in ipairs(paragraphs) do
    local head, cut = p.text:sub(1, 48), nil
    if not p.date and head:find("%d") then
      for _, sep in ipairs(SEPARATORS) do
        local a = head:find(sep, 1, true)
        if a and a <= 45 and (not cut or a < cut) then cut = a end
      end
      -- (session 12) or a day alone as the entry's first paragraph ("5
      -- April", then the entry's text)
      local st = cut and stamp_of(p.text:sub(1, cut - 1), P, published)
        or (#p.text <= 30 and stamp_of(p.text, P, published))
      if st and st.iso and not st.label and not st.clock then opening[i], n = st.iso, n + 1 end
    end
  end
  if n < 3 then return end
  local day
  for i, p in ipairs(paragraphs) do
    day = opening[i] or day
    if day and not p.date then p.date, p.date_from = day, "timeline" end
  end
end

-- Words that make a clock time's sentence a plan ("will speak at 3pm"):
-- its clock is the day of the telling.
local PROSPECTIVE = {}
for w in ([[will would 'll shall due expected scheduled plans planned plan
  going intends]]):gmatch("%S+") do PROSPECTIVE[w] = true end

-- The day a time expression names, told on ref, or nil (no day, a clock
-- time, "that day").
local function named_day(t, ref)
  if t.kind == "date" and t.month and t.day then
    local y = t.year or dates.infer_year(t.month, t.day, ref, 14)
    return y and dates.iso(y, t.month, t.day)
  elseif t.kind == "date" and t.day then
    return dates.day_of_month(t.day, ref)          -- "on the 3rd"
  elseif t.kind == "weekday" then
    if t.weeks then return dates.weekday_of_week(t.weekday, t.weeks, ref) end
    if t.dir and t.dir > 0 then return dates.next_weekday(t.weekday, ref, true) end
    local d = dates.last_weekday(t.weekday, ref)
    if t.dir and t.dir < 0 and d == ref then d = dates.add_days(d, -7) end
    return d
  elseif t.kind == "relative" and not t.clock then
    return dates.add_days(ref, t.days or 0)
  end
  return nil
end

-- What a sentence's time expressions tell, told on ref: the last day it
-- names (or nil), whether it has a clock time or "that evening", whether
-- such a time is a plan's.
local TIME_WORDS = { "day", "night", "morning", "evening", "afternoon", "tomorrow" }
local function sentence_times(s, ref)
  -- (every expression that names a day or is a cue has a digit or one
  -- of these words: the others are not tokenized)
  if not s:find("%d") then
    local low, any = s:lower(), false
    for _, w in ipairs(TIME_WORDS) do
      if low:find(w, 1, true) then any = true break end
    end
    if not any then return nil, false, false end
  end
  local tk = tokenize.run(s, textlib)
  local day, cue, plan = nil, false, false
  for _, t in ipairs(timex.find(tk, s)) do
    local d = named_day(t, ref)
    if d then
      day = d
    elseif t.clock or t.kind == "same" then
      cue = true
      for k = 1, tk.n do
        if PROSPECTIVE[tk.f[k]] then plan = true end
      end
    end
  end
  return day, cue, plan
end

-- Whether a sentence names a part of a day ("morning", "before dawn").
local DAY_PARTS = { "morning", "afternoon", "evening", "night", "dawn", "noon", "midnight" }
local function day_part(s)
  local low = s:lower()
  for _, w in ipairs(DAY_PARTS) do
    if low:find("%f[%a]" .. w .. "%f[%A]") then return true end
  end
  return false
end

-- Gives a sentence told with clock times and no day of its own the day
-- the account last named (sentence.date), and so a paragraph of such
-- sentences that names no day (paragraph.date).
local function narrative_dates(paragraphs, sentences, stamps, published)
  local by_par = {}
  for _, s in ipairs(sentences) do
    local list = by_par[s.paragraph]
    if not list then list = {}; by_par[s.paragraph] = list end
    list[#list + 1] = s
  end
  local narr, ref, timeline = nil, nil, false
  for i, p in ipairs(paragraphs) do
    if stamps[i] then
      narr, timeline = nil, false
    else
      local r = p.date or published
      if r ~= ref then narr, ref, timeline = nil, r, false end
      if r then
        local named, told, planned = false, false, false
        for _, s in ipairs(by_par[i] or {}) do
          local day, cue, plan = sentence_times(s.text, r)
          if day then
            -- an account by the clock starts with a day and an hour or a
            -- part of the day ("at 6.40am on Sunday", "through Sunday
            -- morning"); a day told of some event ("met in Sochi on
            -- Monday") starts none, so a later "At 6pm" is the report's
            timeline = timeline or cue or clockish(s.text) or day_part(s.text)
            narr, named = timeline and day < r and day or nil, true
          elseif cue and narr and not plan then
            s.date, told = narr, true
          end
          planned = planned or (cue and plan)
        end
        if told and not named and not planned then p.date, p.date_from = narr, "narrative" end
      end
    end
  end
end

-- (session 13) A statement or readout issued on an earlier day and
-- reproduced after a line that says so ("The following statement was
-- issued on Monday by the Spokesperson for the Secretary-General:",
-- "Readout of the conversation, as issued on Monday, 21 February"): the
-- paragraphs after that line, to the next heading (a short line with no
-- full stop), are told on that day (date_from "issued"), so their
-- "today" is that day.
local ISSUED = { "was issued", "were issued", "as issued", "was released", "as released" }
local ISSUED_NOUN = { "statement", "readout", "release", "communiqu" }
local function issued_dates(paragraphs, published)
  if not published then return end
  local day
  for _, p in ipairs(paragraphs) do
    local low = p.text:lower()
    local intro = false
    if #p.text < 240 then
      for _, w in ipairs(ISSUED) do
        if low:find(w, 1, true) then intro = true end
      end
      local noun = false
      for _, w in ipairs(ISSUED_NOUN) do
        if low:find(w, 1, true) then noun = true end
      end
      intro = intro and noun
    end
    if intro then
      local d = sentence_times(p.text, published)
      day = d and d < published and d or nil
    elseif day then
      if #p.text < 80 and not p.text:find("[%.:;!?\"\226]%s*$") then
        day = nil
      elseif not p.date then
        p.date, p.date_from = day, "issued"
      end
    end
  end
end

local function run(doc, ctx)
  local dropped = doc.dropped or {}
  local page_dates = dates.load(ctx)   -- item date lines may be in another language
  local parts, paragraphs, sentences = {}, {}, {}
  local offset = 1
  local dateline = doc.dateline and doc.dateline.text
  -- A page of several dated items (a readout feed, a live blog): a date
  -- line after the body has begun starts an item, and its paragraphs get
  -- that date ("spoke today" is that day, not the page's).
  local item_date, body_begun = nil, false
  local lines = {}   -- the date lines dropped, for entry_dates
  for _, b in ipairs(doc.blocks or {}) do
    if b.drop then
      dropped[#dropped + 1] = { text = b.text, reason = b.drop }
      if #b.text <= 60 then lines[#lines + 1] = { text = b.text, before = #paragraphs + 1 } end
      if body_begun and b.kind == "date_line" then
        for _, d in ipairs(page_dates.find_all(b.text)) do
          if d.year and d.month and d.day then item_date = dates.iso(d.year, d.month, d.day) break end
        end
      end
    else
      body_begun = body_begun or #b.text > 80
      parts[#parts + 1] = b.text
      paragraphs[#paragraphs + 1] = { text = b.text, offset = offset, date = item_date,
        date_from = item_date and "item" or nil }
      local keep = 0
      if dateline and b.text:sub(1, #dateline) == dateline then
        keep, dateline = #dateline, nil
      end
      for _, span in ipairs(split_account_colons(b.text, split_sentences(b.text, keep))) do
        sentences[#sentences + 1] = {
          text = b.text:sub(span[1], span[2]),
          offset = offset + span[1] - 1,
          paragraph = #paragraphs,
        }
      end
      offset = offset + #b.text + 2
    end
  end
  doc.text = table.concat(parts, "\n\n")
  local stamps = entry_dates(paragraphs, lines, page_dates, doc.published)
  if next(stamps) == nil then timeline_dates(paragraphs, page_dates, doc.published) end
  issued_dates(paragraphs, doc.published)
  if has_narrative_cue(doc.text) then
    narrative_dates(paragraphs, sentences, stamps, doc.published)
  end
  doc.paragraphs, doc.sentences, doc.dropped = paragraphs, sentences, dropped
  doc.blocks = nil
  return doc
end

return {
  name = "segment",
  stage = "source",
  version = "1.14.0",
  api = 1,
  description = "paragraphs and sentences with byte offsets and the day they are told on when not the page's (a dated item's, a live-blog entry's, the narrative's); the dropped list",
  run = run,
  split_sentences = split_sentences, -- for tests: {{first, last}...} byte spans
}
