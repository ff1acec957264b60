-- test_html.lua — saved web pages through the source stage (05-html over
-- ctx.html): title, publication date, outlet and URL from the page's
-- metadata, the article's text without the page around it, and the calls
-- found in it.  Fixtures: tests/fixtures/html/ (pages written for the test,
-- on reserved example.* domains).

local function input(id, bytes)
  return { id = id, path = id, sha256 = "", format = "html", bytes = bytes }
end

local function page(name)
  local id = "html/" .. name .. ".html"
  return run_stage("source", input(id, read("tests/fixtures/html/" .. name .. ".html")))
end

local function has(doc, s)
  return doc.text:find(s, 1, true) ~= nil
end

local function lacks(doc, list)
  for _, s in ipairs(list) do ok(not has(doc, s), "text holds " .. s) end
end

-- Every paragraph and sentence is found at its offset in text.
local function check_offsets(doc)
  for _, list in ipairs({ doc.paragraphs, doc.sentences }) do
    for _, s in ipairs(list) do
      eq(doc.text:sub(s.offset, s.offset + #s.text - 1), s.text, doc.id)
    end
  end
end

local function participants(doc)
  local ex = run_stage("extract", { document = doc, calls = {}, claims = {} })
  ok(#ex.calls >= 1, "a call in " .. doc.id)
  local names = {}
  for _, p in ipairs(ex.calls[1].people) do names[#names + 1] = p.name or p.text end
  table.sort(names)
  return names
end

test("the plugin has the contract's shape and runs first", function()
  local p = plugin("plugins/source/05-html.lua")
  eq(p.name, "html")
  eq(p.stage, "source")
  eq(p.api, 1)
  ok(type(p.version) == "string" and type(p.description) == "string" and type(p.run) == "function")
end)

test("other formats pass through untouched", function()
  local p = plugin("plugins/source/05-html.lua")
  local value = { id = "a.txt", format = "text", bytes = "<p>Not parsed.</p>" }
  local out = p.run(value, ctx("source"))
  eq(out.bytes, "<p>Not parsed.</p>")
  eq(out.format, "text")
end)

test("an <article> page with og: meta and a cookie banner", function()
  local doc = page("putin-erdogan-idlib")
  eq(doc.format, "html")
  eq(doc.title, "Putin and Erdogan discuss Idlib in phone call")
  eq(doc.published, "2020-02-21")
  eq(doc.published_basis, "meta")
  eq(doc.outlet, "Meridian Post")
  eq(doc.url, "https://www.example.com/world/2020/02/21/putin-erdogan-idlib-call")
  ok(has(doc, "Russian President Vladimir Putin and Turkish President Tayyip Erdogan spoke by"
    .. " phone on Friday about the fighting in Syria\226\128\153s Idlib province"))
  ok(has(doc, "The two presidents last met in person in January."))
  lacks(doc, { "cookie", "Accept", "Sign in", "Politics", "Business", "Facebook", "Related",
    "Aid groups warn", "Topics:", "All rights reserved", "Terms of use", "dataLayer", "promo" })
  check_offsets(doc)
  eq(participants(doc), { "Recep Tayyip Erdo\196\159an", "Vladimir Putin" })
end)

test("a page without <article>: the densest block of paragraphs", function()
  local doc = page("macron-putin-march-call")
  eq(doc.title, "Macron says worst is yet to come after Putin call") -- site name cut off
  eq(doc.published, "2022-03-03")
  eq(doc.published_basis, "meta")
  eq(doc.outlet, "Harbor Line News")
  eq(doc.url, "https://news.example.org/europe/macron-putin-call-0303.html")
  ok(has(doc, "French President Emmanuel Macron and Russian President Vladimir Putin spoke by"
    .. " telephone for about 90 minutes on Thursday"))
  ok(has(doc, "\226\128\156the worst is yet to come.\226\128\157"))
  lacks(doc, { "Home", "Markets", "Subscribe", "France \194\187", "cookies", "Click OK",
    "Most read", "Fuel prices", "morning briefing", "Contact us", "ad-top" })
  check_offsets(doc)
  eq(participants(doc), { "Emmanuel Macron", "Vladimir Putin" })
end)

test("a page whose date and publisher are in JSON-LD", function()
  local doc = page("biden-xi-september-call")
  eq(doc.title, "Biden and Xi hold first call in seven months")
  eq(doc.published, "2021-09-10")
  eq(doc.published_basis, "meta")
  eq(doc.outlet, "Continental Wire")
  eq(doc.url, "https://wire.example.net/2021/09/10/biden-xi-call/")
  ok(has(doc, "U.S. President Joe Biden and Chinese President Xi Jinping held a phone call on"
    .. " Thursday, their first conversation in seven months"))
  ok(has(doc, "open. The official said")) -- &nbsp; is a space
  lacks(doc, { "Skip to content", "Search", "Asia", "Americas", "Enable JavaScript",
    "Clock icon", "Comment text", "Asia briefing", "Reproduction", "Live" })
  check_offsets(doc)
  eq(participants(doc), { "Joe Biden", "Xi Jinping" })
end)

test("a page without metadata: the headline from <h1>, the date from its byline", function()
  local doc = run_stage("source", input("bare.html", [[
<html><body><div class="page"><h1>Scholz and Putin speak by phone</h1>
<p class="date">December 2, 2022</p>
<p>German Chancellor Olaf Scholz and Russian President Vladimir Putin spoke by phone on
Friday for about an hour, the German government said.</p>
<p>Scholz urged Putin to withdraw his troops from Ukraine, according to his spokesman.</p>
</div></body></html>]]))
  eq(doc.title, "Scholz and Putin speak by phone")
  eq(doc.published, "2022-12-02")
  eq(doc.published_basis, "byline")
  eq(doc.outlet, nil)
  eq(doc.url, nil)
  ok(has(doc, "spoke by phone on Friday for about an hour"))
  check_offsets(doc)
end)

test("an empty or text-less page gives an empty Document", function()
  for _, bytes in ipairs({ "", "<html><head><title></title></head><body></body></html>",
    "<script>var x = 1;</script>" }) do
    local doc = run_stage("source", input("empty.html", bytes))
    eq(doc.text, "")
    eq(doc.title, nil)
    eq(#doc.paragraphs, 0)
  end
end)

test("publication dates as pages write them", function()
  local iso = plugin("plugins/source/05-html.lua").iso_date
  eq(iso("2019-07-11T14:03:00+03:00"), "2019-07-11")
  eq(iso(" 2019-07-11 "), "2019-07-11")
  eq(iso("20190711T140300Z"), "2019-07-11")
  eq(iso("Thu, 11 Jul 2019 14:03:00 GMT"), "2019-07-11")
  eq(iso("July 11, 2019"), "2019-07-11")
  eq(iso("2019-02-30"), nil)
  eq(iso("1562850000"), nil)
  eq(iso("July 11"), nil)
  eq(iso(nil), nil)
end)
