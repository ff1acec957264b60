-- 10-sides.lua — group each call's claims by side.
--
-- call.by_side = {{side, claims = {index into call.claims...}}, ...},
-- sorted by side.  This is the frame later comparisons work in: points
-- both sides made, points one side made alone, contradictions (a later
-- plugin fills call.comparison = {both = {}, only = {side -> {}},
-- contradictions = {}}; left empty here so renderers can rely on it).
return {
  name = "sides",
  stage = "compare",
  version = "1.0.0",
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
      call.comparison = call.comparison or { both = {}, only = {}, contradictions = {} }
    end
    return b
  end,
}
