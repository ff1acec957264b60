-- template.lua — Mustache-style templates for briefings (see doc/templates.md).
--
-- Debian ships no template library for Lua 5.4 (lua-cosmo is 5.1/5.2 only),
-- so this is the small, well-known Mustache subset, written out:
--   {{name}}      value, passed through the `escape` function given to render
--   {{{name}}}    value as is (also {{& name}})
--   {{a.b}}       dotted names look into nested tables
--   {{.}}         the current item
--   {{#name}}..{{/name}}  a list: once per item; a table: once with it as
--                 context; true: once; false, nil, "" or an empty list: never
--   {{^name}}..{{/name}}  only when name is false, nil, "" or an empty list
--   {{! comment}}
--   {{> partial}} another template, looked up through the `partial` function
-- A line holding only a section, comment or partial tag disappears whole,
-- as in Mustache, so templates can put tags on their own lines.
local M = {}

local function trim(s) return (s:gsub("^%s+", ""):gsub("%s+$", "")) end

-- Finds the next tag at or after pos: returns start, stop, kind, name.
local function next_tag(src, pos)
  local s = src:find("{{", pos, true)
  if not s then return nil end
  if src:sub(s, s + 2) == "{{{" then
    local e = src:find("}}}", s + 3, true)
    if not e then return nil, "unclosed {{{ at byte " .. s end
    return s, e + 2, "&", trim(src:sub(s + 3, e - 1))
  end
  local e = src:find("}}", s + 2, true)
  if not e then return nil, "unclosed {{ at byte " .. s end
  local body = src:sub(s + 2, e - 1)
  local kind = body:sub(1, 1)
  if kind == "#" or kind == "^" or kind == "/" or kind == "!" or kind == ">" or kind == "&" then
    return s, e + 1, kind, trim(body:sub(2))
  end
  return s, e + 1, "", trim(body)
end

local standalone_kinds = { ["#"] = true, ["^"] = true, ["/"] = true, ["!"] = true, [">"] = true }

-- If the tag spanning [s, e] is alone on its line, widen the span to the
-- whole line including its newline.
local function standalone(src, s, e, kind)
  if not standalone_kinds[kind] then return s, e end
  local line_start = s
  while line_start > 1 and src:sub(line_start - 1, line_start - 1):match("[ \t]") do
    line_start = line_start - 1
  end
  if line_start > 1 and src:sub(line_start - 1, line_start - 1) ~= "\n" then return s, e end
  local line_end = e
  while src:sub(line_end + 1, line_end + 1):match("^[ \t]$") do line_end = line_end + 1 end
  local after = src:sub(line_end + 1, line_end + 1)
  if after == "\n" then return line_start, line_end + 1 end
  if after == "" then return line_start, line_end end
  return s, e
end

-- Parses src into a tree of nodes: strings, {kind, name, children}.
function M.compile(src, name)
  name = name or "template"
  local root = { children = {} }
  local stack = { root }
  local pos = 1
  while true do
    local s, e, kind, tag = next_tag(src, pos)
    if not s then
      if e then error(name .. ": " .. e, 0) end
      break
    end
    local ls, le = standalone(src, s, e, kind)
    local top = stack[#stack]
    if ls > pos then top.children[#top.children + 1] = src:sub(pos, ls - 1) end
    if kind == "#" or kind == "^" then
      local node = { kind = kind, name = tag, children = {} }
      top.children[#top.children + 1] = node
      stack[#stack + 1] = node
    elseif kind == "/" then
      if #stack == 1 or top.name ~= tag then
        error(string.format("%s: {{/%s}} closes nothing open (line %d)", name, tag,
          select(2, src:sub(1, s):gsub("\n", "")) + 1), 0)
      end
      stack[#stack] = nil
    elseif kind ~= "!" then
      top.children[#top.children + 1] = { kind = kind, name = tag }
    end
    pos = le + 1
  end
  if #stack > 1 then
    error(string.format("%s: {{#%s}} is never closed", name, stack[#stack].name), 0)
  end
  if pos <= #src then root.children[#root.children + 1] = src:sub(pos) end
  return root
end

-- The parts of a dotted name, split once per name.
local paths = {}
local function path_of(name)
  local p = paths[name]
  if not p then
    p = {}
    for part in name:gmatch("[^.]+") do p[#p + 1] = part end
    paths[name] = p
  end
  return p
end

local function lookup(stack, name, path)
  if name == "." then return stack[#stack] end
  path = path or path_of(name)
  local first = path[1]
  for i = #stack, 1, -1 do
    local ctx = stack[i]
    if type(ctx) == "table" then
      local v = ctx[first]
      if v ~= nil then
        for k = 2, #path do
          if type(v) ~= "table" then return nil end
          v = v[path[k]]
        end
        return v
      end
    end
  end
  return nil
end

local function falsy(v)
  return v == nil or v == false or v == "" or (type(v) == "table" and next(v) == nil)
end

local render_nodes

-- (a node's dotted name is split once, kept on the node: node.path)
local function node_path(node)
  local p = node.path
  if not p then
    p = path_of(node.name)
    node.path = p
  end
  return p
end

local function render_section(node, stack, out, opts)
  local v = lookup(stack, node.name, node_path(node))
  if node.kind == "^" then
    if falsy(v) then render_nodes(node.children, stack, out, opts) end
    return
  end
  if falsy(v) then return end
  local children = node.children
  local top = #stack + 1
  if type(v) == "table" and v[1] ~= nil then
    for _, item in ipairs(v) do
      stack[top] = item
      render_nodes(children, stack, out, opts)
    end
  else
    stack[top] = v
    render_nodes(children, stack, out, opts)
  end
  stack[top] = nil
end

function render_nodes(nodes, stack, out, opts)
  local n = #out
  for i = 1, #nodes do
    local node = nodes[i]
    if type(node) == "string" then
      n = n + 1
      out[n] = node
    else
      local kind = node.kind
      if kind == "#" or kind == "^" then
        render_section(node, stack, out, opts)
        n = #out
      elseif kind == ">" then
        local tree = opts.partial and opts.partial(node.name)
        if not tree then error("partial '" .. node.name .. "' not found", 0) end
        render_nodes(tree.children, stack, out, opts)
        n = #out
      else
        local v = lookup(stack, node.name, node_path(node))
        if v ~= nil and v ~= false then
          v = tostring(v)
          if kind == "" and opts.escape then v = opts.escape(v) end
          n = n + 1
          out[n] = v
        end
      end
    end
  end
end

-- Renders a compiled template (or source text) with view.  opts.escape
-- escapes {{name}} values; opts.partial(name) returns a compiled partial.
function M.render(tree, view, opts)
  if type(tree) == "string" then tree = M.compile(tree) end
  local out = {}
  render_nodes(tree.children, { view }, out, opts or {})
  return table.concat(out)
end

return M
