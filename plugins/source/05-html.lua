-- 05-html.lua — a saved web page (Input.format "html") becomes the text the
-- rest of the source stage reads.
--
-- ctx.html.parse (src/lua_html.c) parses the page and picks its main
-- content (the <article>, else <main>, else the densest block of
-- paragraphs, else <body>), leaving out scripts, navigation, the site's
-- header and footer, asides, forms and cookie boxes.  This plugin writes
-- the result back into input.bytes as the plain text 10-read expects:
--
--   ---                          front matter: what the page's metadata
--   title: "..."                 states, under the keys 30-metadata honours
--   date: "YYYY-MM-DD"           before anything found in the text
--   source: "..."
--   url: "..."
--   ---
--   # Title                      the headline
--
--   One block per paragraph, heading ("## ..."), list item ("- ...") or
--   table cell, blank lines between them; <br> stays a line break.
--
-- input.format stays "html": 10-read reads every format but Markdown as
-- text, Document.format then still says where the text came from, and
-- 30-metadata gives a date from the page's metadata the basis "meta".
-- Inputs of other formats pass through untouched.

local dates = require("callbrief.dates")

-- Where pages state their publication date, most specific first.  Keys
-- from name= and property= are lower case; itemprop and JSON-LD keep
-- schema.org's spelling.
local PUBLISHED_KEYS = {
  "article:published_time", "datePublished", "og:article:published_time",
  "article.published", "article:published", "datepublished", "publishdate",
  "publish-date", "publish_date", "publication_date", "pubdate", "dc.date.issued",
  "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "date",
  "sailthru.date", "parsely-pub-date",
}
local TITLE_KEYS = { "og:title", "twitter:title", "headline" }
local OUTLET_KEYS = { "og:site_name", "publisher", "application-name" }
local URL_KEYS = { "og:url", "twitter:url" }

local function nonblank(s)
  return type(s) == "string" and s:find("%S") and s or nil
end

local function first(meta, keys)
  for _, k in ipairs(keys) do
    local v = nonblank(meta[k])
    if v then return v end
  end
  return nil
end

-- "2019-07-11T14:03:00+03:00" -> "2019-07-11" (the date as the page wrote
-- it, in its own time zone); "20190711", "Thu, 11 Jul 2019 14:03 GMT" and
-- "July 11, 2019" are read too.  nil when there is no full date.
local function iso_date(v)
  if type(v) ~= "string" then return nil end
  local y, m, d = v:match("^%s*(%d%d%d%d)%-(%d%d)%-(%d%d)")
  if not y then y, m, d = v:match("^%s*(%d%d%d%d)(%d%d)(%d%d)%f[^%d]") end
  if y then return dates.iso(tonumber(y), tonumber(m), tonumber(d)) end
  local t = dates.parse(v)
  return t and t.year and dates.to_iso(t) or nil
end

local function published(meta)
  for _, k in ipairs(PUBLISHED_KEYS) do
    local iso = iso_date(meta[k])
    if iso then return iso end
  end
  return nil
end

-- A page whose metadata states no date may still carry one in a plain
-- <time datetime="..."> of the article's header or byline, whose visible
-- text is relative ("2 hours ago") or empty: the datetime is then the
-- publication date.  A <time> in a paragraph, a list, a comment, a
-- related-links box or a footer is no such stamp (src/lua_html.c leaves
-- out the last four), nor one whose visible text is itself a full date
-- (the text then says it; 30-metadata reads it there).
local function header_time(times)
  for _, t in ipairs(times or {}) do
    if t.header or t.main and not t.prose then
      local shown = dates.parse(t.text or "")
      if not (shown and shown.year and shown.day) then
        local iso = iso_date(t.datetime)
        if iso then return iso end
      end
    end
  end
  return nil
end

-- "Headline | Outlet", "Outlet - Headline": the site's name is not part
-- of the headline.
local SEPARATORS = { " | ", " - ", " \226\128\147 ", " \226\128\148 ", " :: ", " \194\183 ", " \194\187 " }

local function strip_site(title, sites)
  for _, site in ipairs(sites) do
    for _, sep in ipairs(SEPARATORS) do
      local tail, head = sep .. site, site .. sep
      if #title > #tail and title:sub(-#tail) == tail then return title:sub(1, -#tail - 1) end
      if #title > #head and title:sub(1, #head) == head then return title:sub(#head + 1) end
    end
  end
  return title
end

local function first_heading(blocks)
  for _, b in ipairs(blocks) do
    if b.kind == "h1" then return b.text end
  end
  return nil
end

local function absolute(u)
  return u and u:find("^[Hh][Tt][Tt][Pp][Ss]?://") and u or nil
end

local function oneline(s)
  return (s:gsub("%s*\n%s*", " "))
end

local function run(input, ctx)
  if input.format ~= "html" then return input end
  local page = ctx.html.parse(input.bytes or "")
  local meta = page.meta or {}

  local outlet = first(meta, OUTLET_KEYS)
  local sites = {}
  for _, s in ipairs({ outlet or false, nonblank(meta["og:site_name"]) or false }) do
    if s then sites[#sites + 1] = s end
  end
  local title = first(meta, TITLE_KEYS) or first_heading(page.blocks) or nonblank(page.title)
  if title then title = oneline(strip_site(title, sites)) end
  local url = absolute(page.canonical) or absolute(first(meta, URL_KEYS))
    or nonblank(page.canonical) or first(meta, URL_KEYS)

  local front = {}
  local function field(key, value)
    if value then front[#front + 1] = key .. ": " .. ctx.json.encode(value) end
  end
  field("title", title)
  field("date", published(meta) or header_time(page.times))
  field("source", outlet and oneline(outlet))
  field("url", url and oneline(url))

  local parts = {}
  if #front > 0 then parts[1] = "---\n" .. table.concat(front, "\n") .. "\n---" end
  if title then parts[#parts + 1] = "# " .. title end
  for _, b in ipairs(page.blocks) do
    local level = b.kind:match("^h(%d)$")
    if level then
      parts[#parts + 1] = string.rep("#", tonumber(level)) .. " " .. oneline(b.text)
    elseif b.kind == "li" then
      parts[#parts + 1] = "- " .. b.text
    else
      parts[#parts + 1] = b.text
    end
  end
  local bytes = table.concat(parts, "\n\n") .. "\n"
  -- Only our own front matter may open the text.
  if #front == 0 and bytes:find("^%-%-%-") then bytes = " " .. bytes end

  if page.truncated then
    ctx.log.warn("page text cut short (over 8 MiB or 50,000 blocks)")
  end
  if page.flattened then
    ctx.log.warn("markup nested more than 512 deep: the innermost tags were ignored")
  end
  if #page.blocks == 0 then ctx.log.warn("no article text found in the page") end
  ctx.log.debug("main content: " .. page.main)

  input.bytes = bytes
  return input
end

return {
  name = "html",
  stage = "source",
  version = "1.1.0",
  api = 1,
  description = "saved web pages: main content and metadata as text for the reader",
  run = run,
  iso_date = iso_date, -- for tests
  header_time = header_time,
}
