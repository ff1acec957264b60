-- figures.lua — the briefing's figures (a call graph and a timeline) as
-- plain lists of drawing primitives (require "callbrief.figures").  Pure
-- functions, no state.  The render plugin 07-figures.lua calls build();
-- svg.lua writes a figure as SVG and the PDF typesetter (src/pdf_figure.c)
-- draws the very same shapes, so the two renderings never disagree.
--
--   figures.build(calls [, actors [, particles]]) -> {figure, ...} | nil
--       nil when there are no calls; actors (the briefing's, by name) and
--       particles (a set of name particles: "von", "de", "bin") give short
--       names
--   figures.particles(roles) -> set of the name particles a parsed
--       data/extract/roles.yaml lists
--   figures.callgraph(calls, short) -> figure
--   figures.timeline(calls, short) -> figure
--   figures.short_names(names [, actors [, particles]]) -> {name = label}
--       surnames with their particles ("von der Leyen"; or
--       the short form a leader's gazetteer aliases give: "Lula"), full names
--       where two leaders would share one
--   figures.fit(s, maxw, size) -> s, cut with "…" to at most maxw wide
--   figures.text_width(s, size [, bold]) -> estimated advance of s in DejaVu
--       Sans at size (figure units), for layout only
--
-- A figure: {id, file, alt, width, height, shapes}.  Coordinates are figure
-- units (1 unit = 1 pt at natural size), origin top-left, y down as in SVG;
-- every number is rounded to 0.1 so output is reproducible.  A shape is one
-- of (fields in brackets are optional):
--   {type = "line", x1, y1, x2, y2, stroke, [width], [dash]}
--   {type = "polyline", points = {x1, y1, x2, y2, ...}, [closed], stroke|fill,
--    [width], [dash]}
--   {type = "circle", cx, cy, r, stroke|fill, [width], [dash]}
--   {type = "rect", x, y, w, h, stroke|fill, [width], [dash]}
--   {type = "text", x, y, text, size, [fill], [anchor = "start"|"middle"|
--    "end"], [bold], [rotate = degrees clockwise about (x, y)]}
-- x, y of a text is the start (or middle, end) of its baseline.  Colours
-- are "#rrggbb"; width is the stroke width; dash = {on, off}.
local dates = require("callbrief.dates")

local M = {}

M.MAX_NODES = 500
M.MAX_EDGES = 2000
M.MAX_MARKS = 2000
local WIDTH = 480
local TEXT, MUTED, AXIS = "#222222", "#666666", "#8a8f96"
local NODE_FILL = "#4f7cac"

-- How a call's status is drawn, in the graph and on the timeline.
local STATUS = {
  held = { color = "#2c3e50", label = "held" },
  planned = { color = "#d35400", dash = { 5, 3 }, label = "planned" },
  denied = { color = "#c0392b", dash = { 2, 2 }, label = "denied" },
}
local STATUS_ORDER = { "held", "planned", "denied" }

local MONTHS = { "January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December" }

local function r1(v) return math.floor(v * 10 + 0.5) / 10 end

local function status_of(call)
  return STATUS[call.status] and call.status or "held"
end

---------------------------------------------------------------------------
-- Text measuring (an estimate from DejaVu Sans's advance widths, in ems).

local EM = {}
do
  local lower = { .613, .635, .550, .635, .615, .352, .635, .634, .278, .278, .579,
    .278, .974, .634, .612, .635, .635, .411, .521, .392, .634, .592, .818, .592,
    .592, .525 }
  local upper = { .684, .686, .698, .770, .632, .575, .775, .752, .295, .295, .656,
    .557, .863, .748, .787, .603, .787, .695, .635, .611, .732, .684, .989, .685,
    .611, .685 }
  for i = 1, 26 do
    EM[96 + i] = lower[i]
    EM[64 + i] = upper[i]
  end
  for c = 48, 57 do EM[c] = .636 end
  EM[32] = .318
end

function M.text_width(s, size, bold)
  local em = 0
  if utf8.len(s) then
    for _, c in utf8.codes(s) do em = em + (EM[c] or (c < 128 and .40 or .64)) end
  else
    em = #s * .64
  end
  return em * size * (bold and 1.1 or 1)
end

---------------------------------------------------------------------------
-- Shapes.

local function line(x1, y1, x2, y2, stroke, width, dash)
  return { type = "line", x1 = r1(x1), y1 = r1(y1), x2 = r1(x2), y2 = r1(y2),
    stroke = stroke, width = width and r1(width), dash = dash }
end

local function circle(cx, cy, r, fill, stroke, width)
  return { type = "circle", cx = r1(cx), cy = r1(cy), r = r1(r), fill = fill,
    stroke = stroke, width = width and r1(width) }
end

local function text(x, y, s, size, opts)
  opts = opts or {}
  return { type = "text", x = r1(x), y = r1(y), text = s, size = size,
    fill = opts.fill or TEXT, anchor = opts.anchor or "start", bold = opts.bold,
    rotate = opts.rotate and r1(opts.rotate) }
end

local function rect(x, y, w, h, fill, stroke)
  return { type = "rect", x = r1(x), y = r1(y), w = r1(w), h = r1(h), fill = fill, stroke = stroke }
end

local function add(list, shape) list[#list + 1] = shape end

-- The title and, below it, notes on what was left out.  Returns the y where
-- the drawing may start.
local function heading(shapes, title, notes)
  add(shapes, text(4, 14, title, 11, { bold = true }))
  local y = 18
  for _, note in ipairs(notes) do
    y = y + 11
    add(shapes, text(4, y, note, 8, { fill = MUTED }))
  end
  return y + 8
end

-- The status legend at y (the middle of the line samples).
local function legend(shapes, y, extra)
  local x = 4
  for _, key in ipairs(STATUS_ORDER) do
    local st = STATUS[key]
    add(shapes, line(x, y, x + 22, y, st.color, 2, st.dash))
    add(shapes, text(x + 27, y + 3, st.label, 8))
    x = x + 27 + M.text_width(st.label, 8) + 16
  end
  if extra then add(shapes, text(x + 4, y + 3, extra, 8, { fill = MUTED })) end
end

---------------------------------------------------------------------------
-- Names.

-- Family name first: "Xi Jinping" is Xi, "Kim Jong Un" is Kim.
local FAMILY_FIRST = { Xi = true, Li = true, Hu = true, Wen = true, Jiang = true,
  Wang = true, Zhou = true, Kim = true, Moon = true, Park = true, Yoon = true,
  Lee = true, Nguyen = true, Hun = true, Tsai = true, Lai = true }

-- The word of the name the gazetteer gives alone as an alias, or after one
-- title word ("Lula" of Luiz Inácio Lula da Silva, "Sheikh Tamim" of Tamim
-- bin Hamad Al Thani), or nil.
local function alias_word(words, aliases)
  local in_name = {}
  for _, w in ipairs(words) do in_name[w] = true end
  for pass = 1, 2 do
    for _, a in ipairs(aliases or {}) do
      local w = pass == 1 and a:match("^(%S+)$") or (pass == 2 and a:match("^%u%l+ (%S+)$"))
      if w and in_name[w] then return w end
    end
  end
  return nil
end

-- The label of a person: the short form the gazetteer gives, a regnal name
-- whole ("Abdullah II"), the family name of an East Asian name, else the
-- last word.
local function surname(name, aliases, particles)
  local words = {}
  for w in name:gmatch("%S+") do words[#words + 1] = w end
  if #words == 0 then return name end
  if #words >= 2 and words[#words]:match("^[IVXL]+$") then
    return words[#words - 1] .. " " .. words[#words]
  end
  local short = alias_word(words, aliases)
  if short then return short end
  if #words <= 3 and #words >= 2 and FAMILY_FIRST[words[1]] then return words[1] end
  -- the lower-case particles before a surname go with it: "von der
  -- Leyen", "de Klerk", "bin Salman"
  local k = #words
  while k > 2 and particles and particles[words[k - 1]] do k = k - 1 end
  return table.concat(words, " ", k)
end

-- s cut with "\u{2026}" to at most maxw wide at size.
local function fit(s, maxw, size)
  if M.text_width(s, size) <= maxw or not utf8.len(s) then return s end
  local out = {}
  for _, c in utf8.codes(s) do
    out[#out + 1] = utf8.char(c)
    if M.text_width(table.concat(out) .. "\u{2026}", size) > maxw then
      out[#out] = nil
      break
    end
  end
  return table.concat(out) .. "\u{2026}"
end
M.fit = fit

-- The set of name particles a roles file (data/extract/roles.yaml, parsed)
-- lists, for short_names.
function M.particles(roles)
  local set = {}
  for _, w in ipairs(type(roles) == "table" and roles.name_particles or {}) do set[w] = true end
  return set
end

function M.short_names(names, actors, particles)
  local short, users = {}, {}
  for _, n in ipairs(names) do
    local a = actors and actors[n]
    local s = surname(n, type(a) == "table" and a.aliases or nil, particles)
    short[n] = s
    users[s] = (users[s] or 0) + 1
  end
  for _, n in ipairs(names) do
    short[n] = fit(users[short[n]] > 1 and n or short[n], 110, 8)
  end
  return short
end

local function participants(call)
  local out, seen = {}, {}
  for _, p in ipairs(call.participants or {}) do
    if type(p) == "string" and p ~= "" and not seen[p] then
      seen[p] = true
      out[#out + 1] = p
    end
  end
  table.sort(out)
  return out
end

-- "Erdoğan–Putin", "Macron–Merkel–Putin +2".
local function pair_label(call, short)
  local ps = participants(call)
  local parts = {}
  for i = 1, math.min(#ps, #ps > 4 and 3 or 4) do parts[i] = short[ps[i]] end
  local s = table.concat(parts, "\u{2013}")
  if #ps > 4 then s = s .. " +" .. (#ps - 3) end
  s = fit(s, 200, 8)
  if s == "" then s = "unknown" end
  return s
end

local function long_date(days)
  local y, m, d = dates.civil_from_days(days)
  return string.format("%d %s %d", d, MONTHS[m], y)
end

local function plural(n, one, many) return n .. " " .. (n == 1 and one or many) end

---------------------------------------------------------------------------
-- The call graph.

-- Nodes (name, calls) and edges (a, b, status, count) of the calls.
local function graph_of(calls)
  local degree, edges, by_key, counts = {}, {}, {}, { held = 0, planned = 0, denied = 0 }
  for _, call in ipairs(calls) do
    local ps, st = participants(call), status_of(call)
    counts[st] = counts[st] + 1
    for i, a in ipairs(ps) do
      degree[a] = (degree[a] or 0) + 1
      for j = i + 1, #ps do
        local key = a .. "\0" .. ps[j] .. "\0" .. st
        local e = by_key[key]
        if not e then
          e = { a = a, b = ps[j], status = st, count = 0, key = key }
          by_key[key] = e
          edges[#edges + 1] = e
        end
        e.count = e.count + 1
      end
    end
  end
  local nodes = {}
  for name, n in pairs(degree) do nodes[#nodes + 1] = { name = name, calls = n } end
  return nodes, edges, counts
end

local function by_calls(a, b)
  if a.calls ~= b.calls then return a.calls > b.calls end
  return a.name < b.name
end

-- Keeps the max most-called nodes and the max heaviest edges between them;
-- the notes say what was left out.
local function prune(nodes, edges, notes)
  local total = #nodes
  if total > M.MAX_NODES then
    table.sort(nodes, by_calls)
    for i = #nodes, M.MAX_NODES + 1, -1 do nodes[i] = nil end
    notes[#notes + 1] = string.format("Showing the %d leaders with the most calls of %d.",
      M.MAX_NODES, total)
  end
  table.sort(nodes, function(a, b) return a.name < b.name end)
  local keep = {}
  for _, n in ipairs(nodes) do keep[n.name] = true end
  local kept = {}
  for _, e in ipairs(edges) do
    if keep[e.a] and keep[e.b] then kept[#kept + 1] = e end
  end
  if #kept > M.MAX_EDGES then
    table.sort(kept, function(a, b)
      if a.count ~= b.count then return a.count > b.count end
      return a.key < b.key
    end)
    notes[#notes + 1] = string.format("Showing the %d pairs with the most calls of %d.",
      M.MAX_EDGES, #kept)
    for i = #kept, M.MAX_EDGES + 1, -1 do kept[i] = nil end
  end
  table.sort(kept, function(a, b) return a.key < b.key end)
  return nodes, kept
end

-- Which nodes get a name: all, unless the circle has no room for them.
local function choose_labels(nodes, room, notes)
  local labelled = {}
  if #nodes <= room then
    for _, n in ipairs(nodes) do labelled[n.name] = true end
    return labelled
  end
  local order = {}
  for i, n in ipairs(nodes) do order[i] = n end
  table.sort(order, by_calls)
  for i = 1, room do labelled[order[i].name] = true end
  notes[#notes + 1] = string.format("Names shown for the %d leaders with the most calls.", room)
  return labelled
end

-- The circle: centre, radius, font size, label mode ("flat" or "radial").
local function circle_geometry(nodes, short)
  local n = #nodes
  local g = { size = n <= 16 and 9 or n <= 40 and 8 or 7, radial = n > 16 }
  local maxw = 0
  for _, node in ipairs(nodes) do
    maxw = math.max(maxw, M.text_width(short[node.name], g.size))
  end
  g.maxw = maxw
  if g.radial then
    g.r = math.max(90, math.min(175, WIDTH / 2 - maxw - 20))
    g.room = math.floor(2 * math.pi * g.r / (g.size * 1.25))
    g.margin = math.min(maxw, WIDTH / 2 - g.r - 20) + 20
  else
    g.r = math.max(50, math.min(150, WIDTH / 2 - maxw - 24, 40 + 14 * n))
    g.room = n
    g.margin = g.size + 18
  end
  g.node_r = math.max(2, math.min(9, math.pi * g.r / math.max(n, 1) * 0.6))
  return g
end

local function node_angle(i, n)
  return -math.pi / 2 + 2 * math.pi * (i - 1) / n
end

-- A node's name outside the circle: level text anchored away from the
-- centre, or (many nodes) text along the radius.
local function node_label(g, pos, s)
  local c, sn = math.cos(pos.angle), math.sin(pos.angle)
  local d = g.r + g.node_r + 5
  local lx, ly = g.cx + d * c, g.cy + d * sn
  if g.radial then
    local deg = math.deg(pos.angle)
    local anchor = "start"
    if c < -1e-9 then deg, anchor = deg + 180, "end" end
    local a = math.rad(deg)
    local off = g.size * 0.35
    return text(lx - off * math.sin(a), ly + off * math.cos(a), s, g.size,
      { anchor = anchor, rotate = deg })
  end
  local anchor = c > 0.2 and "start" or c < -0.2 and "end" or "middle"
  local base = ly + g.size * 0.35 + sn * g.size * 0.3
  if anchor == "middle" then base = sn < 0 and ly - 1 or ly + g.size * 0.8 end
  return text(lx, base, s, g.size, { anchor = anchor })
end

local function edge_shapes(shapes, g, edges, pos)
  local per_pair = {}
  for _, e in ipairs(edges) do
    local k = e.a .. "\0" .. e.b
    per_pair[k] = (per_pair[k] or 0) + 1
  end
  local seen, badges, most = {}, {}, 1
  for _, e in ipairs(edges) do most = math.max(most, e.count) end
  -- Width grows with the number of calls, up to 6 (3 in a dense graph).
  local dense = #edges > 80
  local w0, w1 = dense and 0.6 or 1, dense and 3 or 6
  for _, e in ipairs(edges) do
    local k = e.a .. "\0" .. e.b
    seen[k] = (seen[k] or 0) + 1
    local p, q = pos[e.a], pos[e.b]
    local dx, dy = q.x - p.x, q.y - p.y
    local len = math.max(math.sqrt(dx * dx + dy * dy), 1e-6)
    local off = (seen[k] - (per_pair[k] + 1) / 2) * 3.5
    local ox, oy = -dy / len * off, dx / len * off
    local st = STATUS[e.status]
    local w = w0 + math.min(1.5, (w1 - w0) / math.max(1, most - 1)) * (e.count - 1)
    add(shapes, line(p.x + ox, p.y + oy, q.x + ox, q.y + oy, st.color, w, st.dash))
    if e.count > 1 and #edges <= 200 then
      badges[#badges + 1] = { x = (p.x + q.x) / 2 + ox, y = (p.y + q.y) / 2 + oy,
        n = e.count, color = st.color }
    end
  end
  for _, b in ipairs(badges) do
    add(shapes, circle(b.x, b.y, 6, "#ffffff", b.color, 1))
    add(shapes, text(b.x, b.y + 2.5, tostring(b.n), 7, { anchor = "middle", fill = b.color }))
  end
end

local function graph_alt(nodes, counts, total_calls)
  return string.format("Call graph: %s and %s (%d held, %d planned, %d denied); "
    .. "a line joins two leaders who spoke, thicker for more calls.",
    plural(#nodes, "leader", "leaders"), plural(total_calls, "call", "calls"),
    counts.held, counts.planned, counts.denied)
end

function M.callgraph(calls, short)
  local notes = {}
  local nodes, edges, counts = graph_of(calls)
  nodes, edges = prune(nodes, edges, notes)
  local g = circle_geometry(nodes, short)
  local labelled = choose_labels(nodes, g.room, notes)
  local shapes = {}
  local top = heading(shapes, "Who called whom", notes)
  g.cx, g.cy = WIDTH / 2, top + g.margin + g.r
  local pos = {}
  for i, node in ipairs(nodes) do
    local a = node_angle(i, #nodes)
    pos[node.name] = { x = g.cx + g.r * math.cos(a), y = g.cy + g.r * math.sin(a), angle = a }
  end
  edge_shapes(shapes, g, edges, pos)
  local most = 1
  for _, node in ipairs(nodes) do most = math.max(most, node.calls) end
  for _, node in ipairs(nodes) do
    local p = pos[node.name]
    local r = g.node_r * (0.6 + 0.4 * math.sqrt(node.calls / most))
    add(shapes, circle(p.x, p.y, r, NODE_FILL, "#ffffff", 1))
    if labelled[node.name] then add(shapes, node_label(g, p, short[node.name])) end
  end
  local bottom = g.cy + g.r + g.margin
  legend(shapes, bottom + 6, "line width: number of calls")
  return { id = "callgraph", file = "callgraph.svg", alt = graph_alt(nodes, counts, #calls),
    width = WIDTH, height = r1(bottom + 18), shapes = shapes }
end

---------------------------------------------------------------------------
-- The timeline.

local X0, X1 = 24, WIDTH - 24
local LANE, MAX_LANES, MARK_R = 12, 20, 3

-- Ticks for the days d0..d1: {day, label} at a step giving at most 8.
local function day_ticks(d0, d1, step)
  local ticks, first = {}, math.ceil(d0)
  if step >= 7 then first = first + (7 - (first + 3) % 7) % 7 end -- a Monday
  for d = first, math.floor(d1), step do
    local _, m, day = dates.civil_from_days(d)
    ticks[#ticks + 1] = { day = d, label = day .. " " .. MONTHS[m]:sub(1, 3) }
  end
  return ticks
end

local function month_ticks(d0, d1, step)
  local ticks = {}
  local y, m = dates.civil_from_days(math.ceil(d0))
  local months = y * 12 + (m - 1)
  if dates.days_from_civil(y, m, 1) < d0 then months = months + 1 end
  months = months + (step - months % step) % step
  while true do
    local yy, mm = months // 12, months % 12 + 1
    local d = dates.days_from_civil(yy, mm, 1)
    if d > d1 then break end
    local label = step >= 12 and tostring(yy) or MONTHS[mm]:sub(1, 3) .. " " .. yy
    ticks[#ticks + 1] = { day = d, label = label }
    months = months + step
  end
  return ticks
end

local function ticks_for(d0, d1)
  for _, step in ipairs({ 1, 2, 7, 14 }) do
    if (d1 - d0) / step <= 8 then return day_ticks(d0, d1, step) end
  end
  for _, step in ipairs({ 1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200 }) do
    if (d1 - d0) / (30.44 * step) <= 8 then return month_ticks(d0, d1, step) end
  end
  return {}
end

-- Dated calls (with day numbers) and undated ones.
local function split_dated(calls)
  local dated, undated = {}, {}
  for _, call in ipairs(calls) do
    local d = dates.to_days(call.date)
    if d then dated[#dated + 1] = { call = call, day = d, i = #dated + 1 } else undated[#undated + 1] = call end
  end
  -- A total order: table.sort is not stable (and picks random pivots on
  -- long lists), so ties keep the input order explicitly.
  table.sort(dated, function(a, b)
    if a.day ~= b.day then return a.day < b.day end
    return a.i < b.i
  end)
  return dated, undated
end

-- The axis's days, padded so a single day or a short span still reads.
local function span_of(dated)
  local d0, d1 = dated[1].day, dated[#dated].day
  if d1 - d0 < 6 then
    local pad = (6 - (d1 - d0)) / 2
    d0, d1 = d0 - pad, d1 + pad
  end
  local margin = (d1 - d0) * 0.04
  return d0 - margin, d1 + margin
end

-- Puts each mark in the lowest lane where its label touches neither the
-- previous label of that lane nor a stem, preferring lanes its own stem
-- (from the axis up) reaches without crossing a lower label; a crossing is
-- accepted rather than leaving the call unlabelled.  Sets m.lane (nil: no
-- room) and m.left (label to the left of the mark, near the right edge).
local function free_lane(lanes, m, strict)
  for lane = 1, MAX_LANES do
    local l = lanes[lane] or {}
    if (l.last or -math.huge) + 4 < m.a and (l.stem or -math.huge) + 2 < m.t0 then return lane end
    if strict and l.t0 and m.x + 2 >= l.t0 and m.x - 2 <= l.t1 then return nil end
  end
  return nil
end

local function assign_lanes(marks)
  local lanes, used, unlabelled = {}, 0, 0
  for _, m in ipairs(marks) do
    m.a, m.t0 = m.x - MARK_R - 1, m.x + MARK_R + 3
    local b, t1 = m.t0 + m.w, m.t0 + m.w
    if b > WIDTH - 2 then
      m.a, b, m.left = m.x - MARK_R - 3 - m.w, m.x + MARK_R + 1, true
      m.t0, t1 = m.a, m.x - MARK_R - 3
    end
    m.lane = free_lane(lanes, m, true) or free_lane(lanes, m, false)
    if m.lane then
      lanes[m.lane] = { last = b, t0 = m.t0, t1 = t1, stem = (lanes[m.lane] or {}).stem }
      for j = 1, m.lane - 1 do
        lanes[j] = lanes[j] or {}
        lanes[j].stem = math.max(lanes[j].stem or -math.huge, m.x)
      end
      used = math.max(used, m.lane)
    else
      unlabelled = unlabelled + 1
    end
  end
  return used, unlabelled
end

local function mark_y(m, axis_y)
  return m.lane and axis_y - 4 - LANE * m.lane + LANE / 2 or axis_y
end

-- Stems and marks first, then the labels on white boxes, so a stem that
-- had to pass a lower label is hidden behind it rather than striking it.
local function marks_shapes(shapes, marks, axis_y)
  for _, m in ipairs(marks) do
    local st, y = STATUS[m.status], mark_y(m, axis_y)
    if m.lane then add(shapes, line(m.x, axis_y, m.x, y + MARK_R, st.color, 0.8, st.dash)) end
    add(shapes, circle(m.x, y, MARK_R, m.status == "held" and st.color or "#ffffff", st.color, 1.2))
  end
  for _, m in ipairs(marks) do
    if m.lane then
      local st, y = STATUS[m.status], mark_y(m, axis_y)
      local x = m.left and m.x - MARK_R - 3 or m.x + MARK_R + 3
      add(shapes, rect(m.left and x - m.w - 1 or x - 1, y - 5.5, m.w + 2, 10, "#ffffff"))
      add(shapes, text(x, y + 2.8, m.label, 8, { anchor = m.left and "end" or "start",
        fill = m.status == "held" and TEXT or st.color }))
    end
  end
end

local function axis_shapes(shapes, d0, d1, axis_y, x_of)
  add(shapes, line(X0 - 8, axis_y, X1 + 8, axis_y, AXIS, 1))
  for _, t in ipairs(ticks_for(d0, d1)) do
    local x = x_of(t.day)
    add(shapes, line(x, axis_y, x, axis_y + 4, AXIS, 1))
    add(shapes, text(x, axis_y + 14, t.label, 7.5, { anchor = "middle", fill = MUTED }))
  end
end

-- "Undated calls: A–B, C–D (planned), ..." wrapped under the axis; at
-- most 6 lines.  Returns the y below the list.
local function undated_shapes(shapes, undated, short, y)
  if #undated == 0 then return y end
  local items, count, order = {}, {}, {}
  for _, call in ipairs(undated) do
    local s = pair_label(call, short)
    if status_of(call) ~= "held" then s = s .. " (" .. status_of(call) .. ")" end
    if not count[s] then order[#order + 1] = s end
    count[s] = (count[s] or 0) + 1
  end
  for _, s in ipairs(order) do items[#items + 1] = count[s] > 1 and (s .. " \u{00D7}" .. count[s]) or s end
  add(shapes, text(4, y, "Undated calls (" .. #undated .. "):", 8, { bold = true }))
  local lines, cur, i = {}, "", 1
  while i <= #items and #lines < 6 do
    local try = cur == "" and items[i] or (cur .. ", " .. items[i])
    if M.text_width(try, 8) > WIDTH - 8 and cur ~= "" then
      lines[#lines + 1] = cur .. ","
      cur = ""
    else
      cur, i = try, i + 1
    end
  end
  if i <= #items then cur = "\u{2026} and " .. (#items - i + 1) .. " more" end
  if cur ~= "" then lines[#lines + 1] = cur end
  for _, l in ipairs(lines) do
    y = y + 11
    add(shapes, text(4, y, l, 8))
  end
  return y
end

local function timeline_alt(dated, undated)
  if #dated == 0 then
    return string.format("Timeline: no dated calls; %s listed below.",
      plural(#undated, "undated call", "undated calls"))
  end
  local s = string.format("Timeline: %s from %s to %s", plural(#dated, "dated call", "dated calls"),
    long_date(dated[1].day), long_date(dated[#dated].day))
  if #undated > 0 then s = s .. string.format("; %s listed below the axis", plural(#undated, "undated call", "undated calls")) end
  return s .. "."
end

local function marks_of(dated, short, notes)
  local marks = {}
  for i, d in ipairs(dated) do
    if i > M.MAX_MARKS then
      notes[#notes + 1] = string.format("Showing the first %d of %d dated calls.", M.MAX_MARKS, #dated)
      break
    end
    local label = pair_label(d.call, short)
    marks[i] = { day = d.day, status = status_of(d.call), label = label, w = M.text_width(label, 8) }
  end
  return marks
end

function M.timeline(calls, short)
  local dated, undated = split_dated(calls)
  local notes, shapes = {}, {}
  local marks = marks_of(dated, short, notes)
  local lanes, unlabelled, d0, d1 = 0, 0, 0, 1
  if #marks > 0 then
    d0, d1 = span_of(dated)
    for _, m in ipairs(marks) do m.x = X0 + (m.day - d0) / (d1 - d0) * (X1 - X0) end
    lanes, unlabelled = assign_lanes(marks)
  end
  if unlabelled > 0 then
    notes[#notes + 1] = string.format("%s drawn on the axis without a label for lack of room.",
      plural(unlabelled, "call", "calls"))
  end
  local top = heading(shapes, "Calls over time", notes)
  local axis_y = top + LANE * lanes + 6
  local y
  if #marks > 0 then
    axis_shapes(shapes, d0, d1, axis_y, function(d) return X0 + (d - d0) / (d1 - d0) * (X1 - X0) end)
    marks_shapes(shapes, marks, axis_y)
    legend(shapes, axis_y + 30)
    y = axis_y + 52
  else
    add(shapes, text(4, top + 10, "No dated calls.", 8, { fill = MUTED }))
    y = top + 30
  end
  y = undated_shapes(shapes, undated, short, y)
  return { id = "timeline", file = "timeline.svg", alt = timeline_alt(dated, undated),
    width = WIDTH, height = r1(y + 10), shapes = shapes }
end

---------------------------------------------------------------------------

function M.build(calls, actors, particles)
  if type(calls) ~= "table" or #calls == 0 then return nil end
  local names, seen = {}, {}
  for _, call in ipairs(calls) do
    for _, p in ipairs(participants(call)) do
      if not seen[p] then seen[p] = true; names[#names + 1] = p end
    end
  end
  table.sort(names)
  local short = M.short_names(names, actors, particles)
  return { M.callgraph(calls, short), M.timeline(calls, short) }
end

return M
