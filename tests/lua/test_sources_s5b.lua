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
