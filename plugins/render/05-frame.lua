-- 05-frame.lua — the briefing's frame before anything is written: title,
-- generated date, period covered and counts, filled in where the earlier
-- stages left them out.
local function period_of(calls)
  local from, to
  for _, call in ipairs(calls) do
    if call.date then
      if not from or call.date < from then from = call.date end
      if not to or call.date > to then to = call.date end
    end
  end
  if from then return { from = from, to = to } end
  return nil
end

local function count_claims(calls)
  local n = 0
  for _, call in ipairs(calls) do n = n + #(call.claims or {}) end
  return n
end

return {
  name = "frame",
  stage = "render",
  version = "1.0.0",
  api = 1,
  description = "fill in title, generated date, period and counts",
  run = function(briefing, ctx)
    briefing.calls = briefing.calls or {}
    briefing.documents = briefing.documents or {}
    briefing.period = briefing.period or period_of(briefing.calls)
    briefing.generated = briefing.generated or ctx.run.generated
    briefing.title = ctx.run.title or briefing.title or "Calls between leaders"
    briefing.stats = briefing.stats or {}
    briefing.stats.calls = #briefing.calls
    briefing.stats.documents = #briefing.documents
    briefing.stats.claims = count_claims(briefing.calls)
    return briefing
  end,
}
