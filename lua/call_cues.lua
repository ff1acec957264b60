-- call_cues.lua — call cues cues.find leaves to the plugin: passives,
-- dated call nouns, bare and gapped verbs of calling, cues in questions
-- and answers (require "callbrief.call_cues").  Pure; used by 20-calls.
--
--   call_cues.sentence_cues(A, lower, L, G, answer) -> {cue...}   all
--       the call cues of a sentence: cues.find's and those it leaves
--       (passive_cues, dated_call_cues, call_to_cues, purpose_cues,
--       bare_call_cues, pronoun_call_cues, gapped_cues; caps_cue_names,
--       kin_appositions, apposed_more and fronted_call change the mentions
--       or cues found in place), with cues.arguments, without the cues a
--       question or a "whether" clause holds (asserted)
--   call_cues.sort_cues(A, sent, found, G, fold) -> selfs, mains, pps,
--       excl, any_strong   the cues sorted: self-contained call phrases,
--       main cues, calls in a temporal phrase; the spans no main cue takes
--       people or a time from
--   call_cues.merge_cues(list) -> cue   one cue for a sentence's main cues
--   call_cues.CALL_DET, AUX_ADV   word lists 20-calls shares

local phrases = require("callbrief.phrases")
local dates = require("callbrief.dates")
local cues = require("callbrief.cues")
local tokenize = require("callbrief.tokenize")
local call_times = require("callbrief.call_times")
local call_people = require("callbrief.call_people")
local labels = require("callbrief.labels")
local mentions = require("callbrief.mentions")
local CONJ_TIME, own_times =
  call_times.CONJ_TIME, call_times.own_times
local hyphen_pair, mention_ending =
  call_people.hyphen_pair, call_people.mention_ending

-- A headline in capitals ("PRIME MINISTER TELEPHONES INDIAN PRIME
-- MINISTER", "PRESIDENT PHONES GERMAN CHANCELLOR"): a verb of calling
-- written in capitals right after a title was read as the name that goes
-- with the title.  The name is the cue's verb, so the mention is the
-- title alone (an office, no name).  Changes ms in place.
local function caps_cue_names(tk, ms, C, found)
  for _, c in ipairs(found) do
    if c.kind == "verb" then
      for _, m in ipairs(ms) do
        if m.kind == "person" and not m.person and m.b == c.a and m.a < c.a and m.role
            and tk.t[c.a] == tk.t[c.a]:upper() then
          m.kind, m.name, m.b, m.cands = "role", nil, c.a - 1, nil
          C.mention_at[c.a] = nil
        end
      end
    end
  end
end

-- A cue in a "whether" clause ("Asked whether he had spoken to the
-- Libyan leader, ...", "it is unclear whether the two spoke") asserts no
-- contact: like a stance it names the people but the sentence's other
-- cues say what happened.
-- A question about a plan ("has not said whether he intends to speak to
-- Putin", "asked whether he would call") still tells of a possible call:
-- planned, unless the sentence denies it.
local CLAUSE_END = { [","] = true, [";"] = true, ["."] = true, [":"] = true }
-- Auxiliaries that open a yes/no question ("Did Modi speak to Ghani?").
local QUESTION_AUX = { did = true, does = true, ["do"] = true, has = true, have = true, had = true,
  is = true, was = true, were = true, are = true, will = true, would = true, can = true,
  could = true, should = true }

-- The words of a parliament's chair addressed ("Mr. Speaker,"): a form of
-- address, then the chair's title (mentions.ADDRESSED).
local ADDRESS = { mr = true, ["mr."] = true, madam = true, madame = true, mister = true }
local function chair_address(f)
  return ADDRESS[f] or mentions.ADDRESSED[f] or false
end

-- A yes/no question, after a label ("Question: Did ...?"): it asks about
-- a call, it reports none.
local function yes_no_question(tk)
  if tk.f[tk.n] ~= "?" then return false end
  local p = 1
  for k = 1, math.min(tk.n, 4) do
    if tk.f[k] == ":" then p = k + 1 end
  end
  -- ("Q. Is ...?", "Question. Is ...?": a label with a full stop)
  if p == 1 then p = labels.dot(tk) or 1 end
  -- (session 11) after the chair addressed: "Mr. Chrétien: Mr. Speaker,
  -- did the Prime Minister ...?"
  if chair_address(tk.f[p] or "") then
    for c = p + 1, math.min(tk.n, p + 3) do
      if tk.f[c] == "," then p = c + 1 break end
      if not (chair_address(tk.f[c]) or tk.f[c] == ".") then break end
    end
  end
  return QUESTION_AUX[tk.f[p] or ""] == true
end

-- The passive of a verb of calling: "Zelensky was phoned by Sunak", "the
-- Turkish leader was telephoned on Tuesday by Putin", "had been called
-- earlier by Macron".  The agent after "by" placed the call; the person
-- the clause is about, before the auxiliary, took it.  (cues.find reads
-- "called" only with a person right after it.)
local PASSIVE_AUX = { was = true, were = true, been = true, being = true, is = true, are = true,
  be = true, got = true, get = true, gets = true }
local PASSIVE_PARTICIPLE = { phoned = true, telephoned = true, called = true, rung = true,
  dialled = true, dialed = true }
local PASSIVE_STOP = { ["."] = true, [";"] = true, ["and"] = true, ["that"] = true, ["to"] = true,
  ["for"] = true, ["on"] = false }
local PARTY_KIND = { person = true, role = true, group = true, pronoun = true }
-- (session 23) a verb of reaching is a call in the passive only with its
-- medium beside it: "was telephonically contacted by Vajpayee", "was
-- contacted by telephone by Carter", "was reached by phone by Blair"
-- ("was contacted by Carter" alone may be a letter or an envoy)
local REACH_PARTICIPLE = { contacted = true, reached = true }
local function medium_cue_at(found, k)
  for _, c in ipairs(found) do
    if c.kind == "medium" and c.a <= k and k <= c.b then return c end
  end
  return nil
end

-- (session 15) A subject whose apposition a comma closes: "The Swedish
-- Prime Minister, Mr Olof Palme, was telephoned by ...", "Olof Palme, the
-- Swedish Prime Minister, had been called by ...": the mention, its
-- comma, then at most an auxiliary or an adverb before the passive's one.
local BEFORE_AUX = { had = true, has = true, have = true, also = true, later = true, ["then"] = true,
  first = true, earlier = true }
local function appositive_subject(tk, m, aux)
  if tk.f[m.b + 1] ~= "," then return false end
  local k = m.b + 2
  while k < aux and BEFORE_AUX[tk.f[k]] do k = k + 1 end
  return k == aux
end

local function passive_cues(tk, ms, C, found)
  local out = {}
  local absorbed = {}
  local function covered(i, own)
    for _, c in ipairs(found) do
      if c ~= own and c.a <= i and i <= (c.rb or c.b) then return true end
    end
    return false
  end
  for i = 3, tk.n - 2 do
    -- (session 23) the medium of a passive verb of reaching: the adverb
    -- before it or the phrase right after it, skipped to the agent's "by"
    local reach_medium, after_medium
    if REACH_PARTICIPLE[tk.f[i]] then
      reach_medium = medium_cue_at(found, i - 1)
      after_medium = medium_cue_at(found, i + 1)
      if after_medium and tk.f[after_medium.b + 1] ~= "by" then after_medium = nil end
      reach_medium = reach_medium or after_medium
    end
    if (PASSIVE_PARTICIPLE[tk.f[i]] or reach_medium) and not covered(i, reach_medium) then
      -- one adverb may stand between ("was later phoned", "was also called")
      local aux = i - 1
      if not PASSIVE_AUX[tk.f[aux]] and tk.k[aux] == "w" and not C.mention_at[aux] then aux = aux - 1 end
      if PASSIVE_AUX[tk.f[aux] or ""] then
        -- "by" within a few words, a time between ("on Tuesday by Putin")
        local j, steps = i + 1, 0
        if tk.f[j] == "up" then j = j + 1 end
        if after_medium then j = after_medium.b + 1 end
        while j <= tk.n and tk.f[j] ~= "by" and steps < 6 and not PASSIVE_STOP[tk.f[j]]
            and not C.mention_at[j] do
          j, steps = j + 1, steps + 1
        end
        local agent = tk.f[j] == "by" and C.mention_at[j + 1]
        if agent and ms[agent].a == j + 1 and PARTY_KIND[ms[agent].kind] then
          local patient
          for k = #ms, 1, -1 do
            local m = ms[k]
            if m.b < aux and PARTY_KIND[m.kind] and not C.attr[m.a]
                and (C.seg[m.a] == C.seg[aux] or appositive_subject(tk, m, aux)) then
              patient = k
              break
            end
          end
          -- (session 15) a relative clause on the person called: "Modi,
          -- who was telephoned by Biden on Monday, said ..."
          if not patient then
            local w = aux - 1
            while tk.f[w] == "had" or tk.f[w] == "has" or tk.f[w] == "have" do w = w - 1 end
            if tk.f[w] == "who" and tk.f[w - 1] == "," then
              for k = #ms, 1, -1 do
                if ms[k].b == w - 2 and PARTY_KIND[ms[k].kind] and ms[k].kind ~= "pronoun" then patient = k break end
              end
            end
          end
          if patient then
            out[#out + 1] = { a = i, b = i, head = i, rb = ms[agent].b, kind = "verb",
              medium = reach_medium and reach_medium.medium or "phone",
              strong = true, subj = { agent }, counter = { patient }, object = patient,
              objects = { patient }, complete = true, passive = true }
            -- (the medium cue is this call's: the passive tells it whole)
            if reach_medium then absorbed[reach_medium] = true end
          end
        end
      end
    end
  end
  return out, absorbed
end

-- "a call on Monday", "their call on the evening of March 3": the noun
-- with a time after "on" is a conversation, not the appeal "call on X to"
-- that data/extract/calls.yaml's not_call drops (cues.find skips it).
local CALL_DET = { a = "indef", the = "def", their = "poss", his = "poss", her = "poss",
  its = "poss", this = "def", that = "def", another = "indef", first = "def", second = "def",
  ["'s"] = "poss", last = "def", latest = "def", earlier = "def" }

local function dated_call_cues(tk, ms, C, times, found)
  local out = {}
  for i = 2, tk.n - 2 do
    local f = tk.f[i]
    if (f == "call" or f == "calls") and CALL_DET[tk.f[i - 1]] and tk.f[i + 1] == "on" then
      -- ("Macron's call on Monday for a ceasefire" is an appeal)
      local dated = false
      for _, t in ipairs(times) do
        if (t.a == i + 1 or t.a == i + 2) and tk.f[t.b + 1] ~= "for"
            and not (tk.f[t.b + 1] == "to" and not C.mention_at[t.b + 2]) then
          dated = true
        end
      end
      local covered = false
      for _, c in ipairs(found) do
        if c.a <= i and i <= (c.rb or c.b) then covered = true end
      end
      if dated and not covered then
        local pm = C.mention_at[i - 1]
        local possessor = pm and ms[pm].kind == "pronoun" and pm or nil
        if tk.f[i - 1] == "'s" then possessor = C.mention_at[i - 2] end
        out[#out + 1] = { a = i - 1, b = i, head = i, kind = "noun", medium = "phone", strong = true,
          det = CALL_DET[tk.f[i - 1]], possessor = possessor, plural = f == "calls" or nil }
      end
    end
  end
  return out
end

-- "placed a call to Lula", "made a phone call to Netanyahu": a call noun
-- after a determiner with a person right after "to" is a call to that
-- person ("a call to action", "a call to end the war" name nobody).
-- cues.find reads "call to" as an appeal unless a possessive precedes
-- ("Putin's call to Erdogan").  New cues, or the person added to a noun
-- cue that ends on "call"; the grammar (cues.arguments) is read again.
local function call_to_cues(tk, ms, C, found)
  local out, changed = {}, {}
  for i = 2, tk.n - 2 do
    local f = tk.f[i]
    local mi = C.mention_at[i + 2]
    if (f == "call" or f == "calls") and tk.f[i + 1] == "to" and mi and ms[mi].a == i + 2
        and (ms[mi].kind == "person" or ms[mi].kind == "role") then
      local host
      for _, c in ipairs(found) do
        if c.a <= i and i <= (c.rb or c.b) then host = c end
      end
      -- ("calls to Sunak and Scholz")
      local list, last = { mi }, ms[mi].b
      while (tk.f[last + 1] == "and" or tk.f[last + 1] == ",") and C.mention_at[last + 2]
          and ms[C.mention_at[last + 2]].a == last + 2 and PARTY_KIND[ms[C.mention_at[last + 2]].kind] do
        local m2 = C.mention_at[last + 2]
        list[#list + 1] = m2
        last = ms[m2].b
      end
      if host then
        if host.kind == "noun" and host.b == i and not host.with and not host.between then
          host.with, host.rb = list, last
          changed[#changed + 1] = host
        end
      elseif CALL_DET[tk.f[i - 1]] and tk.f[i - 1] ~= "'s" then
        out[#out + 1] = { a = i - 1, b = i, head = i, rb = last, kind = "noun", medium = "phone",
          strong = true, det = CALL_DET[tk.f[i - 1]], with = list, plural = f == "calls" or nil }
      end
    end
  end
  for _, c in ipairs(out) do changed[#changed + 1] = c end
  return out, changed
end

-- "Ruto phoned to congratulate Tinubu", "called to thank Modi", "rang
-- to brief Sunak": a verb of calling followed by "to" and a verb whose
-- object is the person called ("called to" is an appeal in data's
-- not_call; cues.find wants the person right after the verb).
local CALLING = { phoned = true, telephoned = true, called = true, rang = true, rung = true,
  dialled = true, dialed = true, phones = true, telephones = true, calls = true, phone = true,
  telephone = true, call = true }
local PURPOSE_VERB = { congratulate = true, thank = true, urge = true, invite = true, brief = true,
  inform = true, ask = true, reassure = true, console = true, greet = true, wish = true, press = true,
  update = true, warn = true, assure = true, tell = true, condole = true, felicitate = true }

local function purpose_cues(tk, ms, C, found)
  local out = {}
  for i = 2, tk.n - 3 do
    local mi = C.mention_at[i + 3]
    if CALLING[tk.f[i]] and tk.f[i + 1] == "to" and PURPOSE_VERB[tk.f[i + 2]] and mi
        and ms[mi].a == i + 3 and (ms[mi].kind == "person" or ms[mi].kind == "role")
        and not CALL_DET[tk.f[i - 1]] then
      local covered = false
      for _, c in ipairs(found) do
        if c.a <= i and i <= (c.rb or c.b) then covered = true end
      end
      if not covered then
        out[#out + 1] = { a = i, b = i, head = i, rb = ms[mi].b, kind = "verb", medium = "phone",
          strong = true, object = mi, objects = { mi } }
      end
    end
  end
  return out
end

-- "tried to telephone him", "will phone her on Monday": "phone" and
-- "telephone" as verbs with a pronoun as the person called (cues.find
-- reads them as the medium of a noun to come, and finds none).
local MEDIUM_VERB = { phone = true, telephone = true }

-- A verb of calling with nobody called: "Blair rang to offer his
-- sympathy", "Bush rang; the two leaders spoke", "Merkel phoned back."
-- (not "called for", "called on", "called it ...", "was called", "called
-- the move ...": a word after it that is no end of the clause nor "to" and
-- a verb).
local BARE_CALL_VERB = { rang = true, rung = true, called = true, phoned = true, telephoned = true,
  rings = true, calls = true, phones = true, telephones = true }
local NO_VERB_AFTER_TO = { the = true, a = true, an = true, his = true, her = true, their = true,
  its = true, this = true, that = true, him = true, them = true }
local BEFORE_CALL_VERB = { had = true, has = true, have = true, ["then"] = true, later = true,
  earlier = true, first = true, finally = true, also = true, already = true, personally = true,
  reportedly = true,
  -- (session 17) the one who did not call: "Arafat did not call, but
  -- ...", "Blair has not rung" (denied, the one who did not placed it)
  did = true, ["not"] = true, ["n't"] = true, never = true, ["didn't"] = true, ["hasn't"] = true }
-- (session 11) The verbs of an attribution after a comma: "Brown has
-- also phoned, Rudd's office confirms", "Merkel rang, aides said".
local ATTRIBUTION_VERB = { said = true, says = true, confirmed = true, confirms = true,
  announced = true, announces = true, reported = true, reports = true, added = true, adds = true,
  stated = true, states = true, noted = true, told = true, according = true }
-- (not "called, Merkel said, for calm": "called for" split)
local SPLIT_PREP = { ["for"] = true, on = true, upon = true }
local function attribution_after(tk, j)
  local said = false
  for k = j + 1, math.min(tk.n, j + 9) do
    local f = tk.f[k]
    if f == "," or f == "." or f == ";" or f == ":" then
      return said and not (f == "," and SPLIT_PREP[tk.f[k + 1] or ""])
    end
    if ATTRIBUTION_VERB[f] then said = true end
  end
  return said and tk.n <= j + 9
end
local TIME_WORD = { yesterday = true, today = true, tonight = true, earlier = true, later = true }
local TIME_PART = { morning = true, afternoon = true, evening = true, night = true }
local function past_time(tk, j)
  local f = tk.f[j]
  local n1 = tk.f[j + 1]
  if (f == "early" or f == "late") and (n1 == "on" or n1 == "last" or n1 == "this" or TIME_WORD[n1 or ""]) then
    j = j + 1
    f = tk.f[j]
  end
  if TIME_WORD[f or ""] then return j + 1 end
  if (f == "last" or f == "this") and TIME_PART[tk.f[j + 1] or ""] then return j + 2 end
  if f == "on" and dates.WEEKDAYS[tk.f[j + 1] or ""] then
    j = j + 2
    if TIME_PART[tk.f[j] or ""] then j = j + 1 end
  end
  return j
end

local CLAUSE_AFTER = { before = true, after = true, when = true, ["while"] = true, ["and"] = true,
  but = true, because = true, since = true, although = true, though = true, whereupon = true }

local ME_AFTER = { about = true, on = true, over = true, from = true, after = true, before = true,
  at = true, ["in"] = true, during = true, with = true, to = true, ["and"] = true, but = true,
  when = true, ["while"] = true, because = true, as = true }
-- (session 17) the base form after a negated "do": "did not call",
-- "didn't phone" (no noun there: no determiner before it)
local BASE_CALL_VERB = { call = true, phone = true, ring = true, telephone = true }
local function negated_base(tk, h)
  local p = tk.f[h - 1]
  return BASE_CALL_VERB[tk.f[h]] and (p == "didn't" or ((p == "not" or p == "n't") and
    (tk.f[h - 2] == "did" or tk.f[h - 2] == "does" or tk.f[h - 2] == "do"))) or false
end
local function objectless_at(tk, h)
  if not BARE_CALL_VERB[tk.f[h]] and not negated_base(tk, h) then return false end
  local p = tk.f[h - 1]
  if p == "was" or p == "were" or p == "is" or p == "are" or p == "be" or p == "been" or p == "being"
      or p == "-" or p == "so" then
    return false
  end
  local j = h + 1
  -- (session 14) the speaker called: "X rang me this morning" (20-calls
  -- makes the turn's speaker the other end)
  local me = tk.f[j] == "me" and tk.t[j] == "me"
  if me then j = j + 1 end
  if tk.f[j] == "back" or tk.f[j] == "again" then j = j + 1 end
  -- (session 10) a time after it: "Uribe had called on Saturday to
  -- inform him", "rang last night", "phoned early on Sunday"
  j = past_time(tk, j)
  if tk.f[j] == "too" then j = j + 1 end
  local f = tk.f[j]
  if f == nil or f == "." or f == ";" then return true, me end
  -- ("rang me this morning about the floods", "called me from Jakarta";
  -- not "called me a liar")
  if me and (f == "," or ME_AFTER[f]) then return true, me end
  if f == "," and attribution_after(tk, j) then return true, me end
  -- (session 13) or another clause after the comma: "Schmidt has on
  -- Monday with Siad Barre telephoned, before the government gave ..."
  -- (German word order, machine-translated), "Bush called, and the two
  -- spoke for twenty minutes"
  if f == "," and CLAUSE_AFTER[tk.f[j + 1] or ""] then return true, me end
  if f == "to" then
    local g = tk.f[j + 1]
    return g ~= nil and tk.k[j + 1] == "w" and not tk.up[j + 1] and not NO_VERB_AFTER_TO[g], me
  end
  return false
end

-- Cues of object-less verbs of calling after a person (`bare`; cues.find
-- makes none: its verbs need the person called).
local function bare_call_cues(tk, ms, C, found)
  local out = {}
  for i = 2, tk.n do
    local bare, me = false, false
    if (BARE_CALL_VERB[tk.f[i]] or negated_base(tk, i)) and not CALL_DET[tk.f[i - 1]] then
      bare, me = objectless_at(tk, i)
    end
    if me then
      -- (not inside a quotation: its "me" is the quoted speaker's)
      if tokenize.quoted(tk, i) then bare = false end
    end
    if bare then
      local covered = false
      for k, c in ipairs(found) do
        if c.a <= i and i <= (c.rb or c.b) then
          covered = true
          -- (a negated base form read as a noun: the verb's, below)
          if c.a == i and c.b == i and c.kind == "noun" and negated_base(tk, i) then covered = k end
        end
      end
      -- (the caller: the person just before it, "Tony Blair rang", "the
      -- British Prime Minister, Tony Blair, rang")
      local e = tk.f[i - 1] == "," and i - 2 or i - 1
      -- ("Uribe had called", "Merkel then phoned")
      while e > 1 and BEFORE_CALL_VERB[tk.f[e]] do e = e - 1 end
      local caller
      for mi, o in ipairs(ms) do
        -- (an office of a country too, when it called "me": "The
        -- President of Indonesia rang me")
        if o.b == e and (o.kind == "person" or (me and o.kind == "role" and o.country)) then caller = mi end
      end
      if type(covered) == "number" and caller then
        table.remove(found, covered)
        covered = false
      end
      if not covered and caller then
        out[#out + 1] = { a = i, b = i, head = i, kind = "verb", medium = "phone", strong = true, bare = caller,
          me = me or nil }
      end
    end
  end
  return out
end
local PRONOUN_OBJECT = { him = true, her = true }
local function pronoun_call_cues(tk, ms, C, found)
  local out = {}
  for i = 2, tk.n - 1 do
    local mi = C.mention_at[i + 1]
    if MEDIUM_VERB[tk.f[i]] and PRONOUN_OBJECT[tk.f[i + 1]] and mi and ms[mi].kind == "pronoun"
        and not CALL_DET[tk.f[i - 1]] then
      local covered = false
      for _, c in ipairs(found) do
        if c.a <= i and i <= (c.rb or c.b) then covered = true end
      end
      if not covered then
        out[#out + 1] = { a = i, b = i, head = i, rb = i + 1, kind = "verb", medium = "phone",
          strong = true, object = mi, objects = { mi } }
      end
    end
  end
  return out
end

-- "received a phone call from his brother, President Abdel Fattah el-Sisi",
-- "spoke with his brother, His Highness Sheikh Mohamed bin Zayed": the
-- kinship of Gulf and Arab readouts is an honorific; the person named
-- after it is the party, not the owner of "his".
local KIN = { brother = true, sister = true, friend = true, ["dear"] = true }
local function kin_person(tk, ms, C, mi)
  local m = mi and ms[mi]
  if not (m and m.kind == "pronoun") then return mi end
  local j = m.b + 1
  if tk.f[j] == "dear" then j = j + 1 end
  if not KIN[tk.f[j] or ""] then return mi end
  local k
  if tk.f[j + 1] == "," then
    k = j + 2
    while k <= math.min(tk.n, j + 8) and not C.mention_at[k] do k = k + 1 end
  else
    -- (session 22) without the comma: "a phone call from his brother King
    -- Abdullah II of Jordan", "his brother His Highness Sheikh X" (only
    -- capitalised words, a style, before the person)
    k = j + 1
    while k <= math.min(tk.n, j + 4) and not C.mention_at[k] and tk.k[k] == "w" and tk.up[k] do k = k + 1 end
  end
  local pm = C.mention_at[k]
  if pm and (ms[pm].kind == "person" or ms[pm].kind == "role") then return pm end
  return mi
end

local function kin_appositions(tk, ms, C, found)
  -- "telephoned his brother, President Erdogan": no cue yet (the verb
  -- wants a person right after it)
  for i = 1, tk.n - 1 do
    local pm = C.mention_at[i + 1]
    local covered = false
    for _, c in ipairs(found) do
      if c.a <= i and i <= (c.rb or c.b) then covered = true end
    end
    if CALLING[tk.f[i]] and pm and ms[pm].a == i + 1 and not covered and not CALL_DET[tk.f[i - 1] or ""] then
      local who = kin_person(tk, ms, C, pm)
      if who ~= pm then
        found[#found + 1] = { a = i, b = i, head = i, rb = ms[who].b, kind = "verb", medium = "phone",
          strong = true, object = who, objects = { who } }
      end
    end
  end
  for _, c in ipairs(found) do
    if c.from then c.from = kin_person(tk, ms, C, c.from) end
    for _, list in ipairs({ c.with or {}, c.objects or {} }) do
      for k, mi in ipairs(list) do list[k] = kin_person(tk, ms, C, mi) end
    end
    if c.object then c.object = kin_person(tk, ms, C, c.object) end
  end
end

-- "Biden called Macron on Monday and Scholz on Tuesday", "spoke with
-- Lula on Friday and Petro on Saturday": a second person with a day of
-- their own after "and" is a second call of the same subject (the verb
-- gapped).  Made after cues.arguments: the subject is the first cue's.
-- Auxiliaries and adverbs between a subject and its verb.
local AUX_ADV = { also = true, has = true, had = true, have = true, already = true, again = true }
local SEQUENCE = { ["then"] = true, later = true, afterwards = true, subsequently = true, next = true }
local function gapped_cues(tk, ms, C, times, found)
  local out = {}
  local function time_at(j)
    for _, t in ipairs(times) do if t.a == j then return t end end
    return nil
  end
  for _, c in ipairs(found) do
    local list = c.objects or c.with
    if (c.kind == "verb" or c.kind == "speak") and c.complete and c.subj and list and #list == 1 and c.rb then
      local t = time_at(c.rb + 1)
      local k = t and t.b + 1
      if k and tk.f[k] == "," then k = k + 1 end
      local m2 = k and tk.f[k] == "and" and C.mention_at[k + 1]
      -- "called Sunak and then Macron", "spoke with Ruto and later with
      -- Museveni": a word of sequence makes the second person a call of
      -- its own, with or without a day
      local seq = false
      if not m2 then
        k = t and t.b + 1 or c.rb + 1
        if tk.f[k] == "," then k = k + 1 end
        if tk.f[k] == "and" and SEQUENCE[tk.f[k + 1] or ""] then
          local j = k + 2
          if tk.f[j] == "with" or tk.f[j] == "to" then j = j + 1 end
          local mj = C.mention_at[j]
          if mj and ms[mj].a == j then m2, seq, k = mj, true, j - 1 end
        end
      end
      local function person(mi) return ms[mi].kind == "person" or ms[mi].kind == "role" end
      local function gapped(mi, a)
        out[#out + 1] = { a = a or ms[mi].a, b = ms[mi].b, head = c.head, rb = ms[mi].b, kind = c.kind,
          medium = c.medium, strong = c.strong, subj = c.subj, counter = { mi },
          objects = c.objects and { mi } or nil, with = c.with and { mi } or nil,
          complete = true, gapped = true }
      end
      -- "and on Tuesday Sunak", "and on Tuesday to Sunak": the second
      -- person's day before them (the first's before the verb: "On Monday
      -- Macron telephoned Scholz and on Tuesday Sunak")
      local k0 = c.rb + 1
      local t0 = tk.f[k0] == "and" and time_at(k0 + 1)
      if t0 and (t0.kind == "date" and t0.day or t0.kind == "weekday"
          or t0.kind == "relative" and not t0.clock) then
        local j = t0.b + 1
        if tk.f[j] == "to" or tk.f[j] == "with" then j = j + 1 end
        local mj = C.mention_at[j]
        if mj and ms[mj].a == j and person(mj) then
          gapped(mj, t0.a)
          t0.gapped_own = true            -- (pick_time: no other cue's)
        end
      end
      -- a longer list, each person with a day of their own, from the time
      -- after a person: "Scholz on Monday, Sunak on Tuesday and Meloni on
      -- Wednesday"
      local function chain(tn)
        while tn do
          local j = tn.b + 1
          if tk.f[j] == "," then j = j + 1 end
          if tk.f[j] == "and" then j = j + 1 end
          local mj = j > tn.b + 1 and C.mention_at[j]
          tn = mj and ms[mj].a == j and person(mj) and time_at(ms[mj].b + 1)
          if tn then gapped(mj) end
        end
      end
      if m2 and ms[m2].a == k + 1 and person(m2) and (seq or time_at(ms[m2].b + 1)) then
        gapped(m2)
        chain(time_at(ms[m2].b + 1))
      elseif t and not m2 and tk.f[t.b + 1] == "," then
        chain(t)
      end
    end
    -- "a phone conversation with Putin, followed by one with Zelensky",
    -- "a call with Macron and another with Scholz"; (session 18) "a call
    -- from Wilson and one from Muldoon"
    local prep = c.with and "with" or (c.from and "from")
    if c.complete and c.subj and prep and c.rb then
      for j = c.rb + 1, math.min(tk.n - 2, c.rb + 6) do
        local w = tk.f[j]
        if (w == "one" or w == "another") and tk.f[j + 1] == prep then
          local m2 = C.mention_at[j + 2]
          if m2 and ms[m2].a == j + 2 and (ms[m2].kind == "person" or ms[m2].kind == "role") then
            out[#out + 1] = { a = j, b = ms[m2].b, head = c.head, rb = ms[m2].b, kind = c.kind,
              medium = c.medium, strong = c.strong, subj = c.subj, counter = { m2 },
              with = prep == "with" and { m2 } or nil, from = prep == "from" and m2 or nil,
              light = c.light, complete = true, gapped = true }
          end
          break
        end
      end
    end
  end
  return out
end

-- A call noun in a fronted phrase ("In a call on Monday, Erdogan told
-- Putin ...", "During their phone conversation, Biden and Netanyahu
-- discussed ...") is the occasion of the main clause after the comma: its
-- subject and the person it tells are the parties, even when the verb is
-- one of saying.
local FRONT_PREP = { ["in"] = true, during = true, over = true, on = true }
-- ("After / Following a call with Obama on Wednesday, Cameron said": the
-- call held, its other party named; fronted_with only)
local FRONT_AFTER = { after = true, following = true }
local TELL_VERB = { told = true, assured = true, urged = true, asked = true, informed = true,
  thanked = true, congratulated = true, pressed = true, warned = true, reminded = true,
  tells = true, briefed = true, invited = true, offered = true }
local TELL_SKIP = { also = true, had = true, has = true, reportedly = true, personally = true }

-- (session 19) "In a telephone conversation with Obama on Wednesday,
-- Cameron said / noted / urged ...": the person after the comma that
-- closes the fronted phrase is its other party, whatever the verb (a verb
-- of saying would otherwise make him a reporter, off the call).  Between
-- the person called and that comma, a few words of no person (the time,
-- "by telephone"); the subject is a person or an office, not a
-- possessive ("Cameron's spokesman") nor a spokesperson.
local FRONT_GAP = 6
local function fronted_with(tk, ms, C, c)
  local w = ms[c.with[1]]
  if w.kind == "pronoun" or w.kind == "joint" then return end
  local comma
  for j = w.b + 1, math.min(tk.n, w.b + FRONT_GAP + 1) do
    if tk.f[j] == "," then comma = j break end
    if C.mention_at[j] or tk.k[j] ~= "w" then return end
  end
  if not comma then return end
  local k = C.mention_at[comma + 1]
  local m = k and ms[k]
  if not m or m.a ~= comma + 1 or not (m.kind == "person" or m.kind == "role") then return end
  if m.role and m.role:find("spokes", 1, true) then return end
  local nxt = tk.f[m.b + 1]
  if not nxt or tk.k[m.b + 1] ~= "w" or tk.up[m.b + 1] or nxt == "'s" or nxt == "\226\128\153s" then return end
  c.subj, c.counter, c.complete = { k }, { c.with[1] }, true
end

local function fronted_call(tk, ms, C, c)
  -- (session 19: after a dateline too, "LONDON, June 5 (Reuters) - In a
  -- call with ...")
  local s0 = cues.after_dateline(tk)
  if not (c.kind == "noun" or c.kind == "medium") or c.a > s0 + 5 then return end
  if not FRONT_PREP[tk.f[s0]] and not (FRONT_AFTER[tk.f[s0]] and c.with) then return end
  -- "In his call to Erdogan on Monday, Putin stressed ...": "his" is the
  -- main clause's subject, named after it
  if c.possessor and ms[c.possessor].kind == "pronoun" and (c.with or c.between) and not c.from then
    for k, m in ipairs(ms) do
      if m.a > (c.rb or c.b) and PARTY_KIND[m.kind] and m.kind ~= "pronoun" then
        if C.seg[m.a] ~= C.seg[c.rb or c.b] and C.seg[m.a - 1] ~= C.seg[m.a] then c.cataphor = k end
        break
      end
    end
    return
  end
  if c.with and #c.with == 1 and not c.between and not c.from and not c.possessor then
    fronted_with(tk, ms, C, c)
    return
  end
  if c.with or c.between or c.from then return end
  if c.possessor and ms[c.possessor].kind ~= "pronoun" then return end
  local seg = C.seg[c.b]
  for k = 2, c.a - 1 do
    if C.mention_at[k] and ms[C.mention_at[k]].kind ~= "pronoun" then return end
  end
  local subj
  for k, m in ipairs(ms) do
    if m.a > c.b and PARTY_KIND[m.kind] then
      if C.seg[m.a] ~= seg + 1 or C.seg[m.a - 1] ~= seg then return end
      subj = k
      break
    end
  end
  if not subj then return end
  local m = ms[subj]
  local j = m.b + 1
  local other = tk.f[j] == "and" and C.mention_at[j + 1]
  if other and ms[other].a == j + 1 and PARTY_KIND[ms[other].kind] then
    c.subj, c.counter, c.complete = { subj, other }, nil, true
    return
  end
  while TELL_SKIP[tk.f[j] or ""] do j = j + 1 end
  local told = TELL_VERB[tk.f[j] or ""] and C.mention_at[j + 1]
  if told and ms[told].a == j + 1 and PARTY_KIND[ms[told].kind] then
    c.subj, c.counter, c.complete = { subj }, { told }, true
  end
end

-- A yes/no question about a call answered, in the paragraph after it, by
-- a denial ("QUESTION: Will the Prime Minister speak again to the American
-- President? REPPAS: Nothing is scheduled at this moment."; "Q: Did X talk
-- to Y? A: There was no such call"): the answer's first sentence (`answer`,
-- tokens) has a phrase of denial (calls.yaml denied_phrases) and no call
-- of its own in the affirmative.
-- (session 10) Also a bare "No" ("Press Secretary: No.", "A: No, he has
-- not"; not "No doubt he will"), returned as "bare", and "no" before a
-- call noun and its medium ("there has been no telephone talk with
-- President Chirac").
local NEGATION_AFTER_NO = { ["not"] = true, ["n't"] = true, never = true, no = true, nothing = true }

local function denied_answer(answer, L)
  if not answer then return false end
  local f = answer.f
  local first = 1
  -- (past the speaker's label: "Press Secretary: No.", "A: No.", "A. No.")
  for i = 1, math.min(answer.n - 1, 5) do
    if f[i] == ":" then first = i + 1 break end
    if not (answer.k[i] == "w" and answer.up[i]) and f[i] ~= "." then break end
  end
  if first == 1 then first = labels.dot(answer) or 1 end
  while first < answer.n and answer.k[first] ~= "w" do first = first + 1 end
  if f[first] == "no" and (f[first + 1] == "." or first == answer.n) then return "bare" end
  if f[first] == "no" and f[first + 1] == "," then
    for i = first + 2, answer.n do
      if NEGATION_AFTER_NO[f[i]] then return "bare" end
    end
  end
  for i = 1, answer.n do
    if phrases.match(L.denied, answer, i) then return true end
    if f[i] == "no" then
      local j = L.media_mod[f[i + 1] or ""] and i + 2 or i + 1
      if L.heads[f[j] or ""] or L.weak_nouns[f[j] or ""] then return true end
    end
  end
  return false
end

-- (session 16) "Asked whether she had spoken to Trump, she said she had
-- not": the answer after the question's clause denies the contact.
local NO_AUX = { had = true, has = true, have = true, did = true, ["hadn't"] = true }
local ANSWER_NOT = { ["not"] = true, ["n't"] = true, never = true }
-- (session 21) also after the point of a title or an initial ("Mr.
-- Andropov, Mr. Speakes said no"), and an answer quoted after a colon:
-- "said: 'No.'", "replied: 'Not yet.'", "said: \"No, he has not.\""
local ANSWER_VERB = cues.ANSWER_VERB
local abbrev_dot = cues.abbrev_dot

-- The comma that ends the question's clause after cue c, where the
-- answer begins ("Asked whether X had called Y, Mr. Z said ..."), or nil.
local function question_end(tk, c)
  local k = c.b + 1
  while k <= tk.n and (not CLAUSE_END[tk.f[k]] or abbrev_dot(tk, k)) do k = k + 1 end
  return tk.f[k] == "," and k or nil
end

-- (session 22) The verbs after "did not" that evade the question.
local EVASION = { know = true, say = true, comment = true, recall = true, remember = true,
  elaborate = true, disclose = true, specify = true, confirm = true, discuss = true, want = true,
  wish = true, care = true }
local function asked_no(tk, w, c)
  if tk.f[w - 1] ~= "asked" then return false end
  local k = question_end(tk, c)
  if not k then return false end
  local quoted = false     -- past the colon or the quotation mark opening the answer
  for i = k + 1, math.min(tk.n, k + 12) do
    local f = tk.f[i]
    if f == ":" and ANSWER_VERB[tk.f[i - 1] or ""] then
      quoted = true
    elseif tk.k[i] == "q" then
      quoted = quoted or ANSWER_VERB[tk.f[i - 1] or ""] or tk.f[i - 1] == ":"
    elseif quoted and (f == "no" or (f == "not" and tk.f[i + 1] == "yet")) then
      -- the answer's first word: "No.", "No, he has not.", "Not yet."
      local prev = tk.f[i - 1]
      if prev == ":" or tk.k[i - 1] == "q" then return true end
      return false
    elseif CLAUSE_END[f] and not abbrev_dot(tk, i) or f == "but" then
      return false
    end
    -- ("he did not", not an evasion: "he did not know", "did not want
    -- to comment")
    if ANSWER_NOT[f] and NO_AUX[tk.f[i - 1] or ""] and not EVASION[tk.f[i + 1] or ""] then return true end
    if f == "no" and ANSWER_VERB[tk.f[i - 1] or ""] then return true end
  end
  return false
end

-- (session 22) "Asked whether Reagan had telephoned Gorbachev, Mr.
-- Speakes said: 'Yes, this morning.'", "the spokesman replied, \"Yes, he
-- did.\"", "Mr. Fitzwater said yes", "said he had": the answer after the
-- question's clause says the contact took place.  Only an answer of
-- "yes" or of the bare auxiliary ("he had", "she did"); any other answer
-- ("declined to say", "would not comment") asserts nothing.  Returns
-- "yes", "no" (a quoted "No," after a comma: 'replied, "No, he did
-- not."') or nil.
local ANSWER_PRONOUN = { he = true, she = true, they = true, it = true, we = true, i = true }
local YES_AUX = { had = true, has = true, have = true, did = true, was = true, were = true }
-- (a time between "asked" and the question: "Asked on Tuesday whether")
local ASKED_TIME = { on = true, monday = true, tuesday = true, wednesday = true, thursday = true,
  friday = true, saturday = true, sunday = true, yesterday = true, today = true, late = true,
  earlier = true, later = true, again = true, also = true, directly = true, repeatedly = true }
local function asked_answer(tk, w, c)
  local j = w - 1
  while j > 1 and ASKED_TIME[tk.f[j]] do j = j - 1 end
  if tk.f[j] ~= "asked" then return nil end
  local k = question_end(tk, c)
  if not k then return nil end
  -- the answer verb, past the speaker
  local v
  for i = k + 1, math.min(tk.n, k + 8) do
    if ANSWER_VERB[tk.f[i]] then v = i break end
    if CLAUSE_END[tk.f[i]] and not abbrev_dot(tk, i) or tk.k[i] == "q" then return nil end
  end
  if not v then return nil end
  local i = v + 1
  local quoted = false
  while i <= tk.n and (tk.f[i] == ":" or tk.f[i] == "," or tk.k[i] == "q" or tk.f[i] == "that") do
    if tk.k[i] == "q" then quoted = true end
    i = i + 1
  end
  local f = tk.f[i]
  if f == "yes" and (i == tk.n or CLAUSE_END[tk.f[i + 1]] or tk.k[i + 1] == "q") then return "yes" end
  if f == "no" and quoted and (CLAUSE_END[tk.f[i + 1] or ""] or tk.k[i + 1] == "q") then return "no" end
  if ANSWER_PRONOUN[f] and YES_AUX[tk.f[i + 1] or ""] then
    local nx = tk.f[i + 2]
    if i + 1 == tk.n or CLAUSE_END[nx] or tk.k[i + 2] == "q" then return "yes" end
  end
  return nil
end

local function asserted(tk, found, L, answer)
  if #found == 0 then return found end
  -- what a correction says a page said wrongly ("An earlier version of
  -- this article said X and Y spoke on Sunday", "incorrectly reported
  -- that ...") is no report of a call
  for i = 1, tk.n do
    local f = tk.f[i]
    if f == "incorrectly" or f == "mistakenly" or f == "erroneously" or f == "wrongly" or f == "misstated"
        or (f == "version" and (tk.f[i - 1] == "earlier" or tk.f[i - 1] == "previous")) then
      for _, c in ipairs(found) do c.stance = true end
      return found
    end
  end
  if yes_no_question(tk) then
    local denied = denied_answer(answer, L)
    for _, c in ipairs(found) do
      -- (a bare "No" denies a contact with someone, not "Did you talk
      -- about Rudd?": "No, that was not raised")
      local no = denied and not (denied == "bare" and not (c.with or c.object or c.objects or c.counter))
      if no then c.negated = true else c.stance = true end
    end
    return found
  end
  local q, open, plan = {}, nil, {}
  for i = 1, tk.n do
    local f = tk.f[i]
    -- (the point of "Mr." or "U.S." ends no clause)
    local abbrev = f == "." and i < tk.n and tk.k[i - 1] == "w" and (#tk.f[i - 1] <= 3 or cues.ABBREV_DOT[tk.f[i - 1]])
    -- (session 16) also "asked if": a question, as "whether"
    if f == "whether" or (f == "if" and (tk.f[i - 1] == "asked" or tk.f[i - 1] == "asking")) then
      open = i
    elseif CLAUSE_END[f] and not abbrev then
      open = nil
    end
    q[i] = open
    if open and phrases.match(L.planned, tk, i) then plan[open] = true end
  end
  for _, c in ipairs(found) do
    if q[c.a] and not plan[q[c.a]] then
      local said = asked_answer(tk, q[c.a], c)
      if asked_no(tk, q[c.a], c) or said == "no" then
        c.negated = true
      elseif said == "yes" then
        c.answered = true
      else
        c.stance = true
      end
    end
  end
  return found
end

-- "he had spoken to US President Barack Obama, his second conversation
-- with the president since the disaster, and to British Prime Minister
-- David Cameron and German Chancellor Angela Merkel", "spoke to Blair, to
-- Ahern and to Trimble": the preposition of a verb of speaking repeated
-- after a comma (and after an appositive between commas, or a time) puts
-- more people on its list.  The repeated preposition deals the list out
-- (`dealt`): one call each.
-- Past the adverbs that place one call of a series ("once", "again",
-- "later") from token k: the token after them.
local SEQUENCE_ADVERB = { once = true, twice = true, again = true, later = true, also = true,
  separately = true, briefly = true, ["then"] = true, subsequently = true, afterwards = true }
local function skip_sequence(tk, k)
  while k <= tk.n and SEQUENCE_ADVERB[tk.f[k]] do k = k + 1 end
  return k
end

local function apposed_more(tk, ms, C, times, found)
  local function person_at(j)
    local mi = C.mention_at[j]
    return mi and ms[mi].a == j and (ms[mi].kind == "person" or ms[mi].kind == "role") and mi or nil
  end
  for _, c in ipairs(found) do
    local first = c.kind == "speak" and c.with and c.rb and ms[c.with[1]]
    local prep = first and tk.f[first.a - 1]
    if prep == "to" or prep == "with" then
      local list = {}
      for _, mi in ipairs(c.with) do list[#list + 1] = mi end
      local j, guard = c.rb + 1, 0
      while j <= tk.n and guard < 8 do
        guard = guard + 1
        for _, t in ipairs(times) do if t.a == j then j = t.b + 1 end end
        -- ("to Macron on Monday and to Sunak": after a time, no comma;
        -- "twice with Fahd and once with Ozal", "and later to Sunak")
        -- (a day after "and" gaps the verb: "to Biden and on Friday to
        -- Kishida", calls_s9d)
        local after_and = tk.f[j] == "and" and skip_sequence(tk, j + 1)
        if tk.f[j] ~= "," and not (after_and and tk.f[after_and] == prep and (j > c.rb + 1 or after_and > j + 1)) then break end
        local k = j + 1
        if tk.f[j] == "and" then k = j end
        k = skip_sequence(tk, k)       -- (", then with Zelensky")
        if tk.f[k] == "and" then k = skip_sequence(tk, k + 1) end
        if tk.f[k] ~= prep then
          -- an appositive up to the next comma
          local close
          for q = j + 1, math.min(tk.n - 2, j + 16) do
            local f = tk.f[q]
            if f == "," then close = q break end
            if f == "that" or f == ";" or f == "." or f == "and" or (q == j + 1 and person_at(q)) then break end
          end
          if not close then break end
          k = close + 1
          if tk.f[k] == "and" then k = k + 1 end
          if tk.f[k] ~= prep then break end
        end
        -- (a pronoun or an office the gazetteer does not know before the
        -- name: "and with him, Dar, earlier", "and with the opposition
        -- candidate, Viktor Yushchenko")
        local mi = person_at(cues.name_after(tk, k, person_at))
        if not mi then break end
        -- the people after this preposition: "and to Cameron and Merkel"
        while mi do
          list[#list + 1] = mi
          j = ms[mi].b + 1
          local q = tk.f[j] == "and" and j + 1
          if q and tk.f[q] == prep then q = q + 1 end
          mi = q and person_at(q) or nil
        end
      end
      if #list > #c.with then
        c.with, c.rb, c.dealt = list, ms[list[#list]].b, true
        if c.counter then c.counter = list end
      end
    end
  end
end

local function merge_cues(list)
  local main = list[1]
  for k = 2, #list do
    local c = list[k]
    if c.strong and not main.strong then main, c = c, main end
    -- ("spoke separately with A and B by phone": the verb of speaking
    -- with its list, the medium phrase the main cue)
    if c.kind == "speak" and c.with then main.spoken = true end
    main.medium = main.medium or c.medium
    main.with = main.with or c.with
    main.between = main.between or c.between
    main.object = main.object or c.object
    main.from = main.from or c.from
    main.negated = main.negated or c.negated
    main.planned = main.planned or c.planned
    main.plural = main.plural or c.plural
    main.dealt = main.dealt or c.dealt
    main.strong = main.strong or c.strong
  end
  return main
end

-- All the call cues of a sentence (A: its analysis, lower: its text in
-- lower case): cues.find's and the ones above, each with what its grammar
-- says (cues.arguments), without those a question or a "whether" clause
-- holds; {} when only stances are left.  `answer`: the analysis of the
-- answer to the sentence if it is a question (the next paragraph's first
-- sentence), or nil.  Sets A.cue_time.
-- (session 17) "The first to call was Clinton, who reached Barak ...",
-- "The first foreign leader to telephone Barak was Clinton", "Among the
-- first to ring was Blair": the infinitive of a superlative tells who
-- called, and the person after "was" is the caller (cues.find reads the
-- object-less "call" as a noun, or a verb with no subject).  The cue
-- becomes a verb of calling whose subject is that person: with its object
-- the person called, else object-less (`bare`: the other end is the
-- account's topic).
local RANK_WORD = { first = true, last = true, second = true, third = true, latest = true,
  next = true, only = true }
local INFINITIVE_CALL = BASE_CALL_VERB   -- ("to call", "to phone": the base form)
local COPULA = { was = true, were = true, is = true }
local REL_CALL_VERB = { reached = true, called = true, telephoned = true, phoned = true, rang = true,
  contacted = true }
-- (session 18) a short phrase of what the call was for, between the
-- infinitive's object and the copula: "the first to ring him with
-- congratulations was X", "the first to call her after the vote was X":
-- a preposition and up to four lower-case words (no name, no
-- punctuation).  -> the token after it (j itself when there is none).
local CALL_PURPOSE_PREP = { with = true, after = true, ["for"] = true, about = true, from = true,
  on = true, over = true }
local function purpose_phrase_end(tk, C, j)
  if not CALL_PURPOSE_PREP[tk.f[j] or ""] then return j end
  for k = j + 1, math.min(tk.n, j + 5) do
    if COPULA[tk.f[k]] then return k end
    if tk.k[k] ~= "w" or C.mention_at[k] then return j end
  end
  return j
end

local function ranked_caller_cues(tk, ms, C, times, found)
  for i = 3, tk.n - 2 do
    if INFINITIVE_CALL[tk.f[i]] and tk.f[i - 1] == "to" then
      local ranked = false
      for k = i - 2, math.max(1, i - 5), -1 do
        if RANK_WORD[tk.f[k]] and (tk.f[k - 1] == "the" or tk.f[k - 1] == "first" or k == 1) then ranked = true end
      end
      local j, obj = i + 1, nil
      local om = C.mention_at[j]
      -- (session 18) the one called may be a pronoun: "Among the first
      -- to ring him was X"
      if om and ms[om].a == j and (ms[om].kind == "person" or ms[om].kind == "role"
          or ms[om].kind == "pronoun") then
        obj, j = om, ms[om].b + 1
      end
      -- (a time between: "the first to telephone Barak on Monday was")
      for _, t in ipairs(times or {}) do
        if t.a == j then j = t.b + 1 end
      end
      j = purpose_phrase_end(tk, C, j)
      local cm = COPULA[tk.f[j] or ""] and C.mention_at[j + 1]
      if ranked and cm and ms[cm].a == j + 1 and (ms[cm].kind == "person" or ms[cm].kind == "role") then
        -- the caller's relative clause tells the call: "..., who reached
        -- Barak at his home late on Monday night" (its object the one
        -- called, its time the call's: `own_span`)
        local span
        local w = ms[cm].b + 1
        if tk.f[w] == "," and tk.f[w + 1] == "who" and REL_CALL_VERB[tk.f[w + 2] or ""] then
          local rm = C.mention_at[w + 3]
          local e = w + 3
          while e < tk.n and tk.f[e + 1] ~= "," and tk.f[e + 1] ~= ";" and tk.f[e + 1] ~= "." do e = e + 1 end
          span = { w + 1, e }
          if not obj and rm and ms[rm].a == w + 3 and (ms[rm].kind == "person" or ms[rm].kind == "role") then
            obj = rm
          end
        end
        local kept = {}
        for _, c in ipairs(found) do
          if not (c.a <= i and i <= (c.rb or c.b)) then kept[#kept + 1] = c end
        end
        local cue = { a = i, b = i, head = i, rb = obj and ms[obj].b or i, kind = "verb", medium = "phone",
          strong = true, subj = { cm }, ranked = true, own_span = span }
        if obj then
          cue.object, cue.objects, cue.counter, cue.complete = obj, { obj }, { obj }, true
        else
          cue.bare = cm
        end
        kept[#kept + 1] = cue
        return kept
      end
    end
  end
  return found
end

-- (session 17) Callers named before their rank or in a list, the one
-- they called the account's topic (as for `bare`): "X was the first
-- (foreign leader) to call" (ranked_caller_cues reads "The first to call
-- was X"), "Among the callers were A and B", "Callers included A and B"
-- (one cue, its callers each a call of their own).
local CALLERS_VERB = { were = true, included = true, include = true, was = true }
local function person_ending(ms, j)
  for mi, o in ipairs(ms) do
    if o.b == j and o.kind == "person" then return mi end
  end
  return nil
end
local function ordinal_caller_cues(tk, ms, C, found)
  local out = {}
  local function add(i, mi)
    for _, c in ipairs(found) do
      if c.a <= i and i <= (c.rb or c.b) then
        -- (the infinitive cues.find took for the noun or a verb with no
        -- one called: now the caller's)
        if c.a == i and (c.rb or c.b) == i and not c.bare and not c.with and not c.from then
          c.kind, c.bare, c.strong, c.medium = "verb", mi, true, c.medium or "phone"
          c.det, c.plural = nil, nil
          return c
        end
        return nil
      end
    end
    out[#out + 1] = { a = i, b = i, head = i, kind = "verb", medium = "phone", strong = true, bare = mi }
    return out[#out]
  end
  for i = 1, tk.n do
    local f = tk.f[i]
    if INFINITIVE_CALL[f] and i >= 5 and tk.f[i - 1] == "to" then
      local j = i - 2
      while j > 1 and not RANK_WORD[tk.f[j]] and tk.k[j] == "w" and not tk.up[j] and i - j < 5 do j = j - 1 end
      local nx = tk.f[i + 1]
      if RANK_WORD[tk.f[j]] and tk.f[j - 1] == "the" and COPULA[tk.f[j - 2] or ""] and (nx == "." or nx == ",") then
        local mi = person_ending(ms, j - 3)
        if mi then add(i, mi) end
      end
    elseif f == "callers" and CALLERS_VERB[tk.f[i + 1] or ""] then
      local k = i + 2
      local subj = {}
      while k <= tk.n do
        local mi = C.mention_at[k]
        if mi and ms[mi].a == k then
          if ms[mi].kind == "person" then subj[#subj + 1] = mi end
          k = ms[mi].b + 1
        elseif tk.f[k] == "," or tk.f[k] == "and" or (tk.k[k] == "w" and tk.up[k]) or tk.f[k] == "of" then
          k = k + 1
        else
          break
        end
      end
      local c = #subj > 0 and add(i, subj[1])
      if c and #subj > 1 then c.callers = subj end
    end
  end
  return out
end

-- (session 18) The people called listed after a copula, their caller
-- the subject of a relative clause without "who": "Among the first he
-- reached were A of Brazil and B of Argentina", "Among the leaders she
-- telephoned on Monday was C", "Among those Kohl called were ...".  The
-- verb becomes a verb of calling, its subject that one (a name or a
-- pronoun), its objects the people listed (one call each).
local AMONG_HEAD = { first = true, last = true, those = true, leaders = true, others = true,
  people = true, ones = true, presidents = true, ministers = true, heads = true }
local function among_reached_cues(tk, ms, C, times, found)
  if tk.f[1] ~= "among" then return found end
  local h = 2
  if tk.f[h] == "the" then h = h + 1 end
  while h < math.min(tk.n, 6) and not AMONG_HEAD[tk.f[h]] and tk.k[h] == "w" and not tk.up[h] do h = h + 1 end
  if not AMONG_HEAD[tk.f[h]] then return found end
  local s = h + 1
  if tk.f[s] == "that" or tk.f[s] == "whom" then s = s + 1 end
  local sm = C.mention_at[s]
  if not (sm and ms[sm].a == s and (ms[sm].kind == "person" or ms[sm].kind == "role"
      or ms[sm].kind == "pronoun")) then
    return found
  end
  local v = ms[sm].b + 1
  if tk.f[v] == "had" then v = v + 1 end
  if not REL_CALL_VERB[tk.f[v] or ""] then return found end
  local j = v + 1
  for _, t in ipairs(times or {}) do
    if t.a == j then j = t.b + 1 end
  end
  if not COPULA[tk.f[j] or ""] then return found end
  -- the people listed: names with their countries ("of Brazil"), joined
  -- by commas and "and"
  local objects, k, last = {}, j + 1, nil
  while k <= tk.n do
    local mi = C.mention_at[k]
    if mi and ms[mi].a == k and (ms[mi].kind == "person" or ms[mi].kind == "role") then
      objects[#objects + 1] = mi
      k, last = ms[mi].b + 1, ms[mi].b
    elseif tk.f[k] == "," or tk.f[k] == "and" or (tk.f[k] == "of" and tk.up[k + 1]) then
      k = k + 1
    elseif tk.k[k] == "w" and tk.up[k] and last and last == k - 2 and tk.f[k - 1] == "of" then
      k, last = k + 1, k
    else
      break
    end
  end
  if #objects == 0 then return found end
  local kept = {}
  for _, c in ipairs(found) do
    if not (c.a <= v and v <= (c.rb or c.b)) then kept[#kept + 1] = c end
  end
  kept[#kept + 1] = { a = v, b = v, head = v, rb = last, kind = "verb", medium = "phone", strong = true,
    subj = { sm }, object = objects[1], objects = objects, counter = objects, complete = true,
    ranked = true }
  return kept
end

local function sentence_cues(A, lower, L, G, answer)
  local tk, ms, C = A.tk, A.ms, A.C
  -- ("online", a medium of data/extract/calls.yaml, is none of
  -- cues.quick's stems: "held an online summit")
  local found = (cues.quick(lower) or lower:find("online", 1, true)) and cues.find(tk, ms, C, L) or {}
  if #found > 0 then caps_cue_names(tk, ms, C, found) end
  if lower:find("call", 1, true) then
    for _, c in ipairs(dated_call_cues(tk, ms, C, A.times, found)) do found[#found + 1] = c end
  end
  if lower:find(" to ", 1, true) then
    for _, c in ipairs(purpose_cues(tk, ms, C, found)) do found[#found + 1] = c end
  end
  if lower:find("rang", 1, true) or lower:find("rung", 1, true) or lower:find("phone", 1, true)
      or lower:find("call", 1, true) or lower:find("ring", 1, true) then
    for _, c in ipairs(bare_call_cues(tk, ms, C, found)) do found[#found + 1] = c end
  end
  if lower:find(" to call", 1, true) or lower:find(" to phone", 1, true) or lower:find(" to telephone", 1, true)
      or lower:find(" to ring", 1, true) or lower:find("callers", 1, true) then
    for _, c in ipairs(ordinal_caller_cues(tk, ms, C, found)) do found[#found + 1] = c end
  end
  if lower:find("phone h", 1, true) then
    for _, c in ipairs(pronoun_call_cues(tk, ms, C, found)) do found[#found + 1] = c end
  end
  if lower:find("brother", 1, true) or lower:find("sister", 1, true) or lower:find("friend", 1, true) then
    kin_appositions(tk, ms, C, found)
  end
  for _, c in ipairs(found) do cues.arguments(c, tk, ms, C, A.times, G) end
  if lower:find(" to ", 1, true) and (lower:find("first", 1, true) or lower:find("last", 1, true)
      or lower:find("second", 1, true) or lower:find("third", 1, true) or lower:find("next", 1, true)
      or lower:find("only", 1, true)) then
    found = ranked_caller_cues(tk, ms, C, A.times, found)
  end
  if lower:find("^among ") then found = among_reached_cues(tk, ms, C, A.times, found) end
  apposed_more(tk, ms, C, A.times, found)
  if lower:find(" and ", 1, true) or lower:find("one with", 1, true) or lower:find("another with", 1, true) then
    for _, c in ipairs(gapped_cues(tk, ms, C, A.times, found)) do found[#found + 1] = c end
  end
  if lower:find("call", 1, true) then
    local added, changed = call_to_cues(tk, ms, C, found)
    for _, c in ipairs(added) do found[#found + 1] = c end
    for _, c in ipairs(changed) do cues.arguments(c, tk, ms, C, A.times, G) end
  end
  if #found == 1 then fronted_call(tk, ms, C, found[1]) end
  if lower:find("by", 1, true) then
    local added, absorbed = passive_cues(tk, ms, C, found)
    if next(absorbed) then
      local kept = {}
      for _, c in ipairs(found) do if not absorbed[c] then kept[#kept + 1] = c end end
      found = kept
    end
    for _, c in ipairs(added) do found[#found + 1] = c end
  end
  found = asserted(tk, found, L, answer and answer.tk)
  -- a call noun dated by a possessive time ("Monday's telephone
  -- conversation"), for the next sentence (see emit)
  for _, c in ipairs(found) do
    for _, t in ipairs(A.times) do
      if not c.stance and t.possessive and t.a >= c.a - 2 and t.b <= c.b and t.b < c.b then
        A.cue_time = t
      end
    end
  end
  -- a sentence whose only cues are stances ("ready to talk to Trump")
  -- reports no contact
  local real = false
  for _, c in ipairs(found) do if not c.stance then real = true end end
  if not real then found = {} end
  return found
end

-- The cues of a sentence sorted (A: its analysis, sent: the sentence,
-- found: sentence_cues', fold: the text's fold): self-contained call
-- phrases, naming their own people ("Erdogan's phone conversation with
-- Putin"), main cues, and calls in a temporal phrase.  -> selfs, mains,
-- pps, excl (token spans whose people and times are not the main cue's),
-- any_strong (a cue is a call by its words alone).
local function sort_cues(A, sent, found, G, fold)
  local tk, ms = A.tk, A.ms
  -- A verb of calling whose subject opens a temporal clause after
  -- another cue ("Obama's call came two days after Putin telephoned
  -- Erdogan on Sunday"): a call of its own, told like a call noun in
  -- a temporal phrase (clause_pp: where the clause opens).
  for k, c in ipairs(found) do
    if k > 1 and c.kind == "verb" and not c.pp and c.complete and c.subj and c.subj[1]
        and not c.joint_subj then
      local j = ms[c.subj[1]].a - 1
      if CONJ_TIME[tk.f[j] or ""] then c.pp, c.clause_pp = tk.f[j], j end
    end
  end
  -- Self-contained call phrases, calls in a temporal phrase ("after
  -- phone calls on Feb. 10 and Sept. 9") and the rest.
  local selfs, mains, pps = {}, {}, {}
  for _, c in ipairs(found) do
    if c.kind == "noun" and not c.possessor and not c.with and not c.between then
      c.pair = hyphen_pair(G, tk, sent, c, fold)
    end
    if c.pair or (c.possessor and (c.with or c.between)) or (c.between and #c.between >= 2) then
      if c.kind == "noun" or c.kind == "medium" then selfs[#selfs + 1] = c else mains[#mains + 1] = c end
    elseif c.pp then
      pps[#pps + 1] = c
    else
      mains[#mains + 1] = c
    end
  end
  if #mains == 0 then mains, pps = pps, {} end
  -- A verb of speaking with no person as subject or counterpart
  -- ("Russia was ready to talk") is no call cue beside another one.
  if #mains > 1 then
    local kept = {}
    for _, c in ipairs(mains) do
      if not (c.kind == "speak" and not c.subj and not c.party
          and not (c.counter and #c.counter > 0)) then
        kept[#kept + 1] = c
      end
    end
    if #kept > 0 then mains = kept end
  end
  -- An apposition names the same contact: "Modi's first conversation
  -- with Biden, a telephone call on February 8".
  for _, sc in ipairs(selfs) do
    local e = sc.rb or sc.b
    if tk.f[e + 1] == "," then
      for _, list in ipairs({ mains, pps }) do
        for k = #list, 1, -1 do
          local c = list[k]
          if c.a == e + 2 and c.det == "indef" and not c.with and not c.between
              and not c.possessor and not c.subj and not c.objects then
            sc.appos = c
            sc.medium = sc.medium or c.medium
            table.remove(list, k)
          end
        end
      end
    end
  end
  -- A call phrase apposed to the person a verb of speaking names
  -- ("spoke to Obama, his second conversation with the president
  -- since the disaster, and to ...") is that contact again, its
  -- person that one.
  local function apposed_to_party(sc)
    local e = sc.a - 2
    for _, t in ipairs(A.times) do if t.b == e then e = t.a - 1 end end
    local before = tk.f[sc.a - 1] == "," and mention_ending(ms, e)
    if not before or sc.between or sc.pair or sc.subj then return false end
    for _, c in ipairs(mains) do
      for _, mi in ipairs(c ~= sc and c.complete and (c.with or c.objects) or {}) do
        if ms[mi] == before then return true end
      end
    end
    return false
  end
  local apposed = {}
  for _, list in ipairs({ selfs, mains }) do
    for k = #list, 1, -1 do
      local sc = list[k]
      if (sc.kind == "noun" or list == selfs) and apposed_to_party(sc) then
        table.remove(list, k)
        -- (its words up to the closing comma date no other call)
        local e = sc.rb or sc.b
        while e < tk.n and tk.f[e + 1] ~= "," and tk.f[e + 1] ~= "." do e = e + 1 end
        apposed[#apposed + 1] = { sc.a, e }
      end
    end
  end
  local any_strong = false
  for _, c in ipairs(found) do if c.strong then any_strong = true end end
  local excl = apposed
  for _, c in ipairs(selfs) do excl[#excl + 1] = { c.a, c.rb or c.b } end
  -- (a temporal clause with a call and a day of its own names that
  -- call's people and day, not the main cue's)
  if #mains > 0 then
    for _, c in ipairs(pps) do
      local ts = c.clause_pp and own_times(A, c) or {}
      if #ts > 0 then excl[#excl + 1] = { c.clause_pp, ts[#ts].b } end
    end
  end
  return selfs, mains, pps, excl, any_strong
end

return {
  CALL_DET = CALL_DET,
  AUX_ADV = AUX_ADV,
  merge_cues = merge_cues,
  sentence_cues = sentence_cues,
  sort_cues = sort_cues,
}
