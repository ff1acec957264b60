-- 60-meetings.lua — in-person meetings as a kind of contact.
--
-- Adds a CallMention with medium = "in person" and kind = "meeting" for
-- each sentence that reports leaders meeting face to face ("met in
-- Sochi", "held talks in Ankara", "a meeting on the sidelines of the G20")
-- and names at least two people.  It runs after the built-in `calls`
-- plugin, so its mentions come after the calls in value.calls, and before
-- `claims`, which may then tie what was said to the meeting.
--
-- The people come from the Extraction's people[] list (filled by the
-- built-in `people` plugin: every person the sentence names, with the
-- gazetteer's canonical name when it knows them).  Sentences about a call
-- ("phone", "video", "virtual", "online") are left to the `calls` plugin.
--
-- Options (configuration: options = { meetings = { ... } }):
--   cues = { "lua pattern", ... }   extra cue patterns, matched against the
--                                   lower-cased sentence
local dates = require("callbrief.dates")
local textlib = require("callbrief.text")

local function set_of(words)
  local set = {}
  for w in words:gmatch("%S+") do set[w] = true end
  return set
end

-- Lower-case Lua patterns; the first one found in a sentence is the cue.
-- The place is looked for after it.
local CUES = {
  "met face to face", "met in person", "met with", "met in ", "met at ",
  "met on the sidelines of", "will meet", "meet in ", "meet at ", "meet on the sidelines of",
  "held talks in ", "held talks at ", "hold talks in ", "hold talks at ",
  "talks in ", "talks at ", "talks on the sidelines of",
  "face%-to%-face talks", "face%-to%-face meeting", "in%-person meeting",
  "meeting in ", "meeting at ", "meeting on the sidelines of",
  "summit meeting", "bilateral meeting", "on the sidelines of",
}
-- Words that make the sentence about a call, not a meeting.
local REMOTE = { "phone", "video", "virtual", "online", "teleconference" }
-- Words that make the meeting a planned one.
local PLANNED = { "will meet", "will hold talks", "to meet", "are due to", "is due to",
  "plans? to meet", "expected to meet", "will travel" }
-- Lower-case words that may stand inside a place description.
local PLACE_WORDS = set_of("the of in at resort city capital town port summit palace residence")

-- Cues that only say "meeting" when a name follows: "met with Erdoğan",
-- not "met with criticism".
local NAME_NEXT = set_of("met_with will_meet")

local function capitalised(word)
  if word:find("^%u") then return true end
  return word:byte(1) >= 128 and textlib.category(word, 1) == "Lu"
end

-- The earliest cue of the sentence s (lower: s lower-cased), as {a, b}.
local function find_cue(s, lower, cues)
  local best
  for _, pat in ipairs(cues) do
    local a, b = lower:find(pat)
    if a and NAME_NEXT[pat:gsub(" ", "_")] and not capitalised(s:match("^%s*(%S*)", b + 1)) then
      a = nil
    end
    if a and (not best or a < best[1]) then best = { a, b } end
  end
  return best
end

local function any(lower, pats)
  for _, pat in ipairs(pats) do
    if lower:find(pat) then return true end
  end
  return false
end

-- The place after the cue: the last run of capitalised words (days and
-- months left out) before the first lower-case word that does not belong
-- to a place description ("in the Black Sea resort of Sochi on Monday" ->
-- "Sochi"; "on the sidelines of the G20 summit in Osaka" -> "Osaka").
local function place_after(s, b)
  local phrase = s:sub(b + 1):match("^[^,.;:!?]*") or ""
  local place, run = nil, {}
  local function close()
    local first = (run[1] or ""):lower():gsub("%.$", "")
    if #run > 0 and not dates.MONTHS[first] and not dates.WEEKDAYS[first] then
      place = table.concat(run, " ")
    end
    run = {}
  end
  for word in phrase:gmatch("%S+") do
    if capitalised(word) then
      run[#run + 1] = word
    else
      close()
      if not PLACE_WORDS[word] then break end
    end
  end
  close()
  return place
end

-- The place of the meeting: after the cue when it ends in "in"/"at",
-- else after the next " in "/" at " of the clause ("met with Xi on the
-- sidelines of the G20 summit in Osaka").
local function place_of(s, b)
  local head = s:sub(1, b):lower()
  if head:find(" in $") or head:find(" at $") then return place_after(s, b) end
  local clause = s:sub(b + 1):match("^[^,.;:!?]*") or ""
  local i, a = clause:find(" in "), clause:find(" at ")
  if a and (not i or a < i) then i = a end
  return i and place_after(s, b + i + 3) or nil
end

-- The time expression of the sentence, as the built-in calls plugin
-- writes one: a date, a weekday, or only the report's date.
local function time_of(s)
  local d = dates.parse(s)
  if d and d.month and d.day then
    return { kind = "date", text = d.text, year = d.year, month = d.month, day = d.day }
  end
  for word in s:gmatch("%a+") do
    local wd = dates.WEEKDAYS[word:lower()]
    if wd and #word > 3 then return { kind = "weekday", text = "on " .. word, weekday = wd } end
  end
  return { kind = "report" }
end

-- The people the sentence names, as CallMention people[] entries.
local function people_in(ex, si)
  local out, seen = {}, {}
  for _, p in ipairs(ex.people or {}) do
    if p.sentence == si and p.kind == "person" and p.name and not seen[p.name] then
      seen[p.name] = true
      out[#out + 1] = { text = p.text, offset = p.offset, name = p.name,
        country = p.country, role = p.role }
    end
  end
  return out
end

return {
  name = "meetings",
  stage = "extract",
  version = "1.0.0",
  api = 1,
  description = "in-person meetings between leaders, as call mentions with medium \"in person\"",
  after = "calls",
  run = function(ex, ctx)
    local cues = {}
    for _, c in ipairs(CUES) do cues[#cues + 1] = c end
    for _, c in ipairs(ctx.options.cues or {}) do cues[#cues + 1] = c end
    local doc = ex.document
    ex.calls = ex.calls or {}
    local n = 0
    for si, sent in ipairs(doc.sentences or {}) do
      local s = sent.text
      local lower = s:lower()
      local cue = find_cue(s, lower, cues)
      if cue and not any(lower, REMOTE) then
        local people = people_in(ex, si)
        if #people >= 2 then
          n = n + 1
          ex.calls[#ex.calls + 1] = {
            id = doc.id .. "#m" .. n,
            sentence = si,
            evidence = { offset = sent.offset, length = #s },
            cue = s:sub(cue[1], cue[2]):gsub("%s+$", ""),
            people = people,
            time = time_of(s),
            status = any(lower, PLANNED) and "planned" or "held",
            medium = "in person",
            kind = "meeting",
            place = place_of(s, cue[2]),
          }
        end
      end
    end
    return ex
  end,
}
