-- 30-claims.lua — ClaimMentions: what each side said about or during a
-- call, from reported speech.
--
-- Forms read:
--   "..., the Kremlin said."  "..., according to the Turkish presidency."
--   "The presidency said (that) ..."  "Erdogan told Putin (in a phone call)
--   that ..."  "It said Putin told Netanyahu that ..." (the inner speaker
--   wins)  "Putin voiced serious concern ..."  "The two leaders agreed ..."
--   (speaker "joint")  a quoted sentence with no attribution continues the
--   previous claim's account ("it said" / "the statement said" / "he
--   added" do too).
-- Coordinated speech acts are separate claims: ", adding that ...",
-- ", noting that ...", ", and said ...", "and also accused ...".
--
-- Which call: the latest call mention at or before the sentence, while
-- the sentence is in that call's zone — its paragraph, or a later one
-- that names an account (a body, "the statement") or both parties.
-- Statements made on another occasion ("told reporters", "in an
-- interview", "Earlier on Thursday") are kept only in a sentence that
-- names the call.  A denied call has no claims; the sentence announcing
-- a call is not a claim about it.
--
-- Extra fields beside the contract: side (country name, when the words
-- settle it), speaker_country, via_country.

local phrases = require("callbrief.phrases")
local gazetteer = require("callbrief.gazetteer")
local lexicon = require("callbrief.lexicon")

local PERSONISH = { person = true, role = true, joint = true, pronoun = true, group = true }
local SKIP_LEAD = { ["that"] = true, [","] = true, [":"] = true, ["and"] = true }

local function country_name(G, id)
  local c = id and G:country(id)
  return c and c.name or id
end

-- The side a body speaks for.
local function body_country(G, m)
  if not m then return nil end
  if m.inst then return m.inst.side_name end
  if m.country then return country_name(G, m.country) end
  if m.owner then
    local o = m.owner
    return country_name(G, o.country or (o.person and o.person.country))
  end
  return nil
end

local function mention_country(G, m)
  if not m then return nil end
  if m.kind == "body" then return body_country(G, m) end
  return country_name(G, m.country or (m.person and m.person.country))
end

local function speaker_text(m)
  if not m then return nil end
  if m.kind == "joint" then return "joint" end
  if m.person then return m.person.name end
  return m.name or m.text
end

-- Split a token range at coordinated speech acts.
local function split_points(tk, a, b, L)
  local cuts = {}
  for i = a + 1, b - 1 do
    local f = tk.f[i]
    if f == "," and (tk.f[i + 1] == "adding" or tk.f[i + 1] == "noting" or tk.f[i + 1] == "stressing"
        or tk.f[i + 1] == "saying") and (tk.f[i + 2] == "that" or tk.k[i + 2] == "q") then
      cuts[#cuts + 1] = { i, i + (tk.f[i + 2] == "that" and 2 or 1) }
    elseif f == "," and tk.f[i + 1] == "and" and phrases.match(L.say, tk, i + 2) then
      local j = phrases.match(L.say, tk, i + 2)
      cuts[#cuts + 1] = { i, tk.f[j + 1] == "that" and j + 1 or j }
    elseif f == "and" and tk.f[i + 1] == "also" then
      cuts[#cuts + 1] = { i, i + 1 }
    elseif f == "," and tk.f[i + 1] == "and" and phrases.match(L.act, tk, i + 2) then
      cuts[#cuts + 1] = { i, i + 1 }
    end
  end
  local pieces, start = {}, a
  for _, c in ipairs(cuts) do
    if c[1] - 1 >= start then pieces[#pieces + 1] = { start, c[1] - 1 } end
    start = c[2] + 1
  end
  if start <= b then pieces[#pieces + 1] = { start, b } end
  return pieces
end

local function trim(tk, a, b)
  while a <= b and (SKIP_LEAD[tk.f[a]] or tk.k[a] == "p") do a = a + 1 end
  while b >= a and (tk.k[b] == "p" or tk.f[b] == "and") do b = b - 1 end
  return a, b
end

local function quoted_share(tk, a, b)
  local inside, total, q = 0, 0, false
  for i = a, b do
    if tk.k[i] == "q" then q = not q
    else
      total = total + 1
      if q then inside = inside + 1 end
    end
  end
  -- a quote opened before the range counts too
  return total > 0 and inside / total or 0
end

return {
  name = "claims",
  stage = "extract",
  version = "1.0.0",
  api = 1,
  description = "claim mentions from reported speech about a call",
  run = function(ex, ctx)
    local G = gazetteer.load(ctx)
    local L = lexicon.load(ctx)
    local doc = ex.document
    local S = ex.analysis and ex.analysis.sentences or {}
    local by_sentence = {}
    for _, c in ipairs(ex.calls or {}) do
      by_sentence[c.sentence] = by_sentence[c.sentence] or {}
      table.insert(by_sentence[c.sentence], c)
    end
    local current, zone_para
    local last = nil           -- previous claim: its via and speaker
    local last_via, last_via_country
    for si, sent in ipairs(doc.sentences or {}) do
      local A = S[si]
      if A then
        local tk, ms, C = A.tk, A.ms, A.C
        local here = by_sentence[si]
        local has_call = here ~= nil
        if here then current = here[#here]; zone_para = si end
        -- the bodies and people of the attribution
        local attr
        for _, r in ipairs(C.attrs) do
          if r.tail or r.according or r.body or r.that or r.say then attr = attr or r end
        end
        local head = attr and attr.head and ms[attr.head]
        local via_m = head and head.kind == "body" and head or nil
        local pronoun_via = attr and not head and (tk.f[attr.subj_a or 0] == "it")
        if head and head.kind == "body" and not head.inst and not head.country and not head.owner then
          pronoun_via = true   -- "the statement said", "the ministry said"
        end
        -- Zone: the call's sentence and the few after it (scraped pages
        -- often make every sentence a paragraph), or an explicit account.
        local near = zone_para and si - zone_para <= 3
        local in_zone = current and current.status ~= "denied" and (has_call
          or near or via_m or pronoun_via)
        local other = phrases.find(L.other_occasion, tk) ~= nil
          or (phrases.match(L.other_moment, tk, 1) ~= nil)
        if other and not has_call then in_zone = false end
        if in_zone then
          local a, b, speaker_m, via_text, via_country
          if attr and (attr.tail or attr.according) then
            -- text = the sentence without the attribution
            a, b = 1, tk.n
            if attr.a == 1 then a = attr.b + 1 else b = attr.a - 1 end
            if attr.according and attr.a > 1 and attr.b < tk.n then
              -- "..., according to X, ..." in the middle: keep both sides
              a, b = 1, tk.n
            end
          elseif attr and attr.say then
            a = (attr.that or attr.say) + 1
            b = tk.n
            -- skip the hearer and "in a phone call"
            if attr.hearer and C.mention_at[a] then a = ms[C.mention_at[a]].b + 1 end
          else
            -- "Putin voiced ...", "The two leaders agreed ..."
            local i = 1
            while i <= tk.n and (tk.k[i] ~= "w" or tk.f[i] == "on" or tk.f[i] == "then"
                or tk.f[i] == "but" or tk.f[i] == "and") and not C.mention_at[i] do i = i + 1 end
            local mi = C.mention_at[i]
            if mi and PERSONISH[ms[mi].kind] then
              local j = ms[mi].b + 1
              local guard = 0
              while j <= tk.n and guard < 4 and not phrases.match(L.act, tk, j)
                  and not phrases.match(L.say, tk, j) do
                j = j + 1; guard = guard + 1
              end
              if phrases.match(L.act, tk, j) or phrases.match(L.say, tk, j) then
                speaker_m = ms[mi]
                a, b = j, tk.n
                local sj = phrases.match(L.say, tk, j)
                if sj and tk.f[sj + 1] == "that" then a = sj + 2 end
              end
            elseif tk.k[1] == "q" and last and quoted_share(tk, 1, tk.n) > 0.8 then
              a, b = 1, tk.n
              speaker_m = nil
              via_text, via_country = last.via, last.via_country
            end
          end
          if a then
            -- speaker and via from the attribution
            if head and head.kind ~= "body" and not speaker_m then speaker_m = head end
            if via_m then
              via_text, via_country = via_m.text, body_country(G, via_m)
            elseif pronoun_via or (head and head.kind == "pronoun") then
              via_text, via_country = last_via, last_via_country
            end
            if head and head.kind == "pronoun" and last then
              speaker_m = nil
            end
            -- nested: "It said Putin told Netanyahu that ...", "Xinhua
            -- said Trump understood ..."
            local inner = C.mention_at[a] or C.mention_at[a + 1]
            if inner and PERSONISH[ms[inner].kind] and ms[inner].kind ~= "pronoun" then
              local j = ms[inner].b + 1
              local sj = phrases.match(L.say, tk, j)
              if sj and L.hearer[tk.f[sj]] and C.mention_at[sj + 1] then
                local k = ms[C.mention_at[sj + 1]].b + 1
                local scan = 0
                while k <= b and tk.f[k] ~= "that" and scan < 6 do k = k + 1; scan = scan + 1 end
                if tk.f[k] == "that" then a = k + 1; speaker_m = ms[inner] end
              elseif sj and tk.f[sj + 1] == "that" then
                a = sj + 2; speaker_m = ms[inner]
              else
                speaker_m = ms[inner]
              end
            end
            -- a claim that only announces the call is no claim
            local announces = false
            for _, c in ipairs(here or {}) do
              local cue_at = sent.text:find(c.cue, 1, true)
              if cue_at and cue_at >= tk.s[math.max(a, 1)] then announces = true end
            end
            -- the speaker must be on the call or speak for a side
            if speaker_m and speaker_m.kind == "person" and speaker_m.person and not via_m then
              local on_call = speaker_m.role == "spokesperson" or speaker_m.role == "official"
                or speaker_m.inst ~= nil
              for _, p in ipairs(current.people) do
                if p.name == speaker_m.person.name then on_call = true end
              end
              if not on_call then announces = true end
            end
            if not announces then
              zone_para = si
              local speaker = speaker_text(speaker_m)
              local speaker_country = mention_country(G, speaker_m)
              if not speaker_m then
                if last and pronoun_via == nil and not via_m and tk.k[1] == "q" then
                  speaker = last.speaker.text
                  speaker_country = last.speaker_country
                else
                  speaker = "joint"
                end
              elseif speaker_m.kind == "pronoun" and last then
                speaker, speaker_country = last.speaker.text, last.speaker_country
              end
              local side = via_country or speaker_country
              if speaker == "joint" and not side then side = last_via_country end
              for _, piece in ipairs(split_points(tk, a, b, L)) do
                local pa, pb = trim(tk, piece[1], piece[2])
                if pa <= pb and pb - pa >= 2 then
                  local text = sent.text:sub(tk.s[pa], tk.e[pb])
                  text = text:gsub("^[\"“”'‘’%s]+", ""):gsub("[\"“”'‘’%s,]+$", "")
                  local kind = "statement"
                  local _, k = phrases.match(L.act, tk, pa)
                  if k then kind = k end
                  local claim = {
                    call = current.id, speaker = { text = speaker }, via = via_text,
                    text = text, quote = quoted_share(tk, pa, pb) > 0.8, kind = kind,
                    sentence = si,
                    evidence = { offset = sent.offset + tk.s[pa] - 1, length = tk.e[pb] - tk.s[pa] + 1 },
                    side = side, speaker_country = speaker_country, via_country = via_country,
                  }
                  ex.claims[#ex.claims + 1] = claim
                  last = claim
                end
              end
            end
            if via_text and via_country then last_via, last_via_country = via_text, via_country end
          end
        end
        if not in_zone and not has_call and sent.paragraph ~= zone_para then
          current = current and (sent.paragraph == zone_para) and current or current
        end
      end
    end
    return ex
  end,
}
