-- reach.lua — which dates an input's documents can bring into a briefing,
-- worked out from their extractions alone (require "callbrief.reach").
-- The archive keeps these facts beside each extraction (archive.c, table
-- reach), so a run over a period (--since/--until, --week, --period)
-- decodes and links only the documents that can report a call of the
-- period, and lists the others' (id, published) for outside_period from
-- the archive.
--
--   reach.facts(list, first, last, input_id) -> facts
--     for the extractions list[first..last] of one input:
--     { from = ISO | nil, to = ISO | nil,   -- the span of the dates its
--                                           -- calls can be given, widened
--                                           -- by MARGIN_DAYS each side
--       wild = bool,        -- a call link may date from other documents
--                           -- or leave undated
--       nodate = bool,      -- a document without a publication date has
--                           -- calls: always linked
--       partial = bool,     -- an undated call with a weekday or a day and
--                           -- month of its own (30-merge may join it to
--                           -- any dated call of its people)
--       docs = "SUFFIX\tPUBLISHED\n...",  -- each document's id after the
--                                           -- input's own, and its date
--       names = "KEY KEY;+KEY;*" }  -- the people it names, each as the
--                           -- keys of its words (names.key), ";"
--                           -- between people; "+KEY" a surname as a
--                           -- call writes it (link may give it to a
--                           -- namesake); "*" when a call names someone
--                           -- by office only (link may find anyone
--                           -- holding it)
--   reach.settle(docs, anchors) -> {bool...}
--     which of the documents left unread must be read after all.  docs:
--     { {names =, wild = bool}, ... } (wild: it has an undated call);
--     anchors: the documents read whose undated calls are in the
--     briefing (published in the period, or without a date: 90-period
--     keeps such a call), { {names =, partial = bool, dated = bool}, ... }.
--     30-merge joins an undated call to an undated call of the same
--     people, and one with partial facts to a dated one too: a document
--     is read when it may have a call of an anchor's people, naming two
--     of them (or anyone by office: `*`; an anchor with a date finds
--     people by office too), undated for any anchor, dated for an anchor
--     with partial facts.
--   reach.usable(chain) -> bool, why
--     whether the prefilter is sound for a link chain given as
--     { {name =, version =, builtin = bool}, ... }
--
-- The dates mirror link/20-dates (resolve_time) from above: a mention's
-- date is the date it states, or lies within a week of the day the
-- document (or the call) was published; what 20-dates may leave undated
-- or date from other documents is `wild`.  30-merge moves a merged call's
-- date at most a few days from any of its reports' (a day for each change
-- of basis), inside MARGIN_DAYS.  usable() accepts only the link plugins
-- and versions this was written against: another dates or merge plugin
-- could date differently.

local dates = require("callbrief.dates")
local names = require("callbrief.names")
local text = require("callbrief.text")

local M = {}

M.MARGIN_DAYS = 7

-- The built-in link plugins whose behaviour the facts depend on, at the
-- versions checked against (a newer version turns the prefilter off
-- until this table is brought up to date with it).
M.KNOWN = {
  actors = "1.28.0", dates = "1.11.0", merge = "1.13.0", claims = "1.3.0", period = "1.2.0",
}
M.ORDER = { "actors", "dates", "merge", "claims", "period" }

-- The earliest and latest date a mention can be given, or nil when link
-- may leave it undated; the second result is true for an undated mention
-- with partial facts (weekday, month and day).
local span_of
local function span(call, pub)
  local from, to, partial = span_of(call, pub)
  -- a step from a day the text names ("the next morning"): 20-dates
  -- moves that day by it
  local shift = call.time and call.time.kind ~= "same" and call.time.shift
  if from and shift and shift ~= 0 then
    from, to = dates.add_days(from, shift), dates.add_days(to, shift)
  end
  return from, to, partial
end
span_of = function(call, pub)
  local t = call.time or { kind = "report" }
  local planned, held = call.status == "planned", call.status == "held"
  local kind = t.kind or "report"
  if kind == "date" and t.year and t.month and t.day then
    local d = dates.iso(t.year, t.month, t.day)
    return d, d
  end
  if kind == "date" and t.day and not t.month then
    -- a day of the month alone ("on the 3rd"): of the report's month
    local d = pub and dates.day_of_month(t.day, pub, planned)
    if not d then return nil, nil, t.weekday ~= nil end
    return d, d
  end
  if kind == "date" then
    if not (t.month and t.day) then return nil end
    local y = pub and dates.infer_year(t.month, t.day, pub, planned and 300 or 14)
    -- (without pub, 20-dates may take the year the page's account states;
    -- such a page is always read: `nodate`)
    if not y then return nil, nil, true end
    local d = dates.iso(y, t.month, t.day)
    -- (a weekday the inferred year does not fit: 20-dates may take
    -- another year, that of the document's own dated calls or an
    -- earlier one)
    if t.weekday and dates.weekday(d) ~= t.weekday then return nil, nil, true end
    return d, d
  end
  -- (20-dates may date a weekday or "yesterday" of a dateline without a
  -- year by another document's call of the same people)
  if not pub then return nil, nil, kind == "weekday" or kind == "relative" end
  -- a call denied took place has no day unless the text states one, or
  -- it was tried on a day (20-dates: the attempt's day), or the clause
  -- telling the denied call gives it (`own_day`)
  if call.status == "denied" and not (call.attempt and (kind == "weekday" or kind == "relative"))
      and not call.own_day then
    return nil
  end
  if kind == "weekday" and t.weeks then
    -- "Monday last week": that day of the week before the report's
    local d = dates.weekday_of_week(t.weekday, t.weeks, pub)
    return d, d
  elseif kind == "weekday" then
    -- the next such day for a planned call or "next Monday", else the last
    if planned or (t.dir and t.dir > 0) then return pub, dates.add_days(pub, 7) end
    return dates.add_days(pub, -7), pub
  elseif kind == "relative" then
    local d = dates.add_days(pub, t.days or 0)
    return d, d
  elseif kind == "week" then
    -- ("earlier this week": the six days before the report's)
    if (t.weeks or 0) == 0 and not planned and t.earlier then return dates.add_days(pub, -6), dates.add_days(pub, -1) end
    if (t.weeks or 0) == 0 and not planned then return pub, pub end
    return nil
  elseif kind == "report" or kind == "same" then
    -- "the same night" takes the day of an earlier call of the document
    if held then return pub, pub end
    return nil
  end
  return nil   -- vague, or a kind this does not know
end

-- The keys of the words of a name, as one person: "key key".
local function person_keys(name)
  local out = {}
  for w in text.fold(names.clean(name)):gsub("[%.,]", " "):gmatch("%S+") do
    out[#out + 1] = names.key(w)
  end
  return table.concat(out, " ")
end

-- Adds the people of the call mention `call` to the set `people` (keys
-- -> true); true when one is named by office or by country only.
local function add_people(call, people)
  local by_office = false
  for _, q in ipairs(call.people or {}) do
    for _, name in ipairs({ q.name, table.unpack(q.candidates or {}) }) do
      if type(name) == "string" and name ~= "" then
        local k = person_keys(name)
        if k ~= "" then people[k] = true end
      end
    end
    -- the surname as written, which link may give to a namesake
    local written = type(q.text) == "string" and names.clean(q.text) or ""
    local surname = written ~= "" and names.surname(written, text)
    if surname then people["+" .. names.key(surname)] = true end
    if not q.name and not (q.candidates and #q.candidates > 0) then by_office = true end
  end
  return by_office
end

-- Adds every person the extraction names to `people`.
local function add_all(ex, people)
  local by_office = false
  for _, call in ipairs(ex.calls or {}) do
    by_office = add_people(call, people) or by_office
  end
  if by_office then people["*"] = true end
  for _, q in ipairs(ex.people or {}) do
    local k = type(q.name) == "string" and person_keys(q.name) or ""
    if k ~= "" then people[k] = true end
  end
end

local function joined(set)
  local keys = {}
  for k in pairs(set) do keys[#keys + 1] = k end
  table.sort(keys)
  return table.concat(keys, ";")
end

function M.facts(list, first, last, input_id)
  local f = { wild = false, partial = false }
  local lo, hi
  local docs, people, undated = {}, {}, {}
  for i = first, last do
    local ex = list[i]
    local doc = ex.document or {}
    local id = tostring(doc.id or "")
    local suffix = id
    if input_id and id:sub(1, #input_id) == input_id then
      suffix = id:sub(#input_id + 1)
    else
      f.nodate = true   -- an id the archive could not give back: always read
    end
    local published = type(doc.published) == "string" and doc.published or ""
    if doc.published ~= nil and published == "" then f.nodate = true end   -- not a date
    if (suffix .. published):find("[\t\n]") then
      -- (a file name with a tab or a newline): always read
      f.nodate = true
      suffix, published = suffix:gsub("[\t\n]", " "), published:gsub("[\t\n]", " ")
    end
    docs[#docs + 1] = suffix .. "\t" .. published .. "\n"
    local by_id, by_office = {}, false
    for _, call in ipairs(ex.calls or {}) do by_id[call.id or false] = call end
    for _, call in ipairs(ex.calls or {}) do
      local a, b, partial = span(call, call.published or doc.published)
      if not a then
        f.wild = true
        f.partial = f.partial or partial == true
        -- the people of an undated call: its own, its antecedent's (a
        -- reference back keeps them), or anyone the document names
        -- when one is named by office
        by_office = add_people(call, undated) or by_office
        if call.ref and by_id[call.ref] then
          by_office = add_people(by_id[call.ref], undated) or by_office
        end
      else
        if not lo or a < lo then lo = a end
        if not hi or b > hi then hi = b end
      end
    end
    -- a document without a date may be dated by its dateline or by
    -- others, and its undated calls are in every period
    if not doc.published and #(ex.calls or {}) > 0 then f.wild, f.nodate = true, true end
    add_all(ex, people)
    if by_office then add_all(ex, undated) end
  end
  f.names, f.undated = joined(people), joined(undated)
  if lo then
    f.from, f.to = dates.add_days(lo, -M.MARGIN_DAYS), dates.add_days(hi, M.MARGIN_DAYS)
  end
  f.docs = table.concat(docs)
  return f
end

-- The people an anchor's names stand for: {full = "key key", words...}
-- each; a surname as written that is a word of a full name is that
-- person's, else one of its own.
local function people_of(names_text)
  local full, plus, star = {}, {}, false
  for person in names_text:gmatch("[^;]+") do
    if person == "*" then
      star = true
    elseif person:find("^%+") then
      plus[#plus + 1] = person:sub(2)
    else
      local p = { full = person }
      for w in person:gmatch("%S+") do p[#p + 1] = w end
      full[#full + 1] = p
    end
  end
  for _, k in ipairs(plus) do
    local known = false
    for _, p in ipairs(full) do
      for _, w in ipairs(p) do if w == k then known = true end end
    end
    if not known then full[#full + 1] = { full = k, k } end
  end
  return full, star
end

-- A document's names: the full names it gives (set), the surnames its
-- calls write (set), whether a call names someone by office.
local function names_of(names_text)
  local full, plus, star = {}, {}, false
  for person in names_text:gmatch("[^;]+") do
    if person == "*" then star = true
    elseif person:find("^%+") then plus[person:sub(2)] = true
    else full[person] = true end
  end
  return full, plus, star
end

-- Whether a document may name two of the anchor's people: each by the
-- full name, or by a word of it as the surname a call writes (link may
-- take that to the person: a namesake, an office holder of that name),
-- two different names for the two ("Aliyev" alone names one Aliyev).
local function names_two(full, plus, people)
  local seen = {}   -- the names matching one person each, so far
  for _, p in ipairs(people) do
    local mine = {}
    if full[p.full] then mine[#mine + 1] = p.full end
    for _, w in ipairs(p) do
      if plus[w] then mine[#mine + 1] = "+" .. w end
    end
    for _, t in ipairs(mine) do
      for _, u in ipairs(seen) do
        if u ~= t then return true end
      end
    end
    for _, t in ipairs(mine) do seen[#seen + 1] = t end
  end
  return false
end

-- Index of anchors by the names that may match their people: "=" full
-- name, "+" a word of one (names_two's two ways).
local function index_anchors(anchors)
  local by = {}
  local function add(key, a)
    local list = by[key]
    if not list then list = {}; by[key] = list end
    if list[#list] ~= a then list[#list + 1] = a end
  end
  for _, a in ipairs(anchors) do
    a.people, a.star = people_of(a.undated)
    for _, p in ipairs(a.people) do
      add("=" .. p.full, a)
      for _, w in ipairs(p) do add("+" .. w, a) end
    end
  end
  return by
end

-- The anchors one of whose people a document's names may match.
local function candidates(by, full, plus)
  local out, seen = {}, {}
  local function take(list)
    for _, a in ipairs(list or {}) do
      if not seen[a] then seen[a] = true; out[#out + 1] = a end
    end
  end
  for f in pairs(full) do take(by["=" .. f]) end
  for k in pairs(plus) do take(by["+" .. k]) end
  return out
end

function M.settle(docs, anchors)
  local out = {}
  local by = index_anchors(anchors)
  -- (an anchor with a date that names someone by office: link may find
  -- anyone holding it)
  local any_partial, any_star, partial_star = false, false, false
  for _, a in ipairs(anchors) do
    any_partial = any_partial or a.partial
    any_star = any_star or (a.star and a.dated)
    partial_star = partial_star or (a.partial and a.star and a.dated)
  end
  for i, d in ipairs(docs) do
    -- a dated call may take an anchor's undated call with partial facts;
    -- an undated one, any undated call of the anchor's people
    local need = false
    if any_partial or d.wild then
      local full, plus, star = names_of(d.names)
      local ufull, uplus, ustar = names_of(d.undated)
      need = partial_star or (any_partial and star) or (d.wild and (ustar or any_star))
      if not need then
        for _, a in ipairs(candidates(by, full, plus)) do
          if a.partial and names_two(full, plus, a.people) then need = true; break end
        end
      end
      if not need and d.wild then
        for _, a in ipairs(candidates(by, ufull, uplus)) do
          if names_two(ufull, uplus, a.people) then need = true; break end
        end
      end
    end
    out[i] = need
  end
  return out
end

function M.usable(chain)
  local seen = {}
  for _, p in ipairs(chain) do
    if not p.builtin then return false, "the link plugin " .. p.name .. " is not a built-in one" end
    if M.KNOWN[p.name] ~= p.version then
      return false, "the link plugin " .. p.name .. " " .. p.version .. " is not one it knows"
    end
    seen[p.name] = true
  end
  for _, name in ipairs(M.ORDER) do
    if not seen[name] then return false, "the link plugin " .. name .. " is not in the chain" end
  end
  return true
end

return M
