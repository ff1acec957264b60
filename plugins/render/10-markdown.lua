-- 10-markdown.lua — the briefing as CommonMark, from templates/briefing.md.
-- Builds a view (display strings) from the Briefing, renders the template,
-- keeps the text in briefing.markdown for the PDF plugin, and writes
-- briefing.md when Markdown output was asked for.
local template = require("callbrief.template")
local memo = require("callbrief.memo")
local bluf = require("callbrief.bluf")

local MONTHS = { "January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December" }

local BASIS = {
  stated = "date stated in the source",
  relative = "resolved from a relative date against the publication date",
  reported = "date of the report; the call took place on or shortly before it",
  unknown = "the sources give no date",
}

local function long_date(iso)
  local y, m, d = (iso or ""):match("^(%d+)-(%d+)-(%d+)$")
  if not y then return nil end
  return string.format("%d %s %s", tonumber(d), MONTHS[tonumber(m)], y)
end

local function join_names(names)
  if #names <= 2 then return table.concat(names, " and ") end
  return table.concat(names, ", ", 1, #names - 1) .. " and " .. names[#names]
end

-- Citation links "[1] [2]" pointing at the source list; each number's
-- link made once (a briefing over an archive cites the same sources
-- thousands of times).
local cite_of = setmetatable({}, { __index = function(t, n)
  local v = string.format("[\\[%d\\]](#sources)", n)
  t[n] = v
  return v
end })

local function cites(numbers)
  local out = {}
  for i, n in ipairs(numbers) do out[i] = cite_of[n] end
  return table.concat(out, " ")
end

local function source_numbers(briefing)
  local number = {}
  for i, doc in ipairs(briefing.documents or {}) do number[doc.id] = i end
  return number
end

-- cite_ids of one id
local function cite_id(id, number)
  local n = number[id]
  return n and cite_of[n] or ""
end

local function cite_ids(ids, number)
  local ns, seen = {}, {}
  for _, id in ipairs(ids or {}) do
    local n = number[id]
    if n and not seen[n] then seen[n] = true; ns[#ns + 1] = n end
  end
  table.sort(ns)
  return cites(ns)
end

local function claim_view(claim, number, escape)
  local text = escape(claim.text or "")
  if claim.quote then text = "“" .. text .. "”" end
  return {
    text_md = text,
    speaker_text = claim.speaker == "joint" and "both leaders" or claim.speaker,
    via = claim.via,
    cites = cite_id(claim.source, number),
  }
end

local function sides_view(call, number, escape)
  local sides = {}
  for _, group in ipairs(call.by_side or {}) do
    local claims = {}
    for _, i in ipairs(group.claims) do
      claims[#claims + 1] = claim_view(call.claims[i], number, escape)
    end
    sides[#sides + 1] = { side_heading = (group.side or "Unattributed") .. "'s account", claims = claims }
  end
  return sides
end

-- The side-by-side table: one column per side, row k holding each side's
-- k-th claim (a Markdown table cell cannot hold a list).
local function side_table(call, number, escape)
  local groups = call.by_side or {}
  if #groups == 0 then return nil end
  local header, rule, rows, depth = {}, {}, {}, 0
  for i, g in ipairs(groups) do
    local via = call.claims[g.claims[1]] and call.claims[g.claims[1]].via
    header[i] = escape(g.side or "Unattributed") .. (via and (" (" .. escape(via) .. ")") or "")
    rule[i] = "---"
    if #g.claims > depth then depth = #g.claims end
  end
  for k = 1, depth do
    local cells = {}
    for i, g in ipairs(groups) do
      local c = call.claims[g.claims[k]]
      cells[i] = c and (escape(c.quote and ("“" .. c.text .. "”") or c.text) .. " " ..
        cite_id(c.source, number)) or ""
    end
    rows[#rows + 1] = "| " .. table.concat(cells, " | ") .. " |"
  end
  return table.concat({ "| " .. table.concat(header, " | ") .. " |",
    "|" .. table.concat(rule, "|") .. "|", table.concat(rows, "\n") }, "\n")
end

-- "Russia: text [1]" for each ref, joined.
local function refs_text(refs, number, escape, with_side)
  local out = {}
  for _, r in ipairs(refs or {}) do
    out[#out + 1] = (with_side and (escape(r.side or "?") .. ": ") or "") .. escape(r.text or "") ..
      " " .. cite_id(r.source, number)
  end
  return table.concat(out, "; ")
end

local DIFFER = {
  polarity = "one side says the opposite",
  denial = "one side denies what the other reported",
  initiative = "who asked for the call",
  agreement = "what was agreed",
}

local function comparison_view(call, number, escape)
  local c = call.comparison
  if not c or #(c.sides or {}) < 2 then return nil end
  local both, only, differ = {}, {}, {}
  for _, b in ipairs(c.both or {}) do both[#both + 1] = { text = refs_text(b.points, number, escape, true) } end
  for _, o in ipairs(c.only or {}) do
    local items = {}
    for _, r in ipairs(o.points or {}) do items[#items + 1] = { text = refs_text({ r }, number, escape) } end
    if #items > 0 then only[#only + 1] = { side = o.side, items = items } end
  end
  for _, d in ipairs(c.differ or {}) do
    differ[#differ + 1] = { what = DIFFER[d.kind] or d.kind, note = d.note,
      text = refs_text(d.points, number, escape, true) }
  end
  return { both = both, has_both = #both > 0, only = only, differ = differ,
    has_differ = #differ > 0 }
end

-- "changed" is measured on words (the points share little), so it says
-- the side raised other points, not that its policy moved: only a
-- polarity flip is told as a reversal.
local SHIFT_NOTE = { steady = "The same line", changed = "Other points",
  reversed = "A reversed line" }

local function developments_view(briefing, number, escape)
  local out = {}
  for _, c in ipairs(briefing.comparisons or {}) do
    if c.kind == "shift" then
      local steps = {}
      for _, st in ipairs(c.steps or {}) do
        steps[#steps + 1] = { when = long_date(st.date) or "undated",
          text = refs_text(st.points, number, escape) }
      end
      local first, last = c.steps and c.steps[1], c.steps and c.steps[#c.steps]
      out[#out + 1] = { heading = string.format("%s on %s", c.side or "?", c.topic or "?"),
        note = string.format("%s from %s to %s.", SHIFT_NOTE[c.change] or "Other points",
          long_date(first and first.date) or "?", long_date(last and last.date) or "?"),
        steps = steps }
    elseif c.kind == "sources_differ" then
      out[#out + 1] = { heading = string.format("%s's account of the %s call, told differently",
        c.side or "?", long_date(c.date) or "undated"), note = c.note, steps = {} }
    end
  end
  return out
end

local function call_view(call, number, escape)
  local names = join_names(call.participants or {})
  local date = long_date(call.date)
  local heading = names .. ", " .. (date or "date unknown")
  if call.status ~= "held" then heading = heading .. " (" .. call.status .. ")" end
  return {
    heading = heading,
    participants_text = names,
    date_short = call.date or "unknown",
    date_text = date or "unknown",
    date_basis_text = BASIS[call.date_basis] or call.date_basis,
    status = call.status,
    medium = call.medium,
    medium_text = call.medium or "not stated",
    initiator = call.initiator,
    initiator_text = call.initiator or "not stated",
    cites = cite_ids(call.sources, number),
    sides = sides_view(call, number, escape),
    side_table = side_table(call, number, escape),
    comparison = comparison_view(call, number, escape),
  }
end

-- (a period asked for may be open at one end: --since or --until alone)
local function period_text(period)
  if not period or not (period.from or period.to) then return "Period: no dated calls" end
  if not period.to then return "Period: from " .. long_date(period.from) end
  if not period.from then return "Period: until " .. long_date(period.to) end
  if period.from == period.to then return "Period: " .. long_date(period.from) end
  return "Period: " .. long_date(period.from) .. " to " .. long_date(period.to)
end

local function plural(n, one, many) return n .. " " .. (n == 1 and one or many) end

local function changes_text(changes)
  if not changes then return nil end
  if changes.new + changes.changed == 0 then return "Nothing new since the previous briefing." end
  return string.format("%s and %s since the previous briefing.",
    plural(changes.new, "new call", "new calls"), plural(changes.changed, "changed call", "changed calls"))
end

local function changed_calls(calls)
  local out = {}
  for _, call in ipairs(calls) do
    if call.change then
      local names = join_names(call.participants or {})
      local what = call.changed and (" (" .. table.concat(call.changed, ", ") .. ")") or ""
      out[#out + 1] = { change = call.change, text = names .. ", " .. (long_date(call.date) or "date unknown") .. what }
    end
  end
  return out
end

-- The documents published outside the period, listed up to OUTSIDE_SHOWN
-- (a weekly briefing over an archive would otherwise list the archive);
-- briefing.json has them all.
local OUTSIDE_SHOWN = 20

local function outside_view(docs)
  local out = {}
  for i, d in ipairs(docs or {}) do
    if i > OUTSIDE_SHOWN then break end
    out[i] = { file = d.id, published = d.published }
  end
  return out
end

local function outside_text(briefing)
  local n = briefing.stats and briefing.stats.outside_period or 0
  local docs = briefing.outside_period or {}
  local text = string.format("%s outside the period left out; %s published outside it",
    plural(n, "call", "calls"), plural(#docs, "source was", "sources were"))
  if #docs > OUTSIDE_SHOWN then
    local first, last
    for _, d in ipairs(docs) do
      if not first or d.published < first then first = d.published end
      if not last or d.published > last then last = d.published end
    end
    return string.format("%s (%s to %s). The first %d are listed; briefing.json lists them all.",
      text, long_date(first), long_date(last), OUTSIDE_SHOWN)
  end
  return text .. "."
end

local function view_of(briefing, escape)
  local number = source_numbers(briefing)
  local calls, sources, warnings = {}, {}, {}
  for _, call in ipairs(briefing.calls or {}) do calls[#calls + 1] = call_view(call, number, escape) end
  for i, doc in ipairs(briefing.documents or {}) do
    sources[#sources + 1] = {
      n = i, outlet_text = doc.outlet or "Unknown outlet", title_text = doc.title or doc.id,
      -- (a year settled from evidence, not printed on the page, says so)
      published = doc.published and doc.published_basis == "dateline_inferred"
        and doc.published .. ", year inferred" or doc.published,
      file = doc.file or doc.id, url = doc.url,
    }
  end
  for _, w in ipairs(briefing.warnings or {}) do
    local where = ""
    if w.file then where = "`" .. w.file .. (w.line and (":" .. w.line) or "") .. "`: " end
    warnings[#warnings + 1] = { where = where, message = (w.plugin and ("plugin " .. w.plugin .. ": ") or "") .. w.message }
  end
  return {
    title = briefing.title, generated = briefing.generated,
    period_text = period_text(briefing.period),
    n_calls_text = plural(#calls, "call", "calls"),
    n_sources_text = plural(#sources, "source", "sources"),
    has_calls = #calls > 0, calls = calls, sources = sources,
    figures = briefing.figures,
    developments = developments_view(briefing, number, escape),
    has_developments = #(briefing.comparisons or {}) > 0,
    has_changes = briefing.changes ~= nil,
    changes_text = changes_text(briefing.changes),
    changed_calls = changed_calls(briefing.calls or {}),
    has_outside = briefing.outside_period ~= nil and (#briefing.outside_period > 0
      or (briefing.stats and (briefing.stats.outside_period or 0) > 0)),
    outside = outside_view(briefing.outside_period),
    outside_text = outside_text(briefing),
    bluf = bluf.lines(briefing, long_date),
    has_warnings = #warnings > 0, warnings = warnings,
  }
end

return {
  name = "markdown",
  stage = "render",
  version = "1.2.1",
  api = 1,
  description = "render the briefing as CommonMark through templates/briefing.md",
  run = function(briefing, ctx)
    -- the Markdown is for these three formats; a JSON-only run (eval,
    -- shards) need not build it
    local f = ctx.run.formats
    if not (f.md or f.pdf or f.html) then return briefing end
    local src = assert(ctx.template("briefing.md"))
    local tree = template.compile(src, "briefing.md")
    local partials = {}   -- compiled once: a partial inside a section runs per item
    local partial = function(name)
      if partials[name] == nil then
        local text = ctx.template(name)
        partials[name] = text and template.compile(text, name) or false
      end
      return partials[name] or nil
    end
    local escape = ctx.markdown.escape
    -- the template's values (names, dates, statuses, outlets) repeat over
    -- thousands of calls: each escaped once
    local escape_once = memo.fn(escape)
    briefing.markdown = template.render(tree, view_of(briefing, escape),
      { escape = escape_once, partial = partial })
    if ctx.run.formats.md then
      assert(ctx.output.write("briefing.md", briefing.markdown))
    end
    return briefing
  end,
}
