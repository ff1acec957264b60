-- 40-claims.lua — attach claim mentions to their merged Call and side.
--
-- side: the country or organisation whose account it is — the attributing
-- body's side (Kremlin -> Russia), else the speaker's country (extract
-- decided this from the words; see extract/30-claims.lua).  A claim whose
-- side nothing settles is dropped: by_side could not place it.
-- speaker: a participant's canonical name, "joint", or the name as
-- written (a spokesperson).  via: the gazetteer institution's name when
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
  version = "1.0.0",
  api = 1,
  description = "attach claims to calls and sides",
  run = function(b, ctx)
    local G = gazetteer.load(ctx)
    local call_of = {}
    for _, c in ipairs(b.calls or {}) do
      for _, id in ipairs(c.mention_ids or {}) do call_of[id] = c end
    end
    local nclaims = 0
    for _, cl in ipairs(b.claim_mentions or {}) do
      local call = cl.call and call_of[cl.call]
      if call and cl.side then
        local speaker = cl.speaker and cl.speaker.text or "joint"
        if speaker ~= "joint" then
          for _, p in ipairs(call.participants) do
            if names.same(p, speaker, ctx.text) then speaker = p end
          end
        end
        call.claims[#call.claims + 1] = {
          side = cl.side, speaker = speaker, via = via_name(G, cl.via, ctx), text = cl.text,
          quote = cl.quote, kind = cl.kind, source = cl.doc,
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
