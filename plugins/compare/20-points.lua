-- 20-points.lua — per call: the points both sides made, the points one side
-- made alone, and where the accounts contradict each other.
--
-- A point is one assertion of a claim (claim.points, else its text cut at
-- "; ").  Two points of different sides are the same point when their
-- terms agree (lua/points.lua: folded content words, lemmas and the synonym
-- groups of data/compare/synonyms.yaml — not the exact words; a country
-- by name, adjective or capital is one term, "Iranian" = "Iran" = "Tehran",
-- from the gazetteer, loaded when a point first has a capitalised word; the
-- parties' own names do not count, in any of these forms; names alone make
-- no point the same; the more they share, the lower the similarity
-- needed).  Each point is joined to its best counterpart on every other
-- side; joined points form a group.  A point's polarity there is its
-- polarity over the terms it shares with that counterpart (a group that
-- joins two points of opposite polarity is a contradiction, whatever the
-- side's other points there): negation reaches
-- the end of its clause only ("agreed to restore relations, although no
-- date was set" is positive about the relations; data/compare/polarity.yaml),
-- and opposite states of one thing differ ("sanctions would be lifted" /
-- "would stay in place", "reopened" / "remain closed", "withdrawal" /
-- "deployment"; a state word negates nothing else: "maintain close contact").
-- The decision on two points is points.relation, measured on the annotated
-- pairs of tests/compare/pairs.yaml (tests/lua/test_points_s5.lua).
--
-- call.comparison = {
--   sides  = {side...}                      sides with an account, sorted
--   both   = {{points = {ref...}, shared = {term...}, similarity = 0..1}}
--            a point made by two or more sides, same polarity
--   only   = {{side, points = {ref...}}}    points no other side made
--            (a side alone on the call: all its points)
--   differ = {{kind, points = {ref...}, about = {term...}, note}}
--            kind "polarity"   the same point, one side negating it
--                              ("agreed to X" / "no agreement on X";
--                              "accepted" / "rejected")
--            kind "denial"     one side denies what the other reported
--            kind "initiative" the accounts name different parties as
--                              having asked for the call
--            kind "agreement"  both report an agreement on the same topic
--                              but not the same agreement
-- }
-- ref = {side, claim = index into call.claims, text (the point), source
-- (document id), speaker, polarity (1 | -1; in a group, over the terms
-- shared with its counterpart)}; in "initiative" also
-- initiator (side name).  Order: by the first claim index of each entry.
local points = require("callbrief.points")

local function ref(it)
  return { side = it.side, claim = it.claim, text = it.text, source = it.source, speaker = it.speaker,
    polarity = it.pol or it.pt.polarity }
end

local function first_claim(list)
  local m = math.huge
  for _, r in ipairs(list) do if r.claim < m then m = r.claim end end
  return m
end

local function sort_entries(list)
  table.sort(list, function(a, b)
    local fa, fb = first_claim(a.points), first_claim(b.points)
    if fa ~= fb then return fa < fb end
    return (a.kind or "") < (b.kind or "")
  end)
end

return {
  name = "points",
  stage = "compare",
  version = "1.3.2",
  api = 1,
  description = "per call: points both sides made, points one side made, contradictions",
  run = function(b, ctx)
    local D = points.load(ctx)
    local tm = ctx.text
    local initiator = points.initiator_finder(ctx, D)
    for _, call in ipairs(b.calls or {}) do
      -- the parties' own names say nothing about a point
      local names = {}
      for _, p in ipairs(call.participants or {}) do names[#names + 1] = p end
      for _, cl in ipairs(call.claims or {}) do names[#names + 1] = cl.side or "" end
      local parties = points.parties(names, D, tm)
      local items = {}
      for i, cl in ipairs(call.claims or {}) do
        for _, t in ipairs(points.split(cl)) do
          local it = { side = cl.side or "unknown", claim = i, text = t, source = cl.source,
            speaker = cl.speaker, kind = cl.kind, pt = points.analyse(t, D, tm, parties) }
          it.initiator = initiator(t)
          items[#items + 1] = it
        end
      end
      local sides, seen = {}, {}
      for _, it in ipairs(items) do
        if not seen[it.side] then seen[it.side] = true; sides[#sides + 1] = it.side end
      end
      table.sort(sides)

      -- each point joined to its best counterpart on every other side
      local parent = {}
      for k = 1, #items do parent[k] = k end
      local function find(x)
        while parent[x] ~= x do parent[x] = parent[parent[x]]; x = parent[x] end
        return x
      end
      -- a point's polarity in its group is its polarity over the terms it
      -- shares with its closest counterpart ("agreed to restore relations,
      -- although no date was set" is positive about the relations)
      local best_sim, edge_pol, edge_sim = {}, {}, {}
      -- joined points of opposite polarity: a contradiction inside a group,
      -- whatever the sum of a side's other points there (a side that says
      -- one thing twice, once against the other side's account, "would never
      -- propose closing its borders" / "we are not going to close the border"
      -- against "effectively closing our Southern Border")
      local conflicts = {}
      local function set_pol(x, pol, sim)
        if not edge_sim[x] or sim > edge_sim[x] then edge_sim[x], edge_pol[x] = sim, pol end
      end
      for x, a in ipairs(items) do
        local best = {}
        for y, bb in ipairs(items) do
          if a.side ~= bb.side then
            local ok, sim, shared = points.same(a.pt, bb.pt)
            if ok and (not best[bb.side] or sim > best[bb.side].sim) then
              best[bb.side] = { y = y, sim = sim, shared = shared }
            end
          end
        end
        for _, m in pairs(best) do
          parent[find(x)] = find(m.y)
          best_sim[x] = math.max(best_sim[x] or 0, m.sim)
          local px = points.polarity_over(a.pt, m.shared, items[m.y].pt)
          local py = points.polarity_over(items[m.y].pt, m.shared, a.pt)
          set_pol(x, px, m.sim)
          set_pol(m.y, py, m.sim)
          if px ~= py then conflicts[#conflicts + 1] = { x = x, y = m.y, px = px, py = py } end
        end
      end
      for x, it in ipairs(items) do it.pol = edge_pol[x] end
      local conflicted = {}
      for _, e in ipairs(conflicts) do
        local r = find(e.x)
        conflicted[r] = conflicted[r] or {}
        table.insert(conflicted[r], e)
      end
      local groups, order = {}, {}
      for x in ipairs(items) do
        local r = find(x)
        if not groups[r] then groups[r] = {}; order[#order + 1] = r end
        table.insert(groups[r], x)
      end

      local both, differ, lone = {}, {}, {}
      for _, r in ipairs(order) do
        local g = groups[r]
        local gsides, pol = {}, {}
        for _, x in ipairs(g) do
          local it = items[x]
          gsides[it.side] = true
          pol[it.side] = (pol[it.side] or 0) + (it.pol or it.pt.polarity)
        end
        local nsides = 0
        for _ in pairs(gsides) do nsides = nsides + 1 end
        if nsides < 2 then
          for _, x in ipairs(g) do lone[#lone + 1] = x end
        else
          local signs = {}
          for s, v in pairs(pol) do signs[#signs + 1] = v >= 0 and 1 or -1 end
          local mixed = false
          for k = 2, #signs do if signs[k] ~= signs[1] then mixed = true end end
          if conflicted[r] then mixed = true end
          local refs, sim = {}, 0
          for _, x in ipairs(g) do
            refs[#refs + 1] = ref(items[x])
            sim = math.max(sim, best_sim[x] or 0)
          end
          -- terms every side's points share
          local counts = {}
          for _, x in ipairs(g) do
            for t in pairs(items[x].pt.terms) do
              counts[t] = counts[t] or {}
              counts[t][items[x].side] = true
            end
          end
          local shared = {}
          for t, ss in pairs(counts) do
            local n = 0
            for _ in pairs(ss) do n = n + 1 end
            if n >= 2 then shared[#shared + 1] = t end
          end
          table.sort(shared)
          if mixed then
            local deniers = {}
            for _, x in ipairs(g) do
              if items[x].pt.denial and (items[x].pol or items[x].pt.polarity) < 0 then deniers[items[x].side] = true end
            end
            -- a denial of a negative report reads positive over its terms
            -- ("denied that he had urged him not to escalate")
            for _, e in ipairs(conflicted[r] or {}) do
              for _, x in ipairs({ e.x, e.y }) do
                if items[x].pt.denial then deniers[items[x].side] = true end
              end
            end
            local neg, posi = {}, {}
            if next(deniers) then
              for s in pairs(pol) do if deniers[s] then neg[#neg + 1] = s else posi[#posi + 1] = s end end
            else
              -- the sides of a contradicting pair by their polarity there,
              -- the others by the sum of their points'
              local ns, ps = {}, {}
              for _, e in ipairs(conflicted[r] or {}) do
                local sx, sy = items[e.x].side, items[e.y].side
                if e.px < 0 then ns[sx] = true else ps[sx] = true end
                if e.py < 0 then ns[sy] = true else ps[sy] = true end
              end
              for s, v in pairs(pol) do
                local isneg = v < 0
                if ns[s] and not ps[s] then isneg = true elseif ps[s] and not ns[s] then isneg = false end
                if isneg then neg[#neg + 1] = s else posi[#posi + 1] = s end
              end
            end
            table.sort(neg); table.sort(posi)
            local denial = next(deniers) ~= nil
            differ[#differ + 1] = { kind = denial and "denial" or "polarity", points = refs, about = shared,
              note = string.format("%s %s what %s reported", table.concat(neg, ", "),
                denial and "denies" or "says the opposite of", table.concat(posi, ", ")) }
          else
            both[#both + 1] = { points = refs, shared = shared, similarity = math.floor(sim * 100 + 0.5) / 100 }
          end
        end
      end

      -- a short negated point inside another side's fuller one ("denied
      -- that Putin had agreed to any truce" against "secured Putin's
      -- commitment to a 30-day truce"): the denial is of that point
      local taken = {}
      for _, x in ipairs(lone) do
        local a = items[x]
        if a.pt.polarity < 0 and a.pt.n > 0 and a.pt.n <= 3 and not taken[x] then
          local best
          for _, y in ipairs(lone) do
            local o = items[y]
            if o.side ~= a.side and not taken[y] and points.negates(a.pt, o.pt) then best = best or y end
          end
          if best then
            taken[x], taken[best] = true, true
            local o = items[best]
            differ[#differ + 1] = { kind = a.pt.denial and "denial" or "polarity",
              points = { ref(o), ref(a) }, about = (function()
                local t = {}
                for k in pairs(a.pt.terms) do t[#t + 1] = k end
                table.sort(t)
                return t
              end)(),
              note = string.format("%s %s what %s reported", a.side,
                a.pt.denial and "denies" or "says the opposite of", o.side) }
          end
        end
      end
      if next(taken) then
        local rest = {}
        for _, x in ipairs(lone) do if not taken[x] then rest[#rest + 1] = x end end
        lone = rest
      end

      -- who asked for the call
      local init = {}
      for _, it in ipairs(items) do
        if it.initiator then
          init[it.side] = init[it.side] or {}
          table.insert(init[it.side], it)
        end
      end
      local named = {}
      for s, list in pairs(init) do named[#named + 1] = { side = s, who = list[1].initiator, list = list } end
      table.sort(named, function(x, y) return x.side < y.side end)
      for k = 2, #named do
        if named[k].who ~= named[1].who then
          local refs = {}
          for _, n in ipairs(named) do
            for _, it in ipairs(n.list) do
              local r = ref(it)
              r.initiator = it.initiator
              refs[#refs + 1] = r
            end
          end
          local parts = {}
          for _, n in ipairs(named) do parts[#parts + 1] = n.side .. ": " .. n.who end
          differ[#differ + 1] = { kind = "initiative", points = refs, about = { "initiative" },
            note = "who asked for the call — " .. table.concat(parts, "; ") }
          break
        end
      end

      -- agreements reported on the same topic that are not the same agreement
      local agreed = {}
      for _, x in ipairs(lone) do
        local it = items[x]
        if it.kind == "agreement" then
          for t in pairs(it.pt.topics) do
            agreed[t] = agreed[t] or {}
            agreed[t][it.side] = agreed[t][it.side] or {}
            table.insert(agreed[t][it.side], x)
          end
        end
      end
      local topics = {}
      for t in pairs(agreed) do topics[#topics + 1] = t end
      table.sort(topics)
      local used = {}
      for _, t in ipairs(topics) do
        local n = 0
        for _ in pairs(agreed[t]) do n = n + 1 end
        if n >= 2 then
          local refs = {}
          local ss = {}
          for s in pairs(agreed[t]) do ss[#ss + 1] = s end
          table.sort(ss)
          for _, s in ipairs(ss) do
            for _, x in ipairs(agreed[t][s]) do
              if not used[x] then used[x] = true; refs[#refs + 1] = ref(items[x]) end
            end
          end
          if #refs >= 2 then
            differ[#differ + 1] = { kind = "agreement", points = refs, about = { t },
              note = "the accounts of what was agreed on " .. t .. " differ (" .. table.concat(ss, ", ") .. ")" }
          end
        end
      end

      -- what each side said alone
      local only_by = {}
      for _, x in ipairs(lone) do
        local it = items[x]
        only_by[it.side] = only_by[it.side] or {}
        table.insert(only_by[it.side], ref(it))
      end
      local only = {}
      for _, s in ipairs(sides) do
        if only_by[s] then only[#only + 1] = { side = s, points = only_by[s] } end
      end
      sort_entries(both)
      sort_entries(differ)
      call.comparison = { sides = sides, both = both, only = only, differ = differ }
    end
    return b
  end,
}
