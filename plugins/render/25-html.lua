-- 25-html.lua — briefing.html (with -f html): the briefing's Markdown
-- rendered by cmark-gfm (safe mode), wrapped in a small HTML5 page with an
-- inline print-friendly stylesheet, and with the figures of 07-figures.lua
-- inlined as SVG in place of their <img> elements, so the page is one
-- self-contained file for e-mail and intranets.  Headings get GitHub-style
-- ids so the Markdown's "#sources" links work as they do in the PDF.
-- Everything is a pure function of the briefing: output is reproducible.
local svg = require("callbrief.svg")

local CSS = [[
body{font:15px/1.45 "DejaVu Sans",Verdana,Arial,sans-serif;color:#222;max-width:48em;margin:1.5em auto;padding:0 1em}
h1{font-size:1.7em;color:#14325c;border-bottom:1px solid #bbb;padding-bottom:.2em;margin:0 0 .6em}
h2{font-size:1.3em;color:#14325c;margin:1.6em 0 .4em}
h3{font-size:1.05em;color:#14325c;margin:1.2em 0 .3em}
p,ul,ol{margin:.4em 0 .7em}
li{margin:.15em 0}
a{color:#1a5490}
table{border-collapse:collapse;font-size:.85em;width:100%;margin:.6em 0 1em}
th,td{border-bottom:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#e8edf3}
code{font-family:"DejaVu Sans Mono",monospace;font-size:.9em;background:#f2f2f2;padding:0 .2em}
blockquote{margin:.5em 0;padding-left:1em;border-left:3px solid #ccc;color:#444}
svg{display:block;max-width:100%;height:auto;margin:1em auto}
@media print{
body{font-size:10pt;max-width:none;margin:0;padding:0}
a{color:inherit;text-decoration:none}
h1,h2,h3{break-after:avoid}
svg,tr{break-inside:avoid}
@page{size:%s;margin:2cm}
}
]]

local ENTITY = { amp = "&", lt = "<", gt = ">", quot = '"', ["#39"] = "'" }

local function unescape(s)
  return (s:gsub("&(#?%w+);", function(e) return ENTITY[e] end))
end

-- A GitHub-style id: lower case, letters, digits, "-" and "_" kept,
-- spaces to "-", everything else dropped.
local function slug(html, text)
  local plain = unescape(html:gsub("<[^>]*>", ""))
  if not utf8.len(plain) then return "" end
  local out = {}
  for _, c in utf8.codes(plain) do
    local ch = utf8.char(c)
    if ch == " " then
      out[#out + 1] = "-"
    elseif ch == "-" or ch == "_" then
      out[#out + 1] = ch
    else
      local cat = text.category(ch)
      if cat and (cat:sub(1, 1) == "L" or cat:sub(1, 1) == "N" or cat == "Mn" or cat == "Mc") then
        out[#out + 1] = c < 128 and ch:lower() or text.casefold(ch)
      end
    end
  end
  return table.concat(out)
end

local function heading_ids(body, text)
  local used = {}
  return (body:gsub("<h([1-6])>(.-)</h%1>", function(level, inner)
    local base = slug(inner, text)
    local id, n = base, used[base]
    if n then id = base .. "-" .. n end
    used[base] = (n or 0) + 1
    return string.format('<h%s id="%s">%s</h%s>', level, svg.escape(id), inner, level)
  end))
end

-- <img src="callgraph.svg" alt="..." /> -> the figure's SVG, inline.
local function inline_figures(body, figures)
  local by_file = {}
  for _, fig in ipairs(figures or {}) do by_file[fig.file] = fig end
  return (body:gsub('<img src="([^"]*)"[^>]*/>', function(src)
    local fig = by_file[unescape(src)]
    if fig then return svg.render(fig, { inline = true }) end
    return nil
  end))
end

local function page(title, body, paper)
  return table.concat({
    "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
    "<meta name=\"generator\" content=\"callbrief\">\n",
    "<title>", svg.escape(title), "</title>\n",
    "<style>\n", CSS:gsub("%%s", paper == "letter" and "letter" or "A4"), "</style>\n",
    "</head>\n<body>\n<main>\n", body, "</main>\n</body>\n</html>\n",
  })
end

return {
  name = "html",
  stage = "render",
  version = "1.0.0",
  api = 1,
  description = "write briefing.html: the Markdown as one self-contained page, figures inline",
  run = function(briefing, ctx)
    if not ctx.run.formats.html then return end
    if not briefing.markdown then error("no Markdown to convert: the markdown plugin did not run") end
    local body = ctx.markdown.render(briefing.markdown, "html")
    body = inline_figures(heading_ids(body, ctx.text), briefing.figures)
    local title = briefing.title or "Calls between leaders"
    assert(ctx.output.write("briefing.html", page(title, body, ctx.run.paper)))
  end,
}
