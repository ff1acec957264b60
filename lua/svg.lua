-- svg.lua — writes a figure (see figures.lua: {id, alt, width, height,
-- shapes}) as SVG 1.1 text (require "callbrief.svg").  Pure functions.
--
--   svg.render(figure [, {inline = true}]) -> string
--       A standalone file (XML declaration, ends in a newline), or, with
--       inline, an <svg> element to paste into an HTML page.  Raises on a
--       shape of unknown type.
--   svg.escape(s) -> s with & < > " ' as character references
--   svg.num(v) -> the shortest decimal for v rounded to 0.1 ("12", "3.5")
--
-- The output depends only on the figure, so it is reproducible.
local M = {}

local FONT = "DejaVu Sans, Verdana, Arial, sans-serif"

local ENTITY = { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;", ["'"] = "&#39;" }

function M.escape(s)
  return (tostring(s):gsub("[&<>\"']", ENTITY))
end

function M.num(v)
  local s = string.format("%.1f", v):gsub("%.0$", "")
  if s == "-0" then s = "0" end
  return s
end

local num, esc = M.num, M.escape

local function attr(out, name, v)
  if v ~= nil then out[#out + 1] = string.format(' %s="%s"', name, v) end
end

-- stroke, fill, width and dash as presentation attributes.
local function paint(out, s)
  local fill = s.fill
  if s.type == "polyline" and not s.closed then fill = nil end -- as the PDF: open lines are not filled
  attr(out, "fill", fill or "none")
  if s.stroke then
    attr(out, "stroke", s.stroke)
    attr(out, "stroke-width", num(s.width or 1))
    if s.dash then attr(out, "stroke-dasharray", num(s.dash[1]) .. " " .. num(s.dash[2])) end
  end
end

local function points(list)
  local out = {}
  for i = 1, #list - 1, 2 do out[#out + 1] = num(list[i]) .. "," .. num(list[i + 1]) end
  return table.concat(out, " ")
end

local ANCHOR = { start = "start", middle = "middle", ["end"] = "end" }

local function text(out, s)
  out[#out + 1] = "<text"
  attr(out, "x", num(s.x))
  attr(out, "y", num(s.y))
  attr(out, "font-size", num(s.size))
  if s.anchor and s.anchor ~= "start" then attr(out, "text-anchor", ANCHOR[s.anchor]) end
  if s.bold then attr(out, "font-weight", "bold") end
  if s.rotate and s.rotate ~= 0 then
    attr(out, "transform", string.format("rotate(%s %s %s)", num(s.rotate), num(s.x), num(s.y)))
  end
  attr(out, "fill", s.fill or "#000000")
  out[#out + 1] = ">" .. esc(s.text) .. "</text>\n"
end

local function shape(out, s)
  local t = s.type
  if t == "text" then return text(out, s) end
  if t == "line" then
    out[#out + 1] = "<line"
    for _, k in ipairs({ "x1", "y1", "x2", "y2" }) do attr(out, k, num(s[k])) end
  elseif t == "circle" then
    out[#out + 1] = "<circle"
    for _, k in ipairs({ "cx", "cy", "r" }) do attr(out, k, num(s[k])) end
  elseif t == "rect" then
    out[#out + 1] = "<rect"
    attr(out, "x", num(s.x)); attr(out, "y", num(s.y))
    attr(out, "width", num(s.w)); attr(out, "height", num(s.h))
  elseif t == "polyline" then
    out[#out + 1] = s.closed and "<polygon" or "<polyline"
    attr(out, "points", points(s.points))
  else
    error(string.format("svg: unknown shape type %q", tostring(t)), 0)
  end
  paint(out, s)
  out[#out + 1] = "/>\n"
end

function M.render(fig, opts)
  local inline = opts and opts.inline
  local out = {}
  if not inline then out[1] = '<?xml version="1.0" encoding="UTF-8"?>\n' end
  local w, h = num(fig.width), num(fig.height)
  out[#out + 1] = string.format('<svg xmlns="http://www.w3.org/2000/svg" version="1.1" '
    .. 'width="%s" height="%s" viewBox="0 0 %s %s" role="img" aria-labelledby="%s" '
    .. 'font-family="%s">\n', w, h, w, h, esc("cb-" .. fig.id .. "-title"), FONT)
  out[#out + 1] = string.format('<title id="%s">%s</title>\n', esc("cb-" .. fig.id .. "-title"),
    esc(fig.alt or fig.id))
  out[#out + 1] = string.format('<rect width="%s" height="%s" fill="#ffffff"/>\n', w, h)
  for _, s in ipairs(fig.shapes) do shape(out, s) end
  out[#out + 1] = inline and "</svg>" or "</svg>\n"
  return table.concat(out)
end

return M
