-- test_sources_s5.lua — the source stage on pages of many kinds: page
-- dates in more languages and scripts (data/extract/dates.yaml and
-- lua/dates.lua), the Solar Hijri calendar, page furniture around the
-- date, official bodies as outlets, page noise.  Articles of our own in
-- tests/fixtures/dates/ and tests/fixtures/source/.
local dates = require("callbrief.dates")
local D = dates.load(ctx("source", "metadata"))

local function ymd(s)
  local t = D.parse(s)
  if not t then return nil end
  return { t.year, t.month, t.day, t.hour, t.minute, t.text }
end

test("page dates: Chinese, Japanese and Korean forms", function()
  eq(ymd("2013年03月15日"), { 2013, 3, 15, nil, nil, "2013年03月15日" })
  eq(ymd("发布时间：2013年3月15日 10:30"), { 2013, 3, 15, 10, 30, "2013年3月15日 10:30" })
  eq(ymd("2013년 3월 15일"), { 2013, 3, 15, nil, nil, "2013년 3월 15일" })
  eq(ymd("２０１３年３月１５日"), { 2013, 3, 15, nil, nil, "２０１３年３月１５日" })
  -- the years of Japanese eras and of the Republic of China
  eq(ymd("平成25年3月15日"), { 2013, 3, 15, nil, nil, "平成25年3月15日" })
  eq(ymd("令和元年5月1日"), { 2019, 5, 1, nil, nil, "令和元年5月1日" })
  eq(ymd("民國102年3月15日"), { 2013, 3, 15, nil, nil, "民國102年3月15日" })
  eq(ymd("2013年13月15日"), nil)
end)

test("page dates: Cyrillic, Greek, Turkish, Polish, Czech, Hebrew, Hindi", function()
  eq(ymd("15 марта 2013 г."), { 2013, 3, 15, nil, nil, "15 марта 2013" })
  eq(ymd("Опубликовано: 15 Марта 2013, 10:30"), { 2013, 3, 15, 10, 30, "15 Марта 2013, 10:30" })
  eq(ymd("15 березня 2013 р."), { 2013, 3, 15, nil, nil, "15 березня 2013" })
  eq(ymd("1 декабря 2020"), { 2020, 12, 1, nil, nil, "1 декабря 2020" })
  eq(ymd("15 Μαρτίου 2013"), { 2013, 3, 15, nil, nil, "15 Μαρτίου 2013" })
  eq(ymd("15 Mart 2013 Cuma"), { 2013, 3, 15, nil, nil, "15 Mart 2013" })
  eq(ymd("15 ŞUBAT 2013"), { 2013, 2, 15, nil, nil, "15 ŞUBAT 2013" })
  eq(ymd("15 października 2013 r."), { 2013, 10, 15, nil, nil, "15 października 2013" })
  eq(ymd("15. března 2013"), { 2013, 3, 15, nil, nil, "15. března 2013" })
  eq(ymd("15 במרץ 2013"), { 2013, 3, 15, nil, nil, "15 במרץ 2013" })
  eq(ymd("15 मार्च 2013"), { 2013, 3, 15, nil, nil, "15 मार्च 2013" })
end)

test("page dates: Arabic month names of both series, Arabic-Indic digits", function()
  eq(ymd("15 آذار 2013"), { 2013, 3, 15, nil, nil, "15 آذار 2013" })
  eq(ymd("الجمعة 15 مارس 2013"), { 2013, 3, 15, nil, nil, "15 مارس 2013" })
  eq(ymd("١٥ أيار ٢٠١٣"), { 2013, 5, 15, nil, nil, "١٥ أيار ٢٠١٣" })
  -- (written without the hamza)
  eq(ymd("15 ايار 2013"), { 2013, 5, 15, nil, nil, "15 ايار 2013" })
  eq(ymd("الجمعة، ١٥ مارس ٢٠١٣ - ١٠:٣٠"), { 2013, 3, 15, 10, 30, "١٥ مارس ٢٠١٣ - ١٠:٣٠" })
  -- names of two words; the Arabic comma
  eq(ymd("15 كانون الثاني 2013"), { 2013, 1, 15, nil, nil, "15 كانون الثاني 2013" })
  eq(ymd("15 تشرين الأول، 2013"), { 2013, 10, 15, nil, nil, "15 تشرين الأول، 2013" })
  eq(ymd("15 تشرين الثاني 2013"), { 2013, 11, 15, nil, nil, "15 تشرين الثاني 2013" })
  -- a Lunar Hijri year is no Gregorian one
  eq(ymd("1434/05/04"), nil)
  -- a number inside a run of digits starts no date
  eq(ymd("٢١٥/٠٣/٢٠١٣"), nil)
end)

test("the Solar Hijri calendar converts exactly", function()
  local function g(y, m, d) return table.concat({ dates.from_solar_hijri(y, m, d) }, "-") end
  eq(g(1392, 1, 1), "2013-3-21")
  eq(g(1391, 12, 15), "2013-3-5")
  eq(g(1357, 11, 22), "1979-2-11")
  eq(g(1399, 1, 1), "2020-3-20")
  eq(g(1403, 1, 1), "2024-3-20")
  eq(g(1403, 12, 30), "2025-3-20")   -- 1403 is a leap year
  eq(g(1402, 12, 29), "2024-3-19")
  eq(dates.from_solar_hijri(1402, 12, 30), nil)
  eq(dates.from_solar_hijri(1402, 7, 31), nil)
  -- every day of 1300-1500 follows the one before
  local prev = dates.days_from_civil(dates.from_solar_hijri(1300, 1, 1)) - 1
  for y = 1300, 1500 do
    for m = 1, 12 do
      for d = 1, 31 do
        local gy, gm, gd = dates.from_solar_hijri(y, m, d)
        if gy then
          local n = dates.days_from_civil(gy, gm, gd)
          eq(n, prev + 1, y .. "-" .. m .. "-" .. d)
          prev = n
        end
      end
    end
  end
end)

test("page dates: Persian pages, Solar Hijri and Gregorian", function()
  eq(ymd("۲۵ اسفند ۱۳۹۱"), { 2013, 3, 15, nil, nil, "۲۵ اسفند ۱۳۹۱" })
  eq(ymd("1 فروردین 1392"), { 2013, 3, 21, nil, nil, "1 فروردین 1392" })
  eq(ymd("۱۳۹۱/۱۲/۱۵"), { 2013, 3, 5, nil, nil, "۱۳۹۱/۱۲/۱۵" })
  eq(ymd("15 Esfand 1391"), { 2013, 3, 5, nil, nil, "15 Esfand 1391" })
  eq(ymd("۱۵ مارس ۲۰۱۳"), { 2013, 3, 15, nil, nil, "۱۵ مارس ۲۰۱۳" })
  eq(D.parse("۲۵ اسفند ۱۳۹۱").calendar, "solar_hijri")
  -- a Solar Hijri month needs its year; a Gregorian year in it is no date
  eq(ymd("Alex Azar, 12 Azar 2020"), nil)
  eq(ymd("15 Mehr"), nil)
end)

local function input(name)
  local id = "tests/fixtures/dates/" .. name
  return { id = id, path = id, bytes = read(id), sha256 = "", format = "text" }
end

test("articles: the publication date of pages in many scripts", function()
  for name, basis in pairs({
    ["ru-byline.txt"] = "byline", ["uk-byline.txt"] = "publication_line",
    ["zh-byline.txt"] = "publication_line", ["ja-era.txt"] = "byline",
    ["ko-byline.txt"] = "publication_line", ["ko-written.txt"] = "byline",
    ["ar-levant.txt"] = "byline", ["ar-gulf.txt"] = "publication_line",
    ["fa-solar.txt"] = "publication_line", ["he-byline.txt"] = "publication_line",
    ["tr-byline.txt"] = "byline", ["pl-byline.txt"] = "publication_line",
    ["hi-byline.txt"] = "publication_line",
  }) do
    local doc = run_stage("source", input(name))
    eq({ doc.published, doc.published_basis }, { "2013-03-15", basis }, name)
    -- the date line is dropped, the headline and the body are kept
    ok(not doc.text:find("2013", 1, true) and not doc.text:find("\217\162\217\160", 1, true), name)
    ok(doc.title and doc.title ~= "", name .. ": headline")
    ok(#doc.paragraphs >= 1, name .. ": body")
  end
end)

test("Chinese and Japanese text: headline and body kept, full stops known", function()
  for _, name in ipairs({ "zh-byline.txt", "ja-era.txt" }) do
    local doc = run_stage("source", input(name))
    ok(doc.text:find("\227\128\130", 1, true), name .. ": the body is kept")
    eq(#doc.dropped, 1, name)
  end
end)

local function page(text, id, meta_url)
  local bytes = text
  if meta_url then bytes = "---\nurl: " .. meta_url .. "\n---\n" .. text end
  return run_stage("source", { id = id or "p.txt", path = id or "p.txt", bytes = bytes, sha256 = "",
    format = "text" })
end

local function fixture(name)
  local id = "tests/fixtures/source/" .. name
  return run_stage("source", { id = id, path = id, bytes = read(id), sha256 = "", format = "text" })
end

test("a government body's header is the outlet, and not the headline", function()
  local doc = fixture("s5-ministry-readout.txt")
  eq(doc.outlet, "Ministry of Foreign Affairs of the Republic of Lindoria")
  eq(doc.title, "Foreign Minister holds telephone conversation with the Minister of Foreign Affairs of Japan")
  eq(doc.published, "2019-02-14")
  ok(not doc.text:find("Press Service", 1, true), "the header is dropped")
  -- a body's name whose last word is a staff byline's ("Bureau") stays whole
  local d2 = page("Press Information Bureau\nGovernment of Lindoria\n\n"
    .. "Minister speaks with his counterpart\n\n"
    .. "The minister spoke by telephone with his counterpart today about the trade forum.\n")
  eq({ d2.outlet, d2.title }, { "Press Information Bureau", "Minister speaks with his counterpart" })
  local outlets = require("callbrief.outlets")
  ok(outlets.official_body("Prime Minister's Office"))
  ok(outlets.official_body("President of the Republic of Lindoria"))
  ok(not outlets.official_body("President Putin holds phone talks"))
  ok(not outlets.official_body("Ministry says talks went well."))
end)

test("a site's name over its sections, and a byline's outlet after the writer", function()
  local doc = fixture("s5-masthead-byline.txt")
  eq(doc.outlet, "Coastline Wire Service")
  eq(doc.title, "Leaders speak by phone as talks on the port deal stall")
  -- (the masthead names the outlet when no byline does)
  local d2 = page("THE HARBOUR LEDGER | World · Diplomacy\n\nLeaders speak by phone as talks stall\n\n"
    .. "The two presidents spoke by telephone on Monday about the stalled port agreement, officials said.\n")
  eq({ d2.outlet, d2.title }, { "The Harbour Ledger", "Leaders speak by phone as talks stall" })
  -- a section label in capitals names no outlet
  local d3 = page("LINDORIA\n\nLeaders speak by phone as talks stall\n\n"
    .. "The two presidents spoke by telephone on Monday about the stalled port agreement, officials said.\n")
  eq(d3.outlet, nil)
end)

test("the article's date, not a most-read list's nor a comment's; a relative update dates nothing", function()
  local doc = fixture("s5-masthead-byline.txt")
  eq({ doc.published, doc.published_basis }, { "2019-03-05", "byline" })
  ok(not doc.text:find("shipping companies", 1, true), "comments are dropped")
  ok(doc.text:find("no date was set", 1, true), "the article is kept")
  -- a list of dated stories above the article's own date line
  local d2 = page("Leaders speak by phone\n\nMost read\n- Storm closes the ferry route\nMarch 1, 2019\n"
    .. "- Elections: what you need to know\nFebruary 27, 2019\n\nMarch 5, 2019\n\n"
    .. "The two presidents spoke by telephone on Monday about the stalled port agreement, officials said.\n")
  eq(d2.published, "2019-03-05")
  -- a labelled comment time below the article does not beat the byline
  local d3 = page("Leaders speak by phone\n\nMarch 5, 2019\n\n"
    .. "The two presidents spoke by telephone on Monday about the stalled port agreement, officials said.\n\n"
    .. "Leave a comment\n\nPosted by Jonas on March 9, 2019 at 8:14 am\n\nThe talks will never work.\n")
  eq(d3.published, "2019-03-05")
  -- nor does a labelled date of the footer, though it is a last resort
  local d4 = page("Leaders speak by phone\n\n"
    .. "The two presidents spoke by telephone on Monday about the stalled port agreement, officials said.\n\n"
    .. "Publication date: 9 March 2019\n")
  eq({ d4.published, d4.published_basis }, { "2019-03-09", "publication_line" })
end)

test("the URL's date is the publication date when the page states none", function()
  local body = "Leaders speak by phone\n\nThe two presidents spoke by telephone on Monday about the port, officials said.\n"
  eq({ page(body, nil, "https://example.org/news/2019/3/5/leaders-speak").published,
    page(body, nil, "https://example.org/news/2019/3/5/leaders-speak").published_basis }, { "2019-03-05", "url" })
  eq(page(body, nil, "https://example.org/world/2019-03-05-leaders-speak").published, "2019-03-05")
  eq(page(body, nil, "https://example.org/a/20190305/leaders.html").published, "2019-03-05")
  eq(page(body, nil, "https://example.org/story/1234567890/leaders").published, nil)
  -- a byline's date is trusted before it
  eq(page("Leaders speak by phone\n\nMarch 4, 2019\n\n" .. body:gsub("^[^\n]*\n\n", ""), nil,
    "https://example.org/2019/03/05/x").published, "2019-03-04")
end)

test("page noise of several languages dropped, the live blog's posts kept", function()
  local doc = fixture("s5-noise-liveblog.txt")
  local kept = {}
  for _, p in ipairs(doc.paragraphs) do kept[#kept + 1] = p.text end
  eq(kept, { "Leaders' calls: live updates",
    "The Lindorian president spoke by phone with his Aravan counterpart this morning, his office said, their first contact since the border closure.",
    "Foreign ministers of the two countries are expected to speak later today, a spokeswoman said." })
  -- a time stamp alone is dropped; a sentence with a time is not
  local bp = plugin("plugins/source/20-boilerplate.lua")
  eq(bp.classify({ text = "10.42am BST" }), "widget")
  eq(bp.classify({ text = "35 min ago" }), "widget")
  eq(bp.classify({ text = "At 10:42 GMT the two presidents spoke by phone, officials said." }), nil)
end)

test("a byline's date; a caption ending 'Photo: ...'; 'Site - English' heads the page", function()
  local doc = page("FROM THE ARCHIVE\n\nLeaders speak by phone\n\nBy our correspondent · December 26, 1991\n\n"
    .. "The flag is lowered over the palace. Photo: Archive\n\n"
    .. "The two presidents spoke by telephone last night about the transfer of power, officials said.\n")
  eq({ doc.published, doc.published_basis }, { "1991-12-26", "byline" })
  ok(not doc.text:find("Photo: Archive", 1, true), "the caption is dropped")
  local d2 = page("Harbour Dispatch - English Edition\nHome | Politics | English\n\nLeaders speak by phone\n\n"
    .. "The two presidents spoke by telephone last night about the transfer of power, officials said.\n")
  eq({ d2.outlet, d2.title }, { "Harbour Dispatch", "Leaders speak by phone" })
end)
