-- test_dates_s7_passages.lua — the day a passage is told on
-- (plugins/source/40-segment.lua, "Passage dates"): a live blog's entries
-- each take their own stamp's day, and a paragraph of clock times takes
-- the day the account last named.  Articles of our own, run through the
-- source, extract and link chains.

local timex = require("callbrief.timex")
local tokenize = require("callbrief.tokenize")
local textlib = require("callbrief.text")

local function source(id, text)
  return run_stage("source", { id = id, path = id, bytes = text, sha256 = "", format = "text" })
end

local function brief(id, text, format)
  local doc = format and run_stage("source", { id = id, path = id, bytes = text, sha256 = "", format = format })
    or source(id, text)
  local ex = run_stage("extract", { document = doc, calls = {}, claims = {} })
  return run_stage("link", { extractions = { ex } }), doc
end

-- The date (and where it came from) of the paragraphs holding `words`.
local function dated(doc, words)
  for _, p in ipairs(doc.paragraphs) do
    if p.text:find(words, 1, true) then return (p.date or "-") .. " " .. (p.date_from or "-") end
  end
  return "missing"
end

local RULE = "----------------------------------------"

-- Live blogs ----------------------------------------------------------------

-- Each blog: its lines, the date of the paragraphs holding some words,
-- and its calls (with their dates and bases).
local BLOGS = {
  { name = "a newest-first live blog: each entry's relative days are its stamp's",
    id = "s7-blog-floods.txt",
    lines = { "LIVE: Floods across central Europe",
      "Last updated: Friday, 14 June 2019, 08:15 (CEST)",
      RULE, "14 June, 08:15",
      "Morning summary: rivers are still rising in Bavaria and in Alsace, and rescue teams worked through the night in both regions.",
      RULE, "13 June, 22:40",
      "German Chancellor Angela Merkel said she had spoken this evening with French President Emmanuel Macron about the floods.",
      RULE, "12 June, 10:05",
      "Merkel spoke with Italian Prime Minister Giuseppe Conte on Monday, her spokesman told reporters at the morning briefing." },
    paragraphs = { ["Morning summary"] = "2019-06-14 entry", ["this evening"] = "2019-06-13 entry",
      ["on Monday"] = "2019-06-12 entry",
      ["LIVE: Floods"] = "- -" },         -- before the first entry: the page's
    calls = { "Angela Merkel + Giuseppe Conte @ 2019-06-10 (relative)",
      "Angela Merkel + Emmanuel Macron @ 2019-06-13 (relative)" } },
  { name = "an oldest-first blog with full stamps; a call without a time is its entry's",
    id = "s7-blog-vote.txt",
    lines = { "Live coverage: the referendum aftermath", "Published 7 July 2016",
      "Mon 4 Jul 2016, 09:40",
      "Markets opened lower again across Europe as traders weighed the political uncertainty in London and Brussels.",
      "Tue 5 Jul 2016, 18:05",
      "Earlier today US President Barack Obama telephoned British Prime Minister David Cameron, the White House said.",
      "Wed 6 Jul 2016, 12:30 BST",
      "German Chancellor Angela Merkel spoke by phone with Cameron, a government spokesman said." },
    paragraphs = { ["Markets opened"] = "2016-07-04 entry" },
    calls = { "Barack Obama + David Cameron @ 2016-07-05 (relative)",
      "Angela Merkel + David Cameron @ 2016-07-06 (reported)" } },
  { name = "clock stamps under day headings take the heading's day",
    id = "s7-blog-headings.txt", published = "2022-03-10",
    lines = { "Ukraine war: live updates", "Published: Thursday, 10 March 2022, 07:00 GMT",
      "Wednesday 9 March 2022", "14:05 GMT",
      "Ukrainian President Volodymyr Zelensky said he had spoken with British Prime Minister Boris Johnson this afternoon.",
      "09:30 GMT",
      "Air raid sirens sounded again over Kyiv and Lviv before dawn, local officials said in a statement.",
      "Tuesday 8 March 2022", "21:10 GMT",
      "French President Emmanuel Macron spoke to Russian President Vladimir Putin tonight, the Elysee said." },
    paragraphs = { ["Air raid"] = "2022-03-09 entry", tonight = "2022-03-08 entry" },
    calls = { "Emmanuel Macron + Vladimir Putin @ 2022-03-08 (relative)",
      "Boris Johnson + Volodymyr Zelensky @ 2022-03-09 (relative)" } },
  { name = "stamps opening their entry's paragraph ('21:40 GMT — ...') under day headings",
    id = "s7-blog-inline.txt", published = "2020-12-12",
    lines = { "Brexit talks: live", "Published: Saturday, 12 December 2020, 09:00 GMT",
      "Friday 11 December",
      "21:40 GMT \226\128\148 British Prime Minister Boris Johnson spoke with Dutch Prime Minister Mark Rutte this evening, Downing Street said.",
      "18:05 GMT \226\128\148 Fishing remained the hardest issue, negotiators in Brussels told reporters after a long day of talks.",
      "Thursday 10 December",
      "23:15 GMT: Johnson also spoke by phone with French President Emmanuel Macron today, officials said." },
    paragraphs = { ["Fishing remained"] = "2020-12-11 entry", ["Brexit talks"] = "- -" },
    calls = { "Boris Johnson + Emmanuel Macron @ 2020-12-10 (relative)",
      "Boris Johnson + Mark Rutte @ 2020-12-11 (relative)" } },
  { name = "a saved page: each update's <time> stamp, dropped as a byline, dates its update",
    id = "s7-blog-saved.html", format = "html", published = "2019-06-14",
    html = [[<!DOCTYPE html><html><head><meta charset="utf-8"><title>Floods: live</title>
<meta property="article:published_time" content="2019-06-14T08:15:00+02:00"></head>
<body><header><nav><a href="/">Home</a> | <a href="/news">News</a></nav></header>
<main><h1>Floods across central Europe: live updates</h1>
<div class="update"><time datetime="2019-06-14T08:15">14 June 2019, 08:15</time>
<p>Rivers are still rising in Bavaria and in Alsace, and rescue teams worked through the night in both regions.</p></div>
<div class="update"><time datetime="2019-06-13T22:40">13 June 2019, 22:40</time>
<p>Dutch Prime Minister Mark Rutte said he had spoken this evening with Belgian Prime Minister Charles Michel about the floods.</p></div>
</main><footer>(c) 2019 Example News</footer></body></html>]],
    paragraphs = { ["Rivers are"] = "2019-06-14 entry" },
    calls = { "Charles Michel + Mark Rutte @ 2019-06-13 (relative)" } },
}

for _, case in ipairs(BLOGS) do
  test(case.name, function()
    local b, doc = brief(case.id, case.html or table.concat(case.lines, "\n\n"), case.format)
    if case.published then eq(doc.published, case.published) end
    for words, want in pairs(case.paragraphs) do eq(dated(doc, words), want, words) end
    eq(call_pairs(b, "basis"), case.calls)
  end)
end

test("one stamp, or day headings without clock times, make no page of entries", function()
  local _, doc = brief("s7-one-stamp.txt", table.concat({
    "Leaders discuss the floods",
    "Published 14 June 2019",
    "13 June, 22:40",
    "German Chancellor Angela Merkel said she had spoken this evening with French President Emmanuel Macron about the floods.",
  }, "\n\n"))
  eq(dated(doc, "this evening"), "- -")
  local _, doc2 = brief("s7-chronology.txt", table.concat({
    "A week of diplomacy",
    "Published 14 June 2019",
    "10 June",
    "The foreign ministers met in Luxembourg and talked about the sanctions for most of the afternoon.",
    "11 June",
    "German Chancellor Angela Merkel said she had spoken today with French President Emmanuel Macron about the floods.",
  }, "\n\n"))
  eq(dated(doc2, "spoken today"), "- -")
end)

-- The day a narrative is on --------------------------------------------------

local SATURDAY = table.concat({
  "A Chancellor on the telephone",
  "By our Berlin correspondent",
  "Wednesday, 5 February 2020",
  "The first alert reached the Chancellor's office at 5.10am on Saturday, when the ferry was reported missing off the coast.",
  "At 11am German Chancellor Angela Merkel telephoned French President Emmanuel Macron to coordinate the search.",
  "Rescue ships from three countries reached the area before noon. At 4.30pm Italian Prime Minister Giuseppe Conte rang Merkel to offer two more helicopters.",
  "The search went on through Sunday. On Monday Merkel spoke with Spanish Prime Minister Pedro Sánchez about the survivors.",
  "At 9pm she called Dutch Prime Minister Mark Rutte.",
  "Merkel will call Austrian Chancellor Sebastian Kurz at 3pm, her office said.",
}, "\n\n")

test("clock times take the day the account last named, until another day is named", function()
  local b, doc = brief("s7-narrative.txt", SATURDAY)
  eq(dated(doc, "At 11am"), "2020-02-01 narrative")
  eq(dated(doc, "At 4.30pm"), "2020-02-01 narrative")
  eq(dated(doc, "On Monday"), "- -")        -- names its own day
  eq(dated(doc, "At 9pm"), "2020-02-03 narrative")
  eq(dated(doc, "will call"), "- -")        -- a plan's clock is the day of the report
  eq(call_pairs(b, "basis"), {
    "Angela Merkel + Emmanuel Macron @ 2020-02-01 (relative)",
    "Angela Merkel + Giuseppe Conte @ 2020-02-01 (relative)",
    "Angela Merkel + Mark Rutte @ 2020-02-03 (relative)",
    "Angela Merkel + Pedro Sánchez @ 2020-02-03 (relative)",
    "Angela Merkel + Sebastian Kurz @ 2020-02-05 (relative)",
  })
end)

test("a day told of another event starts no account by the clock: a later 'At 6pm' is the report's", function()
  local b = brief("s7-sochi.txt", table.concat({
    "Putin calls Macron after Sochi talks",
    "Wednesday, 14 October 2020",
    "MOSCOW — Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan met in Sochi on Monday for four hours of talks on Syria.",
    "At 6pm Putin spoke by telephone with French President Emmanuel Macron, the Kremlin said.",
  }, "\n\n"))
  eq(call_pairs(b, "basis"), { "Emmanuel Macron + Vladimir Putin @ 2020-10-14 (relative)" })
  -- an hour or a part of the day with the day starts one
  b = brief("s7-sochi-night.txt", table.concat({
    "A long night in Moscow",
    "Wednesday, 14 October 2020",
    "MOSCOW — The first reports reached the Kremlin late on Monday evening.",
    "At 11pm Putin spoke by telephone with French President Emmanuel Macron, the Kremlin said.",
  }, "\n\n"))
  eq(call_pairs(b, "basis"), { "Emmanuel Macron + Vladimir Putin @ 2020-10-12 (relative)" })
end)

test("a clock time after the day in its own paragraph: the sentence is on that day", function()
  local text = table.concat({
    "The long weekend",
    "Wednesday, 5 February 2020",
    "The alert came before dawn on Saturday. At 11am German Chancellor Angela Merkel telephoned French President Emmanuel Macron.",
    "Dawn had barely broken yesterday when the phones rang again. At 8am Merkel called Spanish Prime Minister Pedro Sánchez. She will call him again at 6pm.",
  }, "\n\n")
  local b, doc = brief("s7-same-paragraph.txt", text)
  local by = {}
  for _, s in ipairs(doc.sentences) do by[#by + 1] = (s.date or "-") .. " " .. s.text:sub(1, 8) end
  eq(by, { "- The long", "- The aler", "2020-02-01 At 11am ", "- Dawn had",
    "2020-02-04 At 8am M", "- She will" })
  -- the paragraphs name days of their own: their relative dates stay the page's
  eq(dated(doc, "The alert"), "- -")
  eq(dated(doc, "Dawn had"), "- -")
  -- and its calls are on the sentence's day (the plan's clock is the report's day)
  eq(call_pairs(b, "basis"), {
    "Angela Merkel + Emmanuel Macron @ 2020-02-01 (relative)",
    "Angela Merkel + Pedro Sánchez @ 2020-02-04 (relative)",
    "Angela Merkel + Pedro Sánchez @ 2020-02-05 (relative)",
  })
end)

test("'that evening' is on the narrative's day; a day after the report's is no narrative", function()
  local b, doc1 = brief("s7-that-evening.txt", table.concat({
    "Summit eve",
    "Thursday, 12 March 2015",
    "Officials in Kiev spent Tuesday drafting the ceasefire text, working through the night.",
    "That evening Ukrainian President Petro Poroshenko spoke by telephone with German Chancellor Angela Merkel.",
  }, "\n\n"))
  eq(dated(doc1, "That evening"), "2015-03-10 narrative")
  eq(call_pairs(b, "date"), { "Angela Merkel + Petro Poroshenko @ 2015-03-10" })
  local _, doc = brief("s7-tomorrow.txt", table.concat({
    "Summit eve",
    "Thursday, 12 March 2015",
    "The leaders are expected in Minsk tomorrow for the talks on the ceasefire and the withdrawal of heavy weapons.",
    "At 8pm Poroshenko spoke by telephone with German Chancellor Angela Merkel.",
  }, "\n\n"))
  eq(dated(doc, "At 8pm"), "- -")
end)

test("an ordinary article's undated call keeps the report's date", function()
  local b, doc = brief("s7-ordinary.txt", table.concat({
    "Putin and Erdogan discuss Syria",
    "Friday, 6 March 2020",
    "Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan spoke by telephone on Tuesday, the Kremlin said.",
    "Erdogan also spoke with German Chancellor Angela Merkel, his office said.",
  }, "\n\n"))
  for _, p in ipairs(doc.paragraphs) do eq(p.date, nil, p.text) end
  eq(call_pairs(b, "basis"), {
    "Recep Tayyip Erdoğan + Vladimir Putin @ 2020-03-03 (relative)",
    "Angela Merkel + Recep Tayyip Erdoğan @ 2020-03-06 (reported)",
  })
end)

test("clock times written '6.45pm' and '10.15 p.m.' are clock times", function()
  for _, s in ipairs({ "At 6.45pm Clark rang him.", "At 10.15 p.m. Blair rang him.", "at 7:30pm they spoke" }) do
    local t = timex.find(tokenize.run(s, textlib), s)
    eq(#t, 1, s)
    eq({ t[1].kind, t[1].days, t[1].clock }, { "relative", 0, true }, s)
  end
end)

-- lua/reach.lua reads a call's day from the passage's date too ------------

test("reach's span holds the days passages give calls, far from the page's date", function()
  local reach = require("callbrief.reach")
  local text = table.concat({
    "Ten years on: the night of the calls",
    "Monday, 14 October 2012",
    "On 13 October 2002 the news reached Canberra at dawn, and the Prime Minister's office filled within the hour.",
    "At 2pm Australian Prime Minister John Howard telephoned Indonesian President Megawati Sukarnoputri.",
  }, "\n\n")
  local doc = source("s7-retro.txt", text)
  eq(dated(doc, "At 2pm"), "2002-10-13 narrative")
  local ex = run_stage("extract", { document = doc, calls = {}, claims = {} })
  local b = run_stage("link", { extractions = { ex } })
  eq(call_pairs(b, "date"), { "John Howard + Megawati Sukarnoputri @ 2002-10-13" })
  local f = reach.facts({ ex }, 1, 1, "")
  ok(f.from <= "2002-10-13" and f.to >= "2002-10-13", tostring(f.from) .. ".." .. tostring(f.to))
end)
