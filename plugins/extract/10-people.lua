-- 10-people.lua — tokenize every sentence and find the people, offices,
-- speaking bodies and time expressions in it.
--
-- Adds to the Extraction:
--   people[]   {sentence, text, offset, kind, name, country, role}: every
--              person or office mentioned (kind "person", "role",
--              "group"); name is the gazetteer's canonical name when the
--              words name a known person.  Link uses it to resolve
--              surnames and role phrases against the whole document.
--   analysis   working data for the later extract plugins (tokens,
--              mentions, clauses, times per sentence; `gazetteer` and
--              `lexicon`, the indexed data, to reuse instead of loading
--              them again); 90-tidy drops it.

local tokenize = require("callbrief.tokenize")
local mentions = require("callbrief.mentions")
local timex = require("callbrief.timex")
local clauses = require("callbrief.clauses")
local gazetteer = require("callbrief.gazetteer")
local lexicon = require("callbrief.lexicon")
local names = require("callbrief.names")

local function country_name(G, id)
  local c = id and G:country(id)
  return c and c.name or id
end

-- Remember people the gazetteer does not know, so "Cavusoglu" later in
-- the document finds "Turkish Foreign Minister Mevlut Cavusoglu".
local function remember(known, m, tk, G)
  if m.kind == "person" and not m.person and not m.cands and m.name and m.full then
    local key = names.key(tk.f[m.b])
    known[key] = known[key] or { name = m.name, country = m.country, role = m.role }
  end
  local _ = G
end

-- Gazetteer people named in full or with a title ("Ricardo Lagos",
-- "President Lagos"): a later bare "Lagos" is that person.
local function note_seen(seen, m)
  if m.kind == "person" and m.person and (not m.bare or m.role) then seen[m.person] = true end
end

return {
  name = "people",
  stage = "extract",
  version = "1.1.0",
  api = 1,
  description = "people, offices, speaking bodies and time expressions in each sentence",
  run = function(ex, ctx)
    local G = gazetteer.load(ctx)
    local L = lexicon.load(ctx)
    local doc = ex.document
    local known, seen = {}, {}
    local analysis = { sentences = {} }
    ex.people = ex.people or {}
    local dateline = doc.dateline and doc.dateline.text
    for si, sent in ipairs(doc.sentences or {}) do
      local s = sent.text
      local tk = tokenize.run(s, ctx.text)
      local ms = mentions.find(tk, s, G, L, known, seen)
      for _, m in ipairs(ms) do
        -- the side a person of the gazetteer speaks for on the report's
        -- day (Rutte: the Netherlands until 2024, then NATO), for calls
        -- and claims
        if m.person then m.person_side = G:side_at(m.person, doc.published) end
        if m.owner and m.owner.person then m.owner.person_side = G:side_at(m.owner.person, doc.published) end
        remember(known, m, tk, G)
        note_seen(seen, m)
        if m.kind == "person" or m.kind == "role" or m.kind == "group" then
          ex.people[#ex.people + 1] = {
            sentence = si, text = m.text, offset = sent.offset + tk.s[m.a] - 1, kind = m.kind,
            name = m.person and m.person.name or m.name, country = country_name(G, m.country),
            role = m.role,
          }
        end
      end
      local C = clauses.analyse(tk, ms, L)
      local times = timex.find(tk, s)
      if dateline and s:sub(1, #dateline) == dateline then
        -- "KYIV, March 30, 2022 - ...": the dateline's date is the
        -- report's, not a time of what the sentence tells
        local kept = {}
        for _, t in ipairs(times) do
          if tk.s[t.a] > #dateline then kept[#kept + 1] = t end
        end
        times = kept
      end
      analysis.sentences[si] = { tk = tk, ms = ms, C = C, times = times }
    end
    -- the indexed gazetteer and lexicon, for the later extract plugins
    -- (each plugin has its own module cache: building the index again
    -- costs more than extracting a document)
    analysis.gazetteer, analysis.lexicon = G, L
    ex.analysis = analysis
    return ex
  end,
}
