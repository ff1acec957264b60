-- test_tokenize.lua — text.tokenize (src/lua_tokenize.c) against the Lua
-- tokenizer it replaced, kept here as the reference: the same tokens, keys,
-- offsets, kinds and cases on hand-made edge cases and on every line of
-- the corpora.
local json = require("callbrief.json")
local text = require("callbrief.text")
local tokenize = require("callbrief.tokenize")

-- The reference: lua/tokenize.lua's run before it moved into C.
local M = {}
local find, byte, sub, lower = string.find, string.byte, string.sub, string.lower

-- Multi-byte punctuation: quotes, dashes, ellipsis, spaces.
local SPECIAL = {
  ["\226\128\156"] = "q", ["\226\128\157"] = "q",   -- “ ”
  ["\226\128\152"] = "q", ["\226\128\153"] = "a",   -- ‘ ’ (’ may be an apostrophe)
  ["\226\128\158"] = "q", ["\226\128\159"] = "q",   -- „ ‟
  ["\194\171"] = "q", ["\194\187"] = "q",           -- « »
  ["\226\128\147"] = "p", ["\226\128\148"] = "p",   -- – —
  ["\226\128\149"] = "p", ["\226\128\166"] = "p",   -- ― …
  ["\194\160"] = " ", ["\226\128\175"] = " ",       -- no-break spaces
  ["\226\128\137"] = " ", ["\226\128\139"] = " ",   -- thin, zero-width
  ["\226\128\168"] = " ", ["\239\187\191"] = " ",   -- line separator, BOM
  ["\194\183"] = "p", ["\226\128\162"] = "p",       -- · •
}

local function seq_len(b)
  if b < 0x80 then return 1 elseif b >= 0xF0 then return 4
  elseif b >= 0xE0 then return 3 elseif b >= 0xC0 then return 2 end
  return 1
end

-- Kind of the character at i: "w" word character, "a" apostrophe,
-- "q"/"p" punctuation, " " space; and its length in bytes.
local function class_at(s, i)
  local b = s:byte(i)
  if not b then return nil, 0 end
  if b < 0x80 then
    if (b >= 48 and b <= 57) or (b >= 65 and b <= 90) or (b >= 97 and b <= 122) then
      return "w", 1
    elseif b <= 32 or b == 127 then return " ", 1
    elseif b == 39 then return "a", 1
    elseif b == 34 then return "q", 1
    end
    return "p", 1
  end
  local n = seq_len(b)
  local cls = SPECIAL[s:sub(i, i + n - 1)]
  return cls or "w", n
end

local function is_word_at(s, i)
  return (class_at(s, i)) == "w"
end

-- End of the word starting at i (inclusive byte index).  Runs of ASCII
-- letters and digits are skipped with one string.find; the character
-- classes are looked at only where a run stops.
local function word_end(s, i)
  local j = i
  local len = #s
  while j <= len do
    local _, e = find(s, "^[%w]+", j)
    if e then j = e + 1 end
    if j > len then break end
    local cls, n = class_at(s, j)
    if cls == "w" then
      j = j + n
    else
      local b = byte(s, j)
      local nxt = j + n
      if cls == "a" then
        -- possessive 's / ’s ends the word; O'Brien, don't continue it.
        local after = byte(s, nxt)
        if (after == 115 or after == 83) and not is_word_at(s, nxt + 1) then break end
        if not is_word_at(s, nxt) then break end
        j = nxt
      elseif (b == 45 or b == 46 or b == 47 or b == 38) and is_word_at(s, nxt) then
        j = nxt   -- - . / &
      elseif b == 44 and find(s, "^%d", j - 1) and find(s, "^%d%d%d", nxt) then
        j = nxt   -- 1,000
      else
        break
      end
    end
  end
  local stop = j - 1
  -- Initials and dotted abbreviations keep their final dot: U.S., K.P.
  if byte(s, j) == 46 then
    local w = sub(s, i, stop)
    if find(w, "^%a%.%a[%.%a]*$") or find(w, "^%u$") then stop = j end
  end
  return stop
end

function M.run(s, text)
  local t, f, ss, e, k, up = {}, {}, {}, {}, {}, {}
  local tk = { n = 0, t = t, f = f, s = ss, e = e, k = k, up = up }
  local i, len = 1, #s
  local n = 0
  local fold = text.fold
  local category = text.category
  while i <= len do
    local b = byte(s, i)
    if b == 32 then
      i = i + 1
    else
      local cls, clen = class_at(s, i)
      if cls == " " then
        i = i + clen
      else
        local stop, kind, w
        if cls == "w" then
          stop = word_end(s, i)
          w = sub(s, i, stop)
          kind = find(w, "[%a\128-\255]") and "w" or "n"
        elseif cls == "a" then
          -- 's after a word: possessive; otherwise a quote mark.
          local after = byte(s, i + clen)
          if (after == 115 or after == 83) and n > 0 and e[n] == i - 1
              and not is_word_at(s, i + clen + 1) then
            stop, kind = i + clen, "w"
          else
            stop, kind = i + clen - 1, "q"
          end
        else
          stop, kind = i + clen - 1, cls
        end
        n = n + 1
        w = w or sub(s, i, stop)
        t[n], ss[n], e[n], k[n] = w, i, stop, kind
        if kind == "w" then
          -- plain ASCII folds to lower case; the rest goes through text.fold
          if b < 0x80 and not find(w, "[\128-\255]") then
            f[n] = lower(w)
            up[n] = b >= 65 and b <= 90
          else
            f[n] = (fold(w):gsub("\226\128\153", "'"))
            if b < 0x80 then
              up[n] = b >= 65 and b <= 90
            else
              up[n] = category(w, 1) == "Lu"
            end
          end
        else
          f[n] = w == "\226\128\153" and "'" or w
          up[n] = false
        end
        i = stop + 1
      end
    end
  end
  tk.n = n
  return tk
end


local function same(s)
  local want, got = M.run(s, text), text.tokenize(s)
  eq(got, want, string.format("%q", s))
end

test("edge cases: apostrophes, possessives, initials, numbers, dashes", function()
  for _, s in ipairs({
    "Turkey's president", "Erdo\u{11F}an\u{2019}s office", "O'Brien and O\u{2019}Neill don't",
    "'s alone", "the U.S. and K.P. Sharma Oli", "U.S", "K.", "a.b.c. d", "1,000 and 12,5 and 1,0000",
    "Nagorno-Karabakh, \u{201C}quoted\u{201D} \u{2014} dash \u{2026}", "A/B & C&D x-",
    "\u{AB}Guillemets\u{BB} \u{201E}low\u{201F}", "no\u{A0}break\u{202F}thin\u{2009}zw\u{200B}ls\u{2028}bom\u{FEFF}x",
    "\u{C9}mile \u{C7}elik \u{130}stanbul \u{131}\u{15F}", "dot\u{B7}bullet\u{2022}", "",
    "   ", "trailing '", "\u{2019}", "it\u{2019}S", "USA'S", "x'", "tab\there",
    "truncated \xE2\x80", "\xF0\x9F", "bad \xFF\xFE bytes", "\x7F del", "2020-10-14, 9:30 a.m.",
  }) do same(s) end
end)

local function docs_of(dir)
  local gold = json.decode(read(datadir .. "/" .. dir .. "/gold.json"))
  local out = {}
  for _, d in ipairs(gold.documents) do out[#out + 1] = datadir .. "/" .. dir .. "/" .. d.file end
  return out
end

test("every line of the test corpora tokenizes as before", function()
  local n = 0
  for _, dir in ipairs({ "tests/corpus", "tests/corpus2", "tests/holdout", "tests/holdout2" }) do
    for _, path in ipairs(docs_of(dir)) do
      for line in read(path):gmatch("[^\n]+") do
        same(line)
        n = n + 1
      end
    end
  end
  ok(n > 500, "only " .. n .. " lines")
end)

test("tokenize.run is the C tokenizer", function()
  -- (the two give the same tokens, so only a stand-in shows which ran)
  local ran = {}
  eq(tokenize.run("Putin's call", { tokenize = function(s) ran[#ran + 1] = s return "C" end }), "C")
  eq(ran, { "Putin's call" })
  eq(tokenize.run("Putin's call", text).f, { "putin", "'s", "call" })
end)

test("phrases.starts: the first tokens of tries and the keys of word sets", function()
  local phrases = require("callbrief.phrases")
  local a = phrases.compile({ "spoke by phone", "Spoke", "talked" }, text)
  local b = phrases.compile({ { "U.S. officials", "x" } }, text)
  eq(phrases.starts(a, b, { counterpart = true }, nil),
    { spoke = true, talked = true, ["u.s."] = true, counterpart = true })
  eq(phrases.starts(phrases.compile({ "" }, text)), {})
end)
