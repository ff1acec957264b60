-- Session 26 (sp26): text.find_any and text.count_any (src/lua_text.c),
-- one call of C for a list of plain substrings, against the string.find
-- loops they replaced (cues.quick, boilerplate's has_any and count_any).
local json = require("callbrief.json")
local text = require("callbrief.text")
local cues = require("callbrief.cues")

local function ref_find(s, list)
  for k = 1, #list do
    if string.find(s, list[k], 1, true) then return k end
  end
  return nil
end

local function ref_count(s, list)
  local n = 0
  for k = 1, #list do
    if string.find(s, list[k], 1, true) then n = n + 1 end
  end
  return n
end

local function same(s, list)
  eq(text.find_any(s, list), ref_find(s, list), s)
  eq(text.count_any(s, list), ref_count(s, list), s)
end

test("edge cases: empty, longer, at the ends, repeated first byte, NUL", function()
  local list = { "call", " ring", "aab", "on the line", "x\0y", "é" }
  for _, s in ipairs({ "", "c", "cal", "call", "a call", "phone call", "bring", "a ring",
    "aaab", "aab", "aaaa", "on the lin", "got him on the line", "x\0y", "x\0", "café" }) do
    same(s, list)
  end
  eq(text.find_any("anything", {}), nil)
  eq(text.count_any("anything", {}), 0)
  eq(text.find_any("abc", { "zz", "" }), 2)   -- the empty string is everywhere
  eq(text.find_any("", { "" }), 1)
  eq(text.count_any("abcabc", { "abc", "bca", "b", "q" }), 3)
  eq(text.find_any("a 12 b", { 12 }), 1)      -- numbers read as strings, as find does
  ok(not pcall(text.find_any, "abc", { "z", {} }))
  ok(not pcall(text.find_any, "abc", "a"))
end)

test("cues.quick as the loop of plain finds it replaced", function()
  local stems = { "call", "phon", "conversation", "video", "spoke", "speak", "talk",
    "contact", "rang", "rung", " ring", "ringing", "dial", "conferenc", "link", "virtual",
    "convers", "chat", "remote", "exchange", "discussion", "dialogue", "through to",
    "the line with", "the line to", "on the line", "telcon", "telecon", "zoom", "webex",
    "skype", "microsoft teams" }
  local gold = json.decode(read(datadir .. "/tests/corpus/gold.json"))
  local n = 0
  for _, d in ipairs(gold.documents) do
    for line in read(datadir .. "/tests/corpus/" .. d.file):gmatch("[^\n]+") do
      local lower = line:lower()
      eq(cues.quick(lower), ref_find(lower, stems) ~= nil, lower)
      same(lower, stems)
      n = n + 1
    end
  end
  ok(n > 100, "only " .. n .. " lines")
end)
