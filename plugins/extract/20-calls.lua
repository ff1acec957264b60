-- 20-calls.lua — CallMentions: a cue ("spoke by telephone", "in a phone
-- call", "X called Y"), the people on the call, who placed it, its status
-- (held / planned / denied), medium and time expression.
--
-- One sentence gives one main mention (all its cues describe the same
-- contact) plus one per self-contained call phrase ("Erdogan's phone
-- conversation with Putin", "his phone calls with the leaders of A and
-- B").  A sentence naming fewer than two people ("The call, on July 11,
-- was placed by Zelenskiy") refers back to the latest mention of the
-- document: it copies that mention's people and sets `ref` to its id.
-- A mention with plural calls to several people ("will hold telephone
-- calls with A, B and C") becomes one mention per pair.

local phrases = require("callbrief.phrases")
local dates = require("callbrief.dates")
local cues = require("callbrief.cues")
local gazetteer = require("callbrief.gazetteer")
local lexicon = require("callbrief.lexicon")

local PERSONISH = { person = true, role = true, group = true, joint = true, pronoun = true }

local function country_name(G, id)
  local c = id and G:country(id)
  return c and c.name or id
end

-- A people[] entry for one mention (groups expand to one per country).
local function entries(G, sent, tk, m, out)
  local base = { text = m.text, offset = sent.offset + tk.s[m.a] - 1 }
  if m.kind == "group" then
    for _, id in ipairs(m.countries) do
      out[#out + 1] = { text = m.text, offset = base.offset, country = country_name(G, id),
        role = m.role, counterpart = m.counterpart or nil }
    end
    return out
  end
  base.country = country_name(G, m.country or (m.person and m.person.country))
  base.role = m.role
  base.name = m.person and m.person.name or m.name
  base.counterpart = m.counterpart or nil
  if m.cands then
    base.candidates = {}
    for _, p in ipairs(m.cands) do base.candidates[#base.candidates + 1] = p.name end
  end
  out[#out + 1] = base
  return out
end

local function key_of(p)
  return p.name or ((p.country or "?") .. "/" .. (p.role or "?") .. "/" .. p.text)
end

local function dedupe(list)
  local seen, out = {}, {}
  for _, p in ipairs(list) do
    local k = key_of(p)
    if not seen[k] then
      seen[k] = true
      out[#out + 1] = p
    end
  end
  return out
end

-- Is token range [a, b] excluded for participants of a cue at head h?
local function outside(C, i, h)
  if C.attr[i] then return true end
  if C.sub[i] and C.sub[i] ~= C.sub[h] then return true end
  return false
end

local function in_span(i, spans)
  for _, sp in ipairs(spans) do
    if i >= sp[1] and i <= sp[2] then return true end
  end
  return false
end

-- The time expression of a cue: inside or right after its phrase, else
-- the nearest one in its segment, else the nearest in the sentence (not
-- in an attribution, another clause or another call's phrase).
local function pick_time(A, cue, excl_spans, own_only)
  local best, best_d
  local C = A.C
  for _, t in ipairs(A.times) do
    local inside = t.a >= cue.a - 1 and t.b <= cue.b + 1
    local adjacent = t.a > cue.b and t.a <= cue.b + 3
    if inside or adjacent then return t end
    if not own_only and not C.attr[t.a] and not (C.sub[t.a] and C.sub[t.a] ~= C.sub[cue.head])
        and not in_span(t.a, excl_spans) and not t.possessive then
      local d = math.min(math.abs(t.a - cue.b), math.abs(t.b - cue.a))
      if C.seg[t.a] ~= C.seg[cue.head] then d = d + 100 end
      if not best_d or d < best_d then best, best_d = t, d end
    end
  end
  return best
end

-- The day a time expression names, when the publication date fixes it.
local function day_of(t, published)
  if not t or not published then return nil end
  if t.kind == "date" and t.month and t.day then
    local y = t.year or dates.infer_year(t.month, t.day, published)
    return y and dates.iso(y, t.month, t.day)
  elseif t.kind == "weekday" then
    return dates.last_weekday(t.weekday, published)
  elseif t.kind == "relative" then
    return dates.add_days(published, t.days)
  end
  return nil
end

local function time_record(t)
  if not t then return { kind = "report" } end
  local r = {}
  for _, k in ipairs({ "text", "kind", "year", "month", "day", "weekday", "days", "weeks", "part", "dir" }) do
    r[k] = t[k]
  end
  return r
end

-- held / planned / denied from the words around the cue.
local function status_of(A, cue, L)
  local tk, C = A.tk, A.C
  if cue.negated then return "denied" end
  local seg = C.seg[cue.head]
  for i = math.max(1, cue.a - 3), cue.a - 1 do
    if phrases.match(L.negations, tk, i) and not C.attr[i] and C.seg[i] == seg then return "denied" end
  end
  for i = math.max(1, cue.a - 5), math.min(tk.n, cue.b + 8) do
    if C.seg[i] == seg and not C.attr[i] and phrases.match(L.denied, tk, i) then return "denied" end
  end
  if cue.planned then return "planned" end
  local a = C.starts[seg]
  for i = a, cue.a - 1 do
    if not C.attr[i] and not (C.sub[i] and C.sub[i] ~= C.sub[cue.head]) then
      local j = phrases.match(L.planned, tk, i)
      if j then return "planned" end
    end
  end
  local t = A.picked_time
  if t and ((t.days and t.days > 0) or (t.weeks and t.weeks > 0) or (t.dir and t.dir > 0)) then
    return "planned"
  end
  local from = cue.rb or cue.b
  for i = from + 1, math.min(tk.n, from + 6) do
    if C.seg[i] ~= seg then break end
    local f = tk.f[i]
    if (f == "expected" or f == "scheduled" or f == "planned" or f == "due") and not C.attr[i] then
      return "planned"
    end
  end
  return "held"
end

-- "at the initiative of the French side", "placed by Zelenskiy", "at the
-- request of the American President", "placed from Washington".
local INITIATIVE = { { "at", "the", "initiative", "of" }, { "on", "the", "initiative", "of" },
  { "at", "the", "request", "of" }, { "on", "the", "request", "of" }, { "placed", "by" },
  { "initiated", "by" }, { "requested", "by" }, { "placed", "from" }, { "made", "by" } }

local function initiator_of(A, G, cue, subject_mi)
  local tk, ms, C = A.tk, A.ms, A.C
  if cue.kind == "verb" and subject_mi then return subject_mi end
  if cue.from then return cue.from end
  for i = 1, tk.n do
    for _, pat in ipairs(INITIATIVE) do
      local ok = true
      for k = 1, #pat do
        if tk.f[i + k - 1] ~= pat[k] then ok = false break end
      end
      if ok then
        local j = i + #pat
        local mi = C.mention_at[j] or C.mention_at[j + 1]
        if mi then return mi end
        local cj, id = G:country_at(tk, j)
        if cj then return { country = id } end
      end
    end
  end
  return nil
end

local function initiator_entry(G, A, sent, who)
  if not who then return nil end
  if type(who) == "table" and who.country and not who.kind then
    return nil, country_name(G, who.country)
  end
  local m = A.ms[who]
  if not m then return nil end
  if m.kind == "body" then return nil, country_name(G, m.country) end
  local e = entries(G, sent, A.tk, m, {})[1]
  if m.kind == "person" then return e.name or e.text, e.country end
  return nil, e and e.country
end

local function merge_cues(list)
  local main = list[1]
  for k = 2, #list do
    local c = list[k]
    if c.strong and not main.strong then main, c = c, main end
    main.medium = main.medium or c.medium
    main.with = main.with or c.with
    main.between = main.between or c.between
    main.object = main.object or c.object
    main.from = main.from or c.from
    main.negated = main.negated or c.negated
    main.planned = main.planned or c.planned
    main.plural = main.plural or c.plural
    main.strong = main.strong or c.strong
  end
  return main
end

local function has_in_person(A, L)
  return phrases.find(L.in_person, A.tk) ~= nil
end

return {
  name = "calls",
  stage = "extract",
  version = "1.0.0",
  api = 1,
  description = "call mentions: cue, participants, initiator, status, medium, time",
  run = function(ex, ctx)
    local G = gazetteer.load(ctx)
    local L = lexicon.load(ctx)
    local doc = ex.document
    local A_all = ex.analysis and ex.analysis.sentences or {}
    local calls = ex.calls
    local last_person            -- people[] entry of the latest named person
    local n = 0

    local function emit(si, A, cue, people, status, t, init_name, init_country, ref)
      n = n + 1
      local sent = doc.sentences[si]
      local tk = A.tk
      local call = {
        id = doc.id .. "#c" .. n, sentence = si,
        evidence = { offset = sent.offset, length = #sent.text },
        cue = sent.text:sub(tk.s[cue.a], tk.e[cue.b]),
        people = people, initiator = init_name, initiator_country = init_country,
        time = time_record(t), status = status, medium = cue.medium or "phone", ref = ref,
      }
      calls[#calls + 1] = call
      return call
    end

    -- The latest earlier mention whose time, status and people fit.
    local function antecedent(t, have, status)
      for pass = 1, 2 do
        for k = #calls, 1, -1 do
          local c = calls[k]
          local ok = true
          if t and c.time and c.time.kind ~= "report" then
            local a, b = day_of(t, doc.published), day_of(c.time, doc.published)
            if a and b then
              ok = a == b
            elseif t.weekday and c.time.weekday then
              ok = t.weekday == c.time.weekday
            elseif t.day and c.time.day then
              ok = t.day == c.time.day and t.month == c.time.month
            end
          end
          if ok and have then
            local found = false
            for _, p in ipairs(c.people) do if key_of(p) == key_of(have) then found = true end end
            ok = found
          end
          -- first pass: a planned or denied reference wants the same status
          if ok and pass == 1 and status and status ~= "held" and c.status ~= status then ok = false end
          if ok then return c end
        end
      end
      return nil
    end

    for si, sent in ipairs(doc.sentences or {}) do
      local A = A_all[si]
      if A then
        local tk, ms, C = A.tk, A.ms, A.C
        local lower = sent.text:lower()
        local found = cues.quick(lower) and cues.find(tk, ms, C, L) or {}
        -- Self-contained call phrases and the rest.
        local selfs, mains = {}, {}
        for _, c in ipairs(found) do
          local own = 0
          if c.possessor then own = own + 1 end
          own = own + (c.with and #c.with or 0) + (c.between and #c.between or 0)
          if (c.possessor and (c.with or c.between)) or (c.between and #c.between >= 2) then
            if c.kind == "noun" or c.kind == "medium" then selfs[#selfs + 1] = c else mains[#mains + 1] = c end
          else
            mains[#mains + 1] = c
          end
        end
        local nonpp = {}
        for _, c in ipairs(mains) do if not c.pp then nonpp[#nonpp + 1] = c end end
        if #nonpp > 0 then mains = nonpp end
        local any_strong = false
        for _, c in ipairs(found) do if c.strong then any_strong = true end end
        local excl = {}
        for _, c in ipairs(selfs) do excl[#excl + 1] = { c.a, c.rb or c.b } end

        local function resolve_pronoun(m)
          if m.kind ~= "pronoun" then return nil end
          if m.f == "his" or m.f == "her" or m.f == "he" or m.f == "she" or m.f == "him" then
            -- nearest named person before it in the sentence, else the
            -- latest of the document
            -- the subject: the first named person of the pronoun's
            -- segment, else the nearest before it
            local seg_first, nearest
            for k = 1, #ms do
              local o = ms[k]
              if o.b < m.a and o.kind == "person" and not C.attr[o.a] then
                if C.seg[o.a] == C.seg[m.a] and not seg_first then seg_first = o end
                nearest = o
              end
            end
            local o = seg_first or nearest
            if o then return entries(G, sent, tk, o, {})[1] end
            return last_person
          end
        end

        local function people_of(mis)
          local out = {}
          for _, mi in ipairs(mis) do
            local m = ms[mi]
            if m.kind == "pronoun" then
              local e = resolve_pronoun(m)
              if e then out[#out + 1] = e end
            elseif m.kind ~= "joint" and m.kind ~= "body" then
              entries(G, sent, tk, m, out)
            end
          end
          return out
        end

        -- Self-contained phrases: their own people.
        for _, c in ipairs(selfs) do
          local side = {}
          if c.possessor then side = people_of({ c.possessor }) end
          local others = people_of(c.between or c.with or {})
          local t = pick_time(A, c, {}, true)
          A.picked_time = t
          local status = status_of(A, c, L)
          if c.between then
            local ppl = dedupe(others)
            if #ppl >= 2 then emit(si, A, c, ppl, status, t) end
          elseif #side >= 1 and #others >= 1 then
            if c.plural and #others >= 2 then
              for _, o in ipairs(others) do emit(si, A, c, dedupe({ side[1], o }), status, t) end
            else
              local ppl = dedupe({ side[1], table.unpack(others) })
              if #ppl >= 2 then emit(si, A, c, ppl, status, t) end
            end
          end
        end

        if #mains > 0 then
          local cue = merge_cues(mains)
          local in_person = has_in_person(A, L)
          -- Candidates: people of the cue's clause.
          local cand, soft, joint = {}, {}, false
          local subject_mi
          for mi, m in ipairs(ms) do
            if PERSONISH[m.kind] and not outside(C, m.a, cue.head) and not in_span(m.a, excl) then
              if m.kind == "joint" then
                joint = true
              elseif C.attr_soft[m.a] then
                soft[#soft + 1] = mi
              else
                cand[#cand + 1] = mi
                if m.b < cue.a and not subject_mi then subject_mi = mi end
              end
            end
          end
          local list
          if cue.between and #cue.between >= 2 then
            list = people_of(cue.between)
          else
            list = people_of(cand)
          end
          list = dedupe(list)
          if #list < 2 and #soft > 0 and not joint then
            for _, e in ipairs(people_of(soft)) do list[#list + 1] = e end
            list = dedupe(list)
          end
          local t = pick_time(A, cue, excl, cue.pp ~= nil)
          A.picked_time = t
          local status = status_of(A, cue, L)
          -- A weak cue ("spoke with", "conversation") needs support: a
          -- medium or call noun in the sentence, a negation or plan with
          -- named people, or an earlier call of the same people.
          local accept = cue.strong or any_strong
          if not accept and not in_person then
            if status ~= "held" and (#list >= 2 or joint) then accept = true end
            if cue.between and #list >= 2 and #people_of(cue.between) >= 2 then accept = true end
            -- "the conversation", "the planned conversation", "the two
            -- leaders would speak": back to an earlier call
            if #calls > 0 and (joint or ((cue.det == "def" or cue.det == "poss") and cue.kind ~= "speak"))
                and tk.f[cue.head] ~= "talks" then
              accept = true
            end
            if #calls > 0 and #list >= 2 and cue.kind == "speak" then
              local prev = antecedent(nil, list[1])
              if prev then
                for _, p in ipairs(prev.people) do
                  if key_of(p) == key_of(list[2]) then accept = true end
                end
              end
            end
          end
          if accept then
            local init_mi = initiator_of(A, G, cue, subject_mi)
            local init_name, init_country = initiator_entry(G, A, sent, init_mi)
            local with_people = cue.with and dedupe(people_of(cue.with)) or {}
            local anaphoric = #calls > 0 and cue.det == "def" and not cue.with and not cue.between
              and cue.kind == "noun"
            if (cue.plural or cue.kind == "speak") and #with_people >= 2 and #list == #with_people then
              -- "will speak with the leaders of A, B and C" with no subject
              -- named: nothing certain to report
              list = {}
            elseif anaphoric then
              list = {}
            end
            if #list >= 2 then
              -- plural calls to a list of people: one call per pair
              if (cue.plural or cue.kind == "speak") and #with_people >= 2 and #list == #with_people + 1 then
                local subject
                for _, p in ipairs(list) do
                  local inw = false
                  for _, w in ipairs(with_people) do if key_of(w) == key_of(p) then inw = true end end
                  if not inw then subject = p end
                end
                for _, w in ipairs(with_people) do
                  emit(si, A, cue, { subject, w }, status, t, init_name, init_country)
                end
              else
                emit(si, A, cue, list, status, t, init_name, init_country)
              end
            elseif #calls > 0 and (joint or #list <= 1) and (cue.det ~= "indef" or joint or status ~= "held") then
              -- A reference back: only its own time counts ("Sunday's
              -- conversation", "The call, on July 11,").
              t = pick_time(A, cue, excl, true)
              local prev = antecedent(t, list[1], status) or antecedent(t, nil, status)
              if prev and status == "held" then status = prev.status end
              -- Only worth a mention when it adds a time, an initiator or
              -- a status.
              local adds = (t ~= nil) or init_name ~= nil or init_country ~= nil
                or (prev and status ~= prev.status)
              if prev and adds then
                emit(si, A, cue, prev.people, status, t, init_name, init_country, prev.id)
              end
            end
          end
        end
        -- The latest named person, for "he" in later sentences.
        for _, m in ipairs(ms) do
          if m.kind == "person" and not C.attr[m.a] then
            last_person = entries(G, sent, tk, m, {})[1]
          end
        end
      end
    end
    return ex
  end,
}
