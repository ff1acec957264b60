-- call_series.lua — calls told as a series, counted calls and references
-- back to calls told before ("the two leaders", "their first
-- conversation", "Next came X") (require "callbrief.call_series").  Used
-- by 20-calls.
--
-- Every function takes `st`, 20-calls' state of one document: {doc,
-- A_all (the sentences' analyses), calls (the mentions so far), G, L,
-- recent (people named so far), emit (makes a mention), turns}.  It is
-- built per document: nothing here keeps state of its own.
--
--   call_series.antecedent(st, t, have, status, strict) -> mention | nil
--       the latest mention whose time, status and people fit
--   call_series.held_root(st, c), other_day(st, t, c), holds_office(st, c,
--       office) -> boolean;  joint_office(st, tk, ms) -> office | nil;
--       joint_antecedent(st, office) -> mention | nil;
--       subject_pair_before(st, si) -> {entry, entry} | nil: who "the two
--       leaders" are
--   call_series.series_person(st, others) -> entry | nil   the person the
--       calls so far have in common
--   call_series.next_in_series, in_announced_series, joined_conference,
--       counted_second, ordinal_call (st, si, A, ...): mentions (through
--       st.emit) for sentences with no call word of their own;
--       twice_days(st, si, A, first): a second call of a pair counted
--       ("twice") and dated in one breath ("on Friday and again today")
--   call_series.distinct_words(tk, C, a, b) -> boolean   "again", "a
--       second call": another contact

local phrases = require("callbrief.phrases")
local cues = require("callbrief.cues")
local call_times = require("callbrief.call_times")
local call_people = require("callbrief.call_people")
local call_status = require("callbrief.call_status")
local call_cues = require("callbrief.call_cues")
local names_day, day_of =
  call_times.names_day, call_times.day_of
local CALL_WORD, PARTAKE, PARTAKE_AFTER, NOT_PARTAKE =
  call_people.CALL_WORD, call_people.PARTAKE, call_people.PARTAKE_AFTER, call_people.NOT_PARTAKE
local TAKE_PART, entries, key_of, dedupe =
  call_people.TAKE_PART, call_people.entries, call_people.key_of, call_people.dedupe
local beside_party, initiator_of, initiator_entry, speaker_only =
  call_people.beside_party, call_people.initiator_of, call_people.initiator_entry, call_people.speaker_only
local in_person_besides_hosting =
  call_status.in_person_besides_hosting
local AUX_ADV =
  call_cues.AUX_ADV

-- Ordinals that tell one of several calls ("the first", "the second
-- call") and words that make a relative clause look ahead (the nouns
-- that may follow an ordinal: call_people.CALL_WORD).
local ORDINAL = { first = true, second = true, third = true, fourth = true, earlier = true }
local FUTURE_WORD = { will = true, would = true, shall = true, expected = true, planned = true,
  scheduled = true, due = true }

-- The words of a joint phrase that are not its office ("the two
-- foreign ministers"), and offices too general to choose a call by.
local JOINT_DET = { the = true, two = true, three = true, four = true, both = true, all = true }
local ANY_OFFICE = { leader = true, official = true, counterpart = true }

-- Words that make a call another contact than the one reported before.
local DISTINCT = { again = true, second = true, third = true, fourth = true, another = true,
  ["follow-up"] = true, new = true, next = true, further = true, fresh = true }

-- "Last came X", "Next on the line was X", "X came next" (next_in_series).
local ORDER_WORD = { last = true, next = true, ["then"] = true, finally = true, lastly = true }
local SERIES_VERB = { came = true, was = true, comes = true, is = true }

-- Whether a mention is, or refers back to, a call told as held.
local function held_root(st, c)
  local calls = st.calls
  local seen = 0
  while c and c.ref and seen < 20 do
    local up
    for _, x in ipairs(calls) do if x.id == c.ref then up = x end end
    c, seen = up, seen + 1
  end
  return c ~= nil and c.status == "held"
end

-- The latest earlier mention whose time, status and people fit.
-- `strict`: a call in a temporal phrase ("The talks came three days
-- after the G7 leaders' video call of February 24"), which is another
-- contact than the one the sentence is about unless its day is shown
-- to be that call's: days that cannot be compared do not agree.
local function antecedent(st, t, have, status, strict)
  local doc, calls = st.doc, st.calls
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
        elseif strict then
          ok = false
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

-- "again", "a second call", "another conversation": a contact other
-- than the one reported before.
local function distinct_words(tk, C, a, b)
  for i = math.max(1, a - 4), math.min(tk.n, b + 4) do
    if DISTINCT[tk.f[i]] and not C.attr[i] then return true end
  end
  return false
end

-- The person the document's calls so far have in common: on two or
-- more of them, more often than anyone else, and not one of `others`.
local function series_person(st, others)
  local calls = st.calls
  local count, entry, not_keys = {}, {}, {}
  for _, e in ipairs(others) do not_keys[key_of(e)] = true end
  -- (two mentions of one sentence are one call: "had a telephone
  -- conversation with X, who called him")
  local counted = {}
  for _, c in ipairs(calls) do
    for _, p in ipairs(c.people) do
      local k = p.name and key_of(p)
      if k and not not_keys[k] and not counted[k .. "@" .. c.sentence] then
        counted[k .. "@" .. c.sentence] = true
        count[k] = (count[k] or 0) + 1; entry[k] = p
      end
    end
  end
  local best, n, tie = nil, 1, false
  for k, v in pairs(count) do
    if v > n then best, n, tie = k, v, false elseif v == n then tie = true end
  end
  return best and not tie and entry[best] or nil
end

-- "The EU's von der Leyen and Michel are also taking part": people
-- joining the conference call told just before (three people or more,
-- or by video, at most three sentences back) in a sentence with no
-- call cue of its own and nothing that puts them in one room.  A
-- reference to that call with the people added.
local function joined_conference(st, si, A, lower)
  local doc, calls, G, L, emit = st.doc, st.calls, st.G, st.L, st.emit
  if not (lower:find("part", 1, true) or lower:find("join", 1, true) or lower:find("host", 1, true)
      or lower:find("chair", 1, true) or lower:find("represent", 1, true)
      or lower:find("attend", 1, true) or lower:find("as did", 1, true)) then
    return
  end
  local prev = calls[#calls]
  if not prev or prev.sentence < si - 3
      or not (#prev.people >= 3 or prev.medium == "video" or prev.conference) then
    return
  end
  local tk, ms, C = A.tk, A.ms, A.C
  local at
  -- where participation is denied ("Khan did not join"): its subject
  -- is no party
  local refused = {}
  for i = 1, tk.n do
    local w = tk.f[i]
    local after = PARTAKE_AFTER[w]
    if PARTAKE[w] and (tk.f[i + 1] == "part" or not TAKE_PART[w])
        and (after == nil or (after and tk.f[i - 1] == after) or (after == false and tk.f[i + 1] == "by")) then
      local neg = NOT_PARTAKE[tk.f[i - 1] or ""] or NOT_PARTAKE[tk.f[i - 2] or ""]
        or NOT_PARTAKE[tk.f[i - 3] or ""]
      if neg then refused[#refused + 1] = i else at = at or i end
    end
  end
  if not at or in_person_besides_hosting(A, L) then return end
  local sent = doc.sentences[si]
  local have, ppl = {}, {}
  for _, p in ipairs(prev.people) do have[key_of(p)] = true; ppl[#ppl + 1] = p end
  local added = 0
  for _, m in ipairs(ms) do
    -- (nor is the owner of another noun: "Mirza, Khan's special assistant")
    local out = tk.f[m.b + 1] == "'s"
    for _, i in ipairs(refused) do if m.b < i and m.b >= i - 5 then out = true end end
    if (m.kind == "person" or (m.kind == "role" and m.country)) and not C.attr[m.a]
        and not out and not beside_party(tk, ms, m) then
      local e = entries(G, sent, tk, m, {})[1]
      if e and not have[key_of(e)] then
        have[key_of(e)] = true
        ppl[#ppl + 1] = e
        added = added + 1
      end
    end
  end
  if added == 0 then return end
  local cue = { a = at, b = at, medium = prev.medium }
  -- ("The session, convened at the initiative of its chairman, X, was
  -- attended by ...": X called it)
  local init_name, init_country = initiator_entry(G, A, sent, initiator_of(A, G, cue, nil))
  local c = emit(si, A, cue, ppl, prev.status, prev.time, init_name, init_country, prev.id)
  c.conference = prev.conference
  return c
end

-- Calls told as a series, the later ones without a call word of
-- their own.
-- * "Last came Irish Taoiseach Micheál Martin", "Next on the line was
--   X", "X came next": a sentence opening on an order word, whose
--   verb is one of coming or being, names the next party of the
--   series the latest call (this or the paragraph before) belongs
--   to: a call of X with the person the calls so far share, on the
--   latest call's day.
-- * "The Asia-Pacific calls came early on Thursday", a plural call
--   noun naming nobody, announces calls its paragraph then tells:
--   each official of another country than that person's named in
--   the paragraph's following sentences (its own account: "Suga told
--   reporters that Biden had said ...") had one of those calls.
local function series_call(st, si, A, m, hub, t, status, medium)
  local doc, calls, G, L, emit = st.doc, st.calls, st.G, st.L, st.emit
  local e = entries(G, doc.sentences[si], A.tk, m, {})[1]
  if not e or not e.name or key_of(e) == key_of(hub) or (e.country or "") == (hub.country or "")
      or speaker_only(A, L, m, { a = 0 }) then
    return
  end
  -- a pair told before is that call again
  for _, c in ipairs(calls) do
    local has_e, has_hub = false, false
    for _, p in ipairs(c.people) do
      if key_of(p) == key_of(e) then has_e = true elseif key_of(p) == key_of(hub) then has_hub = true end
    end
    if has_e and has_hub then return end
  end
  return emit(si, A, { a = m.a, b = m.b, medium = medium }, { hub, e }, status, t)
end

-- Of a call's people, the one the document named first: whose series
-- it is when only one call has been told ("Scholz spent the day on the
-- phone. He spoke first with Rutte. Next came ...").
local function protagonist(st, c)
  local recent = st.recent
  for _, e in ipairs(recent) do
    for _, p in ipairs(c.people) do
      if p.name and key_of(p) == key_of(e) then return p end
    end
  end
  return nil
end

local function next_in_series(st, si, A)
  local doc, calls = st.doc, st.calls
  local tk, ms = A.tk, A.ms
  local prev = calls[#calls]
  local para = doc.sentences[si].paragraph
  if not prev or not para or (doc.sentences[prev.sentence].paragraph or 0) < para - 1 then return end
  local at
  if ORDER_WORD[tk.f[1]] and SERIES_VERB[tk.f[2]] then
    at = 3
  elseif ORDER_WORD[tk.f[1]] then
    -- "Next on the line was X", "Next up was X"
    for i = 2, math.min(tk.n, 6) do
      if SERIES_VERB[tk.f[i]] then at = i + 1 break end
      if tk.f[i] == "," then break end
    end
  else
    -- "X came next", "X was last"
    local m = ms[1]
    if m and m.a == 1 and SERIES_VERB[tk.f[m.b + 1] or ""] and ORDER_WORD[tk.f[m.b + 2] or ""] then
      at = 1
    end
  end
  if not at then return end
  local m
  for _, o in ipairs(ms) do
    if o.a >= at and o.a <= at + 4 and (o.kind == "person" or o.kind == "role") then m = o break end
  end
  local hub = m and (series_person(st, {}) or protagonist(st, prev))
  if hub then series_call(st, si, A, m, hub, prev.time, prev.status, prev.medium) end
end

local function in_announced_series(st, si, A, series)
  local doc = st.doc
  local para = doc.sentences[si].paragraph
  -- (the sentences after the announcement tell the series)
  if not series or series.paragraph ~= para or series.sentence == si then return end
  for _, m in ipairs(A.ms) do
    if m.kind == "person" and not beside_party(A.tk, A.ms, m) then
      series_call(st, si, A, m, series.hub, series.time, series.status, series.medium)
    end
  end
end

-- The office a joint phrase names ("the two foreign ministers",
-- "the three presidents" -> "foreign minister", "president"), or nil
-- ("the two leaders", "the two ministers": any office).
local function joint_office(st, tk, ms)
  local G = st.G
  for _, m in ipairs(ms) do
    if m.kind == "joint" then
      local words = {}
      for i = m.a, m.b do
        if not JOINT_DET[tk.f[i]] then words[#words + 1] = tk.f[i] end
      end
      -- ("the two" and a plural office after it: "the two defence
      -- ministers")
      local tj = #words == 0 and phrases.match(G.roles.titles, tk, m.b + 1)
      if tj then
        for i = m.b + 1, tj do words[#words + 1] = tk.f[i] end
      end
      local w = table.concat(words, " ")
      local key = G.roles.key[w] or G.roles.key[(w:gsub("s$", ""))]
      if key and not ANY_OFFICE[key] then return key end
      return nil
    end
  end
  return nil
end

-- Does a call's people hold `office`: true when one of them does and
-- none holds only another (a counterpart holds the other's office),
-- by the gazetteer's roles at any time, else by the title written.
local function holds_office(st, c, office)
  local G = st.G
  local one = false
  for _, p in ipairs(c.people) do
    local rec = p.name and G:person(p.name)
    local fits, known = false, false
    for _, r in ipairs(rec and rec.roles or {}) do
      known = true
      if G:role_key(r.role, r.country or rec.country) == office then fits = true end
    end
    if not known and p.role and p.role ~= "counterpart" then
      known = true
      fits = G:role_key(p.role) == office
    end
    if fits then one = true elseif known then return false end
  end
  return one
end

-- The people of the latest call mention: what "the two leaders" are;
-- with an office ("the two foreign ministers"), the latest call of
-- people holding it, when there is one.
local function joint_antecedent(st, office)
  local calls = st.calls
  if office then
    for k = #calls, 1, -1 do
      if #calls[k].people >= 2 and holds_office(st, calls[k], office) then return calls[k] end
    end
  end
  for k = #calls, 1, -1 do
    if #calls[k].people >= 2 then return calls[k] end
  end
  return nil
end

-- Does time t name another day than call c's time?
local function other_day(st, t, c)
  local doc = st.doc
  if not t then return false end
  local ct = c.time or {}
  if ct.kind == "report" or not ct.kind then
    -- the antecedent has no day of its own: a dated mention is another
    -- contact only when its day is not the report's own
    local a = day_of(t, doc.published)
    return a ~= nil and doc.published ~= nil and a ~= doc.published
  end
  local a, b = day_of(t, doc.published), day_of(ct, doc.published)
  if a and b then return a ~= b end
  if t.day and ct.day then return t.day ~= ct.day or t.month ~= ct.month end
  if t.weekday and ct.weekday then return t.weekday ~= ct.weekday end
  if t.month and ct.month and not t.day and not ct.day then return t.month ~= ct.month end
  return false
end

-- "During the first, which the President received on Thursday, ...":
-- an ordinal with no noun, or with a call noun ("the first", "the
-- second call"), after a sentence that told a call and counted the
-- calls ("the call was the second between the two presidents in a
-- few days"), is one of those calls: the same people's, dated by the
-- relative clause after it; another call when that day is not the
-- latest call's.
-- A pair's calls counted ("spoke twice with Mirziyoyev", "held two
-- calls", then "In the first call, on 30 April, ...") and a later
-- sentence of the account dated by a day of its own whose subject is
-- the pair, with no call word ("On 1 May, ..., the two presidents
-- expressed satisfaction ..."): the second call, on that day.
-- The last word counting a pair's calls ("twice", "two calls"), or nil.
local function counted_at(tk)
  local at
  for i = 1, tk.n do
    local w, nx = tk.f[i], tk.f[i + 1] or ""
    if w == "twice" or (w == "two" and (nx == "calls" or nx == "conversations" or nx == "phone"
        or nx == "telephone")) then
      at = i
    end
  end
  return at
end

-- Words that may stand between the day and the pair ("On Monday, then,
-- the two ...").
local LEAD_WORD = { ["then"] = true, later = true, again = true, also = true }

local function counted_second(st, si, A)
  local A_all, calls, emit = st.A_all, st.calls, st.emit
  local prev = calls[#calls]
  if not prev or prev.sentence < si - 5 or prev.status ~= "held" or #prev.people ~= 2 then return end
  local root = prev
  if prev.ref then
    for k = #calls, 1, -1 do
      if calls[k].id == prev.ref then root = calls[k]; break end
    end
  end
  local R = A_all[root.sentence]
  if not (R and counted_at(R.tk)) then return end
  local t
  for _, x in ipairs(A.times) do
    if not t and names_day(x) and x.a <= 2 then t = x end
  end
  if not t then return end
  -- (the pair as the subject after that time: "the two presidents",
  -- "both leaders"; not an object, "... recognises the two regions")
  -- (past an attribution: "On 1 May, according to X's press service,
  -- the two presidents ...")
  local first
  for _, m in ipairs(A.ms) do
    if m.a > t.b and not A.C.attr[m.a] and (not first or m.a < first.a) then first = m end
  end
  if not (first and first.kind == "joint") then return end
  for x = t.b + 1, first.a - 1 do
    if A.tk.k[x] == "w" and not A.C.attr[x] and not LEAD_WORD[A.tk.f[x]] then return end
  end
  -- told twice: the mentions of the pair since the count, one other day
  local dated = 0
  for k = #calls, 1, -1 do
    local c = calls[k]
    if c == root or c.ref == root.id or (c.distinct and c.sentence > root.sentence) then
      if c.time and c.time.kind ~= "report" then
        dated = dated + 1
        if not other_day(st, t, c) then return end
      end
    end
    if c == root then break end
  end
  if dated ~= 1 then return end
  local c = emit(si, A, { a = t.a, b = t.b, medium = root.medium }, root.people, "held", t)
  c.distinct = true
end

-- (session 10) A pair's calls counted and dated in one breath: "spoke
-- twice with Assad, on Friday and again this morning", "held two calls
-- with Lula, on Monday and on Wednesday": the call told with the first
-- day, and a second one on the day coordinated with it.
local BETWEEN_DAYS = { ["and"] = true, again = true, [","] = true, ["then"] = true, later = true,
  on = true }
-- The day after the time x (A.times[xi]) joined to it by "and" only
-- ("on Friday and again this morning"), or nil.
local function coordinated_day(A, xi)
  local tk, x, nx = A.tk, A.times[xi], A.times[xi + 1]
  if not (nx and names_day(nx)) then return nil end
  local saw_and = false
  for q = x.b + 1, nx.a - 1 do
    if not BETWEEN_DAYS[tk.f[q]] then return nil end
    if tk.f[q] == "and" then saw_and = true end
  end
  return saw_and and nx or nil
end

local function twice_days(st, si, A, first)
  local calls, emit = st.calls, st.emit
  local counted = counted_at(A.tk)
  if not counted then return end
  for k = first + 1, #calls do
    local c = calls[k]
    local ct = c.time or {}
    local one = c.sentence == si and c.status == "held" and #c.people == 2 and not c.distinct and ct.text
    for xi, x in ipairs(one and A.times or {}) do
      local nx = x.text == ct.text and x.a > counted and x.a <= counted + 12 and coordinated_day(A, xi)
      if nx and other_day(st, nx, c) then
        local c2 = emit(si, A, { a = nx.a, b = nx.b, medium = c.medium }, c.people, "held", nx,
          c.initiator, c.initiator_country)
        c2.distinct = true
        return
      end
    end
  end
end

local function ordinal_call(st, si, A)
  local A_all, calls, emit = st.A_all, st.calls, st.emit
  local tk = A.tk
  local prev = calls[#calls]
  if not prev or prev.sentence < si - 2 or prev.status ~= "held" or #prev.people < 2 then return end
  -- (a mention that refers back stands for the call it refers to)
  if prev.ref then
    for k = #calls, 1, -1 do
      if calls[k].id == prev.ref then prev = calls[k]; break end
    end
  end
  -- the sentence before counts the calls
  local counted = false
  do
    local B = A_all[si - 1]
    for i = 1, (B and B.tk.n or 0) do
      local w = B.tk.f[i]
      if ORDINAL[w] and (B.tk.f[i - 1] == "the" or B.tk.f[i - 1] == "their") then counted = true end
    end
  end
  if not counted then return end
  for i = 2, tk.n - 2 do
    local w = tk.f[i]
    if ORDINAL[w] and tk.f[i - 1] == "the" then
      local j = i + 1
      if CALL_WORD[tk.f[j] or ""] then j = j + 1 end
      if tk.f[j] == "," then j = j + 1 end
      if tk.f[j] == "which" or tk.f[j] == "that" then
        -- the day of the relative clause (up to its comma)
        local t
        for _, x in ipairs(A.times) do
          if not t and x.a > j and names_day(x) then
            local open = true
            for q = j + 1, x.a - 1 do
              local f = tk.f[q]
              if f == "," or f == ";" or FUTURE_WORD[f] then open = false end
            end
            if open then t = x end
          end
        end
        if t and other_day(st, t, prev) then
          local c = emit(si, A, { a = i, b = i, medium = prev.medium }, prev.people, "held", t)
          c.distinct = true
        end
        return
      end
    end
  end
end

-- Verbs of telling whose object is the person told, not the start of
-- what was said ("told Santos that ..." vs "said Santos had ...").
local TELL_VERB = { told = true, tells = true, assured = true, informed = true, warned = true,
  reminded = true, promised = true, briefed = true, urged = true, advised = true }

-- (session 11) The teller and the person told of a sentence opening
-- with a verb of telling ("Chancellor X told French President Y on
-- Friday that ...": the clause's subject is no subject of the report,
-- but the two are who spoke), as mention indices, or nil.
local function told_pair(B)
  local tk, ms, C = B.tk, B.ms, B.C
  local first
  for mi, m in ipairs(ms) do
    if not first or m.a < ms[first].a then first = mi end
  end
  local m = first and ms[first]
  if not m or not (m.kind == "person" or m.kind == "role") then return nil end
  for i = 1, m.a - 1 do
    if not tk.up[i] and tk.k[i] == "w" then return nil end
  end
  local j = m.b + 1
  -- (past a time: "X on Sunday warned Y")
  for _, x in ipairs(B.times or {}) do
    if x.a == j or (x.a == j + 1 and tk.f[j] == "on") then j = x.b + 1 end
  end
  while AUX_ADV[tk.f[j] or ""] or (tk.f[j] or ""):match("^%l+ly$") do j = j + 1 end
  if not TELL_VERB[tk.f[j] or ""] then return nil end
  local o = cues.object_start(tk, ms, C, j + 1)
  local mo = C.mention_at[o]
  if mo and ms[mo].a == o and (ms[mo].kind == "person" or ms[mo].kind == "role") then return { first, mo } end
  return nil
end

-- The two people the subject of one of the two sentences before si
-- names ("President Moon and Prime Minister Abe agreed ..."), or nil.
local function subject_pair_before(st, si, depth)
  local doc, A_all, G = st.doc, st.A_all, st.G
  for k = si - 1, math.max(1, si - (depth or 2)), -1 do
    local B = A_all[k]
    local subj = B and cues.clause_subject(B.tk, B.ms, B.C, B.times)
    -- (one person as the subject and one right after its verb:
    -- "Hashimoto thanked President Fujimori for the raid. The two
    -- leaders spoke by telephone")
    if subj and #subj == 1 and B.ms[subj[1]].kind == "person" then
      local j = B.ms[subj[1]].b + 1
      while AUX_ADV[B.tk.f[j] or ""] or (B.tk.f[j] or ""):match("^%l+ly$") do j = j + 1 end
      local verb = B.tk.k[j] == "w" and not B.tk.up[j]
      -- (session 13) or after its preposition: "has written to Mr.
      -- Clinton", "met with Kohl"
      local o = j + 1
      if verb and (B.tk.f[o] == "to" or B.tk.f[o] == "with") then o = o + 1 end
      local mo = verb and B.C.mention_at[o]
      if mo and B.ms[mo].a == o and B.ms[mo].kind == "person" and not B.C.attr[o] then
        subj = { subj[1], mo }
      end
    end
    if B and not (subj and #subj == 2) then subj = told_pair(B) or subj end
    if subj and #subj == 2 then
      local out = {}
      for _, mi in ipairs(subj) do
        local m = B.ms[mi]
        if m.kind == "person" or m.kind == "role" then entries(G, doc.sentences[k], B.tk, m, out) end
      end
      out = dedupe(out)
      if #out == 2 then return out end
    end
  end
  return nil
end

-- (session 13) A sentence with no call word that tells what one party of
-- the latest call, a held call of two with no day of its own told in one
-- of the two sentences before, told the other on a day ("Brezhnev warned
-- Dubcek in a long telephone conversation ... . The sources said Mr.
-- Brezhnev had told the Czechoslovak leader on Aug. 13 that ..."): that
-- call, on that day.  Returns the call and the time, or nil.
local TELLING = { told = true, warned = true, assured = true, informed = true }
local function telling_day(st, si, A)
  local c = st.calls[#st.calls]
  if not c or c.sentence < si - 2 or c.status ~= "held" or #c.people ~= 2 then return nil end
  if c.time and c.time.kind ~= "report" then return nil end
  local tk, ms, C = A.tk, A.ms, A.C
  -- (the party's office with its country stands for the party: "the
  -- Czechoslovak leader")
  local function party_of(e)
    for k, p in ipairs(c.people) do
      if key_of(p) == key_of(e) or (not e.name and e.country and e.country == p.country) then return k end
    end
    return nil
  end
  for v = 2, tk.n - 1 do
    if TELLING[tk.f[v]] and not C.attr[v] then
      local so, oo = C.mention_at[v - 1], C.mention_at[v + 1]
      if tk.f[v - 1] == "had" then so = C.mention_at[v - 2] end
      local a = so and entries(st.G, st.doc.sentences[si], tk, ms[so], {})[1]
      local b = oo and ms[oo].a == v + 1 and entries(st.G, st.doc.sentences[si], tk, ms[oo], {})[1]
      local pa, pb = a and party_of(a), b and party_of(b)
      if pa and pb and pa ~= pb then
        for _, t in ipairs(A.times) do
          if t.a > v and names_day(t) and not C.attr[t.a] and not t.of_event then return c, t, v end
        end
      end
    end
  end
  return nil
end

-- (session 13) The two people the sentence right before names as its
-- subject and the person after its verb ("Vajpayee has written to
-- Clinton ... . There was no telephone contact between the two
-- leaders"), when the latest call `prev` was told before that sentence
-- and is not theirs: "the two" are those two.
local function pair_just_before(st, si, prev)
  if not prev or prev.sentence >= si - 1 then return nil end
  local pair = subject_pair_before(st, si, 1)
  if not pair then return nil end
  local same = 0
  for _, p in ipairs(pair) do
    for _, q in ipairs(prev.people) do
      if key_of(p) == key_of(q) then same = same + 1 end
    end
  end
  if same == 2 then return nil end
  return pair
end

return {
  telling_day = telling_day,
  pair_just_before = pair_just_before,
  held_root = held_root,
  antecedent = antecedent,
  distinct_words = distinct_words,
  series_person = series_person,
  joined_conference = joined_conference,
  next_in_series = next_in_series,
  in_announced_series = in_announced_series,
  joint_office = joint_office,
  holds_office = holds_office,
  joint_antecedent = joint_antecedent,
  other_day = other_day,
  counted_second = counted_second,
  twice_days = twice_days,
  ordinal_call = ordinal_call,
  subject_pair_before = subject_pair_before,
}
