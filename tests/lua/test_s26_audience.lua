-- Session 26 (from session 25's dd25): one list of audience words (the people a leader
-- speaks to on another occasion than the call: "told reporters", "told
-- supporters", "speaking to journalists"), speech.yaml `audience`, read
-- through the lexicon by call_times (a time of the telling), timex's
-- report clues and cues (no call with them).  Before, call_times and timex
-- had six words, cues sixteen.  Sentences of our own.

local lexicon = require("callbrief.lexicon")
local timex = require("callbrief.timex")

local function L() return lexicon.load(ctx("extract", "calls")) end

local function dated(paras, pub) return sorted_call_pairs(briefing(paras, pub), "basis") end

test("the lexicon's audience list holds every word the three sets had", function()
  local a = L().audience
  ok(type(a) == "table", "L.audience")
  for _, w in ipairs({ "reporters", "journalists", "press", "media", "supporters", "students", "lawmakers",
    "parliament", "audience", "deputies", "legislators", "crowd", "broadcaster", "newspaper", "television",
    "radio" }) do
    ok(a and a[w], w)
  end
end)

test("'told supporters on Sunday that he had spoken with Y': the day of the telling, not of the call", function()
  eq(dated({ "President Sarkozy told supporters on Sunday that he had spoken with Chancellor Merkel." }, "2008-06-24"),
    dated({ "President Sarkozy told reporters on Sunday that he had spoken with Chancellor Merkel." }, "2008-06-24"))
  eq(dated({ "President Sarkozy told students on Sunday that he had spoken with Chancellor Merkel." }, "2008-06-24"),
    dated({ "President Sarkozy told reporters on Sunday that he had spoken with Chancellor Merkel." }, "2008-06-24"))
end)

test("report clues: 'told students Thursday', 'told supporters on Friday' name the report's weekday", function()
  eq(timex.report_clues({ "Sarkozy told students Thursday that he had called Merkel." }, L().audience), { weekday = 4 })
  eq(timex.report_clues({ "Merkel told supporters on Friday that talks would go on." }, L().audience), { weekday = 5 })
  -- (as before: "told reporters", "said")
  eq(timex.report_clues({ "Kishida told reporters on Friday that he hoped for talks." }, L().audience), { weekday = 5 })
  eq(timex.report_clues({ "The two spoke on Monday, officials said Thursday." }, L().audience), { weekday = 4 })
end)

test("no call with an audience, as before: 'spoke to reporters', 'in a call with supporters'", function()
  eq(dated({ "Chancellor Merkel spoke to reporters on Monday about the summit." }, "2008-06-24"), {})
  eq(dated({ "President Sarkozy spoke with students on Monday about Europe." }, "2008-06-24"), {})
  eq(dated({ "Chancellor Merkel said in a call with supporters on Monday that she would run again." }, "2008-06-24"), {})
end)

test("a call told with its own day beside an audience keeps it, as before", function()
  eq(dated({ "President Sarkozy told reporters that he had spoken with Chancellor Merkel on Saturday." }, "2008-06-24"),
    { "Angela Merkel + Nicolas Sarkozy @ 2008-06-21 (relative)" })
end)
