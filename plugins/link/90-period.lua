-- 90-period.lua — keep the calls of the period asked for (--since/--until,
-- --week, --period).  A dated call is kept when its date falls in the
-- period; an undated one when one of its sources was published in it (the
-- call happened on or shortly before the report) or states no date at all.
-- Documents published outside the period are noted in
-- briefing.outside_period; calls left out are counted in
-- briefing.stats.outside_period.
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

return {
  name = "period",
  stage = "link",
  version = "1.0.0",
  api = 1,
  description = "keep the calls in the period asked for; note documents outside it",
  run = function(briefing, ctx)
    local p = ctx.run.period
    if not p then return end
    local published = published_by_id(briefing)
    local kept, dropped = {}, 0
    for _, call in ipairs(briefing.calls or {}) do
      if keep(call, p, published) then kept[#kept + 1] = call else dropped = dropped + 1 end
    end
    briefing.calls = kept
    briefing.period = { from = p.from, to = p.to }
    briefing.stats = briefing.stats or {}
    briefing.stats.outside_period = dropped
    local outside = {}
    for _, d in ipairs(briefing.documents or {}) do
      if d.published and not within(d.published, p) then
        outside[#outside + 1] = { id = d.id, published = d.published }
      end
    end
    briefing.outside_period = outside
    return briefing
  end,
}
