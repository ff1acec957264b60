-- 40-sources.lua — across sources: when two outlets give the same side's
-- account of one call differently.
--
-- For every call reported by two or more documents and every side with
-- claims from at least two of them, the points of each pair of sources
-- are matched as in 20-points (terms, lemmas, synonyms).  An entry goes to
-- briefing.comparisons when the two versions contradict each other (a
-- matched point negated in one, or a different party named as having
-- asked for the call), or when each carries a point the other lacks:
--
--   {kind = "sources_differ", call (id), date, side, sources = {a, b},
--    only = {{source, points = {ref...}}, ...}   points one outlet alone gives
--    conflicts = {{points = {ref, ref}, kind = "polarity" | "initiative"}},
--    agree = n                                   points both outlets give
--    note}
-- ref = {side, call, claim (index into the call's claims), text (the
-- point), source, speaker, polarity}; in an "initiative" conflict also
-- initiator.  One outlet simply giving less than the other is no entry.
local points = require("callbrief.points")

return {
  name = "sources",
  stage = "compare",
  version = "1.2.2",
  api = 1,
  description = "across sources: the same side's account given differently by two outlets",
  run = function(b, ctx)
    local D = points.load(ctx)
    local tm = ctx.text
    local initiator = points.initiator_finder(ctx, D)
    b.comparisons = b.comparisons or {}
    for _, call in ipairs(b.calls or {}) do
      if #(call.sources or {}) >= 2 then
        -- side -> source -> items
        local names = {}
        for _, p in ipairs(call.participants or {}) do names[#names + 1] = p end
        for _, cl in ipairs(call.claims or {}) do names[#names + 1] = cl.side or "" end
        local parties = points.parties(names, D, tm)
        local by, sides = {}, {}
        for i, cl in ipairs(call.claims or {}) do
          local s = cl.side or "unknown"
          if not by[s] then by[s] = {}; sides[#sides + 1] = s end
          by[s][cl.source or "?"] = by[s][cl.source or "?"] or {}
          for _, t in ipairs(points.split(cl)) do
            table.insert(by[s][cl.source or "?"], { claim = i, text = t, source = cl.source,
              speaker = cl.speaker, pt = points.analyse(t, D, tm, parties), initiator = initiator(t) })
          end
        end
        table.sort(sides)
        for _, s in ipairs(sides) do
          local srcs = {}
          for src in pairs(by[s]) do srcs[#srcs + 1] = src end
          table.sort(srcs)
          for x = 1, #srcs do
            for y = x + 1, #srcs do
              local A, B = by[s][srcs[x]], by[s][srcs[y]]
              local matched_a, matched_b, conflicts, agree = {}, {}, {}, 0
              for ia, a in ipairs(A) do
                local best, bsim
                for ib, bb in ipairs(B) do
                  local ok, sim = points.same(a.pt, bb.pt)
                  if ok and (not bsim or sim > bsim) then best, bsim = ib, sim end
                end
                if best then
                  matched_a[ia] = true
                  matched_b[best] = true
                  local bb = B[best]
                  if a.pt.polarity ~= bb.pt.polarity then
                    conflicts[#conflicts + 1] = { kind = "polarity", points = {
                      { side = s, call = call.id, claim = a.claim, text = a.text, source = a.source, speaker = a.speaker, polarity = a.pt.polarity },
                      { side = s, call = call.id, claim = bb.claim, text = bb.text, source = bb.source, speaker = bb.speaker, polarity = bb.pt.polarity } } }
                  else
                    agree = agree + 1
                  end
                end
              end
              -- who asked for the call
              local ia, ib
              for _, a in ipairs(A) do if a.initiator then ia = ia or a end end
              for _, bb in ipairs(B) do if bb.initiator then ib = ib or bb end end
              if ia and ib and ia.initiator ~= ib.initiator then
                conflicts[#conflicts + 1] = { kind = "initiative", points = {
                  { side = s, call = call.id, claim = ia.claim, text = ia.text, source = ia.source, speaker = ia.speaker, initiator = ia.initiator },
                  { side = s, call = call.id, claim = ib.claim, text = ib.text, source = ib.source, speaker = ib.speaker, initiator = ib.initiator } } }
              end
              local only_a, only_b = {}, {}
              for k, a in ipairs(A) do
                if not matched_a[k] then
                  only_a[#only_a + 1] = { side = s, call = call.id, claim = a.claim, text = a.text, source = a.source, speaker = a.speaker,
                    polarity = a.pt.polarity }
                end
              end
              for k, bb in ipairs(B) do
                if not matched_b[k] then
                  only_b[#only_b + 1] = { side = s, call = call.id, claim = bb.claim, text = bb.text, source = bb.source, speaker = bb.speaker,
                    polarity = bb.pt.polarity }
                end
              end
              if #conflicts > 0 or (#only_a > 0 and #only_b > 0) then
                local only = {}
                if #only_a > 0 then only[#only + 1] = { source = srcs[x], points = only_a } end
                if #only_b > 0 then only[#only + 1] = { source = srcs[y], points = only_b } end
                local what = #conflicts > 0 and "contradict each other" or "each report points the other does not"
                local date = type(call.date) == "string" and call.date or nil
                b.comparisons[#b.comparisons + 1] = {
                  kind = "sources_differ", call = call.id, date = date, side = s,
                  sources = { srcs[x], srcs[y] }, only = only, conflicts = conflicts, agree = agree,
                  note = string.format("%s's account of the call %s: %s and %s %s", s,
                    date or "(undated)", srcs[x], srcs[y], what),
                }
              end
            end
          end
        end
      end
    end
    return b
  end,
}
