-- Session 26 (sp26): text.capitals(tk) (src/lua_tokenize.c), the count
-- mentions.find made token by token to tell a headline in capitals: the
-- words whose key has more than one byte, and those written without a
-- letter a-z.
local json = require("callbrief.json")
local text = require("callbrief.text")
local tokenize = require("callbrief.tokenize")

local function ref(tk)
  local words, caps = 0, 0
  for i = 1, tk.n do
    if tk.k[i] == "w" and #tk.f[i] > 1 then
      words = words + 1
      if not tk.t[i]:find("[a-z]") then caps = caps + 1 end
    end
  end
  return words, caps
end

local function same(s)
  local tk = tokenize.run(s, text)
  local w, c = text.capitals(tk)
  local rw, rc = ref(tk)
  eq({ w, c }, { rw, rc }, s)
end

test("edge cases: initials, numbers, non-Latin words, possessives", function()
  for _, s in ipairs({ "", "A", "PUTIN CALLS BIDEN", "Putin calls Biden", "U.S. AND U.K. TALK",
    "3RD CALL, 3rd call", "ΕΛΛΑΔΑ and Ελλάδα", "BIDEN'S CALL", "É É", "O'BRIEN said" }) do
    same(s)
  end
  eq({ text.capitals(tokenize.run("PUTIN CALLS Biden", text)) }, { 3, 2 })
  eq({ text.capitals({ n = 0, k = {}, f = {}, t = {} }) }, { 0, 0 })
  ok(not pcall(text.capitals, "PUTIN"))
end)

test("every line of tests/corpus counts as the Lua loop did", function()
  local gold = json.decode(read(datadir .. "/tests/corpus/gold.json"))
  local n = 0
  for _, d in ipairs(gold.documents) do
    for line in read(datadir .. "/tests/corpus/" .. d.file):gmatch("[^\n]+") do
      same(line)
      same(line:upper())
      n = n + 1
    end
  end
  ok(n > 100, "only " .. n .. " lines")
end)
