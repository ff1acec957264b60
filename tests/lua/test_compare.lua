-- Compare stage: claims grouped by side; per call the points both sides
-- made, one side made alone and where they contradict; across calls a
-- side's line on a topic; across sources one side's account as two
-- outlets give it.  Small briefings written for the test.

local function claim(side, text, source, extra)
  local c = { side = side, speaker = "joint", text = text, source = source or "a.txt", kind = "statement" }
  for k, v in pairs(extra or {}) do c[k] = v end
  return c
end

local function call(id, date, claims, sources)
  return { id = id, date = date, status = "held", participants = { "Vladimir Putin", "Recep Tayyip Erdogan" },
    sources = sources or { "a.txt" }, claims = claims }
end

local function compare(calls)
  return run_stage("compare", { calls = calls, comparisons = {} })
end

local function texts(refs)
  local out = {}
  for _, r in ipairs(refs) do out[#out + 1] = r.side .. ": " .. r.text end
  return out
end

local function of_kind(b, kind)
  local out = {}
  for _, e in ipairs(b.comparisons or {}) do
    if e.kind == kind then out[#out + 1] = e end
  end
  return out
end

test("by_side groups claim indices, sorted by side", function()
  local b = { calls = { { claims = {
    { side = "Turkey", text = "a" }, { side = "Russia", text = "b" }, { side = "Turkey", text = "c" } } } } }
  b = run_stage("compare", b)
  eq(b.calls[1].by_side, { { side = "Russia", claims = { 2 } }, { side = "Turkey", claims = { 1, 3 } } })
end)

test("both: the same point in other words (synonyms, word forms)", function()
  local b = compare({ call("call-1", "2020-10-14", {
    claim("Russia", "the leaders stressed the need for a truce in Nagorno-Karabakh and for negotiations"),
    claim("Turkey", "Erdogan called for a ceasefire in Nagorno-Karabakh and for talks to begin"),
  }) })
  local cmp = b.calls[1].comparison
  eq(cmp.sides, { "Russia", "Turkey" })
  eq(#cmp.both, 1)
  eq(texts(cmp.both[1].points), {
    "Russia: the leaders stressed the need for a truce in Nagorno-Karabakh and for negotiations",
    "Turkey: Erdogan called for a ceasefire in Nagorno-Karabakh and for talks to begin" })
  -- terms are stems: "ceasefir" stands for ceasefire, truce, halt to fighting ...
  ok(table.concat(cmp.both[1].shared, " "):find("ceasefir", 1, true), table.concat(cmp.both[1].shared, " "))
  eq(cmp.both[1].points[1].claim, 1)
  eq(cmp.both[1].points[1].source, "a.txt")
  eq(cmp.only, {})
  eq(cmp.differ, {})
end)

test("only: points one side made alone, per side", function()
  local b = compare({ call("call-1", "2020-10-14", {
    claim("Russia", "Putin voiced serious concern over militants from the Middle East"),
    claim("Turkey", "Armenia must withdraw from the Azerbaijani lands it occupies"),
    claim("Turkey", "the region must be stabilised by a permanent solution"),
  }) })
  local cmp = b.calls[1].comparison
  eq(#cmp.both, 0)
  eq(#cmp.only, 2)
  eq(cmp.only[1].side, "Russia")
  eq(#cmp.only[1].points, 1)
  eq(cmp.only[2].side, "Turkey")
  eq(#cmp.only[2].points, 2)
end)

test("differ, polarity: one side negates the point the other made", function()
  local b = compare({ call("call-1", "2019-07-11", {
    claim("Russia", "the leaders agreed on an exchange of prisoners held by both sides"),
    claim("Ukraine", "there was no agreement on an exchange of prisoners"),
  }) })
  local cmp = b.calls[1].comparison
  eq(#cmp.both, 0)
  eq(#cmp.differ, 1)
  eq(cmp.differ[1].kind, "polarity")
  eq(texts(cmp.differ[1].points), { "Russia: the leaders agreed on an exchange of prisoners held by both sides",
    "Ukraine: there was no agreement on an exchange of prisoners" })
  eq(cmp.differ[1].points[2].polarity, -1)
end)

test("differ, antonyms: \"accepted\" against \"rejected\"", function()
  local b = compare({ call("call-1", "2020-10-14", {
    claim("Turkey", "Erdogan accepted the proposal for joint monitoring of the truce"),
    claim("Russia", "Erdogan rejected the proposal for joint monitoring of the truce"),
  }) })
  eq(b.calls[1].comparison.differ[1].kind, "polarity")
end)

test("differ, denial: one side denies what the other reported", function()
  local b = compare({ call("call-1", "2020-10-14", {
    claim("Turkey", "Putin promised to halt the offensive in Idlib"),
    claim("Russia", "the Kremlin denied that Putin promised to halt the offensive in Idlib"),
  }) })
  local d = b.calls[1].comparison.differ
  eq(#d, 1)
  eq(d[1].kind, "denial")
  ok(d[1].note:find("Russia denies", 1, true), d[1].note)
end)

test("differ, initiative: the accounts name different parties as having asked for the call", function()
  local b = compare({ call("call-1", "2018-04-30", {
    claim("Russia", "the conversation took place at the request of the French side"),
    claim("France", "the call was held at the initiative of the Russian side"),
  }) })
  local d = b.calls[1].comparison.differ
  eq(#d, 1)
  eq(d[1].kind, "initiative")
  local who = {}
  for _, r in ipairs(d[1].points) do who[r.side] = r.initiator end
  eq(who, { Russia = "France", France = "Russia" })
end)

test("differ, agreement: both report an agreement on one topic, not the same one", function()
  local b = compare({ call("call-1", "2025-03-18", {
    claim("Russia", "the sides agreed to extend the ceasefire for thirty days", nil, { kind = "agreement" }),
    claim("Ukraine", "the leaders agreed to a ceasefire limited to energy infrastructure", nil, { kind = "agreement" }),
  }) })
  local d = b.calls[1].comparison.differ
  eq(#d, 1)
  eq(d[1].kind, "agreement")
  eq(d[1].about, { "ceasefire" })
end)

test("a claim listing several points is compared point by point", function()
  local b = compare({ call("call-1", "2020-10-31", {
    claim("Turkey", "Armenia must withdraw; a ceasefire must hold", nil,
      { points = { "Armenia must withdraw from occupied lands", "the ceasefire must hold across the region" } }),
    claim("Russia", "both sides confirmed that the humanitarian truce must hold"),
  }) })
  local cmp = b.calls[1].comparison
  eq(#cmp.both, 1)
  eq(texts(cmp.both[1].points), { "Turkey: the ceasefire must hold across the region",
    "Russia: both sides confirmed that the humanitarian truce must hold" })
  eq(texts(cmp.only[1].points), { "Turkey: Armenia must withdraw from occupied lands" })
end)

test("shift: a side's line on a topic from one call to the next", function()
  local b = compare({
    call("call-1", "2020-10-14", { claim("Russia", "Putin called for an immediate ceasefire in Nagorno-Karabakh") }),
    call("call-2", "2020-10-31", { claim("Russia", "Putin ruled out a ceasefire before the talks begin") }),
    call("call-3", "2020-11-09", { claim("Russia", "the Kremlin welcomed the trade agreement") }),
  })
  local shifts = of_kind(b, "shift")
  local cf
  for _, e in ipairs(shifts) do if e.topic == "ceasefire" then cf = e end end
  ok(cf, "a shift on the ceasefire")
  eq(cf.side, "Russia")
  eq(cf.change, "reversed")
  eq(#cf.steps, 2)
  eq(cf.steps[1].call, "call-1")
  eq(cf.steps[1].polarity, 1)
  eq(cf.steps[2].date, "2020-10-31")
  eq(cf.steps[2].polarity, -1)
  eq(cf.steps[2].points[1].claim, 1)
  eq(cf.changes, { "reversed" })
end)

test("shift: the same line is steady; a topic met in one call is no line", function()
  local b = compare({
    call("call-1", "2020-10-14", { claim("Turkey", "Turkey supports the sanctions against the regime") }),
    call("call-2", "2020-10-31", { claim("Turkey", "Turkey supports the sanctions and the embargo on the regime") }),
  })
  local shifts = of_kind(b, "shift")
  eq(#shifts, 1)
  eq(shifts[1].topic, "sanctions")
  eq(shifts[1].change, "steady")
end)

test("shift: an undated call takes no part in a line", function()
  local b = compare({
    call("call-1", "2020-10-14", { claim("Russia", "the Kremlin backed a ceasefire in the region") }),
    call("call-2", nil, { claim("Russia", "the Kremlin rejected any ceasefire talk") }),
  })
  eq(#of_kind(b, "shift"), 0)
  local b2 = compare({
    call("call-1", "2020-10-14", { claim("Russia", "the Kremlin backed a ceasefire in the region") }),
    call("call-2", "2020-10-31", { claim("Russia", "the Kremlin rejected any ceasefire talk") }),
    call("call-3", nil, { claim("Russia", "the Kremlin called for a ceasefire at once") }),
  })
  local shifts = of_kind(b2, "shift")
  eq(#shifts, 1)
  eq(#shifts[1].steps, 2)
  eq(shifts[1].steps[2].date, "2020-10-31")
  eq(shifts[1].note, "Russia on ceasefire: reversed from 2020-10-14 to 2020-10-31")
end)

test("shift: calls of one day are one step; steps over 120 days apart are two lines", function()
  local b = compare({
    call("call-1", "2020-10-14", { claim("Russia", "the Kremlin backed a ceasefire in the region") }),
    call("call-2", "2020-10-14", { claim("Russia", "the Kremlin wants a ceasefire now") }),
  })
  eq(#of_kind(b, "shift"), 0)
  local b2 = compare({
    call("call-1", "2019-01-10", { claim("Russia", "the Kremlin backed a ceasefire in the region") }),
    call("call-2", "2019-02-10", { claim("Russia", "the Kremlin rejected any ceasefire talk") }),
    call("call-3", "2020-10-14", { claim("Russia", "the Kremlin backed a ceasefire in the region") }),
    call("call-4", "2020-10-14", { claim("Russia", "the Kremlin wants a ceasefire now") }),
    call("call-5", "2020-11-30", { claim("Russia", "the Kremlin rejected any ceasefire talk") }),
  })
  local shifts = of_kind(b2, "shift")
  eq(#shifts, 2)
  local spans = {}
  for _, e in ipairs(shifts) do
    spans[#spans + 1] = e.steps[1].date .. ".." .. e.steps[#e.steps].date .. " " .. #e.steps
  end
  table.sort(spans)
  eq(spans, { "2019-01-10..2019-02-10 2", "2020-10-14..2020-11-30 2" })
end)

test("sources_differ: two outlets give one side's account differently", function()
  local b = compare({ call("call-1", "2019-07-11", {
    claim("Russia", "the sides agreed to continue the work at the expert level", "a.txt"),
    claim("Russia", "contacts in the Normandy format were discussed", "a.txt"),
    claim("Russia", "the sides did not agree to continue the work at the expert level", "b.txt"),
    claim("Russia", "the call was placed at the request of Kyiv", "b.txt"),
  }, { "a.txt", "b.txt" }) })
  local sd = of_kind(b, "sources_differ")
  eq(#sd, 1)
  eq(sd[1].side, "Russia")
  eq(sd[1].call, "call-1")
  eq(sd[1].sources, { "a.txt", "b.txt" })
  eq(#sd[1].conflicts, 1)
  eq(sd[1].conflicts[1].kind, "polarity")
  eq(#sd[1].only, 2)
  eq(sd[1].only[1].points[1].text, "contacts in the Normandy format were discussed")
end)

test("sources_differ: an outlet that only gives less is no difference", function()
  local b = compare({ call("call-1", "2019-07-11", {
    claim("Russia", "the sides agreed to continue the work at the expert level", "a.txt"),
    claim("Russia", "contacts in the Normandy format were discussed", "a.txt"),
    claim("Russia", "the sides agreed to continue their work at expert level", "b.txt"),
  }, { "a.txt", "b.txt" }) })
  eq(#of_kind(b, "sources_differ"), 0)
end)

test("differ, denial: a short denial of one element of the other side's fuller account", function()
  local b = compare({ call("call-1", "2022-03-03", {
    claim("France", "Macron had secured Putin's commitment to a 30-day truce around the nuclear plant"),
    claim("Russia", "denied that Putin had agreed to any truce"),
  }) })
  local d = b.calls[1].comparison.differ
  eq(#d, 1)
  eq(d[1].kind, "denial")
  eq(texts(d[1].points), { "France: Macron had secured Putin's commitment to a 30-day truce around the nuclear plant",
    "Russia: denied that Putin had agreed to any truce" })
  eq(b.calls[1].comparison.only, {})
end)

test("the denial verb reaches the claim text, so the comparison sees it", function()
  local ex = run_stage("extract", { document = (function()
    local s1 = "French President Emmanuel Macron and Russian President Vladimir Putin spoke by telephone on Thursday."
    local s2 = "The Kremlin denied that Putin had agreed to any truce."
    return { id = "t.txt", path = "t.txt", published = "2022-03-04", meta = {}, dropped = {},
      text = s1 .. "\n\n" .. s2,
      paragraphs = { { text = s1, offset = 1 }, { text = s2, offset = #s1 + 3 } },
      sentences = { { text = s1, offset = 1, paragraph = 1 }, { text = s2, offset = #s1 + 3, paragraph = 2 } } }
  end)(), calls = {}, claims = {} })
  eq(#ex.claims, 1)
  eq(ex.claims[1].text, "denied that Putin had agreed to any truce")
  eq(ex.claims[1].side, "Russia")
end)
