-- test_eval.lua — lua/eval.lua: the scorer behind `callbrief eval`.
local eval = require("callbrief.eval")
local fold = ctx("link").text.fold
local json = ctx("link").json

local function call(participants, date, extra)
  local c = { participants = participants, date = date, date_basis = "stated",
    status = "held", medium = "phone", sources = { "docs/001.txt" }, claims = {} }
  for k, v in pairs(extra or {}) do c[k] = v end
  return c
end

local function score(gold_calls, predicted_calls)
  return eval.score({ calls = gold_calls }, { calls = predicted_calls }, { fold = fold })
end

test("perfect briefing", function()
  local g = { call({ "Recep Tayyip Erdoğan", "Vladimir Putin" }, "2020-10-14", {
    claims = { { side = "Turkey", text = "Armenia must withdraw from Azeri lands it is occupying" } } }) }
  local p = { call({ "Vladimir Putin", "Tayyip Erdogan" }, "2020-10-14", {
    claims = { { side = "turkey", text = "Erdogan said Armenia must withdraw from the lands it occupies" } } }) }
  local r = score(g, p)
  eq({ r.calls.precision, r.calls.recall, r.calls.f1 }, { 1.0, 1.0, 1.0 })
  eq({ r.status.accuracy, r.claims.recall, r.claims.precision }, { 1.0, 1.0, 1.0 })
end)

test("surnames decide participants; sets must be equal", function()
  local g = { call({ "K. P. Sharma Oli", "Narendra Modi" }, "2019-09-10") }
  eq(score(g, { call({ "Modi", "KP Sharma Oli" }, "2019-09-10") }).calls.matched, 1)
  eq(score(g, { call({ "Narendra Modi" }, "2019-09-10") }).calls.matched, 0)
  eq(score(g, { call({ "Narendra Modi", "K. P. Sharma Oli", "Xi Jinping" }, "2019-09-10") }).calls.matched, 0)
end)

test("dates: equal, one day with a reported basis, both null", function()
  local g = { call({ "A Putin", "B Macron" }, "2020-10-01", { date_basis = "reported" }) }
  eq(score(g, { call({ "Putin", "Macron" }, "2020-09-30") }).calls.matched, 1)
  eq(score(g, { call({ "Putin", "Macron" }, "2020-09-29") }).calls.matched, 0)
  local g2 = { call({ "A Putin", "B Macron" }, "2020-10-01") }
  eq(score(g2, { call({ "Putin", "Macron" }, "2020-09-30") }).calls.matched, 0)
  eq(score(g2, { call({ "Putin", "Macron" }, "2020-09-30", { date_basis = "reported" }) }).calls.matched, 1)
  local g3 = { call({ "A Putin", "B Macron" }, json.null, { date_basis = "unknown" }) }
  eq(score(g3, { call({ "Putin", "Macron" }, nil, { date_basis = "unknown" }) }).calls.matched, 1)
  eq(score(g3, { call({ "Putin", "Macron" }, "2020-10-01") }).calls.matched, 0)
end)

test("maximum matching, preferring exact dates over greedy order", function()
  -- Two gold calls a day apart, both reported; the first prediction could
  -- take either, the second only the first gold call.
  local g = {
    call({ "Putin", "Erdogan" }, "2020-10-14", { date_basis = "reported" }),
    call({ "Putin", "Erdogan" }, "2020-10-15", { date_basis = "reported" }),
  }
  local p = {
    call({ "Putin", "Erdogan" }, "2020-10-14"),
    call({ "Putin", "Erdogan" }, "2020-10-13"),
  }
  local r = score(g, p)
  eq(r.calls.matched, 2)
  -- With three candidates the exact pairs win.
  local p2 = {
    call({ "Putin", "Erdogan" }, "2020-10-15"),
    call({ "Putin", "Erdogan" }, "2020-10-14"),
  }
  local r2 = score(g, p2)
  eq(r2.calls.matched, 2)
  for _, m in ipairs(r2.matches) do ok(m.exact, "exact pair") end
  -- one gold call, two candidate predictions: one match, one spurious
  local r3 = score({ g[1] }, p)
  eq({ r3.calls.matched, #r3.spurious, r3.calls.predicted }, { 1, 1, 2 })
  eq(r3.matches[1].predicted, 1, "the exact one")
end)

test("optional gold calls are neither rewarded nor penalised", function()
  local g = {
    call({ "Donald Trump", "Vladimir Putin" }, "2017-01-28", { status = "planned",
      sources = { "docs/014-trump.txt" } }),
    call({ "Donald Trump", "Vladimir Putin" }, json.null, { optional = true, why = "no day",
      date_basis = "unknown", sources = { "docs/014-trump.txt" } }),
  }
  local p = {
    call({ "Trump", "Putin" }, "2017-01-28", { status = "planned", sources = { "/elsewhere/docs/014-trump.txt" } }),
    call({ "Trump", "Putin" }, "2016-11-14", { sources = { "/elsewhere/docs/014-trump.txt" } }),
    call({ "Trump", "Merkel" }, "2017-01-28", { sources = { "docs/other.txt" } }),
  }
  local r = score(g, p)
  eq(r.calls.gold, 1)
  eq(r.calls.optional, 1)
  eq(r.left_out, { 2 })
  eq(r.spurious, { 3 })
  eq({ r.calls.matched, r.calls.predicted }, { 1, 2 })
  eq(r.calls.precision, 0.5)
  eq(r.calls.recall, 1.0)
  -- from another document: not left out
  p[2].sources = { "docs/unrelated.txt" }
  eq(score(g, p).left_out, {})
end)

test("status accuracy over matched calls", function()
  local g = { call({ "Putin", "Zelenskiy" }, json.null, { status = "denied" }),
    call({ "Putin", "Macron" }, "2020-10-01") }
  local p = { call({ "Putin", "Volodymyr Zelenskiy" }, nil, { status = "planned" }),
    call({ "Putin", "Macron" }, "2020-10-01") }
  local r = score(g, p)
  eq(r.status, { matched = 2, correct = 1, accuracy = 0.5 })
  eq(r.status_mismatches, { { gold = 1, predicted = 1 } })
end)

test("claims: side and half of the content words", function()
  local g = { call({ "Putin", "Netanyahu" }, "2018-09-18", { claims = {
    { side = "Russia", text = "called on the Israeli side not to allow such situations in the future" },
    { side = "Israel", text = "Syria bore responsibility for the incident" },
    { side = "Israel", text = "offered all necessary information for the investigation" },
  } }) }
  local p = { call({ "Putin", "Netanyahu" }, "2018-09-18", { claims = {
    { side = "Russia", text = "Putin called on Israel not to allow such situations in future" }, -- 4 of 6
    { side = "Russia", text = "Syria bore responsibility for the incident" },             -- wrong side
    { side = "Israel", text = "the weather was fine" },                                   -- nothing
  } }) }
  local r = score(g, p)
  eq(r.claims, { gold = 3, found = 1, predicted = 3, correct = 1, recall = 1 / 3, precision = 1 / 3 })
  eq(r.missed_claims, { { gold = 1, claim = 2 }, { gold = 1, claim = 3 } })
end)

test("claims of missed calls count against recall; of spurious calls, nowhere", function()
  local g = { call({ "Putin", "Xi" }, "2019-12-02", { claims = { { side = "China", text = "landmark project" } } }) }
  local p = { call({ "Putin", "Xi" }, "2019-12-03", { claims = { { side = "China", text = "landmark project" } } }) }
  local r = score(g, p)
  eq({ r.claims.gold, r.claims.found, r.claims.predicted }, { 1, 0, 0 })
  eq(r.claims.precision, nil)
end)

test("empty sides", function()
  local r = score({}, {})
  eq({ r.calls.precision, r.calls.recall, r.calls.f1 }, { nil, nil, nil })
  local r2 = score({ call({ "A", "B" }, "2020-01-01") }, {})
  eq({ r2.calls.precision, r2.calls.recall, r2.calls.f1 }, { nil, 0.0, 0 })
  ok(eval.report(r):find("n/a", 1, true), "n/a shown")
end)

test("report: summary lines and the verbose lists", function()
  local g = {
    call({ "Vladimir Putin", "Recep Tayyip Erdogan" }, "2020-10-14", { claims = {
      { side = "Russia", text = "both sides confirmed the importance of observing the humanitarian truce" } } }),
    call({ "Mevlut Cavusoglu", "Sergei Lavrov" }, json.null, { date_basis = "unknown" }),
  }
  local p = {
    call({ "Putin", "Erdogan" }, "2020-10-14", { status = "planned", claims = {
      { side = "Turkey", text = "Turkey would send observers to the line of contact" } } }),
    call({ "Putin", "Aliyev" }, "2020-10-13", { sources = { "docs/x.txt" } }),
  }
  local r = score(g, p)
  local text = eval.report(r, false)
  eq(text, table.concat({
    "calls      precision 0.50  recall 0.50  F1 0.50  (matched 1 of 2 gold, 2 predicted)",
    "status     accuracy 0.00 (1 matched)",
    "claims     recall 0.00 (0 of 1)  precision 0.00 (0 of 1)",
  }, "\n") .. "\n")
  local v = eval.report(r, true)
  ok(v:find("missed gold calls (1):\n  - Mevlut Cavusoglu, Sergei Lavrov  undated (unknown)  held  [docs/001.txt]", 1, true), v)
  ok(v:find("spurious predicted calls (1):\n  - Putin, Aliyev  2020-10-13 (stated)  held  [docs/x.txt]", 1, true), v)
  ok(v:find("status mismatches (1):\n  - Vladimir Putin, Recep Tayyip Erdogan 2020-10-14: gold held, predicted planned", 1, true), v)
  ok(v:find("missed claims (1):", 1, true), v)
  ok(v:find('false claims (1):\n  - Vladimir Putin, Recep Tayyip Erdogan 2020-10-14 — Turkey: "Turkey would send observers to the line of contact"', 1, true), v)
  eq(eval.report(r, true), v, "stable output")
end)

test("the worked example's gold scores perfectly against itself", function()
  local okread, text = pcall(read, "examples/karabakh-2020/gold.json")
  if not okread then return end
  local gold = assert(json.decode(text))
  local required = {}
  for _, c in ipairs(gold.calls) do
    if c.optional ~= true then required[#required + 1] = c end
  end
  local r = eval.score(gold, { calls = required }, { fold = fold })
  eq({ r.calls.precision, r.calls.recall, r.status.accuracy, r.claims.recall, r.claims.precision },
    { 1.0, 1.0, 1.0, 1.0, 1.0 })
  -- the optional calls, predicted too, are left out
  local r2 = eval.score(gold, { calls = gold.calls }, { fold = fold })
  eq(r2.calls.precision, 1.0)
  eq(r2.calls.left_out, #gold.calls - #required)
end)
