-- test.lua — the jsonl-feed example's Lua test.  Run it from the top of
-- the source tree with the test runner the build makes:
--
--     tests/luatest examples/plugins/jsonl-feed/test.lua
--
-- It runs inside callbrief's own Lua state, in the plugins' sandbox, with
-- the helpers of tests/luatest.lua: test, eq, ok, plugin, ctx, read,
-- run_stage (see doc/plugins.md, "Testing your plugin").
local DIR = "examples/plugins/jsonl-feed/"
local keep = plugin(DIR .. "source/05-jsonl-keep.lua")
local feed = plugin(DIR .. "source/50-jsonl-feed.lua")

-- A ctx whose log keeps the warnings instead of printing them.
local function quiet_ctx(stage, name)
  local c = ctx(stage, name)
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

-- The whole source stage as it runs with the example's folder in
-- plugin_dirs: jsonl-keep, the built-in chain, jsonl-feed.
local function source_stage(inp)
  local c = quiet_ctx("source", "jsonl-keep")
  local value = keep.run(inp, c)
  value = run_stage("source", value)
  local fc, warnings = quiet_ctx("source", "jsonl-feed")
  return feed.run(value, fc), warnings
end

local function line(t) return require("callbrief.json").encode(t) end

test("the sample feed becomes four documents with titles, outlets and ISO dates", function()
  local out, warnings = source_stage(input("feed.jsonl", read(DIR .. "feed.jsonl")))
  eq(warnings, {})
  eq(#out.documents, 4)
  local want = {
    { "feed.jsonl#1", "2020-10-14", "Example Wire" },
    { "feed.jsonl#2", "2022-02-12", "Example Wire" },
    { "feed.jsonl#3", "2022-03-18", "The Sample Daily" },
    { "feed.jsonl#4", "2020-03-27", "The Sample Daily" },
  }
  for i, w in ipairs(want) do
    local d = out.documents[i]
    eq({ d.id, d.published, d.outlet, d.published_basis }, { w[1], w[2], w[3], "feed" }, "document " .. i)
    ok(d.title and d.title ~= "", "document " .. i .. " has a title")
    ok(d.url:find("^https://"), d.url)
  end
  eq(out.documents[1].title, "Putin and Erdoğan discuss Karabakh fighting by phone")
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
  local out, warnings = source_stage(input("f.jsonl", bytes))
  eq(#out.documents, 2)
  eq(out.documents[1].id, "f.jsonl#1")
  eq(out.documents[2].id, "f.jsonl#8")
  eq(out.documents[2].published, "2020-10-14")
  local lines = {}
  for _, w in ipairs(warnings) do lines[#lines + 1] = w.line end
  eq(lines, { 2, 4, 5, 6, 7 })
  ok(warnings[1].msg:find("^line skipped: not valid JSON %(column %d+: "), warnings[1].msg)
  eq(warnings[2].msg, "line skipped: not a JSON object")
  eq(warnings[3].msg, "line skipped: no body (a non-empty string is needed)")
  eq(warnings[4].msg, "line skipped: 'title' must be a string (got number)")
end)

test("a date that cannot be read leaves the article undated, with a warning", function()
  local out, warnings = source_stage(input("d.jsonl",
    line({ title = "T", date = "sometime last week", body = "Text." }) .. "\n"
    .. '{"title": "U", "date": null, "body": "Text."}\n'))
  eq(#out.documents, 2)
  eq(out.documents[1].published, nil)
  eq(out.documents[1].published_basis, nil)
  eq(#warnings, 1)
  eq(warnings[1].line, 1)
  eq(warnings[1].msg, "date 'sometime last week' not understood; the article is kept undated")
end)

test("null fields are absent; other fields are kept in meta, the body is not", function()
  local out = source_stage(input("m.jsonl",
    '{"title": null, "url": null, "lang": "en", "tags": ["a"], "body": "Text."}\n'))
  local d = out.documents[1]
  eq({ d.title, d.url }, { nil, nil })
  eq(d.meta.lang, "en")
  eq(d.meta.tags[1], "a")
  eq(d.meta.body, nil)
end)

test("offsets are 1-based byte offsets into text; paragraphs are the body's lines", function()
  local body = "  Mr. Putin met U.S. President Joe Biden in Geneva. The talks lasted hours.\n\n"
    .. "Erdoğan said: “We agreed.” Then he left…  Nobody asked why!\nLast line, no stop"
  local out = source_stage(input("o.jsonl", line({ title = "O", body = body }) .. "\n"))
  local d = out.documents[1]
  eq(#d.paragraphs, 3)
  eq(d.text, "Mr. Putin met U.S. President Joe Biden in Geneva. The talks lasted hours.\n\n"
    .. "Erdoğan said: “We agreed.” Then he left…  Nobody asked why!\n\nLast line, no stop")
  for _, p in ipairs(d.paragraphs) do eq(d.text:sub(p.offset, p.offset + #p.text - 1), p.text) end
  local texts = {}
  for i, s in ipairs(d.sentences) do
    eq(d.text:sub(s.offset, s.offset + #s.text - 1), s.text, "sentence " .. i)
    local p = d.paragraphs[s.paragraph]
    ok(s.offset >= p.offset and s.offset + #s.text <= p.offset + #p.text, "sentence " .. i .. " in its paragraph")
    texts[i] = s.text
  end
  eq(texts, {
    "Mr. Putin met U.S. President Joe Biden in Geneva.",
    "The talks lasted hours.",
    "Erdoğan said: “We agreed.”",
    "Then he left…",
    "Nobody asked why!",
    "Last line, no stop",
  })
end)

test("other inputs are passed on unchanged", function()
  local c = quiet_ctx("source", "jsonl-keep")
  local inp = input("a.txt", "Putin and Erdoğan spoke.\n", "text")
  eq(keep.run(inp, c).bytes, "Putin and Erdoğan spoke.\n")
  local doc = { format = "text", text = "x" }
  local fc = quiet_ctx("source", "jsonl-feed")
  ok(rawequal(feed.run(doc, fc), doc))
end)

test("jsonl-keep's front matter gives back the exact bytes", function()
  local tricky = '{"body": "quote \\" backslash \\\\ tab\\t"}\n'
    .. "raw: \127 \194\128 \194\133 \226\128\168 \226\128\169 \239\187\191 \239\191\190 é ✓ 𝄞 ---\n...\n"
  local c = quiet_ctx("source", "jsonl-keep")
  local v = keep.run(input("t.jsonl", tricky), c)
  local meta = c.yaml.front_matter(v.bytes)
  eq(meta.jsonl_feed, tricky)
end)

test("without jsonl-keep the feed plugin says what is missing", function()
  local fc = quiet_ctx("source", "jsonl-feed")
  local okay, err = pcall(feed.run, { format = "jsonl", meta = {} }, fc)
  ok(not okay)
  ok(err:find("the jsonl-keep plugin did not run before read", 1, true), err)
end)
