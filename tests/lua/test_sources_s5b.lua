-- test_sources_s5b.lua — the source stage, session 5b: the plain <time>
-- of an article's header, Chinese and Korean date forms, weekday names of
-- other scripts, outlets written more than one way.  Pages of our own in
-- tests/fixtures/source/s5b-*.
local dates = require("callbrief.dates")
local D = dates.load(ctx("source", "metadata"))

local function fixture(name, format)
  local id = "tests/fixtures/source/" .. name
  return run_stage("source", { id = id, path = id, bytes = read(id), sha256 = "",
    format = format or "text" })
end

local function page(text)
  return run_stage("source", { id = "p.txt", path = "p.txt", bytes = text, sha256 = "",
    format = "text" })
end

test("a plain <time> in the article's header dates a page that says '2 hours ago'", function()
  local doc = fixture("s5b-time-header.html", "html")
  eq({ doc.published, doc.published_basis }, { "2021-06-09", "meta" })
  -- a <time> in a list of other stories, a comment, a footer or a paragraph
  -- dates nothing
  local d2 = fixture("s5b-time-related.html", "html")
  eq(d2.published, nil)
end)

test("a Chinese month-day dateline: agency, place, date, reporter", function()
  local doc = fixture("s5b-zh-dateline.txt")
  eq(doc.dateline, { place = "北京", text = "新华社北京3月15日电（记者 王明）" })
  eq(doc.outlet, "Xinhua")
  -- the year is the one the page gives the same day elsewhere
  eq({ doc.published, doc.published_basis }, { "2013-03-15", "dateline" })
  -- a sentence that opens with a date is no date line
  eq(#doc.dropped, 0)
  local m = plugin("plugins/source/30-metadata.lua")
  eq(m.parse_dateline("中新社华盛顿2013年3月15日电 美国总统15日表示……").date,
    { year = 2013, month = 3, day = 15 })
  eq(m.parse_dateline("本报东京3月15日电 日本首相……").place, "东京")
  eq(m.parse_dateline("国家主席习近平15日晚同日本首相通电话。"), nil)
end)

test("Korean and Chinese afternoon times, weekdays of other scripts", function()
  local function hm(s)
    local t = D.parse(s)
    return t and { t.year, t.month, t.day, t.hour, t.minute, t.weekday, t.text }
  end
  eq(hm("입력 2013.03.15 오후 3:20"), { 2013, 3, 15, 15, 20, nil, "2013.03.15 오후 3:20" })
  eq(hm("2013.03.15 오전 12:05"), { 2013, 3, 15, 0, 5, nil, "2013.03.15 오전 12:05" })
  eq(hm("2013년 3월 15일 (금) 오후 3:20"), { 2013, 3, 15, 15, 20, 5, "2013년 3월 15일 (금) 오후 3:20" })
  eq(hm("2013年3月15日 星期五 下午3:20"), { 2013, 3, 15, 15, 20, 5, "2013年3月15日 星期五 下午3:20" })
  eq(hm("2013年3月15日(金) 午前10:05"), { 2013, 3, 15, 10, 5, 5, "2013年3月15日(金) 午前10:05" })
  eq(hm("2013年3月17日 周日"), { 2013, 3, 17, nil, nil, 7, "2013年3月17日 周日" })
  eq(hm("15 марта 2013, пятница, 10:30"), { 2013, 3, 15, 10, 30, 5, "15 марта 2013, пятница, 10:30" })
  eq(hm("15 Μαρτίου 2013 Παρασκευή 10:30"), { 2013, 3, 15, 10, 30, 5, "15 Μαρτίου 2013 Παρασκευή 10:30" })
  eq(hm("15 במרץ 2013, יום שישי, 10:30"), { 2013, 3, 15, 10, 30, 5, "15 במרץ 2013, יום שישי, 10:30" })
  eq(hm("15 मार्च 2013, शुक्रवार, 10:30"), { 2013, 3, 15, 10, 30, 5, "15 मार्च 2013, शुक्रवार, 10:30" })
  -- the one character of a weekday only in brackets
  eq(hm("2013年3月15日金"), { 2013, 3, 15, nil, nil, nil, "2013年3月15日" })
end)

test("an outlet by any of its names; a person with a title is no outlet", function()
  for text, want in pairs({
    ["By THE ASSOCIATED PRESS\n\n"] = "AP",
    ["By Agence France-Presse\n\n"] = "AFP",
    ["PARIS (Agence France-Presse) — "] = "AFP",
    ["(Reuters) - "] = "Reuters",
    ["(Xinhua) -- "] = "Xinhua",
  }) do
    local doc = page("Ministers talk by phone\n\n" .. text .. "The foreign ministers of Lindoria and "
      .. "Westmark spoke by telephone on Tuesday about the river treaty.\n")
    eq(doc.outlet, want, text)
  end
  local d = page("Ministers talk by phone\n\n(Reuters) - The foreign ministers of Lindoria and "
    .. "Westmark spoke by telephone on Tuesday about the river treaty.\n")
  eq(d.dateline, { text = "(Reuters) -" })
  -- (an unknown name in brackets opens no dateline)
  eq(page("Ministers talk\n\n(Updated) - The foreign ministers of Lindoria and Westmark spoke by "
    .. "telephone on Tuesday about the river treaty.\n").dateline, nil)
  for _, text in ipairs({ "SHRI VIKAS SWARUP\n\nMinisters talk by phone\n\n",
    "Ministers talk by phone\n\nBy Dr. Anil Kumar Times\n\n",
    "Ministers talk by phone\n\nNEW DELHI (Shri Vikas Swarup) - " }) do
    local doc = page(text .. "The foreign ministers of Lindoria and Westmark spoke by telephone on "
      .. "Tuesday about the river treaty.\n")
    eq(doc.outlet, nil, text)
  end
  local outlets = require("callbrief.outlets")
  ok(outlets.personal("Shri Vikas Swarup") and outlets.personal("Smt. Meenakshi Lekhi"))
  ok(not outlets.personal("Press Information Bureau") and not outlets.personal("Dr"))
end)

test("a site's name in capitals before its sections is the outlet, not a section's", function()
  local doc = page("THE HARBOUR LEDGER | NATIONAL | DIPLOMACY\n\nMinisters talk by phone\n\n"
    .. "The foreign ministers of Lindoria and Westmark spoke by telephone on Tuesday about the "
    .. "river treaty and the border crossings.\n")
  eq(doc.outlet, "The Harbour Ledger")
end)
