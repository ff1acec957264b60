-- test.lua — the jsonl-feed example's Lua test.  Run it from the top of
-- the source tree with the test runner the build makes:
--
--     tests/luatest examples/plugins/jsonl-feed/test.lua
--
-- It runs inside callbrief's own Lua state, in the plugins' sandbox, with
-- the helpers of tests/luatest.lua: test, eq, ok, plugin, ctx, read,
-- run_stage (see doc/plugins.md, "Testing your plugin").
local DIR = "examples/plugins/jsonl-feed/"
local feed = plugin(DIR .. "source/50-jsonl-feed.lua")
local basis = plugin(DIR .. "source/90-jsonl-feed-basis.lua")
local json = require("callbrief.json")

-- A ctx whose log keeps the warnings instead of printing them.
local function quiet_ctx(name)
  local c = ctx("source", name)
  local warnings = {}
  c.log = {
    warn = function(msg, where) warnings[#warnings + 1] = { msg = msg, line = where and where.line } end,
    info = function() end,
    debug = function() end,
  }
  return c, warnings
end

-- What the host would hand to the first source plugin.
local function input(id, bytes, format)
  return { id = id, path = "/feeds/" .. id, bytes = bytes, sha256 = "0", format = format or "jsonl" }
end

-- The source stage as it runs with the example's folder in plugin_dirs:
-- jsonl-feed splits the feed, the host runs the rest of the chain (the
-- built-in plugins, then jsonl-feed-basis) on each part.
local function source_stage(inp)
  local c, warnings = quiet_ctx("jsonl-feed")
  local out = feed.run(inp, c)
  local docs = {}
  for i, part in ipairs(out.documents or {}) do
    docs[i] = basis.run(run_stage("source", part), quiet_ctx("jsonl-feed-basis"))
  end
  return docs, warnings, out
end

local function line(t) return json.encode(t) end

test("the sample feed becomes four articles with titles, outlets, urls and ISO dates", function()
  local docs, warnings = source_stage(input("feed.jsonl", read(DIR .. "feed.jsonl")))
  eq(warnings, {})
  eq(#docs, 4)
  local want = {
    { "feed.jsonl#1", "2020-10-14", "Example Wire" },
    { "feed.jsonl#2", "2022-02-12", "Example Wire" },
    { "feed.jsonl#3", "2022-03-18", "The Sample Daily" },
    { "feed.jsonl#4", "2020-03-27", "The Sample Daily" },
  }
  for i, w in ipairs(want) do
    local d = docs[i]
    eq({ d.id, d.published, d.outlet, d.published_basis, d.format }, { w[1], w[2], w[3], "feed", "jsonl" },
      "document " .. i)
    ok(d.url:find("^https://"), d.url)
    ok(#d.sentences >= 2, "document " .. i .. " has sentences")
  end
  eq(docs[1].title, "Putin and Erdoğan discuss Karabakh fighting by phone")
  eq(docs[1].meta.jsonl_line, 1)
end)

test("each part is an Input: the line's fields as front matter, then the body", function()
  local _, _, out = source_stage(input("p.jsonl", "\n" .. line({ title = "T", date = "14 October 2020",
    outlet = "O", url = "https://example.org/x", lang = "en",
    body = "First paragraph.\nSecond paragraph.\n\n" }) .. "\n"))
  eq(out.documents, { {
    id = "p.jsonl#2", path = "/feeds/p.jsonl", sha256 = "0", format = "jsonl",
    bytes = '---\ntitle: "T"\ndate: "2020-10-14"\noutlet: "O"\nurl: "https://example.org/x"\n'
      .. 'jsonl_line: 2\n"lang": "en"\n---\nFirst paragraph.\n\nSecond paragraph.\n',
  } })
end)

test("bad lines are skipped with a warning naming the line; blank lines are ignored", function()
  local bytes = table.concat({
    line({ title = "Good one", date = "2020-10-14", body = "Putin and Erdoğan spoke by phone." }),
    "not json at all",
    "",
    line({ "an", "array" }),
    line({ title = "No body", date = "2020-10-14" }),
    line({ title = 42, body = "A title that is a number." }),
    '{"title": "Trailing", "body": "x",}',
    line({ title = "Good two", date = "14 October 2020", body = "Second article." }),
  }, "\n") .. "\n"
  local docs, warnings = source_stage(input("f.jsonl", bytes))
  eq(#docs, 2)
  eq({ docs[1].id, docs[2].id }, { "f.jsonl#1", "f.jsonl#8" })
  eq(docs[2].published, "2020-10-14")
  local lines = {}
  for _, w in ipairs(warnings) do lines[#lines + 1] = w.line end
  eq(lines, { 2, 4, 5, 6, 7 })
  ok(warnings[1].msg:find("^line skipped: not valid JSON %(column %d+: "), warnings[1].msg)
  eq(warnings[2].msg, "line skipped: not a JSON object")
  eq(warnings[3].msg, "line skipped: no body (a non-empty string is needed)")
  eq(warnings[4].msg, "line skipped: 'title' must be a string (got number)")
end)

test("a date that cannot be read leaves the article undated, with a warning", function()
  local docs, warnings = source_stage(input("d.jsonl",
    line({ title = "T", date = "sometime last week", body = "Leaders talked." }) .. "\n"
    .. '{"title": "U", "date": null, "body": "Leaders talked."}\n'))
  eq(#docs, 2)
  eq({ docs[1].published, docs[1].published_basis }, { nil, nil })
  eq(warnings, { { line = 1, msg = "date 'sometime last week' not understood; the article is kept undated" } })
end)

test("null fields are absent; other fields are kept in meta, the body is not", function()
  local docs = source_stage(input("m.jsonl",
    '{"title": null, "url": null, "lang": "en", "tags": ["a", "b"], "n": 3, "body": "Leaders talked."}\n'))
  local d = docs[1]
  eq({ d.url, d.meta.title }, { nil, nil })
  eq({ d.meta.lang, d.meta.tags, d.meta.n, d.meta.body }, { "en", { "a", "b" }, 3, nil })
end)

test("the built-in chain makes text, paragraphs and sentences with byte offsets", function()
  local body = "Russian President Vladimir Putin and U.S. President Joe Biden spoke on Saturday. "
    .. "The call lasted an hour, Mr. Ushakov said.\n"
    .. "Erdoğan said: “We agreed.” Then he left for Ankara, where reporters waited.\n"
    .. "The White House gave no details of the next steps, which officials said were still open."
  local docs = source_stage(input("o.jsonl", line({ title = "O", body = body }) .. "\n"))
  local d = docs[1]
  eq(#d.paragraphs, 3)
  for _, p in ipairs(d.paragraphs) do eq(d.text:sub(p.offset, p.offset + #p.text - 1), p.text) end
  for i, s in ipairs(d.sentences) do
    eq(d.text:sub(s.offset, s.offset + #s.text - 1), s.text, "sentence " .. i)
  end
  eq(d.sentences[1].text, "Russian President Vladimir Putin and U.S. President Joe Biden spoke on Saturday.")
  eq(d.sentences[2].text, "The call lasted an hour, Mr. Ushakov said.")
end)

test("titles survive the front matter byte for byte", function()
  local tricky = 'Quote " backslash \\ tab\t DEL \127 C1 \194\128 NEL \194\133 LS \226\128\168 '
    .. 'PS \226\128\169 BOM \239\187\191 FFFE \239\191\190 é ✓ 𝄞 --- ...'
  local docs = source_stage(input("t.jsonl", line({ title = tricky, body = "Leaders talked." }) .. "\n"))
  eq(docs[1].title, tricky)
end)

test("other inputs are passed on unchanged; other documents keep their basis", function()
  local inp = input("a.txt", "Putin and Erdoğan spoke.\n", "text")
  ok(rawequal(feed.run(inp, quiet_ctx("jsonl-feed")), inp))
  local doc = { format = "text", meta = {}, published = "2020-10-14", published_basis = "front_matter" }
  eq(basis.run(doc, quiet_ctx("jsonl-feed-basis")).published_basis, "front_matter")
end)
