-- 20-dates.lua — an absolute date and its basis for every call mention,
-- from its time expression and the day its passage is told on
-- (SCHEMA.md): `stated` (an absolute date in the text), `relative` ("on
-- Wednesday", "late Saturday", "yesterday": resolved against that day),
-- `reported` (no expression: on or shortly before that day) or `unknown`
-- (date nil).  That day is the mention's `published`: the date of its
-- paragraph when the source stage gave it one (a live-blog entry's stamp,
-- the day a narrative of clock times is on, a readout feed's item:
-- plugins/source/40-segment.lua), else, for a relative day ("today",
-- "this afternoon", "yesterday") or no time at all, the day a wire story's dateline names
-- one to three days before the page's date (plugins/extract/20-calls.lua,
-- filed_day), else the document's publication date.  Nothing is invented: a weekday
-- or "yesterday" without a publication date stays unknown, and so does a
-- day without a year; the partial facts stay on the mention
-- (`partial = {month, day, weekday}`) so 30-merge can still match it.
--
-- A named weekday is the most recent such day on or before publication
-- for a held call, the next one on or after it for a planned call; with
-- its week ("Monday last week", "Tuesday of next week") it is that day of
-- the week (Monday to Sunday) before or after the report's.
--
-- The exceptions to "nothing is invented": a day and month on a page
-- without a date take the year of a call the page dates in full, else
-- of the full date its text gives nearest (text_years below, extract's
-- `text_year`); a document without a
-- publication date whose dateline gives the day but not the year is dated
-- by the evidence of its own text when that leaves one year
-- (settle_datelines below), else by another document's report of the
-- same call (infer_references below).

local dates = require("callbrief.dates")
local gazetteer = require("callbrief.gazetteer")

local resolve_time
local text_years

-- A time of the telling (`told`: "Trump said that day he had spoken
-- with ..."): the call is on or shortly before that day, as it would be
-- before a report of that date.
local function resolve(m)
  local d, basis, partial = resolve_time(m)
  -- a step from a day the text names ("the next morning" after "on 12
  -- August"): that day moved, relative to it
  local shift = m.time and m.time.kind ~= "same" and m.time.shift
  if d and shift and shift ~= 0 then d, basis = dates.add_days(d, shift), "relative" end
  if m.time and m.time.told and d and basis ~= "unknown" then return d, "reported", partial end
  return d, basis, partial
end

-- (session 12) A weekday written with a month and day and no year ("on
-- the evening of Monday 24 October") that the year inferred from the
-- report's date does not fit (24 October 2023 is a Tuesday): the year of
-- the document's own calls dated in full (stated_year) when the weekday
-- fits it; else, for a call told as past, the nearest earlier year in
-- which it fits.
local function fits(y, t)
  return dates.valid(y, t.month, t.day) and dates.weekday(dates.iso(y, t.month, t.day)) == t.weekday
end

local function weekday_year(y, t, m)
  if not (y and t.weekday) or fits(y, t) then return y end
  local s = m.stated_year
  if s and fits(s, t) then return s end
  if m.status ~= "planned" then
    for k = 1, 28 do
      if fits(y - k, t) then return y - k end
    end
  end
  return y
end

resolve_time = function(m)
  local t = m.time or { kind = "report" }
  local pub = m.published
  local planned = m.status == "planned"
  if t.kind == "date" and t.month and t.day then
    if t.year then
      return dates.iso(t.year, t.month, t.day), "stated"
    end
    if pub then
      local y = dates.infer_year(t.month, t.day, pub, planned and 300 or 14)
      y = weekday_year(y, t, m)
      if y then return dates.iso(y, t.month, t.day), "stated" end
    end
    -- a page without a date: the year its own account states ("received
    -- on Wednesday, 5 August 2020 a call ... In the evening of Friday, 7
    -- August, ..."), when the weekday written agrees
    local y = not pub and m.text_year
    if y and dates.valid(y, t.month, t.day)
        and (not t.weekday or dates.weekday(dates.iso(y, t.month, t.day)) == t.weekday) then
      return dates.iso(y, t.month, t.day), "stated"
    end
    return nil, "unknown", { month = t.month, day = t.day }
  elseif t.kind == "date" and t.day then
    -- a day of the month alone ("on the 3rd"): of the report's month
    local d = pub and dates.day_of_month(t.day, pub, planned)
    if d then return d, "stated" end
    return nil, "unknown", t.weekday and { weekday = t.weekday } or nil
  elseif t.kind == "date" then
    return nil, "unknown", { month = t.month, year = t.year }
  elseif t.kind == "weekday" then
    if not pub then return nil, "unknown", { weekday = t.weekday } end
    -- "Monday last week": that day of the week before the report's
    if t.weeks then return dates.weekday_of_week(t.weekday, t.weeks, pub), "relative" end
    if planned or (t.dir and t.dir > 0) then
      return dates.next_weekday(t.weekday, pub, t.dir and t.dir > 0), "relative"
    end
    local d = dates.last_weekday(t.weekday, pub)
    if t.dir and t.dir < 0 and d == pub then d = dates.add_days(d, -7) end
    return d, "relative"
  elseif t.kind == "relative" then
    if not pub then return nil, "unknown" end
    return dates.add_days(pub, t.days or 0), "relative"
  elseif t.kind == "week" then
    if pub and (t.weeks or 0) == 0 and not planned and not t.earlier then return pub, "reported" end
    return nil, "unknown"
  elseif t.kind == "vague" then
    return nil, "unknown"                       -- "earlier this month", "recently"
  end
  -- No expression: the report's own date, for a held call.
  if pub and m.status == "held" then return pub, "reported" end
  return nil, "unknown"
end

-- The year a page without a date states for its calls: for each mention
-- of such a page with a month and day but no year, the year of the latest
-- call of the same document told before it with a full date (else of the
-- first told after it), as `text_year`.
text_years = function(b)
  -- (session 12) for every mention, the year of the document's latest
  -- call told before it with a full date, else of the first told after
  -- it (stated_year, for weekday_year)
  local all = {}
  for _, m in ipairs(b.mentions or {}) do
    local list = all[m.doc] or {}
    all[m.doc] = list
    list[#list + 1] = m
  end
  for _, list in pairs(all) do
    local last
    for _, m in ipairs(list) do
      local t = m.time or {}
      if t.kind == "date" and t.year then last = t.year else m.stated_year = last end
    end
    local after
    for k = #list, 1, -1 do
      local t = list[k].time or {}
      if t.kind == "date" and t.year then after = t.year
      elseif not list[k].stated_year then list[k].stated_year = after end
    end
  end
  local by_doc = {}
  for _, m in ipairs(b.mentions or {}) do
    if not m.published then
      local list = by_doc[m.doc] or {}
      by_doc[m.doc] = list
      list[#list + 1] = m
    end
  end
  for _, list in pairs(by_doc) do
    local last
    for _, m in ipairs(list) do
      local t = m.time or {}
      if t.kind == "date" and t.year then last = t.year
      elseif t.kind == "date" and t.month and t.day then m.text_year = last or m.text_year end
    end
    local after
    for k = #list, 1, -1 do
      local t = list[k].time or {}
      if t.kind == "date" and t.year then after = t.year
      elseif t.kind == "date" and t.month and t.day and not list[k].text_year then list[k].text_year = after end
    end
  end
end

-- The documents without a publication date whose dateline gives a month
-- and day but no year ("ISTANBUL, Dec 24 (Reuters)"), in corpus order:
-- {id, mentions = {m...}, date = the dateline's parse}.
local function yearless_datelines(b)
  local by_doc, out = {}, {}
  for _, m in ipairs(b.mentions or {}) do
    if m.dateline and not m.published then
      local doc = by_doc[m.doc]
      if not doc then
        local d = dates.parse(m.dateline)
        doc = { id = m.doc, mentions = {}, date = d }
        by_doc[m.doc] = doc
        if d and d.month and d.day and not d.year then out[#out + 1] = doc end
      end
      table.insert(doc.mentions, m)
    end
  end
  return out
end

-- A document without a publication date whose dateline gives a day but no
-- year ("ISTANBUL, Dec 24 (Reuters)") is dated when another document,
-- dated itself, reports a call of the same people that this document
-- dates by a weekday or "yesterday": the year is the one that puts the
-- dateline on or at most a week after that call and makes the weekday
-- name that very day.  Every such call of the document must agree on the
-- year; then the dateline day is the document's reference date.
local function infer_references(b)
  for _, doc in ipairs(yearless_datelines(b)) do
    local id, list, d = doc.id, doc.mentions, doc.date
    local years, conflict = nil, false
    for _, m in ipairs(list) do
      local t = m.time or {}
      if t.kind == "weekday" or t.kind == "relative" then
        local key = table.concat(m.participants, "\0")
        for _, a in ipairs(b.mentions) do
          if a.doc ~= id and a.date and a.published and table.concat(a.participants, "\0") == key then
            local y0 = tonumber(a.date:sub(1, 4))
            for y = y0, y0 + 1 do
              local ref = dates.iso(y, d.month, d.day)
              if ref and dates.diff_days(ref, a.date) >= 0 and dates.diff_days(ref, a.date) <= 7 then
                local probe = { time = t, published = ref, status = m.status }
                if resolve(probe) == a.date then
                  if years and years ~= y then conflict = true end
                  years = y
                end
              end
            end
          end
        end
      end
    end
    if years and not conflict then
      local ref = dates.iso(years, d.month, d.day)
      for _, m in ipairs(list) do
        m.published, m.published_inferred = ref, true
      end
    end
  end
end

-- A dateline without a year -----------------------------------------------

-- Whether the gazetteer record p held office on iso: the office the
-- document names (`how` a role: "Prime Minister Erdogan" is no evidence
-- for his years as president), any office (`how` true); a person named
-- "president-elect" (`how` "elect") must take office within the year after.
local function in_office(G, p, iso, how)
  if how == "new" then
    -- "new Prime Minister X": in an office taken within the year before
    for _, r in ipairs(p.roles or {}) do
      local from, to = r.from and tostring(r.from), r.to and tostring(r.to)
      if from and from <= iso and (not to or to >= iso) and dates.diff_days(iso, from) <= 366 then
        return true
      end
    end
    return false
  end
  if how ~= "elect" then return G:holds(p, nil, how ~= true and how or nil, iso) end
  for _, r in ipairs(p.roles or {}) do
    local from = r.from and tostring(r.from)
    if from and from > iso and dates.diff_days(from, iso) <= 366 then return true end
  end
  return false
end

-- How a person named by several mentions is named: "elect" once is
-- "elect"; one role, or one role and none, is that role; two roles, any.
local function named_as(a, b)
  if a == nil or a == b then return b end
  if a == "elect" or b == "elect" then return "elect" end
  if a == "new" or b == "new" then return "new" end
  if a == true then return b end
  if b == true then return a end
  return true
end

-- The years (from..to) the dateline's day may fall in: while every
-- person the document's calls name held office (a person the gazetteer
-- has no offices for says nothing), not after `today`, not before a year
-- the text names as past; on the weekday the text names as the report's
-- own ("officials said Thursday").  Only the people's terms bound the
-- years: without any, nothing is settled.
local function dateline_years(G, month, day, people, clues, today)
  local lo, hi
  for p, elect in pairs(people) do
    for _, r in ipairs(p.roles or {}) do
      local from = r.from and tonumber(tostring(r.from):sub(1, 4))
      local to = r.to and tonumber(tostring(r.to):sub(1, 4)) or (today and tonumber(today:sub(1, 4)))
      if elect == "elect" and from then from = from - 1 end
      if from and to then
        lo, hi = math.min(lo or from, from), math.max(hi or to, to)
      end
    end
  end
  if not lo then return {} end
  local out = {}
  for y = math.max(lo, clues.since or lo), hi do
    local iso = dates.iso(y, month, day)
    local ok = iso and (not today or iso <= today)
      and (not clues.weekday or dates.weekday(iso) == clues.weekday)
    for p, how in pairs(people) do
      if ok and p.roles and #p.roles > 0 then ok = in_office(G, p, iso, how) end
    end
    if ok then out[#out + 1] = y end
  end
  return out
end

-- A document without a publication date whose dateline gives a month and
-- day ("TOKYO, March 10 (Kyodo) --") gets the year when exactly one
-- remains (dateline_years); the document's published_basis is then
-- "dateline_inferred".  10-actors puts the people each mention names
-- (`named`: canonical name -> the role the text gives, true, "elect" or
-- "former"; a former office holder is no evidence) and the text's clues
-- (`clues`, timex.report_clues) on the mentions of such documents.
local function settle_datelines(b, ctx, today)
  local G
  for _, doc in ipairs(yearless_datelines(b)) do
    local id, list, d = doc.id, doc.mentions, doc.date
    if list[1].clues then
      -- this plugin's own index of the gazetteer, built only when needed
      G = G or gazetteer.load(ctx)
      local people = {}
      for _, m in ipairs(list) do
        for name, how in pairs(m.named or {}) do
          local p = G:person(name)
          if p and how ~= "former" then people[p] = named_as(people[p], how) end
        end
      end
      local years = dateline_years(G, d.month, d.day, people, list[1].clues, today)
      if #years == 1 then
        local iso = dates.iso(years[1], d.month, d.day)
        for _, m in ipairs(list) do m.published = iso end
        for _, bd in ipairs(b.documents or {}) do
          if bd.id == id then bd.published, bd.published_basis = iso, "dateline_inferred" end
        end
      end
    end
  end
end

-- (session 17) A day and month without a year on a page without a date,
-- when the page gives no year of its own (text_year): the one year in
-- which every office holder the page names by office held that office on
-- that day (10-actors' `page_named`; the weekday, when told, agreeing),
-- as `text_year`.  One office holder alone, or several whose terms
-- overlap for more than a year, settle nothing.
local function settle_page_years(b, ctx, today)
  local G
  for _, m in ipairs(b.mentions or {}) do
    local t = m.time or {}
    if not m.published and not m.text_year and m.page_named and next(m.page_named)
        and t.kind == "date" and t.month and t.day and not t.year then
      G = G or gazetteer.load(ctx)
      local people = {}
      for name, how in pairs(m.page_named) do
        local p = G:person(name)
        if p then people[p] = how end
      end
      local years = dateline_years(G, t.month, t.day, people, { weekday = t.weekday }, today)
      if #years == 1 then m.text_year = years[1] end
    end
  end
end

return {
  name = "dates",
  stage = "link",
  version = "1.11.0",
  api = 1,
  description = "absolute call dates and their basis from time expressions",
  run = function(b, ctx)
    settle_datelines(b, ctx, ctx and ctx.run and ctx.run.generated)
    text_years(b)
    settle_page_years(b, ctx, ctx and ctx.run and ctx.run.generated)
    for _, m in ipairs(b.mentions or {}) do
      m.date, m.date_basis, m.partial = resolve(m)
    end
    infer_references(b)
    local last_dated = {}
    for _, m in ipairs(b.mentions or {}) do
      m.date, m.date_basis, m.partial = resolve(m)
      -- "telephoned Hollande the same night": the day of the latest call
      -- of the document dated by its own expression
      local t = m.time or {}
      if t.kind == "same" then
        local prev = last_dated[m.doc]
        if prev then
          m.date, m.date_basis = prev.date, prev.date_basis
          -- "the next day": a step from it
          if (t.shift or 0) ~= 0 then m.date, m.date_basis = dates.add_days(prev.date, t.shift), "relative" end
        end
      elseif m.date and m.date_basis ~= "reported" and m.date_basis ~= "unknown" then
        last_dated[m.doc] = m
      end
      if m.status == "denied" and m.date_basis ~= "stated" and not (m.attempt and m.date_basis == "relative")
          and not m.own_day then
        -- a call that did not happen has no day, unless the text gives one
        -- or it was tried on a day ("On Monday, Bush tried to telephone
        -- him and could not get through": the day of the attempt), or the
        -- clause telling the denied call gives it (`own_day`: "reports
        -- that X spoke to Y on Sunday"; "said on Saturday he had not
        -- called him" dates the saying)
        m.date, m.date_basis = nil, "unknown"
      end
    end
    return b
  end,
}
