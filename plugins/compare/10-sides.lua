-- 10-sides.lua — group each call's claims by side.
--
-- call.by_side = {{side, claims = {index into call.claims...}}, ...},
-- sorted by side.  This is the frame the later comparisons work in
-- (20-points: points both sides made, one side alone, contradictions;
-- 30-shifts: a side's line from call to call; 40-sources: one side's
-- account as two outlets give it).  Also starts call.comparison and
-- briefing.comparisons empty so renderers can rely on them.
return {
  name = "sides",
  stage = "compare",
  version = "1.1.0",
  api = 1,
  description = "group each call's claims by the side whose account they are",
  run = function(b)
    for _, call in ipairs(b.calls or {}) do
      local by, order = {}, {}
      for i, cl in ipairs(call.claims or {}) do
        local side = cl.side or "unknown"
        if not by[side] then
          by[side] = { side = side, claims = {} }
          order[#order + 1] = side
        end
        table.insert(by[side].claims, i)
      end
      table.sort(order)
      call.by_side = {}
      for _, side in ipairs(order) do call.by_side[#call.by_side + 1] = by[side] end
      call.comparison = call.comparison or { sides = order, both = {}, only = {}, differ = {} }
    end
    b.comparisons = b.comparisons or {}
    return b
  end,
}
