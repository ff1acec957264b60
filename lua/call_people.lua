-- call_people.lua — who is on a call: people[] entries for mentions, and
-- the rules that keep bystanders off the list (require
-- "callbrief.call_people").  Pure; used by 20-calls.
--
--   call_people.entries(G, sent, tk, m, out) -> out   people[] entries of
--       one mention (a group: one per country); key_of(p), dedupe(list)
--   call_people.people_genders(A_all) -> {name -> "f" | "m"};
--       title_gender(tk, m) -> "f" | "m" | nil  ("Mrs", "Mr" before m)
--   call_people.teller_party(G, sent, tk, ms, C, other), hyphen_pair(G, tk,
--       sent, cue, fold), initiator_of(A, G, cue, subject_mi),
--       initiator_entry(G, A, sent, who), reached_by_medium(A, L, cue,
--       subject_mi): the side that tells of a call, the pair a hyphenated
--       modifier names, who placed the call
--   call_people.outside, relative_on_call, beside_party, owner_of_thing,
--       sender_of_thing,
--       tells_person, speaker_only: whether a mention of the
--       cue's sentence is a party or only in the room, a companion, an
--       owner, a teller
--   call_people.one_conversation, round_of_calls, conference_opening,
--       participle_subject, ordinal_subject, callers_listed, names_before:
--       how many calls a list of people makes, and whose
--   call_people.name_vague_leaders(calls, A_all)  names "China's leaders"
--       by a later sentence; name_offices_by_earlier_call(calls) "the
--       Secretary-General" by the holder on an earlier call of the others
--   call_people.turn_speaker(st, para) -> entry | false   the speaker a
--       transcript turn's label names (st: 20-calls' document state)
--   call_people.people_of(st, sent, A, mis) -> {entry...}   the people of
--       mentions, pronouns resolved (he, she, his, her: the subject, the
--       sentence before's, the topic; of the pronoun's gender when known;
--       in a yes/no question turn the person asked about);
--       args_people(st, sent, A, cue) -> subj, counter: the parties a
--       cue's grammar gives ("him" called: not the caller)
--   call_people.note_sentence(st, sent, A)  keeps the latest person, the
--       sentence's subject and topic in st for the next sentences
--   and the word lists 20-calls shares (PARTAKE, CALL_WORD, ...).

local phrases = require("callbrief.phrases")
local names = require("callbrief.names")
local clauses = require("callbrief.clauses")
local tokenize = require("callbrief.tokenize")
local labels = require("callbrief.labels")
local gazetteer = require("callbrief.gazetteer")

-- Light verbs that make their subject the caller.
local INITIATING = { initiated = true, initiate = true, initiates = true, placed = true,
  place = true, places = true, made = true, makes = true, make = true, requested = true,
  requests = true, request = true, arranged = true, sought = true, seek = true, seeks = true,
  asked = true, ask = true, asks = true,
  -- (session 23) "put in a call to X" (cues.lua: "put" before "in")
  put = true, puts = true, putting = true }
-- Call nouns that may follow an ordinal ("the second call"); a
-- possessive owns none of them as a thing (owner_of_thing).
local CALL_WORD = { call = true, conversation = true, one = true }

-- A person's gender, where the gazetteer has it (`gender: f` marks
-- women; unmarked is not known to be one) or the document shows it by a
-- title ("Ms Paetongtarn", "Mr Johnson"): name -> "f" | "m".  Contrary
-- titles leave a name out.  Pronouns use it (resolve_pronoun); without
-- it they take the latest person, whoever that is.
local FEMININE = { she = true, her = true, hers = true, herself = true }
local FEMALE_TITLE = { ms = true, mrs = true, madam = true, madame = true, miss = true, mme = true }
local MALE_TITLE = { mr = true, mister = true, monsieur = true }

local function title_gender(tk, m)
  for _, j in ipairs({ m.a, m.a - 1, m.a - 2 }) do
    local w = tk.f[j]
    if w and FEMALE_TITLE[w] then return "f" end
    if w and MALE_TITLE[w] then return "m" end
    if w ~= "." and j < m.a then break end
  end
  return nil
end

local function people_genders(A_all)
  local out, known, torn = {}, {}, {}
  for _, A in ipairs(A_all) do
    for _, m in ipairs(A.ms or {}) do
      local name = m.kind == "person" and (m.person and m.person.name or m.name)
      if name and m.person and m.person.gender == "f" then
        known[name] = true
      elseif name and not torn[name] then
        local g = title_gender(A.tk, m)
        -- (session 15) the gazetteer marks its women: "Mrs" before the
        -- surname of a man it knows is his wife ("Mrs Reagan, who was at
        -- his side"), no sign of his gender
        if g == "f" and m.person then g = nil end
        if g and out[name] and out[name] ~= g then torn[name] = true
        elseif g then out[name] = g end
      end
    end
  end
  for name in pairs(torn) do out[name] = nil end
  for name in pairs(known) do out[name] = "f" end
  return out
end

-- Verbs of joining a conference (joined_conference); "take" and its
-- forms only before "part".
local PARTAKE = { taking = true, took = true, take = true, takes = true, joined = true,
  joins = true, join = true, joining = true, participated = true, participating = true,
  participate = true, participates = true, hosted = true, hosts = true, chaired = true,
  chairs = true, represented = true, attended = true, attending = true, attend = true,
  attends = true, did = true }
-- "did" only in "as did X"; "represented" only before "by".
local PARTAKE_AFTER = { did = "as", represented = false }
-- A participation denied: "did not join", "declined to take part".
local NOT_PARTAKE = { ["not"] = true, ["n't"] = true, never = true, declined = true, refused = true }
-- Plural words for the others on a conference ("joined the leaders of the
-- other South Asian countries in a video conference", "his counterparts").
local OTHERS_ON = { leaders = true, counterparts = true, heads = true, presidents = true,
  colleagues = true }
local TAKE_PART = { taking = true, took = true, take = true, takes = true }

-- A video conference (or a conference call) whose clause speaks of the
-- other participants in the plural without naming them.
-- So does taking part by video in a meeting of a body ("took part, via
-- videoconference, in an extraordinary session of the Council"): the
-- others are named after it ("The session was attended by ..."); a video
-- address to a summit, with no verb of taking part, is no conference.
local EVENT_NOUN = { session = true, summit = true, meeting = true, conference = true,
  forum = true, sessions = true, summits = true, meetings = true }
local function conference_opening(tk, ms, C, cue)
  local head = tk.f[cue.head or cue.b] or ""
  if not (cue.medium == "video" or head:find("conference", 1, true)) then return false end
  local sub = C.sub[cue.head or cue.b]
  local partake, event = false, false
  for i = 1, tk.n do
    local mi = C.mention_at[i]
    if OTHERS_ON[tk.f[i]] and (not mi or ms[mi].kind == "joint") and C.sub[i] == sub
        and not C.attr[i] then
      return true
    end
    if C.sub[i] == sub and not C.attr[i] then
      local w = tk.f[i]
      if PARTAKE[w] and (tk.f[i + 1] == "part" or not TAKE_PART[w]) and PARTAKE_AFTER[w] == nil then
        partake = true
      end
      if EVENT_NOUN[w] then event = true end
    end
  end
  return cue.medium == "video" and partake and event
end

local function country_name(G, id)
  local c = id and G:country(id)
  return c and c.name or id
end

-- A people[] entry for one mention (groups expand to one per country).
-- Counts before an office: "the three European leaders", "the 27 EU
-- leaders" are several people (those told before), not the office of the
-- organisation the adjective names.
local COUNT = { two = true, three = true, four = true, five = true, six = true, seven = true,
  eight = true, nine = true, ten = true, several = true, many = true }

local function counted(tk, m)
  local w = tk.f[m.a - 1] or ""
  return COUNT[w] or (tk.k[m.a - 1] == "n" and tonumber(w) ~= nil)
end

local function entries(G, sent, tk, m, out)
  -- "a Taiwanese leader", "no U.S. president": nobody in particular
  if m.generic and m.kind ~= "person" then return out end
  -- ("the Foreign and Defence Ministers", no country: nobody in particular)
  if m.plural and m.kind == "role" then return out end
  if m.kind == "group" and #m.countries == 1 and counted(tk, m) then return out end
  local base = { text = m.text, offset = sent.offset + tk.s[m.a] - 1 }
  if m.kind == "group" then
    for _, id in ipairs(m.countries) do
      out[#out + 1] = { text = m.text, offset = base.offset, country = country_name(G, id),
        role = m.role, counterpart = m.counterpart or nil }
    end
    return out
  end
  base.country = country_name(G, m.country or m.person_side)
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

-- The side that tells of a call it took part in, when the call names
-- one person only: "The Kremlin said a phone call with Erdogan took
-- place" (Russia's president), "Erdogan's office said a call with Putin
-- ...", "Downing Street said a call with Biden ..." (the prime minister).
-- The teller is in the attribution clause; a presidency stands for the
-- president, a government for the head of government, a royal court for
-- the country's leader, a foreign ministry for its minister.  One teller
-- only, of another country than the person named.
-- Nouns after a person's name that make the person a teller ("Erdogan's
-- office said"), and no party in what is told about a thing they own.
local OWNED_TELLER = { office = true, spokesman = true, spokeswoman = true, spokesperson = true,
  aide = true, aides = true, government = true, administration = true, side = true }

local function teller_role(G, m)
  local c = G.countries[m.country]
  local kind = m.inst and m.inst.kind
  if kind == "presidency" then return "president" end
  if kind == "government" then return c and (c.head_of_government or c.leader) end
  if kind == "royal court" then return c and c.leader end
  if kind == "foreign ministry" then return "foreign minister" end
  return nil
end

-- (session 25) A seat of government standing for its leader ("a call
-- from the White House to Mrs. Meir"): the people[] entry of its office
-- (the president for a presidency, the head of government for a
-- government, ...), or nil.
local function seat_entry(G, sent, tk, m)
  local role = m.kind == "body" and m.inst and m.country and teller_role(G, m)
  if not role or m.inst.kind == "foreign ministry" then return nil end
  return { text = m.text, offset = sent.offset + tk.s[m.a] - 1, country = country_name(G, m.country),
    role = role }
end

local function teller_party(G, sent, tk, ms, C, other)
  local found
  for _, m in ipairs(ms) do
    if C.attr[m.a] then
      local e
      if m.kind == "body" and m.inst and m.country and teller_role(G, m) then
        e = { text = m.text, offset = sent.offset + tk.s[m.a] - 1, country = country_name(G, m.country),
          role = teller_role(G, m) }
      elseif m.kind == "person" and tk.f[m.b + 1] == "'s" and OWNED_TELLER[tk.f[m.b + 2] or ""]
          and tk.f[m.b + 2] ~= "side" then
        e = entries(G, sent, tk, m, {})[1]
      elseif m.kind == "body" and m.owner and m.owner.kind == "person" and m.owner.person then
        e = entries(G, sent, tk, m.owner, {})[1]
      end
      if e then
        if found then return nil end
        found = e
      end
    end
  end
  if found and other and found.country and other.country and found.country == other.country then return nil end
  if found and other and found.name and found.name == other.name then return nil end
  return found
end

-- "a Putin-Trump call", "the Netanyahu-Erdoğan phone call": a hyphenated
-- modifier of a call noun whose parts each name one known person (a
-- name, so not "an hour-long call").
local function hyphen_pair(G, tk, sent, cue, fold)
  for i = cue.a, cue.head - 1 do
    local w = tk.t[i]
    if tk.k[i] == "w" and w:find("-", 1, true) then
      local out = {}
      local ok = true
      for part in w:gmatch("[^%-]+") do
        local f = fold(part)
        local cands = not part:find("^%l") and G:by_surname(names.key(f)) or {}
        if #cands == 1 then
          local p = cands[1]
          out[#out + 1] = { text = part, offset = sent.offset + tk.s[i] - 1, name = p.name,
            country = p.country_name }
        else
          ok = false
        end
      end
      if ok and #out >= 2 then return out end
    end
  end
  return nil
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

-- A relative clause on a call noun names the call's people: "a video
-- call on 7 June in which A, B and C discussed ...", "the conversation of
-- Tuesday evening, during which X and Y agreed ...".  Between the noun
-- and "in/during/at which" only a time (or a comma, "of", "on") may
-- stand; "a call about the summit, in which Y takes part" is the summit's.
-- Prepositions that put a call in a temporal phrase ("after the G7
-- leaders' video call").
local TEMPORAL_WORD = { after = true, before = true, since = true, following = true, ["until"] = true }
local REL_PREP = { ["in"] = true, during = true, at = true }
local REL_GAP = { [","] = true, ["of"] = true, ["on"] = true }
local function relative_on_call(tk, C, cue, times, i)
  if cue.kind ~= "noun" and cue.kind ~= "medium" then return false end
  local n = C.sub[i]
  if not n or C.attr[i] then return false end
  local k = cue.b + 1
  while k < i and C.sub[k] ~= n do k = k + 1 end
  if tk.f[k] ~= "which" or not REL_PREP[tk.f[k - 1]] then return false end
  local j = cue.b + 1
  while j < k - 1 do
    local t
    for _, x in ipairs(times) do if x.a == j then t = x break end end
    if t then j = t.b + 1
    elseif REL_GAP[tk.f[j]] then j = j + 1
    else return false end
  end
  return true
end

-- People named beside a party are not parties: a companion ("accompanied
-- by his foreign minister, Ernesto Araújo", "with Foreign Minister Solá at
-- his side") is in the room, and a role in apposition to the person just
-- before it ("Hun Sen, the former Cambodian prime minister") is that person.
local COMPANION = { accompanied = true, flanked = true }
local OWNER = { his = true, her = true, their = true }
local APPOS_WORD = { the = true, a = true, former = true, ["then"] = true, late = true,
  current = true, outgoing = true, incoming = true, his = true, her = true, its = true }

-- The mention ending at token j, if any.
local function mention_ending(ms, j)
  for _, o in ipairs(ms) do
    if o.b == j then return o end
  end
  return nil
end

local function appositive_role(tk, ms, m)
  if m.kind ~= "role" or tk.f[m.b + 1] == "and" then return false end
  local j = m.a - 1
  while j > 0 and APPOS_WORD[tk.f[j]] do j = j - 1 end
  if tk.f[j] ~= "," then return false end
  local prev = mention_ending(ms, j - 1)
  return prev ~= nil and prev.kind == "person"
end

local function companion(tk, ms, m)
  if tk.f[m.a - 1] == "with" and tk.f[m.b + 1] == "at" and OWNER[tk.f[m.b + 2] or ""]
      and tk.f[m.b + 3] == "side" then
    return true
  end
  -- walk left over an apposed chain ("his foreign minister, Ernesto Araújo")
  local j = m.a - 1
  for _ = 1, 4 do
    if OWNER[tk.f[j] or ""] then j = j - 1 end
    local prev = tk.f[j] == "," and mention_ending(ms, j - 1)
    if not prev then break end
    j = prev.a - 1
  end
  if OWNER[tk.f[j] or ""] then j = j - 1 end
  return tk.f[j] == "by" and COMPANION[tk.f[j - 1] or ""] or false
end

-- A name modifying a noun ("the Gaddafi government's violence", "the
-- Trump administration") names a government, not a party to the call.
local ATTRIB_NOUN = { government = true, regime = true, administration = true, family = true,
  era = true, years = true, camp = true, cabinet = true, loyalists = true, forces = true,
  doctrine = true, foundation = true, supporters = true, clan = true }
local function attributive(tk, m)
  return m.kind == "person" and ATTRIB_NOUN[tk.f[m.b + 1] or ""] or false
end

-- The owner of a thing that is no call: "Macron called Putin's actions
-- unacceptable in a call with Scholz" (Putin is no party).  A person's
-- office or spokesman tells (attribution, elsewhere); a call noun
-- ("Erdogan's call with Putin") is the cue's own.
-- Only after another person of the clause, its subject: "Trump's decision
-- came days after a conversation with Erdogan" still makes Trump a party.
-- (session 24) What the owner gives in the call, when the call names no
-- party of its own, makes the owner that party: "Kohl sought Mitterrand's
-- backing in a call on Monday", "won Bush's support in a telephone call".
local GIVEN_THING = { backing = true, support = true, agreement = true, approval = true,
  consent = true, blessing = true, endorsement = true, assurance = true, assurances = true,
  pledge = true, promise = true, help = true, cooperation = true, understanding = true,
  views = true, opinion = true, advice = true, permission = true, ["go-ahead"] = true }
local CUE_PARTY = { with = true, to = true, from = true, between = true, among = true }
local function owner_of_thing(tk, ms, C, m, cue)
  if m.kind ~= "person" or tk.f[m.b + 1] ~= "'s" then return false end
  local j = m.b + 2
  if j >= cue.a and j <= (cue.rb or cue.b) then return false end
  local w = tk.f[j] or ""
  if OWNED_TELLER[w] or CALL_WORD[w] or w == "phone" or w == "telephone" then return false end
  if GIVEN_THING[w] and j < cue.a and not (cue.with or cue.between or cue.from)
      and not CUE_PARTY[tk.f[(cue.rb or cue.b) + 1] or ""] then
    return false
  end
  if not (tk.k[j] == "w" and not tk.up[j]) then return false end
  for _, o in ipairs(ms) do
    if o.b < m.a and o.kind == "person" and not C.attr[o.a] and C.sub[o.a] == C.sub[m.a]
        and tk.f[o.b + 1] ~= "'s" then
      return true
    end
  end
  return false
end

-- (session 17) The sender or addressee of a thing that is no call, when
-- the cue has its own party: "received a letter from Mattarella and a
-- telephone call from Saied", "cables of condolence from A and B, as well
-- as calls from a number of Arab leaders" (A and B wrote, no more).  The
-- nearest "from"/"to" before the mention, with no cue between, follows
-- such a noun (or its "of" phrase: "messages of support from").  Not when
-- the cue stands alone ("received a message from Biden in a phone call":
-- the message came on the call).
local THING_SENT = { letter = true, letters = true, message = true, messages = true, cable = true,
  cables = true, telegram = true, telegrams = true, note = true, notes = true, email = true,
  emails = true, condolences = true, congratulations = true, greetings = true, invitation = true,
  invitations = true, wishes = true, card = true, cards = true, gifts = true, gift = true }
local OWN_PARTY = { from = true, with = true, to = true, him = true, her = true }
local function sender_of_thing(tk, m, cue)
  if cue.kind == "medium" or not OWN_PARTY[tk.f[cue.b + 1] or ""] and not tk.up[cue.b + 1] then
    return false
  end
  for k = m.a - 1, math.max(1, m.a - 60), -1 do
    if k >= cue.a and k <= (cue.rb or cue.b) then return false end
    local f = tk.f[k]
    if f == ";" then return false end
    if f == "from" or f == "to" then
      -- the noun, or one a few lower-case words before: "messages of
      -- condolence and solidarity from", "letters of support to"
      for j = k - 1, math.max(1, k - 5), -1 do
        if THING_SENT[tk.f[j]] then return true end
        if tk.k[j] ~= "w" or tk.up[j] or CALL_WORD[tk.f[j]] then return false end
      end
      return false
    end
  end
  return false
end

-- What was said in the call, after it: "Putin suggested to Macron during
-- their call on Monday that Navalny might have poisoned himself", "Scholz
-- told Ramaphosa in the call that Lavrov ...": the first "that" after the
-- cue opens a clause whose people are talked about.  Its people are no
-- parties when two people are named before it (content_cut).
local function content_start(tk, C, cue)
  for j = (cue.rb or cue.b) + 2, tk.n do
    if tk.f[j] == "that" and not C.attr[j] then return j end
  end
  return nil
end

-- (session 26) The purpose of the call after its people, set off by a
-- comma: "I spoke with the President of Fiji, Ratu Sir Kamisese Mara, to
-- convey our concern at the detention of the Prime Minister, Mr Mahendra
-- Chaudhry": its people are talked about, as content_start's.
local NOT_VERB_AFTER_TO = { the = true, a = true, an = true, his = true, her = true, their = true,
  its = true, our = true, my = true, your = true, this = true, these = true, those = true,
  both = true, all = true, each = true }
local function purpose_start(tk, C, cue)
  for j = (cue.rb or cue.b) + 2, tk.n - 1 do
    if tk.f[j] == "to" and tk.f[j - 1] == "," and not C.attr[j] and tk.k[j + 1] == "w"
        and not tk.up[j + 1] and not NOT_VERB_AFTER_TO[tk.f[j + 1]] then
      return j
    end
  end
  return nil
end

-- (session 11) An office said of someone, written without a name: "on
-- his election as the 41st President of the United States", "sworn in
-- as Prime Minister", "became President of the Commission": a predicate,
-- no party (the holder of the day is someone else).
local PREDICATE_BEFORE = { as = true, became = true, become = true, becomes = true, elected = true }
local PREDICATE_SKIP = { the = true, new = true, next = true, first = true, second = true, third = true,
  sole = true, interim = true, acting = true }
local function predicative(tk, m)
  if m.kind ~= "role" then return false end
  local j = m.a - 1
  while j >= 1 and (PREDICATE_SKIP[tk.f[j]] or tk.f[j]:match("^%d+[snrt][tdh]$")) do j = j - 1 end
  -- (not "as well as the President", "leaders such as the Prime Minister")
  if tk.f[j] == "as" and (tk.f[j - 1] == "well" or tk.f[j - 1] == "such") then return false end
  return j >= 1 and PREDICATE_BEFORE[tk.f[j]] == true
end

local function beside_party(tk, ms, m)
  return appositive_role(tk, ms, m) or companion(tk, ms, m) or attributive(tk, m) or predicative(tk, m)
end

-- Plural calls after a list of names ("Putin, Kerry calls", "the Biden
-- and Macron calls"): the names are whose calls they are, each with
-- someone else, not the people of one call.  True when every token from
-- the first name to the noun is a name, a comma or "and".
local LIST_GLUE = { [","] = true, ["and"] = true, ["&"] = true, ["'s"] = true }
local function names_before(tk, C, cue)
  local j = cue.a - 1
  if not C.mention_at[j] then return false end
  local count = 0
  while j >= 1 and (C.mention_at[j] or LIST_GLUE[tk.f[j]]) do
    if C.mention_at[j] and not C.mention_at[j + 1] or j == cue.a - 1 then count = count + 1 end
    j = j - 1
  end
  return count >= 2 and (j < 1 or tk.f[j] == "the" or tk.f[j] == ":" or tk.f[j] == ",")
end

-- "at the initiative of the French side", "placed by Zelenskiy", "at the
-- request of the American President", "placed from Washington".
local INITIATIVE = { { "at", "the", "initiative", "of" }, { "on", "the", "initiative", "of" },
  { "at", "the", "request", "of" }, { "on", "the", "request", "of" }, { "upon", "the", "request", "of" },
  -- (session 23) South Asian English: "at the instance of the Indian side"
  { "at", "the", "instance", "of" },
  { "upon", "the", "initiative", "of" }, { "at", "the", "invitation", "of" },
  { "on", "the", "invitation", "of" }, { "placed", "by" },
  { "initiated", "by" }, { "requested", "by" }, { "placed", "from" }, { "made", "by" } }
local INITIATIVE_FIRST = {}
for _, pat in ipairs(INITIATIVE) do INITIATIVE_FIRST[pat[1]] = true end

local BARE_REQUEST_PREP = { at = true, upon = true }
-- A clause boundary between tokens a and b: a comma, a semicolon or a
-- conjunction ("spoke with Obama, and details are available upon request").
local function clause_between(tk, a, b)
  for k = a + 1, b - 1 do
    local f = tk.f[k]
    if f == "," or f == ";" or f == "and" or f == "but" or f == "while" then return true end
  end
  return false
end
-- (session 21) The country of a state's name, capital, government or
-- institution that is the subject of the light verb before a call noun
-- ("Beijing had sought the conversation", "The White House initiated the
-- call", "the Chinese government requested the call"), also in a cleft
-- ("It was Moscow that requested the call"), or nil.  The subject opens
-- the sentence or a clause (after a comma or "that"); a noun of a side
-- after a country ("the Chinese side", "the German government") is part
-- of it.
local STATE_SKIP = { had = true, has = true, have = true, also = true, first = true, originally = true,
  initially = true, itself = true, reportedly = true, apparently = true, actually = true }
local STATE_NOUN = { side = true, government = true, leadership = true, authorities = true,
  administration = true }
local CLAUSE_OPEN = { [","] = true, that = true, [";"] = true, said = true, says = true, added = true,
  stated = true, noted = true, confirmed = true }
local function state_subject(A, G, cue)
  local tk, ms, C = A.tk, A.ms, A.C
  local v
  for k = cue.a - 1, math.max(1, cue.a - 5), -1 do
    if tk.f[k] == cue.light then v = k break end
  end
  if not v then return nil end
  local k = v - 1
  while k >= 1 and STATE_SKIP[tk.f[k]] do k = k - 1 end
  local cleft = false
  if tk.f[k] == "that" or tk.f[k] == "which" then cleft, k = true, k - 1 end
  if k < 1 then return nil end
  local id, s
  local mi = C.mention_at[k]
  if mi and ms[mi].b == k and ms[mi].kind == "body" and ms[mi].country and not ms[mi].owner then
    id, s = ms[mi].country, ms[mi].a
  elseif not mi then
    local e = STATE_NOUN[tk.f[k]] and k - 1 or k
    for a = math.max(1, e - 3), e do
      local cj, cid, how = G:country_at(tk, a)
      if cj == e and (how ~= "adjective" or e < k) then id, s = cid, a break end
    end
    if s and tk.f[s - 1] == "the" then s = s - 1 end
  end
  if not id then return nil end
  if cleft then
    if not ((tk.f[s - 1] == "was" or tk.f[s - 1] == "is") and tk.f[s - 2] == "it" and s - 2 == 1) then
      return nil
    end
  elseif s > 1 and not CLAUSE_OPEN[tk.f[s - 1]] then
    return nil
  end
  return id
end

-- "at X's request", "at Macron's initiative", (session 23) "at the
-- Indian side's instance"
local REQUEST_OWN = { request = true, initiative = true, invitation = true, instance = true }
-- (session 23) a relative clause that names who asked for the call: on a
-- person, "spoke with Trump, who had requested the call" (the call told);
-- on the call noun, "in a call which Trump had sought", "The call, which
-- Trump had requested, ..."
local SOUGHT = { requested = true, sought = true, initiated = true, placed = true, proposed = true }
local SOUGHT_GAP = { had = true, has = true, have = true, also = true, first = true, originally = true,
  personally = true, reportedly = true }
local SOUGHT_NOUN = { call = true, conversation = true, talks = true, contact = true, telcon = true }
local function relative_seeker(A)
  local tk, ms, C = A.tk, A.ms, A.C
  local function person(mi) return mi and (ms[mi].kind == "person" or ms[mi].kind == "role") end
  for i = 2, tk.n - 2 do
    if tk.f[i] == "who" and tk.f[i - 1] == "," then
      local mi = C.mention_at[i - 2]
      local k = i + 1
      while SOUGHT_GAP[tk.f[k]] do k = k + 1 end
      if person(mi) and ms[mi].b == i - 2 and SOUGHT[tk.f[k]]
          and (tk.f[k + 1] == "the" or tk.f[k + 1] == "this") and SOUGHT_NOUN[tk.f[k + 2] or ""] then
        return mi
      end
    elseif (tk.f[i] == "which" or tk.f[i] == "that")
        and (SOUGHT_NOUN[tk.f[i - 1]] or tk.f[i - 1] == "," and SOUGHT_NOUN[tk.f[i - 2] or ""]) then
      local mi = C.mention_at[i + 1]
      if person(mi) and ms[mi].a == i + 1 then
        local k = ms[mi].b + 1
        while SOUGHT_GAP[tk.f[k]] do k = k + 1 end
        if SOUGHT[tk.f[k]] then return mi end
      end
    end
  end
  return nil
end

local THANK_VERB = { thanked = true, thanks = true, thanking = true, thank = true }
local CALL_DET_OWN = { the = true, his = true, her = true, their = true, this = true, that = true }
-- Words between "who" and its verb: "who had telephoned", "who then rang".
local RELATIVE_FILLER = { had = true, has = true, have = true, also = true, ["then"] = true, first = true,
  personally = true, later = true, earlier = true, just = true }
local function initiator_of(A, G, cue, subject_mi)
  local tk, ms, C = A.tk, A.ms, A.C
  -- (session 21) the verb of a relative clause on a person: the one
  -- "who" stands for ("The first to reach Saddam was King Hussein, who
  -- telephoned him")
  if cue.kind == "verb" and cue.a then
    local j = cue.a - 1
    while j > 1 and RELATIVE_FILLER[tk.f[j]] do j = j - 1 end
    local k = tk.f[j] == "who" and (tk.f[j - 1] == "," and j - 2 or j - 1)
    local mi = k and C.mention_at[k]
    if mi and ms[mi].b == k and (ms[mi].kind == "person" or ms[mi].kind == "role") then return mi end
  end
  -- (session 21) a readout's bare "at request", "upon request" ("Xi
  -- spoke on the phone with Obama at request"): the one spoken with asked
  for i = 2, cue.b and tk.n - 1 or 0 do
    if BARE_REQUEST_PREP[tk.f[i]] and tk.f[i + 1] == "request" and tk.f[i + 2] ~= "of" and i > cue.b
        and not clause_between(tk, cue.b, i) then
      for mi, m in ipairs(ms) do
        if m.a > cue.b and m.b < i and (m.kind == "person" or m.kind == "role") then return mi end
      end
    end
  end
  -- (session 22) the one who returned the call placed it (cues.lua)
  if cue.returner then return cue.returner end
  do
    local mi = relative_seeker(A)
    if mi then return mi end
  end
  -- (session 23) "Modi took Khan's call": its owner placed it (cues.lua)
  if cue.placed_by then return cue.placed_by end
  if cue.kind == "verb" and subject_mi then return subject_mi end
  -- (session 17) "The first to call was X": X (call_cues' ranked cue)
  if cue.ranked and cue.subj and #cue.subj == 1 then return cue.subj[1] end
  if cue.from then return cue.from end
  -- (session 18) "Y thanked X for the call", "thanking Kohl for his
  -- telephone call": the one thanked for it placed it
  for i = 1, (cue.a or 1) - 3 do
    local mi = THANK_VERB[tk.f[i]] and C.mention_at[i + 1]
    if mi and ms[mi].a == i + 1 and (ms[mi].kind == "person" or ms[mi].kind == "role")
        and tk.f[ms[mi].b + 1] == "for" and cue.a > ms[mi].b + 1 and cue.a <= ms[mi].b + 4
        and (cue.a == ms[mi].b + 2 or CALL_DET_OWN[tk.f[ms[mi].b + 2]]) then
      return mi
    end
  end
  -- "Putin's call to Erdogan": the caller owns it
  if cue.possessor and cue.with and tk.f[cue.b + 1] == "to" then return cue.cataphor or cue.possessor end
  -- "Netanyahu initiated / placed / requested the call"
  if cue.light and INITIATING[cue.light] and cue.subj and #cue.subj == 1 then return cue.subj[1] end
  -- (session 21) a capital, a government or an institution as that
  -- subject: "Beijing had sought the conversation", "It was Moscow that
  -- requested the call", "The Elysee initiated the conversation": its
  -- country's side (link keeps it only when that side is on the call)
  if cue.light and INITIATING[cue.light] and not cue.subj then
    if cue.party then return { country = cue.party } end
    local id = state_subject(A, G, cue)
    if id then return { country = id } end
  end
  for i = 1, tk.n do
    -- "at Israel's request", "at Macron's initiative", "on the Turkish
    -- side's initiative"
    if (tk.f[i] == "at" or tk.f[i] == "on") and i + 3 <= tk.n then
      local k = i + 1
      if tk.f[k] == "the" then k = k + 1 end
      -- "at the latter's request", "at the former's initiative": the last
      -- or first person the sentence names before it
      if (tk.f[k] == "latter" or tk.f[k] == "former") and tk.f[k + 1] == "'s"
          and REQUEST_OWN[tk.f[k + 2] or ""] then
        local pick
        for mi, m in ipairs(ms) do
          if m.b < i and m.kind == "person" and not C.attr[m.a] then
            if tk.f[k] == "latter" or not pick then pick = mi end
          end
        end
        if pick then return pick end
      end
      local mi = C.mention_at[k]
      local stop, id
      if mi and ms[mi].a == k then
        stop = ms[mi].b
      else
        local cj, cid = G:country_at(tk, k)
        if cj then stop, id = cj, cid end
        if cj and tk.f[cj + 1] == "side" then stop = cj + 1 end
      end
      if stop and tk.f[stop + 1] == "'s" and REQUEST_OWN[tk.f[stop + 2] or ""] then
        if mi and ms[mi].a == k and ms[mi].kind ~= "body" then return mi end
        if id then return { country = id } end
        if mi and ms[mi].country then return { country = ms[mi].country } end
      end
    end
  end
  for i = 1, tk.n do
    if INITIATIVE_FIRST[tk.f[i]] then
      for _, pat in ipairs(INITIATIVE) do
        local ok = true
        for k = 1, #pat do
          if tk.f[i + k - 1] ~= pat[k] then ok = false break end
        end
        if ok then
          local j = i + #pat
          -- "at the initiative of the French side, a conversation took
          -- place between A and B": the side, not a person named later
          do
            local cj, id = G:country_at(tk, tk.f[j] == "the" and j + 1 or j)
            if cj and tk.f[cj + 1] == "side" then return { country = id } end
          end
          local mi = C.mention_at[j] or C.mention_at[j + 1]
          -- a role named by the person in apposition: "at the initiative
          -- of its chairman, Prime Minister Nikol Pashinyan"
          if not (mi and ms[mi].kind == "person") then
            for k = j, math.min(tk.n, j + 14) do
              local f = tk.f[k]
              if f == "was" or f == "were" or f == "is" or f == "had" or f == "has" or f == "." or f == ";" then
                break
              end
              local mk = C.mention_at[k]
              if mk and ms[mk].kind == "person" then
                mi = mk
                break
              end
            end
          end
          if mi then return mi end
          -- "initiated by the French side", "at the request of the Iranian side"
          if tk.f[j] == "the" then j = j + 1 end
          local cj, id = G:country_at(tk, j)
          if cj then return { country = id } end
        end
      end
    end
  end
  return nil
end

-- (session 15) "Kohl reached Mazowiecki by telephone", "Mandela got
-- Kabila on a satellite telephone": with a medium phrase after the
-- object, a verb of reaching right after the subject (an auxiliary or
-- an adverb between) makes the subject the caller.
-- (session 16) the adverbs of a call tried again, "tried again and again
-- to reach", "tried repeatedly", "tried in vain" (call_status reads them
-- before a "to", this module between a caller and a verb of reaching)
local TRY_ADVERB = { again = true, ["and"] = true, repeatedly = true, several = true, times = true,
  twice = true, many = true, desperately = true, frantically = true, hard = true, all = true,
  night = true, day = true, morning = true, evening = true, weekend = true, week = true,
  unsuccessfully = true, ["in"] = true, vain = true, vainly = true, three = true, four = true }
local REACH_GAP = { finally = true, later = true, also = true, eventually = true, ["then"] = true,
  had = true, has = true, have = true, ["was"] = true, ["were"] = true, able = true, to = true,
  managed = true, briefly = true, first = true, tried = true, attempted = true }
for w in pairs(TRY_ADVERB) do REACH_GAP[w] = true end
-- (session 17) a time between the trying and its verb: "tried on Friday
-- night to speak to X by telephone", "tried late yesterday to reach X"
local TRY_TIME = { on = true, late = true, early = true, last = true, yesterday = true,
  earlier = true, afternoon = true, monday = true, tuesday = true, wednesday = true,
  thursday = true, friday = true, saturday = true, sunday = true }
-- the verbs of speaking a try makes a call by its placer: "tried to speak
-- to X by telephone" (not "spoke to X by telephone": either end)
local TRIED_SPEAK = { speak = true, talk = true }
-- (session 22) a time between the subject and the verb ("X on Tuesday
-- contacted Y by phone"), and the medium before the verb ("X
-- telephonically contacted Y", "X by phone reached Y"): the same caller.
local function time_at(A, k)
  for _, t in ipairs(A.times or {}) do
    if t.a and k >= t.a and k <= t.b then return t end
  end
  return nil
end
local function reached_by_medium(A, L, cue, subject_mi)
  if cue.kind ~= "medium" or not subject_mi then return false end
  local tk, ms, C = A.tk, A.ms, A.C
  local k = ms[subject_mi].b + 1
  local tried = false
  local before = ms[subject_mi].b < cue.a
  -- (the medium before the verb: read on after it)
  local stop = cue.a
  while true do
    local t = time_at(A, k)
    if t and t.b < tk.n then
      k = t.b + 1
    elseif k == cue.a and before and not tried then
      k, stop = cue.b + 1, tk.n
    elseif k < stop and (REACH_GAP[tk.f[k]] or (tried and TRY_TIME[tk.f[k]])) then
      if tk.f[k] == "tried" or tk.f[k] == "attempted" then tried = true end
      k = k + 1
    else
      break
    end
  end
  if k >= stop then return false end
  if stop == tk.n and tk.k[k] ~= "w" then return false end
  local speak = tried and tk.f[k - 1] == "to" and TRIED_SPEAK[tk.f[k]]
  if not (L.reaching[tk.f[k]] or speak) then return false end
  local o = k + 1
  if speak and (tk.f[o] == "to" or tk.f[o] == "with") then o = o + 1 end
  -- (session 22) "reached out to X by phone"
  if L.reaching[tk.f[k]] and tk.f[o] == "out" and tk.f[o + 1] == "to" then o = o + 2 end
  if tk.f[o] == "the" then o = o + 1 end
  local mi = C.mention_at[o]
  return mi ~= nil and ms[mi].a == o and (ms[mi].b < cue.a or stop == tk.n)
    and (ms[mi].kind == "person" or ms[mi].kind == "role")
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
  -- (session 11) an office the text names as the caller ("the spokeswoman
  -- said the President telephoned Mr Yeltsin"): its words, which link
  -- finds among the call's people
  if m.kind == "role" and e then return e.text, e.country end
  return nil, e and e.country
end

-- "X spoke by phone with A, B and C": a verb of speaking with several
-- people in its "with" phrase is one conversation of them all when
-- nothing deals it out (a verb of calling, "called A and B", and plural
-- calls, "held calls with A and B", are one call each) and something
-- tells of one conversation: three or more people in the list, one group
-- ("with the leaders of Israel and Sudan"), a word of a joint contact
-- ("together", "joint", "a four-way call"), or the next sentence of the
-- paragraph taking them as one group ("The leaders affirmed ...", "All
-- three agreed ...").  Two people with none of that ("Putin also spoke
-- with Tokayev and Mirziyoyev") stay two calls.
-- Words that deal the list out: "separately", "in turn", "each", "one by
-- one", "respectively", plural call nouns.
local DEALT = { separately = true, separate = true, individually = true, respectively = true,
  successively = true, succession = true, calls = true, conversations = true, each = true }
local TOGETHER = { together = true, jointly = true, joint = true, conference = true,
  trilateral = true, quadrilateral = true, group = true }
local COUNT_N = { two = 2, three = 3, four = 4, five = 5, six = 6, seven = 7, eight = 8, nine = 9,
  ten = 10 }
local GROUP_NOUN = { leaders = true, presidents = true, heads = true, ministers = true,
  counterparts = true }

-- Does the sentence B open a clause with the group of n people ("the
-- leaders", "the four leaders", "all four", "all four leaders") as its
-- subject?
local function group_subject(B, n)
  local tk = B and B.tk
  if not tk then return false end
  for i = 1, math.min(tk.n - 2, 24) do
    if i == 1 or tk.f[i - 1] == "," then
      local j, all = i, false
      if tk.f[j] == "all" then j, all = j + 1, true end
      if tk.f[j] == "the" then j = j + 1 end
      local cnt = COUNT_N[tk.f[j] or ""]
      if cnt then j = j + 1 end
      local noun = GROUP_NOUN[tk.f[j] or ""]
      if noun then j = j + 1 end
      local verb = tk.k[j] == "w" and not tk.up[j] and tk.f[j] ~= "of" and tk.f[j] ~= "who"
      if verb and (cnt == nil or cnt == n) and (noun or (all and cnt)) and (tk.f[i] ~= "all" or cnt)
          and (tk.f[i] == "the" or all) then
        return true
      end
    end
  end
  return false
end

-- A round of calls, one per person listed: "spent much of Friday on the
-- telephone, speaking with A, B and C"; "... In each call, he stressed
-- ..." in the sentence after.
local function round_of_calls(A, cue, next_A)
  local tk, C = A.tk, A.C
  for i = 1, cue.a - 1 do
    if (tk.f[i] == "spent" or tk.f[i] == "spending") and not C.attr[i] then return true end
  end
  local nt = next_A and next_A.tk
  for i = 1, nt and nt.n - 1 or 0 do
    local f, g = nt.f[i], nt.f[i + 1]
    if (f == "each" or f == "every") and (g == "call" or g == "conversation"
        or (g == "of" and (nt.f[i + 3] == "calls" or nt.f[i + 3] == "conversations"))) then
      return true
    end
  end
  return false
end

-- (session 13) Before 2001 leaders' calls were held one to one: a list
-- of three or more people after a verb of speaking, nothing else telling
-- of one conversation ("Carter spoke by telephone with Callaghan,
-- Schmidt, Giscard and Ohira"), is a call with each.
local CONFERENCE_FROM = "2001-01-01"

local function one_conversation(A, cue, with_people, next_A, published)
  local tk, ms, C = A.tk, A.ms, A.C
  if (cue.kind ~= "speak" and not cue.spoken) or cue.dealt then return false end
  -- the preposition repeated: "spoke to Blair, to Ahern and to Trimble",
  -- also before an office in apposition ("with Kuchma and with the
  -- opposition candidate, Viktor Yushchenko")
  for k = 2, #(cue.with or {}) do
    for j = ms[cue.with[k - 1]].b + 1, ms[cue.with[k]].a - 1 do
      local f = tk.f[j]
      if (f == "to" or f == "with") and (tk.f[j - 1] == "and" or tk.f[j - 1] == ",") then return false end
    end
  end
  for i = 1, tk.n do
    local w = tk.f[i]
    if not C.attr[i] then
      if DEALT[w] and not (w == "each" and tk.f[i + 1] == "other") then return false end
      if w == "turn" and tk.f[i - 1] == "in" then return false end
      if w == "one" and (tk.f[i + 1] == "by" or tk.f[i + 1] == "after") and tk.f[i + 2] == "one" then
        return false
      end
    end
  end
  if round_of_calls(A, cue, next_A) then return false end
  if #with_people >= 3 and not (published and published < CONFERENCE_FROM) then return true end
  if cue.with and #cue.with == 1 and ms[cue.with[1]].kind == "group" then return true end
  for i = 1, tk.n do
    local w = tk.f[i]
    if TOGETHER[w] or w:match("^%a+%-way$") then return true end
  end
  return group_subject(next_A, #with_people + 1)
end

-- "Trump announced on Friday that Israel and Sudan would make peace,
-- sealing the deal in a telephone call with Netanyahu and Hamdok": a
-- participle clause after a comma has the main clause's subject as its
-- own, also when the main verb tells (the reporter of a "that" clause is
-- no party, the one who seals, ends or marks something in a call is).
-- Not a preposition in -ing ("following", "including"), a verb of saying
-- ("adding", "saying": the teller again) nor a noun ("morning").
-- Returns the mention of that subject, or nil.
local NOT_PARTICIPLE = { during = true, according = true, including = true, following = true,
  regarding = true, concerning = true, morning = true, evening = true, meeting = true,
  briefing = true, saying = true, adding = true, noting = true, stressing = true,
  citing = true, quoting = true, insisting = true, explaining = true, warning = true,
  notwithstanding = true, pending = true, nothing = true, something = true, anything = true,
  thing = true, king = true, ruling = true, opening = true, beginning = true, outstanding = true,
  leading = true, offering = true, reporting = true, telling = true, writing = true }
local DASH = { ["-"] = true, ["--"] = true, ["\226\128\148"] = true, ["\226\128\147"] = true }
-- (session 15) A participle clause opening the sentence ("Speaking by
-- phone with Modi on Monday, Biden urged restraint"): the person right
-- after its comma, then a verb in lower case.
-- (session 26) also after a temporal preposition ("After speaking with
-- Biden by phone, Netanyahu said ...", "Before telephoning Kohl, Bush
-- ..."): the participle's subject is the main clause's, the one who spoke
-- even when he is then the teller.
local PARTICIPLE_PREP = { after = true, before = true, since = true, upon = true, on = true, ["while"] = true,
  when = true }
local function leading_participle_subject(tk, ms, C, cue)
  local p = PARTICIPLE_PREP[tk.f[1]] and 2 or 1
  local w = tk.f[p]
  if not (tk.k[p] == "w" and #w > 5 and w:sub(-3) == "ing" and not NOT_PARTICIPLE[w]) then return nil end
  local comma
  for k = 2, tk.n do
    if tk.f[k] == "," then comma = k break end
    if tk.f[k] == ";" or tk.f[k] == "." or tk.k[k] == "q" then return nil end
  end
  if not comma or comma < cue.b then return nil end
  local k = comma + 1
  if tk.f[k] == "the" then k = k + 1 end
  local mi = C.mention_at[k]
  local m = mi and ms[mi]
  if not (m and (m.kind == "person" or m.kind == "role")) then return nil end
  local nx = m.b + 1
  if tk.k[nx] ~= "w" or tk.up[nx] or tk.f[nx] == "'s" or tk.f[nx] == "and" then return nil end
  return m
end

-- (session 15) "Merkel was the first foreign leader to telephone Obama",
-- "Abe became the only leader to speak with him": the noun phrase of an
-- ordinal before the infinitive cue describes the subject of "was"; the
-- subject mention, and the token span of the phrase, or nil.
local ORDINAL_WORD = { first = true, second = true, third = true, only = true, last = true,
  latest = true, sole = true }
local COPULA = { was = true, is = true, became = true, becomes = true, ["has"] = false }
local function ordinal_subject(tk, ms, C, cue)
  -- the infinitive's "to": right before the cue, or before its verb
  -- ("to speak to Obama by phone")
  local to = cue.a - 1
  while to > 1 and cue.a - to <= 8 and not (tk.f[to] == "to" and tk.k[to + 1] == "w" and not tk.up[to + 1]
      and not C.mention_at[to + 1]) do
    if tk.f[to] == "," or tk.f[to] == ";" then return nil end
    to = to - 1
  end
  if tk.f[to] ~= "to" or cue.a - to > 8 then return nil end
  local k = to - 1
  local np_b = k
  local steps = 0
  while k > 2 and steps < 5 and not ORDINAL_WORD[tk.f[k]] do
    if tk.k[k] ~= "w" or tk.f[k] == "," then return nil end
    k, steps = k - 1, steps + 1
  end
  if not ORDINAL_WORD[tk.f[k]] or tk.f[k - 1] ~= "the" or not COPULA[tk.f[k - 2]] then return nil end
  local m = mention_ending(ms, k - 3)
  if not (m and (m.kind == "person" or m.kind == "role")) then return nil end
  return m, k - 1, np_b
end

-- (session 15) "Among those who telephoned Obama were Cameron and
-- Merkel", "The leaders who called him on Wednesday included A, B and
-- C": a relative clause on a general head names the person called, and
-- the people after "were" or "included" are its callers, one call each.
-- The person called and the callers (mentions), or nil.
local CALLERS_HEAD = { those = true, leaders = true, callers = true, others = true, people = true,
  ones = true, presidents = true, ministers = true }
local LISTING = { were = true, included = true, include = true, are = true, includes = true }
local function callers_listed(tk, ms, C, cue)
  if cue.kind ~= "verb" or tk.f[cue.a - 1] ~= "who" or not CALLERS_HEAD[tk.f[cue.a - 2] or ""] then return nil end
  local called = cue.object and ms[cue.object]
  if not (called and (called.kind == "person" or called.kind == "role" or called.kind == "pronoun")) then return nil end
  local k = called.b + 1
  while k <= tk.n and k <= called.b + 6 and not LISTING[tk.f[k]] do
    if tk.f[k] == "," or tk.f[k] == ";" or C.mention_at[k] then return nil end
    k = k + 1
  end
  if not LISTING[tk.f[k]] then return nil end
  local callers = {}
  for _, m in ipairs(ms) do
    if m.a > k and (m.kind == "person" or m.kind == "role") then callers[#callers + 1] = m end
  end
  if #callers < 1 then return nil end
  return called, callers
end

local function participle_subject(tk, ms, C, cue)
  local seg = C.seg[cue.a]
  local p = C.starts[seg]
  if p == 1 then return leading_participle_subject(tk, ms, C, cue) end
  if not p or p < 3 or tk.f[p - 1] ~= "," or C.attr[p] or C.sub[cue.a] then return nil end
  local w = tk.f[p]
  if not (tk.k[p] == "w" and not tk.up[p] and #w > 5 and w:sub(-3) == "ing" and not NOT_PARTICIPLE[w]) then
    return nil
  end
  -- the main clause's subject: the first person of the sentence, at its
  -- start (after a dateline, titles or a time), followed by its verb
  local start = 1
  if tk.k[1] == "w" and #tk.t[1] > 2 and tk.t[1]:upper() == tk.t[1] then
    for k = 2, math.min(tk.n - 1, 14) do
      if DASH[tk.f[k]] then start = k + 1 break end
    end
  end
  for _, m in ipairs(ms) do
    if m.a >= p then return nil end
    if m.a >= start and (m.kind == "person" or m.kind == "role") then
      local nx = m.b + 1
      if C.sub[m.a] or tk.f[nx] == "'s" or tk.k[nx] ~= "w" or tk.up[nx] then return nil end
      for j = start, m.a - 1 do
        local f = tk.f[j]
        if C.mention_at[j] or f == "that" or f == "and" then return nil end
      end
      return m
    end
  end
  return nil
end

-- "President Bush said he had tried to telephone China's leaders ... .
-- Officials said Mr. Bush had hoped to speak directly to Deng Xiaoping":
-- a call with a country's leaders or leadership, nobody named, and in
-- the next three sentences a mention of the same other people with one
-- named person of that country (done, denied, or a wish in the past
-- perfect, "had hoped to speak") is that person's call: the vague party
-- becomes the person and the later mention refers back to it.
local WISHED = { hoped = true, wanted = true, intended = true, sought = true, tried = true,
  expected = true, planned = true, wished = true }
local function vague_leaders(p)
  local t = (p.text or ""):lower()
  return not p.name and p.country and (t:match("leaders$") or t:match("leadership$")) ~= nil
end
local function same_party(p, q)
  if p.name or q.name then return p.name == q.name end
  local a, b = (p.text or ""):lower():match("(%S+)$"), (q.text or ""):lower():match("(%S+)$")
  return a ~= nil and a == b and (p.country or q.country or "") == (q.country or p.country or "")
end
-- (session 15) "Davutoglu spoke with U.N. Secretary-General Ban ...
-- NATO's Secretary-General had visited ... In the call, Davutoglu told
-- the Secretary-General that ...": a bare office ("the" and the title
-- alone) on a call is the holder of that title on the latest earlier
-- call with the same other people, before whoever else the document
-- last gave the title to.
local function bare_office(p)
  if p.name or not p.role then return false end
  local t = (p.text or ""):lower():gsub("%s+", " ")
  return t == "the " .. p.role
end
local function name_offices_by_earlier_call(calls)
  for ci, c in ipairs(calls) do
    for pi, p in ipairs(c.people) do
      if bare_office(p) then
        for k = ci - 1, 1, -1 do
          local d = calls[k]
          local holder, others_on = nil, true
          for qi, q in ipairs(c.people) do
            if qi ~= pi then
              local on = false
              for _, r in ipairs(d.people) do
                if same_party(q, r) then on = true break end
              end
              if not on then others_on = false break end
            end
          end
          if others_on then
            for _, r in ipairs(d.people) do
              local on = false
              for _, q in ipairs(c.people) do
                if same_party(q, r) then on = true break end
              end
              if r.name and r.role == p.role and not on then
                holder = holder == nil and r or false
              end
            end
          end
          if holder then
            local e = {}
            for key, v in pairs(holder) do e[key] = v end
            e.text, e.offset = p.text, p.offset
            c.people[pi] = e
            break
          end
          if others_on then break end
        end
      end
    end
  end
end

local function wished_before(tk)
  for i = 1, tk.n - 1 do
    if tk.f[i] == "had" and WISHED[tk.f[i + 1]] then return true end
  end
  return false
end
local function name_vague_leaders(calls, A_all)
  for _, c in ipairs(calls) do
    for pi, p in ipairs(c.people) do
      if vague_leaders(p) then
        for _, d in ipairs(calls) do
          if d.sentence > c.sentence and d.sentence <= c.sentence + 3 and not d.ref
              and #d.people == #c.people and (d.status ~= "planned" or wished_before(A_all[d.sentence].tk)) then
            local named, rest = nil, 0
            for _, q in ipairs(d.people) do
              if q.name and q.country == p.country then
                named = named or q
              else
                for qi, o in ipairs(c.people) do
                  -- (session 17) or the other country's leaders too: a
                  -- headline's "India, Pakistan leaders talk"
                  if qi ~= pi and (same_party(o, q) or (vague_leaders(o) and q.name and o.country == q.country)) then
                    rest = rest + 1
                    break
                  end
                end
              end
            end
            if named and rest == #c.people - 1 then
              for qi, o in ipairs(c.people) do
                local by = qi == pi and named
                if not by and vague_leaders(o) then
                  for _, q in ipairs(d.people) do
                    if q.name and q.country == o.country then by = q end
                  end
                end
                if by then
                  local e = {}
                  for k, v in pairs(by) do e[k] = v end
                  c.people[qi] = e
                end
              end
              d.ref = c.id
              break
            end
          end
        end
      end
    end
  end
end

-- People who speak about a call rather than on it: the subject of a verb
-- of saying whose report holds the cue ("Peskov said Putin and Erdogan had
-- discussed Idlib by phone"), and spokespeople, who are on a call only when
-- the grammar of its cue says so ("Peskov spoke with ...").
-- "Putin told Macron ...": the subject of a verb of telling whose hearer
-- is a person (the telling happened on the call).
local function tells_person(A, L, m)
  local tk = A.tk
  local j = m.b + 1
  while tk.f[j] == "had" or tk.f[j] == "has" or tk.f[j] == "also" do j = j + 1 end
  local sj = phrases.match(L.say, tk, j)
  local h = sj and L.hearer[tk.f[sj]] and A.C.mention_at[sj + 1]
  return h and (A.ms[h].kind == "person" or A.ms[h].kind == "role") or false
end

local SPOKES = { spokesperson = true, ["foreign ministry spokesperson"] = true,
  ["press secretary"] = true }
-- (session 24) the offices of a government's briefers on a day: a
-- spokesperson, press secretary, and Japan's chief cabinet secretary
local BRIEFERS = { ["chief cabinet secretary"] = true }
for role in pairs(SPOKES) do BRIEFERS[role] = true end
local in_force = gazetteer.in_term
-- (session 24) Whether person p held only a briefer's offices on `date`
-- (a term in force, every term in force a briefer's): Fukuda was
-- chief cabinet secretary in 2003 and prime minister in 2008, Kirby the
-- State Department's spokesman in 2016.
local function briefer_on(p, date)
  if not (p and p.roles and date) then return false end
  local any = false
  for _, r in ipairs(p.roles) do
    if in_force(r, date) then
      if not BRIEFERS[r.role] then return false end
      any = true
    end
  end
  return any
end
-- (the mention's person, else its candidates in office on the day:
-- "MR FUKUDA" of 2003 is Yasuo, not Takeo)
local function briefer_mention(m, date)
  if m.person or not m.cands or not date then return briefer_on(m.person, date) end
  local any = false
  for _, p in ipairs(m.cands) do
    for _, r in ipairs(p.roles or {}) do
      if in_force(r, date) then
        if not briefer_on(p, date) then return false end
        any = true
        break
      end
    end
  end
  return any
end
local function speaker_only(A, L, m, cue, date)
  local tk = A.tk
  if m.kind ~= "person" and m.kind ~= "role" then return false end
  if m.role and SPOKES[m.role] then return true end
  local p = m.person
  if p and p.roles and #p.roles > 0 then
    local all = true
    for _, r in ipairs(p.roles) do if not SPOKES[r.role] then all = false end end
    if all then return true end
  end
  if date and briefer_mention(m, date) then return true end
  if m.b < cue.a then
    local j = m.b + 1
    while tk.f[j] == "had" or tk.f[j] == "has" or tk.f[j] == "also" or tk.f[j] == "later"
        or tk.f[j] == "earlier" or tk.f[j] == "then" do
      j = j + 1
    end
    local sj = phrases.match(L.say, tk, j)
    -- "Putin told Macron by phone that ...": telling someone on the call
    if sj and tells_person(A, L, m) then sj = nil end
    if sj and sj < cue.a then return true end
  end
  return false
end

-- (session 24) Whether mention m is a transcript turn's label, its
-- person a briefer on `date` ("MR FUKUDA: No, there has been no
-- telephone talk with ...", "MR. FITZWATER: The President talked to
-- ..."): the one who briefs, no party to the calls the turn tells.
local LABEL_TITLES = { mr = true, mrs = true, ms = true, dr = true, mister = true, madam = true }
local function briefer_label(tk, m, date)
  if m.kind ~= "person" or tk.f[m.b + 1] ~= ":" or not tk.up[m.a] then return false end
  for j = 1, m.a - 1 do
    if not (LABEL_TITLES[tk.f[j]] or tk.f[j] == ".") then return false end
  end
  return briefer_mention(m, date)
end

-- A label of a bare surname the gazetteer does not know ("REPPAS:",
-- "MR KALOGEROS:"): the person of that surname named in full earlier in
-- the page (the latest such mention); its people[] entry or false.
local LABEL_TITLE = { mr = true, mrs = true, ms = true, dr = true, mister = true, madam = true }
local function label_surname(st, k, tk, colon)
  local j = 1
  while j < colon and (LABEL_TITLE[tk.f[j]] or tk.f[j] == ".") do j = j + 1 end
  if colon - j ~= 1 or tk.k[j] ~= "w" then return false end
  local surname = tk.f[j]
  for h = k - 1, 1, -1 do
    local B = st.A_all[h]
    for i = #(B and B.ms or {}), 1, -1 do
      local m = B.ms[i]
      if m.kind == "person" and m.b > m.a and B.tk.f[m.b] == surname then
        return entries(st.G, st.doc.sentences[h], B.tk, m, {})[1] or false
      end
    end
  end
  return false
end

-- (session 12) A memorandum of conversation lists its participants under
-- a header field ("PARTICIPANTS: The President / Helmut Kohl, Chancellor",
-- up to the next field, "Notetaker: ..."): the one of them other than
-- `who`, as a people[] entry, or nil (no such field, or not one other).
local function header_participant(G, doc, A_all, who)
  local k
  for h = 1, math.min(8, #A_all) do
    local tk = A_all[h].tk
    if tk and tk.f[1] == "participants" and tk.f[2] == ":" then k = h break end
  end
  if not k then return nil end
  local other
  for h = k, math.min(k + 4, #A_all) do
    local B = A_all[h]
    if h > k and B.tk.f[2] == ":" then break end
    for _, m in ipairs(B.ms or {}) do
      if m.kind == "person" or m.kind == "role" then
        local e = entries(G, doc.sentences[h], B.tk, m, {})[1]
        if e and (e.name or e.country) and key_of(e) ~= key_of(who) then
          if other and key_of(other) ~= key_of(e) then return nil end
          other = e
        end
      end
    end
  end
  return other
end

-- (session 12) Whether one of the mentions mis is the sentence's turn
-- label ("DOWNER: I spoke to ...") and "I" or "my" speaks before the cue.
local function label_speaker(tk, ms, C, mis, cue)
  for _, mi in ipairs(mis) do
    local m = ms[mi]
    if (m.a == 1 or (m.a == 2 and tk.f[1] == "the")) and tk.f[m.b + 1] == ":" then
      for j = m.b + 2, cue.a - 1 do
        if (tk.t[j] == "I" or tk.f[j] == "my") and not C.attr[j] then return true end
      end
    end
  end
  return false
end

-- "I" or "my" before the cue, outside an attribution ("I spoke to him",
-- "my conversation with ...").
local function first_person_before(tk, C, cue)
  for j = 1, cue.a - 1 do
    if (tk.t[j] == "I" or tk.f[j] == "my") and not C.attr[j] then return true end
  end
  return false
end

-- (session 12) "I telephoned X", "I then rang X": the one whose "I" it is
-- placed the call.
local function i_called(tk, cue)
  local j = cue.a - 1
  if tk.k[j] == "w" and not tk.up[j] and tk.t[j - 1] == "I" then j = j - 1 end
  return cue.kind == "verb" and tk.t[j] == "I"
end

-- (session 21) The person a quotation holding token i is attributed to:
-- '"I spoke with President Zelensky this morning," Trudeau wrote',
-- 'Trudeau wrote on Twitter: "I spoke with ..."'.  The people[] entry,
-- or nil when i is outside quotation marks or no attribution outside
-- them names a person.
local function quote_speaker(G, sent, tk, ms, C, i)
  if not tokenize.quoted(tk, i) then return nil end
  for _, at in ipairs(C.attrs) do
    local m = at.head and ms[at.head]
    if m and m.kind == "person" and not tokenize.quoted(tk, m.a) then
      return entries(G, sent, tk, m, {})[1]
    end
  end
  return nil
end

-- A transcript turn: a paragraph opening with a speaker's label in
-- capitals and a colon ("PRESIDENT LÓPEZ OBRADOR: Good morning.",
-- "Prime Minister: ...").  The people[] entry of the person or office
-- the label names, per paragraph, or false.
-- `st.turns` keeps what is found per document: {first_of_para, memo,
-- label_kind}.
local function turn_speaker(st, para)
  local doc, A_all, G = st.doc, st.A_all, st.G
  local turns = st.turns
  local turn_memo, label_kind = turns.memo, turns.label_kind
  if not para then return false end
  if not turns.first_of_para then
    turns.first_of_para = {}
    for k, s in ipairs(doc.sentences) do
      if s.paragraph and not turns.first_of_para[s.paragraph] then turns.first_of_para[s.paragraph] = k end
    end
  end
  local first_of_para = turns.first_of_para
  if turn_memo[para] ~= nil then return turn_memo[para] end
  local k = first_of_para[para]
  local B = k and A_all[k]
  local found, labelled = false, false
  if B then
    local colon
    for j = 2, math.min(B.tk.n, 10) do
      if B.tk.f[j] == ":" then colon = j break end
      if not (B.tk.k[j] == "w" and B.tk.up[j]) and B.tk.f[j] ~= "." then break end
    end
    -- (a label with a full stop, "Q. ...", "A. ...", names no one)
    if not colon and labels.dot(B.tk, B.ms) then labelled = true end
    if colon and B.tk.up[1] then
      labelled = true
      for _, m in ipairs(B.ms) do
        if (m.kind == "person" or m.kind == "role") and m.b < colon then
          found = entries(G, doc.sentences[k], B.tk, m, {})[1] or false
          break
        end
      end
      -- a bare office as the label ("PRIME MINISTER:", "THE
      -- PRESIDENT:") of a transcript whose header names one person
      -- ("THE HON JOHN HOWARD MP"): that person
      local first = B.tk.f[1] == "the" and 2 or 1
      if not found and colon > first and phrases.match(G.roles.titles, B.tk, first) == colon - 1 then
        local who
        for h = 1, math.min(3, #A_all) do
          for _, m in ipairs(A_all[h].ms or {}) do
            if m.kind == "person" then
              local e = entries(G, doc.sentences[h], A_all[h].tk, m, {})[1]
              if who and e and key_of(e) ~= key_of(who) then who = false end
              if who == nil then who = e end
            end
          end
        end
        found = who or false
      end
      if not found then found = label_surname(st, k, B.tk, colon) end
    end
  end
  -- a label standing alone ("PRIME MINISTER:", then the answer) opens
  -- a turn that goes on over the paragraphs after it, up to the next
  -- label (a liveblog's 'Johnson: "I have spoken ..."' heading is no
  -- turn)
  label_kind[para] = labelled and (B.tk.f[B.tk.n] == ":" and "alone" or "inline") or "none"
  if not labelled and para > 1 then
    local q = para - 1
    while q > 0 and q >= para - 15 and not first_of_para[q] do q = q - 1 end
    if q > 0 and q >= para - 15 then
      local up = turn_speaker(st, q)
      if label_kind[q] ~= "inline" then found = up end
    end
  end
  turn_memo[para] = found
  return found
end

-- The latest person before token m.a of this sentence, else of
-- the document, that `want` accepts and `not_keys` does not hold.
local function latest_fitting(st, sent, A, m, want, not_keys, with_attr)
  local tk, ms, C = A.tk, A.ms, A.C
  local G, recent = st.G, st.recent
  for k = #ms, 1, -1 do
    local o = ms[k]
    if o.b < m.a and o.kind == "person" and (with_attr or not C.attr[o.a]) then
      local e = entries(G, sent, tk, o, {})[1]
      if want(e) and not (not_keys and not_keys[key_of(e)]) then return e end
    end
  end
  for k = #recent, 1, -1 do
    local e = recent[k]
    if want(e) and not (not_keys and not_keys[key_of(e)]) then return e end
  end
  return nil
end

-- A yes/no question of a questioner's turn ("Q: Is he going to call
-- Milosevic?", "JOURNALIST: Will she speak to Xi?"): "he"/"she" with
-- nobody named before it is the person the questions are about, the
-- subject of the answer turn before it (its first person named after the
-- label, none when a "he"/"she" comes first), else the person the
-- question before that named; not the latest
-- person named (an envoy the answer mentions in passing).  An entry, or
-- nil when the sentence is no such question or no one fits the pronoun.
local ASKER = { q = true, question = true, journalist = true, reporter = true, interviewer = true,
  questioner = true, moderator = true }
local YES_NO = { is = true, are = true, was = true, were = true, will = true, would = true, did = true,
  does = true, ["do"] = true, has = true, have = true, had = true, can = true, could = true,
  should = true, shall = true, may = true, might = true }


-- Is sentence index k the opening of a questioner's turn?  Returns the
-- label's colon when it is a turn of any label, and whether it asks.
local function turn_of(st, k)
  local B = st.A_all[k]
  if not B then return nil, false end
  local colon = labels.colon(B.tk)
  if not colon then
    -- ("Q. Is he ...?", "Question. Is he ...?": a label with a full stop;
    -- its last token stands for the colon)
    local after, word = labels.dot(B.tk, B.ms)
    if not after then return nil, false end
    return after - 1, ASKER[word] == true
  end
  for j = 1, colon - 1 do
    if ASKER[B.tk.f[j]] then return colon, true end
  end
  return colon, false
end

local function asked_about(st, sent, A, m)
  local tk, doc, A_all = A.tk, st.doc, st.A_all
  if not sent.paragraph or (tk.f[tk.n] ~= "?" and tk.f[tk.n - 1] ~= "?") then return nil end
  for _, o in ipairs(A.ms) do
    if o.kind == "person" and o.a < m.a then return nil end
  end
  local si
  for k, s in ipairs(doc.sentences) do
    if s == sent then si = k break end
  end
  local first = si
  while first and first > 1 and doc.sentences[first - 1].paragraph == sent.paragraph do first = first - 1 end
  if not first then return nil end
  local colon, asks = turn_of(st, first)
  if not asks then return nil end
  if not YES_NO[tk.f[first == si and colon + 1 or 1]] then return nil end
  local want = FEMININE[m.f] and st.is_female or st.not_female
  -- back over the answer turn (its earliest person), then the question
  -- turn before it (likewise), paragraph by paragraph
  local found, in_question = nil, false
  local k = first - 1
  while k >= 1 and k >= first - 12 do
    local p = doc.sentences[k].paragraph
    local open = k
    while open > 1 and doc.sentences[open - 1].paragraph == p do open = open - 1 end
    local c, a = turn_of(st, open)
    if not in_question and a then
      if found then return found end
      in_question = true
    elseif in_question and not a then
      return found
    end
    for j = k, open, -1 do
      local B = A_all[j]
      for i = #B.ms, 1, -1 do
        local o = B.ms[i]
        if o.kind == "person" and not B.C.attr[o.a] and not attributive(B.tk, o)
            and not (j == open and c and o.a < c) then
          local e = entries(st.G, doc.sentences[j], B.tk, o, {})[1]
          if e and want(e) then found = e end
        elseif not in_question and o.kind == "pronoun" and (o.f == "he" or o.f == "she") then
          -- (the answer speaks of "he" first: of the question's person)
          found = nil
        end
      end
    end
    k = open - 1
  end
  return found
end

-- (session 11) After a yes/no question of the same turn whose only
-- person is its subject ("Sir, has the Prime Minister also spoken to
-- other leaders? We read that the President of Iran telephoned him."),
-- "him" / "her" is that subject, not the last man named turns before.
local VOCATIVE = { sir = true, madam = true, mr = true, minister = true, [","] = true }
local function asked_subject(st, sent, want)
  local doc, A_all = st.doc, st.A_all
  local si
  for k, s in ipairs(doc.sentences) do
    if s == sent then si = k break end
  end
  local k = si and si - 1
  if not k or k < 1 or doc.sentences[k].paragraph ~= sent.paragraph then return nil end
  local B = A_all[k]
  if not B or (B.tk.f[B.tk.n] ~= "?" and B.tk.f[B.tk.n - 1] ~= "?") then return nil end
  -- (past a speaker's label: "X:", "X (Paper):")
  local j = labels.colon(B.tk) or 0
  for k2 = 1, math.min(B.tk.n, 10) do
    if j == 0 and B.tk.f[k2] == ":" then j = k2 end
  end
  j = j + 1
  while VOCATIVE[B.tk.f[j] or ""] do j = j + 1 end
  if not YES_NO[B.tk.f[j] or ""] then return nil end
  local subj
  for _, o in ipairs(B.ms) do
    local personal = o.kind == "pronoun" and (o.f == "he" or o.f == "she" or o.f == "him" or o.f == "her")
    if o.a > j and (o.kind == "person" or o.kind == "role" or personal) then
      if subj or personal then return nil end
      subj = o
    end
  end
  if not subj or subj.a ~= j + 1 then return nil end
  local e = entries(st.G, doc.sentences[k], B.tk, subj, {})[1]
  if e and want(e) then return e end
  return nil
end

-- The person a teller's noun phrase is with or close to: "officials
-- travelling with the President", "aides to Mr. Mandela", "people close
-- to the Chancellor", "those accompanying the Prime Minister".
local COMPANY_WITH = { travelling = true, traveling = true, flying = true, accompanying = true }
local CLOSE_TO = { close = true, aides = true, aide = true, adviser = true, advisers = true,
  advisor = true, advisors = true, near = true }
local function companion_of(tk, o)
  local k = o.a - 1
  if tk.f[k] == "the" or tk.f[k] == "mr." or tk.f[k] == "mr" then k = k - 1 end
  local f, f1 = tk.f[k], tk.f[k - 1]
  return (f == "with" and COMPANY_WITH[f1 or ""]) or (f == "to" and CLOSE_TO[f1 or ""])
    or f == "accompanying" or false
end

local OPENING_CLAUSE = { after = true, before = true, when = true, ["while"] = true, once = true,
  ["until"] = true, since = true }
local resolve_pronoun
function resolve_pronoun(st, sent, A, m)
  local tk, ms, C = A.tk, A.ms, A.C
  local G, topics, is_female, not_female = st.G, st.topics, st.is_female, st.not_female
  local last_person, last_in_object = st.last_person, st.last_in_object
  local prev_subject, prev_in_object = st.prev_subject, st.prev_in_object
  if m.kind ~= "pronoun" then return nil end
  -- (session 10) a yes/no question's: the person the questions are about
  local asked = (m.f == "he" or m.f == "she") and asked_about(st, sent, A, m)
  if asked then return asked end
  -- (session 26) and the subject of a temporal clause opening the
  -- sentence: "After he spoke with Biden by phone, Netanyahu said ...",
  -- "When she called Macron, Merkel ..." (the subject after the comma)
  local cataphor = (m.f == "he" or m.f == "she") and m.a == 2 and OPENING_CLAUSE[tk.f[1]]
  if ((m.f == "his" or m.f == "her") and m.a <= 3) or cataphor then
    -- (session 11) a possessive in a phrase opening the sentence is the
    -- subject the comma after it introduces: "In his call with Scholz,
    -- Biden stressed ..."
    for c = m.b + 1, math.min(tk.n, m.b + 10) do
      if tk.f[c] == "," then
        local oi = C.mention_at[c + 1]
        local o = oi and ms[oi]
        if o and o.a == c + 1 and o.kind == "person" and (cataphor or not C.attr[o.a]) then
          local e = entries(G, sent, tk, o, {})[1]
          local want = FEMININE[m.f] and is_female or not_female
          if e and want(e) then return e end
        end
        break
      end
    end
  end
  if m.f == "his" or m.f == "her" or m.f == "he" or m.f == "she" or m.f == "him" then
    -- the subject: the first named person of the pronoun's
    -- segment, else the nearest before it, else the latest of
    -- the document
    -- ("he", "she" are subjects: they take the sentence's first
    -- person, the subject of the clause before, over the object
    -- nearest to them: "Macron spoke with Zelensky, and he will
    -- call Putin")
    local seg_first, nearest, first
    -- (session 12) a turn's label is never "he": its person says "I"
    -- ("DOWNER: The Prime Minister spoke to him, and he will ...")
    local label = ms[1] and ms[1].a == 1 and tk.f[ms[1].b + 1] == ":" and ms[1]
    local start = label and label.b + 2 or 1
    for k = 1, #ms do
      local o = ms[k]
      -- (the owner of a body that tells: "Macron's office said he
      -- had spoken to Scholz", "Scholz's spokesman said he called")
      local owned = o.kind == "body" and o.owner and o.owner.kind == "person" and o.owner.person
        and (m.f == "he" or m.f == "she") and C.attr[o.a] and o.owner
      if owned then o = owned end
      -- (session 15) or the person those who tell are with: "Officials
      -- travelling with the President say he got Kabila on the phone"
      local with_teller = (m.f == "he" or m.f == "she") and companion_of(tk, o)
      -- (session 11) or an office of a country opening the sentence: "The
      -- Irish prime minister said he had spoken to Tony Blair"
      local person = o.kind == "person" or (o.kind == "role" and (with_teller
        or o.a <= start + 1 and o.country and not o.counterpart))
      if o.b < m.a and person and o ~= label and (owned or with_teller or not C.attr[o.a]) then
        if C.seg[o.a] == C.seg[m.a] and not seg_first then seg_first = o end
        nearest = o
        first = first or o
      end
    end
    if m.f ~= "he" and m.f ~= "she" then first = nil end
    local o = seg_first or first or nearest
    -- (session 12) "his", "her" with nobody named before it in a sentence
    -- whose subject is "he", "she": that subject's person ("He also told
    -- the Israeli side of his conversations with ...": not the person
    -- named last in the sentence before)
    if not o and (m.f == "his" or m.f == "her") then
      local want_f = m.f == "his" and "he" or "she"
      for k = 1, #ms do
        local p = ms[k]
        if p ~= m and p.kind == "pronoun" and p.f == want_f and p.a < m.a and p.a <= start + 2
            and not C.attr[p.a] then
          return resolve_pronoun(st, sent, A, p)
        end
      end
    end
    -- (nobody before it in the sentence: "He also spoke with Assad"
    -- continues the sentence before, whose subject it is)
    -- ("He said he had spoken ...": the same pronoun as the
    -- sentence's subject, nobody named between, is that subject)
    -- (session 27) counted after a speaker's label: "MR. PRICE: He
    -- spoke with Scholz on Monday" opens its sentence as "He spoke" does
    local lc = labels.colon(tk) or 0
    local opens = m.a <= lc + 3
    for j = lc + 1, math.min(lc + 3, m.a - 1) do if tk.f[j] == m.f then opens = true end end
    -- (nobody before it, and the latest person named stood after
    -- the topic of their sentence, an object or an item of a list:
    -- the topic, "the calls ran one way: Downer, Hill, ... At 2pm
    -- he telephoned Megawati" is the Prime Minister's call)
    local topic = topics[#topics]
    local subj = (m.f == "he" or m.f == "she")
    local fallback = last_person
    if subj and last_in_object and topic then fallback = topic end
    local before = prev_subject
    if prev_in_object and topic then before = nil end
    local e = o and entries(G, sent, tk, o, {})[1] or (subj and opens and before)
      or (m.f == "him" or m.f == "her") and asked_subject(st, sent, FEMININE[m.f] and is_female or not_female)
      or fallback
    -- a pronoun of the other gender than that person's: the
    -- latest person who fits ("her call" after "Suriya" is Ms
    -- Paetongtarn's); none known to fit, the person above
    local want = FEMININE[m.f] and is_female or not_female
    -- (session 10) none named fits: the topic, an office written bare
    -- ("The President telephoned Mrs Thatcher ... He also spoke with
    -- Kohl": not Mrs Thatcher)
    if e and not want(e) then
      e = latest_fitting(st, sent, A, m, want) or (subj and topic and want(topic) and topic) or e
    end
    return e
  end
end

-- "him" / "her" as the person called: the latest named person
-- before it who is not the caller ("after Mubarak dismissed his
-- government, Obama called him"), and of the pronoun's gender
-- when one is known.
local function resolve_object(st, sent, A, m, not_keys)
  local is_female, not_female, anyone = st.is_female, st.not_female, st.anyone
  local want = FEMININE[m.f] and is_female or not_female
  -- (session 16) in what a person says, the one called is that person,
  -- past anyone named between: "Bolsonaro said he had spoken with
  -- Pinera, and that Netanyahu had called him"
  local teller
  for _, r in ipairs(A.C.attrs or {}) do
    local o = r.head and r.say and r.say < m.a and not r.body and not r.tail and A.ms[r.head]
    if o and o.kind == "person" and o.b < r.say then teller = o end
  end
  local te = teller and entries(st.G, sent, A.tk, teller, {})[1]
  if te and want(te) and not (not_keys and not_keys[key_of(te)]) then return te end
  -- (session 11) nobody but the caller named before it in the sentence:
  -- the subject of a yes/no question just asked in the same turn
  local named = false
  for _, o in ipairs(A.ms) do
    local e = o.a < m.a and o.kind == "person" and entries(st.G, sent, A.tk, o, {})[1]
    if e and not (not_keys and not_keys[key_of(e)]) then named = true end
  end
  local asked = not named and asked_subject(st, sent, want)
  if asked and not (not_keys and not_keys[key_of(asked)]) then return asked end
  -- (session 19) nobody else named before it: the subject of the sentence
  -- before, past the people its object or list named ("Albanese flew to
  -- Tokyo for a summit with Kishida, Modi and Biden. Biden had already
  -- phoned him": Albanese) — unless that sentence told a call, whose
  -- other end "him" is ("X telephoned Bush. A and B also spoke to him")
  local ps = st.prev_subject
  if not named and not st.prev_had_call and ps and want(ps) and not (not_keys and not_keys[key_of(ps)]) then
    return ps
  end
  return latest_fitting(st, sent, A, m, want, not_keys, true) or latest_fitting(st, sent, A, m, anyone, not_keys, true)
end

-- (session 21) A plural office of several countries apposed to the names
-- of its holders ("her Danish and Norwegian counterparts, Poul Schluter
-- and Gro Harlem Brundtland", "the French and German leaders, Jacques
-- Chirac and Helmut Kohl"): the names are the people; the office, which
-- the date would resolve on its own (a counterpart to a head of
-- government), is none of them.  As many persons as countries, in a list
-- after a comma, none of another country.
local function apposed_names(A, m)
  local tk, ms, C = A.tk, A.ms, A.C
  if m.kind ~= "group" or #(m.countries or {}) < 2 or tk.f[m.b + 1] ~= "," then return false end
  local set = {}
  for _, id in ipairs(m.countries) do set[id] = true end
  local j, n = m.b + 2, 0
  while j <= tk.n do
    local mi = C.mention_at[j]
    local p = mi and ms[mi]
    if not (p and p.a == j and p.kind == "person") then break end
    local c = p.country or (p.person and p.person.country)
    if c and not set[c] then return false end
    n = n + 1
    j = p.b + 1
    if tk.f[j] == "and" then j = j + 1
    elseif tk.f[j] == "," and tk.f[j + 1] == "and" then j = j + 2
    elseif tk.f[j] == "," and n < #m.countries then j = j + 1
    else break end
  end
  return n == #m.countries
end

local function people_of(st, sent, A, mis)
  local tk, ms = A.tk, A.ms
  local G = st.G
  local out = {}
  for _, mi in ipairs(mis) do
    local m = ms[mi]
    if m.kind == "pronoun" then
      local e = resolve_pronoun(st, sent, A, m)
      if e then out[#out + 1] = e end
    elseif m.kind ~= "joint" and m.kind ~= "body"
        -- (a group whose holders are named in apposition: the names
        -- stand for it, see apposed_names)
        and not (m.kind == "group" and apposed_names(A, m)) then
      entries(G, sent, tk, m, out)
    end
  end
  return out
end

-- The parties a cue's grammar gives (cues.arguments).
local function args_people(st, sent, A, c)
  local ms = A.ms
  local G = st.G
  local subj = {}
  if c.party then
    subj[1] = { text = country_name(G, c.party), offset = sent.offset, country = country_name(G, c.party),
      party = true }
  elseif c.subj then
    subj = people_of(st, sent, A, c.subj)
  end
  local keys = {}
  for _, e in ipairs(subj) do keys[key_of(e)] = true end
  local counter = {}
  for _, mi in ipairs(c.counter or {}) do
    local m = ms[mi]
    -- (session 15) also "him", "her" after "to" or "with" of a verb of
    -- speaking: never its own subject ("Netanyahu and Pena Nieto also
    -- spoke to him") - unless a name in apposition says who ("to him,
    -- Fidan,")
    -- (session 18) "He was not called by President Ford": the passive's
    -- subject before the verb is resolved as a subject ("he" continues
    -- the sentence before's), not as the latest person named, when that
    -- gives a person named (an office of no known holder, "The PM said
    -- ... . He had been telephoned by X", says nothing of "he")
    local e_subj = m.kind == "pronoun" and (m.f == "he" or m.f == "she") and m.b < c.a
      and resolve_pronoun(st, sent, A, m)
    if e_subj and e_subj.name and not keys[key_of(e_subj)] then
      counter[#counter + 1] = e_subj
    elseif m.kind == "pronoun" and (c.kind == "verb"
        or ((m.f == "him" or m.f == "her") and A.tk.f[m.b + 1] ~= ",")) then
      local e = resolve_object(st, sent, A, m, keys)
      if e then counter[#counter + 1] = e end
    else
      for _, e in ipairs(people_of(st, sent, A, { mi })) do counter[#counter + 1] = e end
    end
  end
  return subj, counter
end

-- (session 11) The people[] entry of each sentence's topic, when it is
-- a person the gazetteer knows ({[si] = entry}): an account's
-- protagonist is the topic of most of its sentences, also those after a
-- call told early (a live blog's newest entries come first).
local function topic_names(G, doc, A_all)
  local out = {}
  for si, A in ipairs(A_all) do
    local ti = A.tk and A.C and clauses.topic(A.tk, A.ms or {}, A.C)
    local m = ti and A.ms[ti]
    if m and m.kind == "person" and (m.person or m.cands) and not attributive(A.tk, m) then
      local e = entries(G, doc.sentences[si], A.tk, m, {})[1]
      if e and (e.name or e.candidates) then out[si] = e end
    end
  end
  return out
end

-- The latest named person, for "he" in later sentences; and the
-- sentence's subject, its first person named (not the owner of
-- another noun: "Syria's Bashar al-Assad" in "Putin offered
-- condolences to Erdogan and to Syria's Bashar al-Assad. He also
-- spoke by phone with Assad" is no subject).
-- st.recent, st.topics, st.last_person, st.last_in_object,
-- st.prev_subject and st.prev_in_object are kept for the next sentences.
local CLAUSE_VERB = { had = true, has = true, have = true, was = true, were = true, is = true,
  would = true, will = true, could = true, did = true, spoke = true, called = true, phoned = true,
  telephoned = true, rang = true, talked = true, worked = true, spent = true, said = true,
  told = true, made = true, held = true, took = true }
local function note_sentence(st, sent, A)
  local G, recent, topics = st.G, st.recent, st.topics
  local tk, ms, C = A.tk, A.ms, A.C
  local last_person, last_in_object = st.last_person, st.last_in_object
  local prev_subject, prev_in_object = st.prev_subject, st.prev_in_object
  local subject_set = false
  local ti = clauses.topic(tk, ms, C)
  for mi, m in ipairs(ms) do
    if m.kind == "person" and not C.attr[m.a] and not attributive(tk, m) then
      last_person = entries(G, sent, tk, m, {})[1]
      -- (session 16) the subject of a subordinate clause of its own is
      -- no object: "a week in which Mr Cameron had worked the phones"
      last_in_object = mi ~= ti and not (C.sub[m.a] and CLAUSE_VERB[tk.f[m.b + 1] or ""])
      recent[#recent + 1] = last_person
      if not subject_set then
        prev_subject, subject_set = last_person, true
        prev_in_object = mi ~= ti
      end
    end
  end
  if not subject_set then prev_subject = nil end
  -- The sentence's topic: a person standing as its subject; a bare
  -- office ("the Prime Minister") keeps the named topic it can be
  -- ("John Howard was asleep ... From then on the Prime Minister
  -- barely left the telephone").
  local tm = ti and ms[ti]
  if tm and tm.kind == "person" and not attributive(tk, tm) then
    topics[#topics + 1] = entries(G, sent, tk, tm, {})[1]
  elseif tm and tm.kind == "role" and (not tm.country or tm.country_from) and not tm.generic then
    local top = topics[#topics]
    if top and top.name and (not top.role or top.role == tm.role) then
      topics[#topics + 1] = top
    else
      topics[#topics + 1] = entries(G, sent, tk, tm, {})[1]
    end
  end
  st.last_person, st.last_in_object = last_person, last_in_object
  st.prev_subject, st.prev_in_object = prev_subject, prev_in_object
end

return {
  CALL_WORD = CALL_WORD,
  people_genders = people_genders,
  PARTAKE = PARTAKE,
  PARTAKE_AFTER = PARTAKE_AFTER,
  NOT_PARTAKE = NOT_PARTAKE,
  TAKE_PART = TAKE_PART,
  conference_opening = conference_opening,
  entries = entries,
  teller_role = teller_role,
  teller_party = teller_party,
  seat_entry = seat_entry,
  hyphen_pair = hyphen_pair,
  key_of = key_of,
  topic_names = topic_names,
  dedupe = dedupe,
  outside = outside,
  TEMPORAL_WORD = TEMPORAL_WORD,
  relative_on_call = relative_on_call,
  mention_ending = mention_ending,
  owner_of_thing = owner_of_thing,
  sender_of_thing = sender_of_thing,
  content_start = content_start,
  purpose_start = purpose_start,
  beside_party = beside_party,
  names_before = names_before,
  initiator_of = initiator_of,
  reached_by_medium = reached_by_medium,
  TRY_ADVERB = TRY_ADVERB,
  TRY_TIME = TRY_TIME,
  initiator_entry = initiator_entry,
  round_of_calls = round_of_calls,
  one_conversation = one_conversation,
  participle_subject = participle_subject,
  ordinal_subject = ordinal_subject,
  callers_listed = callers_listed,
  name_vague_leaders = name_vague_leaders,
  name_offices_by_earlier_call = name_offices_by_earlier_call,
  tells_person = tells_person,
  speaker_only = speaker_only,
  briefer_label = briefer_label,
  briefer_on = briefer_on,
  BRIEFERS = BRIEFERS,
  turn_speaker = turn_speaker,
  label_speaker = label_speaker,
  quote_speaker = quote_speaker,
  first_person_before = first_person_before,
  i_called = i_called,
  header_participant = header_participant,
  people_of = people_of,
  title_gender = title_gender,
  args_people = args_people,
  note_sentence = note_sentence,
}
