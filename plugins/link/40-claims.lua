-- 40-claims.lua — attach claim mentions to their merged Call and side.
--
-- side: the country or organisation whose account it is — the attributing
-- body's side (Kremlin -> Russia), else the speaker's country (extract
-- decided this from the words; see extract/30-claims.lua), by the name it
-- went by on the call's day (countries.yaml `earlier`: West Germany).  A claim whose
-- side nothing settles is dropped: by_side could not place it.
-- speaker: a participant's canonical name (by surname, by a one-word name
-- written family name first, or by country for an office as written),
-- "joint", or the name as written (a spokesperson).  points: the separate
-- assertions of the claim, when extract listed several.  A claim a
-- document gives twice for one call (two mentions of it) is kept once.  via: the gazetteer institution's name when
-- the body is one, else the words without their article.
-- Also removes link's working data (mentions, claim_mentions) and fills
-- stats.

local gazetteer = require("callbrief.gazetteer")
local tokenize = require("callbrief.tokenize")
local names = require("callbrief.names")

local function via_name(G, text, ctx)
  if not text then return nil end
  local tk = tokenize.run(text, ctx.text)
  for i = 1, tk.n do
    local j, inst = G:institution_at(tk, i)
    if j then return inst.name end
  end
  return (text:gsub("^[Tt]he%s+", ""):gsub("^[Aa]n?%s+", ""))
end

return {
  name = "claims",
  stage = "link",
  version = "1.3.0",
  api = 1,
  description = "attach claims to calls and sides",
  run = function(b, ctx)
    local G = gazetteer.institutions(ctx)
    -- (session 12) a side's name as of the call's day: {name = {earlier
    -- name, its last day}} ("Germany" before 3 October 1990 is "West
    -- Germany")
    local earlier = {}
    for _, c in pairs(gazetteer.countries(ctx)) do
      if type(c.earlier) == "table" and c.earlier.name and c.earlier["until"] then
        earlier[c.name] = { c.earlier.name, tostring(c.earlier["until"]) }
      end
    end
    local function side_on(side, call)
      local e = earlier[side]
      if e and call.date and call.date <= e[2] then return e[1] end
      return side
    end
    local call_of = {}
    for _, c in ipairs(b.calls or {}) do
      for _, id in ipairs(c.mention_ids or {}) do call_of[id] = c end
    end
    local fold = ctx.text.fold
    local vias = {}   -- the few bodies ("the Kremlin") recur in every claim
    local function via_of(text)
      if not text then return nil end
      local v = vias[text]
      if v == nil then v = via_name(G, text, ctx); vias[text] = v end
      return v
    end
    -- The participant a speaker is: by surname, by any word of a name
    -- written family name first ("Xi", "Li"), or — for an office as
    -- written ("the Turkish president") — the one participant of that
    -- country.
    local function participant(call, speaker, country)
      for _, p in ipairs(call.participants) do
        if names.same(p, speaker, ctx.text) then return p end
      end
      local one = names.clean(speaker)
      if not one:find("%s") then
        local key = names.key(fold(one))
        for _, p in ipairs(call.participants) do
          for part in fold(p):gmatch("[^%s%.]+") do
            if #part >= 2 and names.key(part) == key then return p end
          end
        end
      end
      if country and not speaker:find("^%u%l+ %u") then
        local found
        for _, p in ipairs(call.participants) do
          local a = b.actors and b.actors[p]
          if not a then
            -- the actor may be filed under another spelling of the name
            for name, act in pairs(b.actors or {}) do
              if names.same(name, p, ctx.text) then a = act end
            end
          end
          if a and a.country == country then
            if found then return nil end
            found = p
          end
        end
        return found
      end
      return nil
    end
    local nclaims = 0
    local seen = {}
    for _, cl in ipairs(b.claim_mentions or {}) do
      local call = cl.call and call_of[cl.call]
      -- (the side too: "Both ministries said ..." is one text for each side)
      local key = call and table.concat({ call.id or "", cl.doc or "", cl.evidence.offset, cl.side or "", cl.text }, "\0")
      if call and cl.side and not seen[key] then
        seen[key] = true
        local speaker = cl.speaker and cl.speaker.text or "joint"
        if speaker ~= "joint" then
          speaker = participant(call, speaker, cl.speaker_country) or speaker
        end
        call.claims[#call.claims + 1] = {
          side = side_on(cl.side, call), speaker = speaker, via = via_of(cl.via), text = cl.text,
          points = cl.points, quote = cl.quote, kind = cl.kind, source = cl.doc,
          evidence = { source = cl.doc, offset = cl.evidence.offset, length = cl.evidence.length },
        }
        nclaims = nclaims + 1
      end
    end
    for _, c in ipairs(b.calls or {}) do c.mention_ids = nil end
    b.mentions, b.claim_mentions = nil, nil
    local from, to
    for _, c in ipairs(b.calls or {}) do
      if c.date then
        if not from or c.date < from then from = c.date end
        if not to or c.date > to then to = c.date end
      end
    end
    b.period = from and { from = from, to = to } or nil
    b.stats = b.stats or {}
    b.stats.documents = #(b.documents or {})
    b.stats.calls = #(b.calls or {})
    b.stats.claims = nclaims
    return b
  end,
}
