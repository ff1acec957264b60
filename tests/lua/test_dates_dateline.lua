-- test_dates_dateline.lua — the year of a dateline without one ("SEOUL,
-- Feb. 3 (Peninsula Wire) --"), settled in link's `dates` from the
-- evidence of the document alone: the named people's terms of office
-- (a president-elect's term to come), the weekday the text names as the
-- report's own day and the years it names as past.  Articles of our own
-- in tests/fixtures/dates/dl-*.txt.
local timex = require("callbrief.timex")

test("report clues: the weekday after a reporting verb", function()
  eq(timex.report_clues({ "The two spoke on Monday, officials said Thursday." }), { weekday = 4 })
  eq(timex.report_clues({ "Kishida told reporters on Friday that he hoped for talks." }, { reporters = true }), { weekday = 5 })
  -- the call's own day is not the report's
  eq(timex.report_clues({ "They held a telephone conversation on Thursday." }), {})
  -- two different report days: none
  eq(timex.report_clues({ "Aides said Tuesday.", "A spokesman said on Wednesday." }), {})
  eq(timex.report_clues({ "Aides said Tuesday.", "A spokesman said on Tuesday." }), { weekday = 2 })
end)

test("report clues: years named as past", function()
  eq(timex.report_clues({ "The court ruled in 2018 and curbs followed in 2019." }), { since = 2019 })
  eq(timex.report_clues({ "The treaty was signed on 30 November 1985." }), { since = 1985 })
  eq(timex.report_clues({ "A deal brokered by Turkey in July 2022 eased prices." }), { since = 2022 })
  -- a year ahead is none
  eq(timex.report_clues({ "The leaders will meet in 2030." }), {})
  eq(timex.report_clues({ "Seoul is due to host the summit in 2024." }), {})
  eq(timex.report_clues({ "Preparations for the 2028 Olympics went on." }), {})
end)

local function briefing(name)
  local id = "tests/fixtures/dates/" .. name
  local doc = run_stage("source", { id = id, path = id, bytes = read(id), sha256 = "", format = "text" })
  local ex = run_stage("extract", { document = doc, calls = {}, claims = {} })
  return run_stage("link", { extractions = { ex } })
end

local function published(name)
  local b = briefing(name)
  local d = b.documents[1]
  local dates = {}
  for _, c in ipairs(b.calls) do dates[#dates + 1] = c.date or "undated" end
  return { d.published, d.published_basis, table.concat(dates, " ") }
end

test("dateline year: the people's terms leave one year (a president-elect's to come)", function()
  eq(published("dl-elect.txt"), { "2020-11-12", "dateline_inferred", "2020-11-12" })
end)

test("dateline year: the weekday the report names as its own", function()
  eq(published("dl-weekday.txt"), { "2021-02-03", "dateline_inferred", "2021-02-03" })
  -- without it Moon's term leaves five years; with two report days, none
  eq(published("dl-no-clue.txt"), { nil, nil, "undated" })
  eq(published("dl-two-weekdays.txt"), { nil, nil, "undated" })
end)

test("dateline year: a year the text names as past", function()
  -- June 29 was a Thursday in 2017 and 2023; the 2022 deal leaves 2023
  eq(published("dl-since.txt"), { "2023-06-29", "dateline_inferred", "2023-06-29" })
  eq(published("dl-since-none.txt"), { nil, nil, "undated" })
end)

test("the Markdown says a settled year is inferred", function()
  local md = plugin("plugins/render/10-markdown.lua")
  local b = briefing("dl-weekday.txt")
  b = run_stage("compare", b)
  local c = ctx("render", "markdown")
  local files = {}
  c.output = { write = function(name, data) files[name] = data; return true end }
  c.run = { formats = { md = true }, generated = "2023-11-14" }
  md.run(b, c)
  ok(files["briefing.md"] and files["briefing.md"]:find("(2021-02-03, year inferred)", 1, true),
    files["briefing.md"])
end)

-- A one-call Corpus as extract hands it over: a document without a date,
-- its dateline, one sentence, the call's people as written.
local function corpus(sentence, people, dateline)
  dateline = dateline or "SEOUL, Feb. 3 (Peninsula Wire) --"
  local doc = { id = "x.txt", dateline = { place = dateline:match("^%u+"), text = dateline },
    text = sentence, paragraphs = { { text = sentence, offset = 1 } },
    sentences = { { text = sentence, offset = 1, paragraph = 1 } }, dropped = {}, meta = {} }
  local call = { id = "x.txt#c1", sentence = 1, evidence = { offset = 1, length = #sentence },
    people = people, time = { kind = "report" }, status = "held", medium = "phone" }
  return { extractions = { { document = doc, calls = { call }, claims = {}, people = {} } } }
end

test("dateline year: a former office holder is no evidence", function()
  local s = "President Moon Jae-in spoke by phone with former Japanese Prime Minister "
    .. "Shinzo Abe, the presidential office said Wednesday."
  local moon = { text = "President Moon Jae-in", name = "Moon Jae-in", role = "president" }
  local b = run_stage("link", corpus(s, { moon,
    { text = "former Japanese Prime Minister Shinzo Abe", name = "Shinzo Abe", role = "prime minister" } }))
  -- Moon's term and the Wednesday leave 2021 (Abe, in office until 2020, is not asked)
  eq({ b.documents[1].published, b.documents[1].published_basis }, { "2021-02-03", "dateline_inferred" })
  -- named as in office, Abe leaves no year at all
  b = run_stage("link", corpus(s:gsub("former ", ""), { moon,
    { text = "Japanese Prime Minister Shinzo Abe", name = "Shinzo Abe", role = "prime minister" } }))
  eq({ b.documents[1].published, b.documents[1].published_basis }, {})
end)

test("dateline year: the office the text names", function()
  local s = "Prime Minister Recep Tayyip Erdogan spoke by phone with President Vladimir Putin, "
    .. "his office said Monday."
  local people = {
    { text = "Prime Minister Recep Tayyip Erdogan", name = "Recep Tayyip Erdoğan", role = "prime minister" },
    { text = "President Vladimir Putin", name = "Vladimir Putin", role = "president" } }
  local b = run_stage("link", corpus(s, people, "ANKARA, Nov. 25 (Anatolia Courier) -"))
  -- Erdogan prime minister and Putin president: 2012 or 2013; Nov. 25 a Monday: 2013
  eq({ b.documents[1].published, b.documents[1].published_basis }, { "2013-11-25", "dateline_inferred" })
  -- any office of theirs leaves 2013 and 2019 (and later years)
  people[1].role, people[2].role = nil, nil
  people[1].text, people[2].text = "Recep Tayyip Erdogan", "Vladimir Putin"
  b = run_stage("link", corpus(s, people, "ANKARA, Nov. 25 (Anatolia Courier) -"))
  eq({ b.documents[1].published }, {})
end)
