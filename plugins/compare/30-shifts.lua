-- 30-shifts.lua — across calls: how a side's line on a topic moves from
-- one call to the next over the period (Russia on a ceasefire on 14
-- October, then on 31 October).
--
-- Topics are the labels of data/compare/topics.yaml found in a claim's
-- points, and the places its text names (capitalised words that are not
-- people, offices or the parties themselves).  For every side and topic
-- met in two or more dated held calls, in date order, one entry goes to
-- briefing.comparisons.  An undated call takes no part: a line cannot be
-- said to move towards a call nobody can place in time.  Calls of one day
-- are one step; steps more than 120 days apart start another line.
--
--   {kind = "shift", side, topic,
--    steps = {{call (call id), date, points = {ref...}, polarity}},
--    changes = {"steady" | "changed" | "reversed", ...}   between steps
--    change = the strongest of changes ("reversed" > "changed" > "steady"),
--    note}
--
-- A step's polarity is 1, or -1 when the side's points on the topic in
-- that call are mostly negated; "reversed" is a polarity flip, "changed"
-- points that share little (similarity below 0.2), "steady" the rest.
-- ref = {side, call, claim (index into that call's claims), text (the
-- point), source, speaker, polarity}.
local points = require("callbrief.points")
local gazetteer = require("callbrief.gazetteer")
local tokenize = require("callbrief.tokenize")
local dates = require("callbrief.dates")
local memo = require("callbrief.memo")

local RANK = { steady = 1, changed = 2, reversed = 3 }
local NOT_TOPIC = { january = true, february = true, march = true, april = true, may = true,
  june = true, july = true, august = true, september = true, october = true, november = true,
  december = true, monday = true, tuesday = true, wednesday = true, thursday = true, friday = true,
  saturday = true, sunday = true, president = true, prime = true, minister = true }

-- A side's points on a topic, one moment per day: two calls of the same
-- day are one moment of its line (no move can be seen between them).
local function moments(line)
  local out = {}
  for _, ci in ipairs(line.calls) do
    local st, last = line.by_call[ci], out[#out]
    if last and last.date == st.date then
      for _, r in ipairs(st.points) do last.points[#last.points + 1] = r end
      for _, pt in ipairs(st.pts) do last.pts[#last.pts + 1] = pt end
      last.pol = last.pol + st.pol
    else
      out[#out + 1] = { call = st.call, date = st.date, points = { table.unpack(st.points) },
        pts = { table.unpack(st.pts) }, pol = st.pol }
    end
  end
  return out
end

-- Moments more than MAX_GAP days apart belong to different lines: what a
-- side said of a topic years before is another matter, not a step of the
-- same policy.  Returns the runs of two moments or more.
local MAX_GAP = 120
local function runs(ms)
  local out, cur = {}, {}
  for _, m in ipairs(ms) do
    local prev = cur[#cur]
    if prev and dates.diff_days(m.date, prev.date) > MAX_GAP then
      if #cur >= 2 then out[#out + 1] = cur end
      cur = {}
    end
    cur[#cur + 1] = m
  end
  if #cur >= 2 then out[#out + 1] = cur end
  return out
end

-- The shift entry of one run of moments; `own` the topic's own terms (the
-- question is what the side says about it, not that it names it).
local function shift_of(line, run, own)
  local steps, changes, worst, prev = {}, {}, "steady", nil
  for _, m in ipairs(run) do
    local merged = { terms = {}, n = 0 }
    for _, pt in ipairs(m.pts) do
      for t, w in pairs(pt.terms) do
        if not merged.terms[t] and not own[t] then merged.terms[t] = w; merged.n = merged.n + (w == true and 1 or w) end
      end
    end
    local pol = m.pol >= 0 and 1 or -1
    if prev then
      local sim = points.similarity(prev.merged, merged)
      local c = (pol ~= prev.pol) and "reversed" or (sim < 0.2 and "changed" or "steady")
      changes[#changes + 1] = c
      if RANK[c] > RANK[worst] then worst = c end
    end
    steps[#steps + 1] = { call = m.call, date = m.date, points = m.points, polarity = pol }
    prev = { merged = merged, pol = pol }
  end
  local first, last = steps[1], steps[#steps]
  return {
    kind = "shift", side = line.side, topic = line.topic, steps = steps, changes = changes,
    change = worst,
    note = string.format("%s on %s: %s from %s to %s", line.side or "?", line.topic,
      worst == "steady" and "the same line" or (worst == "reversed" and "reversed" or "other points"),
      first.date, last.date),
  }
end

return {
  name = "shifts",
  stage = "compare",
  version = "1.4.2",
  api = 1,
  description = "across calls: a side's line on a topic from one call to the next",
  run = function(b, ctx)
    local D = points.load(ctx)
    local G      -- loaded when a capitalised word must be checked
    local tm = ctx.text
    -- Is a capitalised word a topic (a place), not a person, an office
    -- or one of the parties?
    local verdict = {}
    local function place(word, parties)
      local f = tm.fold(word)
      if NOT_TOPIC[f] or parties[f] then return false end
      if verdict[f] ~= nil then return verdict[f] end
      G = G or gazetteer.load(ctx)
      local tk = tokenize.run(word, tm)
      local ok = true
      if G:person_at(tk, 1) or G:institution_at(tk, 1) then ok = false end
      -- "Russian", "American": a country's adjective is no place
      local cj, _, how = G:country_at(tk, 1)
      if cj and how == "adjective" then ok = false end
      if ok and not cj and (f:find("ian$") or f:find("ese$") or f:find("ish$") or f:find("ic$")) then ok = false end
      if ok and #G:by_surname(require("callbrief.names").key(tk.f[1] or "")) > 0 then ok = false end
      verdict[f] = ok
      return ok
    end
    -- the folded words of a name or side, split once per name (the same
    -- few sides name every claim)
    local words_of = memo.fn(function(name)
      local ws = {}
      for w in tm.fold(name):gmatch("[%w\128-\255]+") do ws[#ws + 1] = w end
      return ws
    end)
    local lines, keys = {}, {}
    local analysed = {}   -- text -> points.analyse result (read only here)
    local function analyse(t)
      local pt = analysed[t]
      if not pt then pt = points.analyse(t, D, tm); analysed[t] = pt end
      return pt
    end
    for ci, call in ipairs(b.calls or {}) do
      if call.status == "held" and type(call.date) == "string" then
        -- the parties' own names are no topic
        local parties = {}
        for _, p in ipairs(call.participants or {}) do
          for _, w in ipairs(words_of(p)) do parties[w] = true end
        end
        for _, cl in ipairs(call.claims or {}) do
          if cl.side then
            for _, w in ipairs(words_of(cl.side)) do parties[w] = true end
          end
        end
        for i, cl in ipairs(call.claims or {}) do
          for _, t in ipairs(points.split(cl)) do
            local pt = analyse(t)
            for topic in pairs(pt.topics) do
              local known = topic:find("^%l") ~= nil
              if known or place(topic, parties) then
                local key = (cl.side or "?") .. "\0" .. topic
                if not lines[key] then
                  lines[key] = { side = cl.side, topic = topic, by_call = {}, calls = {} }
                  keys[#keys + 1] = key
                end
                local line = lines[key]
                if not line.by_call[ci] then
                  line.by_call[ci] = { call = call.id, date = call.date, points = {}, pol = 0, pts = {} }
                  line.calls[#line.calls + 1] = ci
                end
                local step = line.by_call[ci]
                step.points[#step.points + 1] = { side = cl.side, call = call.id, claim = i, text = t,
                  source = cl.source, speaker = cl.speaker, polarity = pt.polarity }
                step.pol = step.pol + pt.polarity
                step.pts[#step.pts + 1] = pt
              end
            end
          end
        end
      end
    end
    table.sort(keys)
    local out = {}
    for _, key in ipairs(keys) do
      local line = lines[key]
      table.sort(line.calls)     -- b.calls is in date order
      for _, run in ipairs(runs(moments(line))) do
        out[#out + 1] = shift_of(line, run, analyse(line.topic).terms)
      end
    end
    -- the strongest changes first, then by side and topic
    table.sort(out, function(x, y)
      if RANK[x.change] ~= RANK[y.change] then return RANK[x.change] > RANK[y.change] end
      if (x.side or "") ~= (y.side or "") then return (x.side or "") < (y.side or "") end
      return x.topic < y.topic
    end)
    b.comparisons = b.comparisons or {}
    for _, e in ipairs(out) do b.comparisons[#b.comparisons + 1] = e end
    return b
  end,
}
