-- test.lua — the meetings example's Lua test:
--
--     tests/luatest examples/plugins/meetings/test.lua
local DIR = "examples/plugins/meetings/"
local meetings = plugin(DIR .. "extract/60-meetings.lua")
local relink = plugin(DIR .. "link/35-meetings.lua")

local function quiet_ctx(stage, name, options)
  local c = ctx(stage, name)
  local warnings = {}
  c.log = {
    warn = function(msg) warnings[#warnings + 1] = msg end,
    info = function() end, debug = function() end,
  }
  c.options = options or {}
  return c, warnings
end

-- An Extraction as the built-in extract plugins leave it: the sentences of
-- a document and the people[] each one names.
local function extraction(sentences, people)
  local doc = { id = "t.txt", sentences = {} }
  local offset = 1
  for i, s in ipairs(sentences) do
    doc.sentences[i] = { text = s, offset = offset, paragraph = i }
    offset = offset + #s + 2
  end
  local list = {}
  for _, p in ipairs(people) do
    list[#list + 1] = { sentence = p[1], kind = "person", name = p[2], text = p[2],
      offset = doc.sentences[p[1]].offset, country = p[3] }
  end
  return { document = doc, calls = {}, claims = {}, people = list }
end

local PUTIN = "Vladimir Putin"
local ERDOGAN = "Recep Tayyip Erdoğan"

test("a meeting with two named leaders becomes an in-person call mention", function()
  local ex = extraction({
    "Headline without people.",
    "Russian President Vladimir Putin and Turkish President Recep Tayyip Erdoğan met in the Black Sea resort of Sochi on Monday.",
  }, { { 2, PUTIN, "Russia" }, { 2, ERDOGAN, "Turkey" } })
  meetings.run(ex, quiet_ctx("extract", "meetings"))
  eq(#ex.calls, 1)
  local m = ex.calls[1]
  eq({ m.id, m.sentence, m.medium, m.kind, m.status, m.cue, m.place },
     { "t.txt#m1", 2, "in person", "meeting", "held", "met in", "Sochi" })
  eq(m.time, { kind = "weekday", text = "on Monday", weekday = 1 })
  eq(m.evidence, { offset = ex.document.sentences[2].offset, length = #ex.document.sentences[2].text })
  eq({ m.people[1].name, m.people[2].name }, { PUTIN, ERDOGAN })
end)

test("sidelines, talks, planned meetings, dates", function()
  local ex = extraction({
    "Erdoğan and Putin held a meeting on the sidelines of the G20 summit in Osaka on June 29, 2019.",
    "Putin will meet Erdoğan in Ankara next week.",
    "Putin and Erdoğan held talks in Ankara.",
    "Biden met with Xi Jinping on the sidelines of the APEC summit.",
  }, { { 1, ERDOGAN }, { 1, PUTIN }, { 2, PUTIN }, { 2, ERDOGAN }, { 3, PUTIN }, { 3, ERDOGAN },
       { 4, "Joe Biden" }, { 4, "Xi Jinping" } })
  meetings.run(ex, quiet_ctx("extract", "meetings"))
  eq(#ex.calls, 4)
  eq({ ex.calls[4].cue, ex.calls[4].place }, { "met with", nil })
  local one = extraction({ "Biden met with Xi on the sidelines of the G20 summit in Bali." },
    { { 1, "Joe Biden" }, { 1, "Xi Jinping" } })
  meetings.run(one, quiet_ctx("extract", "meetings"))
  eq(one.calls[1].place, "Bali")
  eq({ ex.calls[1].cue, ex.calls[1].place, ex.calls[1].status }, { "meeting on the sidelines of", "Osaka", "held" })
  eq(ex.calls[1].time, { kind = "date", text = "June 29, 2019", year = 2019, month = 6, day = 29 })
  eq({ ex.calls[2].status, ex.calls[2].place }, { "planned", "Ankara" })
  eq({ ex.calls[3].cue, ex.calls[3].place, ex.calls[3].time.kind }, { "held talks in", "Ankara", "report" })
end)

test("calls, lone leaders and other meanings of 'met' are not meetings", function()
  local ex = extraction({
    "Putin and Erdoğan held talks by phone on Tuesday.",
    "Putin met reporters in Moscow.",
    "The proposal met with criticism from Putin and Erdoğan.",
    "Putin and Erdoğan will meet the press.",
  }, { { 1, PUTIN }, { 1, ERDOGAN }, { 2, PUTIN }, { 3, PUTIN }, { 3, ERDOGAN }, { 4, PUTIN }, { 4, ERDOGAN } })
  meetings.run(ex, quiet_ctx("extract", "meetings"))
  eq(#ex.calls, 0)
end)

test("extra cue patterns come from the options", function()
  local ex = extraction({ "Putin received Erdoğan at the Kremlin." },
    { { 1, PUTIN }, { 1, ERDOGAN } })
  meetings.run(ex, quiet_ctx("extract", "meetings", { cues = { "received .- at " } }))
  eq(#ex.calls, 1)
  eq(ex.calls[1].place, "Kremlin")
end)

test("on the sample article, after the built-in chains", function()
  local text = read(DIR .. "sochi-2018.md")
  local doc = run_stage("source", { id = "sochi-2018.md", path = "sochi-2018.md", bytes = text,
    sha256 = "0", format = "markdown" })
  local ex = run_stage("extract", { document = doc, calls = {}, claims = {} })
  meetings.run(ex, quiet_ctx("extract", "meetings"))
  local found
  for _, m in ipairs(ex.calls) do if m.kind == "meeting" then found = m end end
  ok(found, "a meeting mention")
  eq({ found.medium, found.place, found.status }, { "in person", "Sochi", "held" })
end)

test("link: calls made only of meetings get medium and kind back", function()
  local b = {
    mentions = { { id = "a#m1", medium = "in person" }, { id = "b#m1", medium = "in person" },
      { id = "a#c1", medium = "phone" }, { id = "c#m1", medium = "in person" } },
    calls = {
      { id = "call-1", participants = { "A", "B" }, medium = "phone", mention_ids = { "a#m1", "b#m1" } },
      { id = "call-2", participants = { "A", "C" }, medium = "phone", mention_ids = { "a#c1" } },
      { id = "call-3", participants = { "B", "C" }, medium = "phone", mention_ids = { "a#c1", "c#m1" } },
    },
  }
  local c, warnings = quiet_ctx("link", "meetings")
  relink.run(b, c)
  eq({ b.calls[1].medium, b.calls[1].kind }, { "in person", "meeting" })
  eq({ b.calls[2].medium, b.calls[2].kind }, { "phone", nil })
  eq({ b.calls[3].medium, b.calls[3].kind }, { "phone", nil })
  eq(warnings, { "call-3 (B, C): a meeting and a call of the same people were merged into one; kept as a call" })
end)
