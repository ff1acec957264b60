-- test_points_s5.lua — lua/points.lua's decision (same point, a
-- contradiction, or unrelated) on the annotated pairs of
-- tests/compare/pairs.yaml: precision and recall of "same" and "differ"
-- printed as TAP comments, and a floor under each, a little below what the
-- decision reaches, so a change that makes the comparison worse fails.
local points = require("callbrief.points")
local yaml = require("callbrief.yaml")

local FLOOR = {
  same = { precision = 0.96, recall = 0.59 },
  differ = { precision = 0.95, recall = 0.50 },
}

local function decide_all()
  local set = yaml.load(read("tests/compare/pairs.yaml"), "pairs.yaml")
  local c = ctx("compare")
  local D = points.load(c)
  local tm = c.text
  local out = {}
  for i, p in ipairs(set.pairs) do
    local names = {}
    for _, n in ipairs(p.parties or {}) do names[#names + 1] = n end
    names[#names + 1] = p.a.side
    names[#names + 1] = p.b.side
    local parties = points.parties(names, D, tm)
    local a = points.analyse(p.a.text, D, tm, parties)
    local b = points.analyse(p.b.text, D, tm, parties)
    local got, sim, shared = points.relation(a, b)
    out[i] = { pair = p, got = got, sim = sim, shared = shared }
  end
  return out
end

local function scores(res)
  local s = {}
  for _, label in ipairs({ "same", "differ" }) do
    local tp, fp, fn = 0, 0, 0
    for _, r in ipairs(res) do
      local want, got = r.pair.label == label, r.got == label
      if want and got then tp = tp + 1 elseif got then fp = fp + 1 elseif want then fn = fn + 1 end
    end
    s[label] = { tp = tp, fp = fp, fn = fn,
      precision = tp + fp > 0 and tp / (tp + fp) or 1, recall = tp + fn > 0 and tp / (tp + fn) or 1 }
  end
  return s
end

local res = decide_all()

test("every pair is labelled same, differ or unrelated and decided", function()
  ok(#res >= 80, "pairs: " .. #res)
  for i, r in ipairs(res) do
    local l = r.pair.label
    ok(l == "same" or l == "differ" or l == "unrelated", "pair " .. i .. ": label " .. tostring(l))
    ok(r.got == "same" or r.got == "differ" or r.got == "unrelated", "pair " .. i)
  end
end)

-- the figures are in the test names, so the TAP output shows them
local s = scores(res)
for _, label in ipairs({ "same", "differ" }) do
  local x, f = s[label], FLOOR[label]
  test(string.format("%s: precision %.2f (%d/%d), recall %.2f (%d/%d); floor %.2f, %.2f", label,
    x.precision, x.tp, x.tp + x.fp, x.recall, x.tp, x.tp + x.fn, f.precision, f.recall), function()
    ok(x.precision >= f.precision, string.format("%s precision %.2f below %.2f", label, x.precision, f.precision))
    ok(x.recall >= f.recall, string.format("%s recall %.2f below %.2f", label, x.recall, f.recall))
  end)
end
