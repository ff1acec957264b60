-- 90-period.lua — keep the calls of the period asked for (--since/--until,
-- --week, --period).  A dated call is kept when its date falls in the
-- period; an undated one when one of its sources was published in it (the
-- call happened on or shortly before the report) or states no date at all.
-- The briefing's sources become the documents its calls cite and those
-- published in the period: a weekly run over an archive of years lists
-- this week's reading, not the archive.  Documents published outside the
-- period are noted in briefing.outside_period (all of them, by id; the
-- Markdown shows the first few), with those the archive left unread
-- (briefing.unlinked, from the corpus: incremental.c, lua/reach.lua).
-- briefing.stats.outside_period counts the calls left out that a document
-- published in the period reports (this week's reading of earlier calls):
-- not every call of the archive outside the period, which a run over a
-- period does not link.  The calls kept are numbered call-1, call-2, ...
-- in their order, whatever the archive holds before the period.
local function within(date, p)
  return (not p.from or date >= p.from) and (not p.to or date <= p.to)
end

local function published_by_id(briefing)
  local map = {}
  for _, d in ipairs(briefing.documents or {}) do map[d.id] = d.published or false end
  return map
end

local function keep(call, p, published)
  if call.date then return within(call.date, p) end
  for _, id in ipairs(call.sources or {}) do
    local pub = published[id]
    if not pub or within(pub, p) then return true end
  end
  return false
end

-- A call one of whose sources was published in the period.
local function reported_in(call, p, published)
  for _, id in ipairs(call.sources or {}) do
    local pub = published[id]
    if pub and within(pub, p) then return true end
  end
  return false
end

return {
  name = "period",
  stage = "link",
  version = "1.2.0",
  api = 1,
  description = "keep the calls in the period asked for; note documents outside it",
  run = function(briefing, ctx)
    local p = ctx.run.period
    if not p then return end
    local published = published_by_id(briefing)
    local kept, dropped = {}, 0
    for _, call in ipairs(briefing.calls or {}) do
      if keep(call, p, published) then
        kept[#kept + 1] = call
        call.id = "call-" .. #kept
      elseif reported_in(call, p, published) then
        dropped = dropped + 1
      end
    end
    briefing.calls = kept
    briefing.period = { from = p.from, to = p.to }
    briefing.stats = briefing.stats or {}
    briefing.stats.outside_period = dropped
    local cited = {}
    for _, call in ipairs(kept) do
      for _, id in ipairs(call.sources or {}) do cited[id] = true end
    end
    local documents, outside = {}, {}
    for _, d in ipairs(briefing.documents or {}) do
      local inside = d.published and within(d.published, p)
      if inside or cited[d.id] then documents[#documents + 1] = d end
      if d.published and not inside then
        outside[#outside + 1] = { id = d.id, published = d.published }
      end
    end
    -- the archive's documents left unread: all published outside the period
    if briefing.unlinked and #briefing.unlinked > 0 then
      for _, d in ipairs(briefing.unlinked) do
        if d.published then outside[#outside + 1] = { id = d.id, published = d.published } end
      end
      table.sort(outside, function(a, b) return a.id < b.id end)
    end
    briefing.unlinked = nil
    briefing.documents = documents
    briefing.outside_period = outside
    return briefing
  end,
}
