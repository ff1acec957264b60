-- 10-read.lua — Input -> Document skeleton.
--
-- Splits the front matter off (it becomes `meta` and one dropped entry) and
-- cuts the body into blocks: one per line of text, as scrapers put one
-- paragraph, caption, menu or byline per line.  Lines of one blank-line
-- group that are really one paragraph (hard-wrapped prose, or a sentence
-- continued in lower case on the next line) are joined again.
--
-- `blocks` is the source stage's working list; later source plugins mark
-- blocks (`drop = reason`, `kind = ...`) rather than delete them, so the
-- metadata plugin can still read a byline that was dropped as noise, and
-- 40-segment turns what is left into text/paragraphs/sentences/dropped and
-- removes `blocks`.  A block is
--   {text, line = source line, group = blank-line group number,
--    heading = level | nil, item = "bullet" | "ordered" | nil,
--    image = true when the block was only an image (its alt text)}

local READ_VERSION = "1.3.0"

-- Spaces, NBSP (U+00A0) and zero-width spaces (U+200B): {at the start, at the end}.
local SPACES = {
  { "^%s+", "%s+$" }, { "^\194\160", "\194\160$" }, { "^\226\128\139", "\226\128\139$" },
}

local function trim(s)
  -- Most lines have nothing to trim: their first byte starts no space and
  -- their last byte ends none (a pattern anchored only at the end would
  -- try every position of the line).
  if not s:find("^[%s\194\226]") and not s:find("[%s\160\139]", -1) then return s end
  repeat
    local before = #s
    for _, sp in ipairs(SPACES) do
      s = s:gsub(sp[1], ""):gsub(sp[2], "")
    end
  until #s == before
  return s
end

local function ends_sentence(s)
  return s:find("[%.!?:;][\"'%)%]]*$") ~= nil
    or s:find("[%.!?]\226\128[\157\153]$") ~= nil -- .” or .’
    or s:find("\226\128\166$") ~= nil -- …
end

local function starts_lower(s)
  return s:find("^%l") ~= nil
end

-- A group of three or more lines of similar, prose-like length, most of them
-- ending mid-sentence, is one hard-wrapped paragraph.  (session 15) A line
-- whose parts " | " separates is a masthead's or a banner's ("Issue of
-- Tuesday, March 3, 1970  |  Page 5  |  Overseas News"), no prose.
local function hard_wrapped(lines)
  if #lines < 3 then return false end
  local lo, hi, open, midword, seen = math.huge, 0, 0, 0, {}
  for k = 1, #lines - 1 do
    local s = lines[k].text
    if seen[s] or lines[k].item or s:find(" | ", 1, true) then return false end
    seen[s] = true
    lo, hi = math.min(lo, #s), math.max(hi, #s)
    if not ends_sentence(s) then open = open + 1 end
    -- Wrapping breaks lines mostly after lower-case words or commas (or
    -- inside a word, with a hyphen).
    if s:find("[%l,%-]$") then midword = midword + 1 end
  end
  local n = #lines - 1
  return lo >= 45 and hi <= 110 and (hi - lo) <= 0.3 * hi and open * 2 >= n
    and midword * 2 >= n
end

-- Appends a line to the parts of a paragraph being joined, after a space;
-- a word broken with a hyphen at the end of the part before and going on
-- in lower case is whole again ("Amer-" / "ica", as a converted PDF wraps
-- it).
local function add_line(parts, text)
  local n = #parts
  if n > 0 and parts[n]:find("%a%-$") and starts_lower(text) then
    parts[n] = parts[n]:sub(1, -2)
    parts[n + 1] = text
  else
    parts[n + 1] = n > 0 and " " .. text or text
  end
end

-- (session 13) A prose-long line ending in a word that ends no sentence
-- and no headline (an article, a preposition, a conjunction) or in a
-- comma goes on on the next line, whatever that line starts with
-- ("... spoke by telephone, separately, with" / "President X of Kenya
-- and ...").
local OPEN_END = { the = true, a = true, an = true, of = true, ["and"] = true, ["or"] = true,
  but = true, with = true, by = true, to = true, ["for"] = true, from = true, at = true, as = true,
  that = true, his = true, her = true, their = true, its = true, between = true, into = true }
local function wraps_on(s)
  if #s < 60 then return false end
  if s:find(",$") then return true end
  local w = s:match("(%a+)$")
  return w ~= nil and OPEN_END[w] == true
end

-- Joins the lines of one group that belong together.
local function join_group(lines)
  if hard_wrapped(lines) then
    local parts = {}
    for _, l in ipairs(lines) do add_line(parts, l.text) end
    local first = lines[1]
    first.text = table.concat(parts)
    return { first }
  end
  local out = {}
  for _, l in ipairs(lines) do
    local prev = out[#out]
    if prev and not prev.item and not prev.heading and not ends_sentence(prev.text)
      and (starts_lower(l.text) or wraps_on(prev.text)) then
      local parts = { prev.text }
      add_line(parts, l.text)
      prev.text = table.concat(parts)
    else
      out[#out + 1] = l
    end
  end
  return out
end

-- Markdown-ish syntax that scrapers leave in plain text files: "# Title",
-- "[text](url)", "<https://...>", "![alt](src)", list markers.
local function clean_text_line(s)
  local b = {}
  local level, rest = s:match("^(#+)%s+(.-)%s*#*$")
  if level and #level <= 6 then b.heading = #level; s = rest end
  -- (each gsub only when the line has the text its pattern starts with:
  -- most lines have none of this markup)
  if s:find("![", 1, true) then
    local alt = s:match("^!%[([^%]]*)%]%b()$")
    if alt then b.image = true; s = alt end
    s = s:gsub("!%[([^%]]*)%]%b()", "")
  end
  if s:find("[", 1, true) then s = s:gsub("%[([^%]]+)%]%(([^)%s]*)%)", "%1") end
  if s:find("://", 1, true) then s = s:gsub("<(%a[%w+.-]*://[^>%s]+)>", "%1") end
  local item = s:match("^[-*]%s+(.*)$") or s:match("^•%s*(.*)$") or s:match("^»%s*(.*)$")
  if item and not b.heading then b.item = "bullet"; s = item end
  local num = s:match("^%d+[.)]%s+(.*)$")
  if num and not b.heading then b.item = "ordered"; s = num end
  b.text = trim(s)
  return b
end

local function text_blocks(body, first_line)
  local blocks, group, lines = {}, 0, {}
  local function flush()
    if #lines == 0 then return end
    group = group + 1
    for _, l in ipairs(join_group(lines)) do
      l.group = group
      blocks[#blocks + 1] = l
    end
    lines = {}
  end
  local line_no, pos = first_line - 1, 1
  -- Line by line (run turned "\r\n" and "\r" into "\n").
  while pos <= #body + 1 do
    local stop = body:find("\n", pos, true) or #body + 1
    local raw = body:sub(pos, stop - 1)
    pos = stop + 1
    line_no = line_no + 1
    -- (a blank line, half of a page's lines, needs no cleaning)
    local b = raw ~= "" and clean_text_line(raw)
    if not b or b.text == "" then
      flush()
    else
      b.line = line_no
      lines[#lines + 1] = b
    end
  end
  flush()
  return blocks
end

-- Markdown: walk libcmark's tree, keeping the text of links and dropping
-- URLs; images inside text are dropped, an image alone becomes an image block.
local function inline_text(node, acc)
  for _, child in ipairs(node.children or {}) do
    local t = child.type
    if t == "text" or t == "code" then
      acc.parts[#acc.parts + 1] = child.literal or ""
    elseif t == "softbreak" or t == "linebreak" then
      acc.parts[#acc.parts + 1] = "\n"
    elseif t == "image" then
      local sub = { parts = {} }
      inline_text(child, sub)
      acc.images[#acc.images + 1] = table.concat(sub.parts)
    elseif t ~= "html_inline" then
      inline_text(child, acc)
    end
  end
end

-- In Markdown a soft line break is a space: the lines of a paragraph are
-- one, unless they are a stack of short lines (a scraped byline block:
-- headline, date, outlet) or repeat each other (a caption printed twice).
local function join_markdown(lines)
  local seen = {}
  for k, l in ipairs(lines) do
    if seen[l.text] or (k < #lines and #l.text < 30) then return join_group(lines) end
    seen[l.text] = true
  end
  if #lines < 2 then return lines end
  local parts = {}
  for k, l in ipairs(lines) do parts[k] = l.text end
  lines[1].text = table.concat(parts, " ")
  return { lines[1] }
end

local function markdown_blocks(ast, first_line, dropped)
  local blocks, group = {}, 0
  local function leaf(node, item)
    local acc = { parts = {}, images = {} }
    inline_text(node, acc)
    local text = table.concat(acc.parts)
    local line = (node.start_line or 1) + first_line - 1
    group = group + 1
    if not text:find("%S") and #acc.images > 0 then
      blocks[#blocks + 1] = { text = trim(table.concat(acc.images, " ")), image = true,
        line = line, group = group }
      return
    end
    local lines, k = {}, 0
    for raw in (text .. "\n"):gmatch("(.-)\n") do
      local s = trim(raw)
      if s ~= "" then
        lines[#lines + 1] = { text = s, line = line + k, heading = node.level, item = item }
      end
      k = k + 1
    end
    for _, l in ipairs(join_markdown(lines)) do
      l.group = group
      blocks[#blocks + 1] = l
    end
  end
  local function walk(node, item)
    for _, child in ipairs(node.children or {}) do
      local t = child.type
      if t == "paragraph" or t == "heading" then
        leaf(child, item)
      elseif t == "list" then
        walk(child, child.list_type or "bullet")
      elseif t == "code_block" then
        leaf({ children = { { type = "text", literal = child.literal } },
          start_line = child.start_line }, item)
      elseif t == "table_row" then
        -- GFM table: one block per row, cells joined by " | ".
        local cells = {}
        for _, cell in ipairs(child.children or {}) do
          local acc = { parts = {}, images = {} }
          inline_text(cell, acc)
          cells[#cells + 1] = trim(table.concat(acc.parts):gsub("\n", " "))
        end
        local text = trim(table.concat(cells, " | "))
        if text ~= "" then
          group = group + 1
          blocks[#blocks + 1] = { text = text, line = (child.start_line or 1) + first_line - 1,
            group = group }
        end
      elseif t == "html_block" then
        local s = trim(child.literal or "")
        if s ~= "" then dropped[#dropped + 1] = { text = s, reason = "html" } end
      elseif t ~= "thematic_break" then
        walk(child, item) -- document, block_quote, item, custom blocks
      end
    end
  end
  walk(ast, nil)
  return blocks
end

local function count_lines(s)
  local _, n = s:gsub("\n", "")
  return n
end

local function run(input, ctx)
  -- A byte-order mark would hide the front matter and the headline.
  local bytes = (input.bytes or ""):gsub("^\239\187\191", "")
  if bytes:find("\r", 1, true) then bytes = bytes:gsub("\r\n?", "\n") end
  local meta, body_offset = ctx.yaml.front_matter(bytes)
  local dropped = {}
  if type(meta) ~= "table" then
    local err = type(body_offset) == "string" and body_offset
    meta, body_offset = {}, 1
    if err then
      -- Unreadable YAML between "---" lines is still not article text.
      ctx.log.warn("front matter ignored: " .. err, { line = 1 })
      local close = bytes:match("^%-%-%-[ \t]*\n.-\n%-%-%-[ \t]*\n()")
        or bytes:match("^%-%-%-[ \t]*\n.-\n%.%.%.[ \t]*\n()")
      if close then
        dropped[1] = { text = trim(bytes:sub(1, close - 1)), reason = "front_matter" }
        body_offset = close
      end
    end
  else
    local fm = trim(bytes:sub(1, body_offset - 1))
    if fm ~= "" then dropped[1] = { text = fm, reason = "front_matter" } end
  end
  -- An empty meta must still encode as a JSON object.
  if getmetatable(meta) == nil then meta = ctx.json.object(meta) end
  local body = bytes:sub(body_offset)
  local first_line = count_lines(bytes:sub(1, body_offset - 1)) + 1
  local blocks
  if input.format == "markdown" then
    blocks = markdown_blocks(ctx.markdown.parse(body), first_line, dropped)
  else
    blocks = text_blocks(body, first_line)
  end
  return {
    id = input.id, path = input.path, sha256 = input.sha256,
    format = input.format or "text",
    meta = meta,
    text = "", paragraphs = {}, sentences = {},
    dropped = dropped,
    blocks = blocks,
  }
end

return {
  name = "read",
  stage = "source",
  version = READ_VERSION,
  api = 1,
  description = "front matter and body blocks from the input bytes",
  run = run,
}
