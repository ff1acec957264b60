-- test_sandbox.lua — what plugins can and cannot reach.

test("safe functions and libraries are there", function()
  ok(type(string.format) == "function")
  ok(type(table.concat) == "function")
  ok(type(os.time) == "function")
  ok(type(utf8.char) == "function")
end)

test("dangerous ones are not", function()
  for _, name in ipairs({ "io", "debug", "load", "loadfile", "dofile", "package", "collectgarbage" }) do
    local found = pcall(function() return _G[name] end)
    ok(not found, name .. " should be undefined")
  end
  ok(os.execute == nil and os.remove == nil and os.exit == nil and os.getenv == nil)
end)

test("creating a global is refused", function()
  local okay, err = pcall(function() _G.leak = 1 end)
  ok(not okay)
  ok(err:find("assignment to undeclared global 'leak'", 1, true), err)
end)

test("reading an undefined global is an error, naming it", function()
  local okay, err = pcall(function() return _G.nosuchthing end)
  ok(not okay)
  ok(err:find("undefined global 'nosuchthing'", 1, true), err)
end)

test("require gives LPeg and callbrief modules only", function()
  ok(type(require("lpeg").match) == "function")
  ok(type(require("callbrief.json").encode) == "function")
  ok(type(require("callbrief.template").render) == "function")
  local okay, err = pcall(require, "os")
  ok(not okay and err:find("not available to plugins", 1, true), err)
  okay, err = pcall(require, "callbrief.../x")
  ok(not okay)
end)

test("the string metatable is protected", function()
  eq(getmetatable(""), "protected")
end)

test("ctx.data refuses paths outside data/", function()
  local c = ctx("link")
  local v, err = c.data("../plugins/render/20-pdf.lua")
  eq(v, nil)
  ok(err:find("not a relative path inside data/", 1, true), err)
end)

test("output.write is for render plugins only", function()
  ok(ctx("extract").output == nil)
  ok(ctx("render").output ~= nil)
end)

test("plugins do not share module instances", function()
  local mine = require("callbrief.template")
  mine.planted = "by the test"
  local probe = plugin("tests/fixtures/sandbox/probe.lua")
  eq(probe.run().seen, nil)
  local json = require("callbrief.json")
  json.encode = nil
  ok(type(ctx("extract").json.encode) == "function")
end)
