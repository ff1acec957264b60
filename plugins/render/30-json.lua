-- 30-json.lua — briefing.json, with the field names of the gold files
-- (../shared/corpus/SCHEMA.md) so a briefing can be scored against gold.
-- Absent values are written as null, lists as [], keys sorted.
local function nullable(json, v)
  if v == nil then return json.null end
  return v
end

local function claim_out(json, c)
  return {
    side = nullable(json, c.side), speaker = nullable(json, c.speaker),
    via = nullable(json, c.via), text = c.text, quote = c.quote == true,
    kind = nullable(json, c.kind), source = nullable(json, c.source),
  }
end

local function call_out(json, call)
  local claims = json.array()
  for i, c in ipairs(call.claims or {}) do claims[i] = claim_out(json, c) end
  local by_side = json.array()
  for i, g in ipairs(call.by_side or {}) do
    by_side[i] = { side = nullable(json, g.side), claims = json.array(g.claims) }
  end
  return {
    id = call.id,
    participants = json.array(call.participants),
    initiator = nullable(json, call.initiator),
    date = nullable(json, call.date),
    date_basis = call.date_basis or "unknown",
    status = call.status,
    medium = nullable(json, call.medium),
    topics = json.array(call.topics),
    sources = json.array(call.sources),
    claims = claims,
    by_side = by_side,
    comparison = call.comparison,
    change = call.change,
    changed = call.changed and json.array(call.changed) or nil,
  }
end

local function document_out(json, d)
  return {
    file = d.file or d.id, title = nullable(json, d.title), outlet = nullable(json, d.outlet),
    url = nullable(json, d.url), published = nullable(json, d.published),
    published_basis = nullable(json, d.published_basis),
  }
end

local function warning_out(json, w)
  return { file = nullable(json, w.file), line = nullable(json, w.line),
    plugin = nullable(json, w.plugin), message = w.message, level = w.level or "warning" }
end

local function map(json, list, f)
  local out = json.array()
  for i, v in ipairs(list or {}) do out[i] = f(json, v) end
  return out
end

return {
  name = "json",
  stage = "render",
  version = "1.2.1",
  api = 1,
  description = "write briefing.json in the gold files' format",
  run = function(briefing, ctx)
    if not ctx.run.formats.json then return end
    local json = ctx.json
    local period = json.null
    if briefing.period and (briefing.period.from or briefing.period.to) then
      -- (an end left open is null: --since or --until alone)
      period = { from = briefing.period.from or json.null, to = briefing.period.to or json.null }
    end
    local out = {
      title = briefing.title,
      generated = briefing.generated,
      period = period,
      calls = map(json, briefing.calls, call_out),
      documents = map(json, briefing.documents, document_out),
      warnings = map(json, briefing.warnings, warning_out),
      stats = json.object(briefing.stats or {}),
      changes = briefing.changes,
      comparisons = map(json, briefing.comparisons, function(_, c) return c end),
      -- with a period: every document published outside it
      outside_period = briefing.outside_period and map(json, briefing.outside_period,
        function(_, d) return { id = d.id, published = d.published } end) or nil,
    }
    -- written as it is encoded: 45 MB over 10,000 articles, never one string
    assert(ctx.output.write_json("briefing.json", out, { indent = 2 }, "\n"))
  end,
}
