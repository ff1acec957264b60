-- 50-jsonl-feed.lua — one Document per line of a JSON Lines news feed.
--
-- A feed file (name ending in .jsonl, so Input.format == "jsonl") holds one
-- article per line:
--
--   {"title": "...", "date": "2020-10-14", "outlet": "...", "url": "...", "body": "..."}
--
-- For such an input this plugin returns {documents = {...}}: the host then
-- runs the extract stage once per document.  Each Document gets
--   id        "<input id>#<line number>"
--   title, outlet, url   from the line (absent or null: nil)
--   published the line's date as ISO YYYY-MM-DD ("2020-10-14",
--             "2020-10-14T09:30:00Z", "Wed, 14 Oct 2020 09:30:00 GMT",
--             "October 14, 2020" all work), published_basis = "feed"
--   meta      the line's other fields (everything but body)
--   text      the body's paragraphs (its non-blank lines), joined by "\n\n"
--   paragraphs, sentences   with 1-based byte offsets into text
-- A line that is not a JSON object with a non-empty string body is
-- reported (ctx.log.warn, with its line number) and skipped.  Other inputs
-- are returned unchanged.
--
-- It runs last in the source stage (user plugins come after the built-in
-- ones) and reads the feed that 05-jsonl-keep.lua put in
-- Document.meta.jsonl_feed: see README.md for why.
local dates = require("callbrief.dates")
local textlib = require("callbrief.text")

local FIELDS = { "title", "date", "outlet", "url" }

local function set_of(words)
  local s = {}
  for w in words:gmatch("%S+") do s[w] = true end
  return s
end

-- Words after which a period does not end a sentence ("Mr. Putin").
local ABBREVIATIONS = set_of([[mr mrs ms dr prof gen col lt maj capt adm sgt sen rep
  gov pres amb st jr sr rev hon vs etc no nos jan feb mar apr jun jul aug sep
  sept oct nov dec]])
-- Words that open a sentence, to tell "in the U.S. The talks" from
-- "U.S. President".
local STARTERS = set_of([[the a an he she it they we i this that these those his
  her its their there but and in on at for as after before when while both
  however meanwhile earlier later also according]])

local OPENERS = { '"', "'", "(", "[", "\226\128\156", "\226\128\152", "\194\171" }
local CLOSERS = { '"', "'", ")", "]", "\226\128\157", "\226\128\153", "\194\187" }

local function prefix_at(s, i, list)
  for _, p in ipairs(list) do
    if s:sub(i, i + #p - 1) == p then return #p end
  end
  return nil
end

-- Does a sentence start at byte j of s?  An upper-case letter or a digit,
-- maybe after opening quotes or brackets.
local function starts_sentence(s, j)
  while true do
    local n = prefix_at(s, j, OPENERS)
    if not n then break end
    j = j + n
  end
  if s:find("^[%u%d]", j) then return true end
  return s:byte(j) ~= nil and s:byte(j) >= 128 and textlib.category(s, j) == "Lu"
end

-- The terminator at a..b (b: last byte, closers included) ends a sentence
-- when the next one starts at j.
local function is_boundary(s, a, j)
  if not starts_sentence(s, j) then return false end
  if s:sub(a, a) ~= "." or s:sub(a, a + 1) == ".." then return true end
  local word = s:sub(1, a - 1):match("([%w%.]+)$") or ""
  if ABBREVIATIONS[word:lower()] then return false end
  if word:find("^%u$") then return false end                    -- an initial: "George W. Bush"
  if word:find("%.") then                                      -- "U.S.", "a.m."
    local next_word = s:match("^[%a]+", j) or ""
    return STARTERS[next_word:lower()] == true
  end
  return true
end

-- Byte spans {first, last} of the sentences of one paragraph.
local function sentence_spans(p)
  local spans, start, i = {}, 1, 1
  while true do
    local a, b = p:find("[%.!?]+", i)
    local ea, eb = p:find("\226\128\166", i)                    -- …
    if ea and (not a or ea < a) then a, b = ea, eb end
    if not a then break end
    local e = b
    while true do
      local n = prefix_at(p, e + 1, CLOSERS)
      if not n then break end
      e = e + n
    end
    local space = p:match("^%s+", e + 1)
    if space and is_boundary(p, a, e + 1 + #space) then
      spans[#spans + 1] = { start, e }
      start = e + 1 + #space
    end
    i = e + 1
  end
  if start <= #p then spans[#spans + 1] = { start, #p } end
  return spans
end

-- text, paragraphs and sentences of a body: every non-blank line is a
-- paragraph.
local function segment(body)
  local parts, paragraphs, sentences = {}, {}, {}
  local offset = 1
  for line in (body .. "\n"):gmatch("([^\n]*)\n") do
    local p = line:gsub("^%s+", ""):gsub("%s+$", "")
    if p ~= "" then
      parts[#parts + 1] = p
      paragraphs[#paragraphs + 1] = { text = p, offset = offset }
      for _, span in ipairs(sentence_spans(p)) do
        sentences[#sentences + 1] = { text = p:sub(span[1], span[2]),
          offset = offset + span[1] - 1, paragraph = #paragraphs }
      end
      offset = offset + #p + 2
    end
  end
  return table.concat(parts, "\n\n"), paragraphs, sentences
end

local function iso_date(s)
  local t = dates.parse(s)
  return t and dates.to_iso(t)
end

-- The Document for one line, or nil and why the line was skipped.
local function document_of(line, n, feed, ctx)
  local rec, err = ctx.json.decode(line, "line")
  if rec == nil then
    return nil, "not valid JSON (" .. err:gsub("^line:%d+:", "column ") .. ")"
  end
  if type(rec) ~= "table" or (getmetatable(rec) or {}).__jsontype ~= "object" then
    return nil, "not a JSON object"
  end
  for _, k in ipairs(FIELDS) do
    if rec[k] == ctx.json.null then rec[k] = nil end
    if rec[k] ~= nil and type(rec[k]) ~= "string" then
      return nil, string.format("'%s' must be a string (got %s)", k, type(rec[k]))
    end
  end
  if type(rec.body) ~= "string" or not rec.body:find("%S") then
    return nil, "no body (a non-empty string is needed)"
  end
  local published = rec.date and iso_date(rec.date)
  if rec.date and not published then
    ctx.log.warn("date '" .. rec.date .. "' not understood; the article is kept undated",
      { line = n })
  end
  local doc = {
    id = feed.id .. "#" .. n, path = feed.path, sha256 = feed.sha256, format = "text",
    title = rec.title, outlet = rec.outlet, url = rec.url,
    published = published, published_basis = published and "feed" or nil,
    meta = ctx.json.object(), dropped = ctx.json.array(),
  }
  for k, v in pairs(rec) do
    if k ~= "body" then doc.meta[k] = v end
  end
  doc.text, doc.paragraphs, doc.sentences = segment(rec.body)
  return doc
end

local function run(value, ctx)
  if value.format ~= "jsonl" then return value end
  local feed = value.meta and value.meta.jsonl_feed
  if type(feed) ~= "string" then
    error("no feed to read: the jsonl-keep plugin did not run before read "
      .. "(put this plugin's folder in plugin_dirs, not just this file)", 0)
  end
  local documents, n = {}, 0
  for line in (feed .. "\n"):gmatch("([^\n]*)\n") do
    n = n + 1
    if line:find("%S") then
      local doc, why = document_of(line, n, value, ctx)
      if doc then
        documents[#documents + 1] = doc
      else
        ctx.log.warn("line skipped: " .. why, { line = n })
      end
    end
  end
  return { documents = documents }
end

return {
  name = "jsonl-feed",
  stage = "source",
  version = "1.0.0",
  api = 1,
  description = "one Document per line of a JSON Lines feed (.jsonl)",
  run = run,
  -- for tests
  segment = segment,
  sentence_spans = sentence_spans,
}
