-- 50-jsonl-feed.lua — one article per line of a JSON Lines news feed.
--
-- A feed file (name ending in .jsonl, so Input.format == "jsonl") holds one
-- article per line:
--
--   {"title": "...", "date": "2020-10-14", "outlet": "...", "url": "...", "body": "..."}
--
-- This plugin runs first in the source stage (before = "read"; the 50 in
-- the file name does not place it).  For a feed it returns
-- {documents = {...}}: one Input-like part per good line, and the host runs
-- the rest of the source chain (read, boilerplate, metadata, segment, ...)
-- on each part as on an article of its own.  A part is
--
--   id      "<input id>#<line number>"
--   path, sha256, format   the feed's ("jsonl": read reads it as text)
--   bytes   front matter with the line's fields, then the body:
--
--           ---
--           title: "Putin and Erdoğan discuss Karabakh by phone"
--           date: "2020-10-14"          the line's date, made ISO
--           outlet: "Example Wire"
--           url: "https://..."
--           jsonl_line: 1               and the line's other fields
--           ---
--           First paragraph of the body.
--
--           Second paragraph.
--
-- so the built-in plugins give each article its title, outlet, url,
-- publication date, text, paragraphs and sentences the way they do for any
-- article with front matter (30-metadata honours title, date, outlet and
-- url there).  90-jsonl-feed-basis.lua then says the date came from the
-- feed.  A line that is not a JSON object with a non-empty string body is
-- reported (ctx.log.warn, with its line number) and skipped; a date that
-- cannot be read is reported and left out.  Other inputs pass through.
local dates = require("callbrief.dates")

local FIELDS = { "title", "date", "outlet", "url" }

-- A JSON string is a YAML double-quoted scalar, but for the characters
-- YAML will not take raw or reads as line breaks: DEL, the C1 controls,
-- U+2028, U+2029, U+FEFF, U+FFFE, U+FFFF.  They are written as \u escapes.
local function yaml_string(json, s)
  return (json.encode(s)
    :gsub("\127", "\\u007f")
    :gsub("\194([\128-\159])", function(c) return string.format("\\u%04x", c:byte()) end)
    :gsub("\226\128([\168\169])", function(c) return c == "\168" and "\\u2028" or "\\u2029" end)
    :gsub("\239\187\191", "\\ufeff")
    :gsub("\239\191([\190\191])", function(c) return c == "\190" and "\\ufffe" or "\\uffff" end))
end

local function iso_date(s)
  local t = dates.parse(s)
  return t and dates.to_iso(t)
end

-- The part for one line, or nil and why the line is skipped.
local function part_of(line, n, feed, ctx)
  local json = ctx.json
  local rec, err = json.decode(line, "line")
  if rec == nil then
    return nil, "not valid JSON (" .. err:gsub("^line:%d+:", "column ") .. ")"
  end
  if type(rec) ~= "table" or (getmetatable(rec) or {}).__jsontype ~= "object" then
    return nil, "not a JSON object"
  end
  for _, k in ipairs(FIELDS) do
    if rec[k] == json.null then rec[k] = nil end
    if rec[k] ~= nil and type(rec[k]) ~= "string" then
      return nil, string.format("'%s' must be a string (got %s)", k, type(rec[k]))
    end
  end
  if type(rec.body) ~= "string" or not rec.body:find("%S") then
    return nil, "no body (a non-empty string is needed)"
  end
  if rec.date then
    local iso = iso_date(rec.date)
    if not iso then
      ctx.log.warn("date '" .. rec.date .. "' not understood; the article is kept undated",
        { line = n })
    end
    rec.date = iso
  end
  -- Front matter: the known fields first, then the others in key order.
  local lines = { "---" }
  for _, k in ipairs(FIELDS) do
    if rec[k] then lines[#lines + 1] = k .. ": " .. yaml_string(json, rec[k]) end
  end
  lines[#lines + 1] = "jsonl_line: " .. n
  local others = {}
  for k in pairs(rec) do
    if k ~= "body" and k ~= "jsonl_line" and rec[k] ~= json.null then
      local known = false
      for _, f in ipairs(FIELDS) do known = known or f == k end
      if not known then others[#others + 1] = k end
    end
  end
  table.sort(others)
  for _, k in ipairs(others) do
    -- JSON is YAML (flow style) for numbers, booleans, arrays and objects.
    lines[#lines + 1] = yaml_string(json, k) .. ": " .. (type(rec[k]) == "string"
      and yaml_string(json, rec[k]) or json.encode(rec[k]))
  end
  lines[#lines + 1] = "---"
  -- The body's non-blank lines are its paragraphs: blank lines between.
  local paragraphs = {}
  for p in (rec.body .. "\n"):gmatch("([^\n]*)\n") do
    if p:find("%S") then paragraphs[#paragraphs + 1] = p end
  end
  return {
    id = feed.id .. "#" .. n, path = feed.path, sha256 = feed.sha256, format = feed.format,
    bytes = table.concat(lines, "\n") .. "\n" .. table.concat(paragraphs, "\n\n") .. "\n",
  }
end

return {
  name = "jsonl-feed",
  stage = "source",
  version = "2.0.0",
  api = 1,
  description = "one article per line of a JSON Lines feed (.jsonl)",
  before = "read",
  run = function(input, ctx)
    if input.format ~= "jsonl" or type(input.bytes) ~= "string" then return input end
    local parts, n = {}, 0
    for line in (input.bytes .. "\n"):gmatch("([^\n]*)\n") do
      n = n + 1
      if line:find("%S") then
        local part, why = part_of(line, n, input, ctx)
        if part then
          parts[#parts + 1] = part
        else
          ctx.log.warn("line skipped: " .. why, { line = n })
        end
      end
    end
    return { documents = parts }
  end,
}
