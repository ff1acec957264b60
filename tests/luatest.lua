-- luatest.lua — the Lua test harness (TAP), run by tests/luatest inside the
-- host's own state.  A test file registers cases with test(name, fn); each
-- fn raises to fail.  See doc/plugins.md for the API.
local host, file = ...

local cases = {}

local function show(v, depth)
  depth = depth or 0
  if type(v) == "string" then return string.format("%q", v) end
  if type(v) ~= "table" or depth > 3 then return tostring(v) end
  local keys = {}
  for k in pairs(v) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
  local parts = {}
  for _, k in ipairs(keys) do
    parts[#parts + 1] = tostring(k) .. " = " .. show(v[k], depth + 1)
  end
  return "{" .. table.concat(parts, ", ") .. "}"
end

-- Returns nil when equal, else a path and the two differing values.
local function diff(a, b, path)
  if type(a) ~= "table" or type(b) ~= "table" then
    if a == b then return nil end
    return string.format("%s: got %s, want %s", path, show(a), show(b))
  end
  for k, v in pairs(b) do
    local d = diff(a[k], v, path .. "." .. tostring(k))
    if d then return d end
  end
  for k, v in pairs(a) do
    if b[k] == nil then
      return string.format("%s.%s: got %s, want nil", path, tostring(k), show(v))
    end
  end
  return nil
end

local api = {}

function api.test(name, fn) cases[#cases + 1] = { name = name, fn = fn } end

function api.eq(got, want, msg)
  local d = diff(got, want, "value")
  if d then error((msg and msg .. ": " or "") .. d, 2) end
end

function api.ok(cond, msg)
  if not cond then error(msg or "assertion failed", 2) end
  return cond
end

function api.read(path) return host.read(path) end

function api.plugin(path) return host.loadfile(path)() end

function api.ctx(stage, plugin) return host.ctx(stage, plugin) end

function api.run_stage(stage, value) return host.run_stage(stage, value) end

-- A Document as the source stage would leave it, from paragraphs: each a
-- string (a paragraph of one sentence) or a list of sentences.  `extra`
-- is the id ("t.txt" unless given) or a table of fields to set (outlet,
-- title, id ...).
function api.document(paras, published, extra)
  if type(extra) ~= "table" then extra = { id = extra } end
  local id = extra.id or "t.txt"
  local d = { id = id, path = id, published = published, paragraphs = {}, sentences = {},
    dropped = {}, meta = {} }
  local parts, off = {}, 1
  for p, para in ipairs(paras) do
    if type(para) == "string" then para = { para } end
    local ptext = table.concat(para, " ")
    d.paragraphs[p] = { text = ptext, offset = off }
    local so = off
    for _, s in ipairs(para) do
      d.sentences[#d.sentences + 1] = { text = s, offset = so, paragraph = p }
      so = so + #s + 1
    end
    parts[#parts + 1] = ptext
    off = off + #ptext + 2
  end
  d.text = table.concat(parts, "\n\n")
  for k, v in pairs(extra) do d[k] = v end
  return d
end

-- A page of plain text through the source stage: the Document.
function api.page(text, id)
  id = id or "p.txt"
  return host.run_stage("source", { id = id, path = id, bytes = text, sha256 = "", format = "text" })
end

-- A page through source and extract: the Document, the extraction and
-- the briefing linked from it.
function api.page_run(text, id)
  local d = api.page(text, id)
  local ex = host.run_stage("extract", { document = d, calls = {}, claims = {} })
  return d, ex, host.run_stage("link", { extractions = { ex } })
end

-- The extraction of such a document, and the briefing linked from it.
function api.extract(paras, published, extra)
  return host.run_stage("extract", { document = api.document(paras, published, extra), calls = {},
    claims = {} })
end

function api.briefing(paras, published, extra)
  return host.run_stage("link", { extractions = { api.extract(paras, published, extra) } })
end

-- The gazetteer names an extraction gave its person and call mentions (a
-- set).
function api.names_in(ex)
  local set = {}
  for _, p in ipairs(ex.people or {}) do
    if p.name then set[p.name] = true end
  end
  for _, c in ipairs(ex.calls or {}) do
    for _, p in ipairs(c.people or {}) do
      if p.name then set[p.name] = true end
    end
  end
  return set
end

-- Each call of a briefing as its sorted participants joined: "A + B";
-- with = "date" adds " @ 2020-10-14" ("undated"), with = "basis" adds the
-- date and its basis: " @ 2020-10-14 (reported)"; with = "status" adds
-- the status: ": denied".
function api.call_pairs(b, with)
  local out = {}
  for _, c in ipairs(b.calls) do
    local ps = {}
    for i, p in ipairs(c.participants) do ps[i] = p end
    table.sort(ps)
    local s = table.concat(ps, " + ")
    if with == "date" or with == "basis" then s = s .. " @ " .. (c.date or "undated") end
    if with == "basis" then s = s .. " (" .. tostring(c.date_basis) .. ")" end
    if with == "status" then s = s .. ": " .. tostring(c.status) end
    out[#out + 1] = s
  end
  return out
end

-- call_pairs sorted (a briefing's order of calls set aside).
function api.sorted_call_pairs(b, with)
  local out = api.call_pairs(b, with)
  table.sort(out)
  return out
end

-- The initiators of a briefing's calls, sorted ("nil" for none).
function api.initiators(b)
  local out = {}
  for _, c in ipairs(b.calls) do out[#out + 1] = tostring(c.initiator) end
  table.sort(out)
  return out
end

-- The people of a call mention (extract stage), by gazetteer name or as
-- written, sorted and joined: "A + B".
function api.who(call)
  local t = {}
  for _, p in ipairs(call.people) do t[#t + 1] = p.name or p.text end
  table.sort(t)
  return table.concat(t, " + ")
end

-- An extraction's claims as "side | speaker | via | text" lines.
function api.claim_lines(ex)
  local out = {}
  for _, c in ipairs(ex.claims) do
    out[#out + 1] = table.concat({ c.side or "-", c.speaker.text, c.via or "-", c.text }, " | ")
  end
  return out
end

-- Whether list holds want.
function api.has(list, want)
  for _, x in ipairs(list) do if x == want then return true end end
  return false
end

api.datadir = host.datadir

local chunk = host.loadfile(file, api)
local ok, err = pcall(chunk)
if not ok then
  return error("loading " .. file .. ": " .. tostring(err), 0)
end

local out = {}
out[#out + 1] = "1.." .. #cases
local failed = 0
for i, c in ipairs(cases) do
  local passed, msg = pcall(c.fn)
  if passed then
    out[#out + 1] = string.format("ok %d - %s", i, c.name)
  else
    failed = failed + 1
    out[#out + 1] = string.format("not ok %d - %s", i, c.name)
    for line in tostring(msg):gmatch("[^\n]+") do out[#out + 1] = "# " .. line end
  end
end
host.print(table.concat(out, "\n") .. "\n")
return failed == 0 and 0 or 1
