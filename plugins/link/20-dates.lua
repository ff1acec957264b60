-- 20-dates.lua — an absolute date and its basis for every call mention,
-- from its time expression and the document's publication date
-- (SCHEMA.md): `stated` (an absolute date in the text), `relative` ("on
-- Wednesday", "late Saturday", "yesterday": resolved against the
-- publication date), `reported` (no expression: on or shortly before the
-- report's date) or `unknown` (date nil).  Nothing is invented: a weekday
-- or "yesterday" without a publication date stays unknown, and so does a
-- day without a year; the partial facts stay on the mention
-- (`partial = {month, day, weekday}`) so 30-merge can still match it.
--
-- A named weekday is the most recent such day on or before publication
-- for a held call, the next one on or after it for a planned call.
--
-- The one exception to "nothing is invented": a document without a
-- publication date whose dateline gives the day but not the year is dated
-- by another document's report of the same call (infer_references below).

local dates = require("callbrief.dates")

local function resolve(m)
  local t = m.time or { kind = "report" }
  local pub = m.published
  local planned = m.status == "planned"
  if t.kind == "date" and t.month and t.day then
    if t.year then
      return dates.iso(t.year, t.month, t.day), "stated"
    end
    if pub then
      local y = dates.infer_year(t.month, t.day, pub, planned and 300 or 14)
      if y then return dates.iso(y, t.month, t.day), "stated" end
    end
    return nil, "unknown", { month = t.month, day = t.day }
  elseif t.kind == "date" then
    return nil, "unknown", { month = t.month, year = t.year }
  elseif t.kind == "weekday" then
    if not pub then return nil, "unknown", { weekday = t.weekday } end
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
    if pub and (t.weeks or 0) == 0 and not planned then return pub, "reported" end
    return nil, "unknown"
  elseif t.kind == "vague" then
    return nil, "unknown"                       -- "earlier this month", "recently"
  end
  -- No expression: the report's own date, for a held call.
  if pub and m.status == "held" then return pub, "reported" end
  return nil, "unknown"
end

-- A document without a publication date whose dateline gives a day but no
-- year ("ISTANBUL, Dec 24 (Reuters)") is dated when another document,
-- dated itself, reports a call of the same people that this document
-- dates by a weekday or "yesterday": the year is the one that puts the
-- dateline on or at most a week after that call and makes the weekday
-- name that very day.  Every such call of the document must agree on the
-- year; then the dateline day is the document's reference date.
local function infer_references(b)
  local by_doc, order = {}, {}
  for _, m in ipairs(b.mentions or {}) do
    if m.dateline and not m.published then
      if not by_doc[m.doc] then
        by_doc[m.doc] = {}
        order[#order + 1] = m.doc
      end
      table.insert(by_doc[m.doc], m)
    end
  end
  for _, id in ipairs(order) do
    local list = by_doc[id]
    local d = dates.parse(list[1].dateline)
    if d and d.month and d.day and not d.year then
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
end

return {
  name = "dates",
  stage = "link",
  version = "1.0.0",
  api = 1,
  description = "absolute call dates and their basis from time expressions",
  run = function(b)
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
        if prev then m.date, m.date_basis = prev.date, prev.date_basis end
      elseif m.date and m.date_basis ~= "reported" and m.date_basis ~= "unknown" then
        last_dated[m.doc] = m
      end
      if m.status == "denied" and m.date_basis ~= "stated" then
        -- a call that did not happen has no day, unless the text gives one
        m.date, m.date_basis = nil, "unknown"
      end
    end
    return b
  end,
}
