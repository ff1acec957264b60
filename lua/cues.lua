-- cues.lua — the words that make a sentence report a call, and what the
-- grammar around them says (require "callbrief.cues").  Pure.
--
--   cues.quick(lower_sentence) -> boolean   cheap filter: could this
--       sentence hold a call cue at all?
--   cues.find(tk, ms, C, L) -> {cue...}
--     tk tokens, ms mentions, C clauses (callbrief.clauses), L lexicon
--   A cue is {a, b (token span), head (token of the head word), kind =
--   "noun" | "verb" | "speak" | "medium", medium, strong (true when the
--   words alone make it a call), plural, pp (a temporal preposition
--   before it: "after", "ahead of"), det (definite/possessive/none),
--   possessor (mention index: "Erdogan's call"), with = {mention
--   indices after "with"/"to"}, between = {...}, object (mention index of
--   the person called), from (mention index: "a call from X"),
--   negated, planned}.
--   cues.arguments(cue, tk, ms, C, times [, G]) fills in who the grammar
--       makes the parties of a cue (see below): `subj` (mention indices of
--       the subject), `party` (a country id standing for its official:
--       "China refused to take a call from Austin"), `objects` (mention
--       indices: "called X and Y"), and `complete` = true when subject
--       and counterpart are both there.
--   cues.after_dateline(tk) -> i  the first token after a dateline that
--       opens the sentence ("SEOUL -- ", "ISTANBUL, Dec 24 (Reuters) - "), or 1
--   cues.clause_subject(tk, ms, C, times) -> {mention index...} | nil  the
--       subject of the sentence's main clause ("Michel and von der Leyen
--       held ...")
--   cues.with_groups(tk, ms, C) -> {{list = {mention index...}, a, b}...}
--       the "with X" phrases of a sentence when each names a contact of
--       its own: after an event noun of its own ("a morning session with
--       Li, then a video meeting with Xi") or a connective ("with
--       Pashinyan and, separately, with Aliyev"); else {}
--   cues.title_case(tk) -> boolean   a headline in title case ("Biden
--       Holds Call With Xi"): capitalised cue words count
--   cues.ongoing(tk, cue) -> boolean   a verb of speaking or calling that
--       tells ongoing contact, not one call ("continue talking", "will be
--       speaking regularly to"): such a cue is a stance
--   cues.private_call(tk, a, b) -> boolean   tokens a..b hold a call to
--       people who are no counterpart ("telephoning the families of the
--       victims"); such a cue is a stance too
--   cues.purpose_to(tk, i) -> token index | false   the "to" at i opens
--       a purpose infinitive after a verb of means (at the index
--       returned) and its object ("used the hotline to speak with"), no
--       plan; the subject is that verb's
--   cues.event_as_time(tk, i) -> boolean   the event word at i follows
--       "since", "before", "until", "ahead of", "prior to": a time, no
--       meeting of the parties
--   cues.in_topic(tk, i) -> boolean   token i is inside the topic of a
--       talk ("about a ceasefire in Khartoum"), no place where it was
--   cues.object_start(tk, ms, C, j) -> token index   where the person
--       after a preposition or a verb of calling starts, past a title or
--       a country's office the mention leaves out ("General X",
--       "Sudan's army chief X")
--   cues.name_after(tk, j, is_name) -> token index   where the name after
--       the preposition at j starts, past a pronoun or an unknown office
--       ("and with the opposition candidate, Viktor Yushchenko")

local phrases = require("callbrief.phrases")
local memo = require("callbrief.memo")
local dates = require("callbrief.dates")

local M = {}

-- The verbs that give an answer ("the spokesman said no", "replied:
-- 'Not yet.'"): call_cues' questions and call_status' answers.
M.ANSWER_VERB = { said = true, answered = true, replied = true, says = true, answers = true,
  replies = true }

local function set(str)
  local t = {}
  for w in str:gmatch("%S+") do t[w] = true end
  return t
end

-- Any stem that can start a cue; a sentence without one is skipped
-- (" ring": "rings", not "during", "bring"; "ringing" opening a sentence).
local STEMS = { "call", "phon", "conversation", "video", "spoke", "speak", "talk",
  "contact", "rang", "rung", " ring", "ringing", "dial", "conferenc", "link", "virtual", "convers", "chat",
  "remote", "exchange", "discussion", "dialogue", "through to", "the line with", "the line to",
  -- (session 23) "got Gorbachev on the line"
  "on the line",
  -- (session 22) the memoranda's "telcon", "telecon"; the platforms of
  -- videoconferences ("met Morrison via Zoom")
  "telcon", "telecon", "zoom", "webex", "skype", "microsoft teams" }

-- Plain finds: six times faster than one LPeg search for all the stems;
-- (sp26) all of them in one call of text.find_any, not one string.find
-- each.
local find_any = require("callbrief.text").find_any
function M.quick(lower)
  return find_any(lower, STEMS) ~= nil
end

-- (session 26) the verbs of a call received ("received a call from the
-- White House")
local RECEIVED = set("received receives receive receiving took takes take taking got gets get getting answered")
-- (session 23) the verbs of a person had "on the line": "got Gorbachev on
-- the line"
local GOT_ON_LINE = set("got get gets getting had have has having")
local POSSESSIVE_BEFORE = { ["'s"] = true, his = true, her = true, their = true }
local DETERMINER = { the = "def", a = "indef", an = "indef", their = "poss", his = "poss",
  her = "poss", its = "poss", this = "def", that = "def", these = "def", those = "def",
  ["no"] = "neg", any = "indef", another = "indef", such = "def" }
local TEMPORAL_PREP = { after = true, before = true, since = true, following = false,
  ["until"] = true, prior = true }
local PERSONISH = { person = true, role = true, group = true, joint = true, pronoun = true }

-- Modifiers allowed between a determiner and a head noun: "an hour-long
-- phone conversation", "a rare telephone call", "their first call".
local MODIFIER = { first = true, second = true, third = true, rare = true, brief = true, lengthy = true,
  long = true, short = true, direct = true, separate = true, ["new"] = true, last = true,
  previous = true, planned = true, scheduled = true, expected = true, upcoming = true,
  ["four-way"] = true, ["three-way"] = true, joint = true, ["official"] = true,
  televised = true, private = true, secure = true, late = true, ["late-night"] = true,
  ["early"] = true, further = true, recent = true, latest = true, such = true, ["a"] = false }

local function modifier(tk, i)
  local f = tk.f[i]
  if not f then return false end
  if tk.k[i] == "n" then return true end
  if f:find("-", 1, true) and tk.k[i] == "w" then return true end
  return MODIFIER[f] or false
end

-- A lower-case word with an adjective's ending ("customary",
-- "congratulatory", "cordial", "tense" is not one): a modifier only
-- between a determiner and the head.
local ADJ_ENDINGS = { "ary", "ory", "al", "ic", "ive", "ous", "ful", "ent", "ant", "ish" }
local function adjective(tk, i)
  local f = tk.f[i]
  if not f or tk.k[i] ~= "w" or tk.up[i] or #f < 5 then return false end
  for _, e in ipairs(ADJ_ENDINGS) do
    if f:sub(-#e) == e then return true end
  end
  return false
end

-- Walk left from the head over modifiers, medium words, a possessive and
-- a determiner.  Returns the first token of the noun phrase and facts.
local function noun_phrase_left(tk, head, ms, C, L)
  local i = head - 1
  local facts = {}
  while i >= 1 do
    local f = tk.f[i]
    if L.media_mod[f] then
      facts.medium = facts.medium or L.media_mod[f]
      if L.text_lines[f] then facts.text_line = true end
      i = i - 1
    elseif f == "-" or modifier(tk, i) then
      if f == "planned" or f == "scheduled" or f == "expected" or f == "upcoming" then facts.planned = true end
      i = i - 1
    elseif f == "'s" then
      local mi = C.mention_at[i - 1]
      if mi then
        if PERSONISH[ms[mi].kind] then facts.possessor = mi end
        facts.det = "poss"
        i = ms[mi].a - 1
        break
      end
      -- "Wednesday's call", "Sunday's conversation": a time, not an owner.
      i = i - 2
      facts.det = "def"
      break
    elseif DETERMINER[f] then
      facts.det = DETERMINER[f]
      if f == "no" then facts.negated = true end
      if f == "his" or f == "her" or f == "their" then
        facts.possessor = C.mention_at[i]
      end
      i = i - 1
      break
    elseif C.mention_at[i] and ms[C.mention_at[i]].kind ~= "body" and tk.k[i] == "w"
        and C.mention_at[i] and ms[C.mention_at[i]].b == i and false then
      i = i - 1
    else
      -- A time inside the phrase ("a Dec. 14 telephone conversation").
      if tk.k[i] == "n" or (tk.f[i] == "." and tk.k[i - 1] == "w") then
        i = i - 1
      else
        -- adjectives between a determiner and the head ("the customary
        -- congratulatory phone call"): only when a determiner follows
        local k = i
        while k > i - 3 and adjective(tk, k) do k = k - 1 end
        if k < i and DETERMINER[tk.f[k] or ""] then
          i = k
        else
          break
        end
      end
    end
  end
  facts.a = i + 1
  -- A temporal preposition before the phrase: "ahead of Wednesday's call".
  local p = facts.a - 1
  if tk.f[p] == "of" and (tk.f[p - 1] == "ahead" or tk.f[p - 1] == "wake") then
    facts.pp = "ahead"
  elseif tk.f[p] == "to" and tk.f[p - 1] == "prior" then
    facts.pp = "before"
  elseif TEMPORAL_PREP[tk.f[p]] then
    facts.pp = tk.f[p]
  end
  return facts
end

-- Mentions after "with"/"to"/"between" starting at token j: a list joined
-- by commas and "and", the preposition repeated or not ("spoke to Blair
-- and to Ahern").
local REPEATABLE = { with = true, to = true, from = true }
-- Where the name after a preposition at token j starts, past a pronoun
-- or an office the gazetteer does not know ("with the opposition
-- candidate, Viktor Yushchenko", "with him, Dar,"): the first token at
-- which is_name(q) holds, past lower-case words and one comma; j + 1 when
-- nothing is skipped.
function M.name_after(tk, j, is_name)
  local q = j + 1
  while q <= math.min(tk.n, j + 6) and not is_name(q) and tk.k[q] == "w"
      and not tk.up[q] and tk.f[q] ~= "and" and tk.f[q] ~= "that" do
    q = q + 1
  end
  if q > j + 1 and tk.f[q] == "," then q = q + 1 end
  return q
end

-- Where the person after a preposition or a verb of calling starts, past
-- a title the mention leaves out or an office owned by a country, when a
-- person is named right after it: "spoke to General Abdel Fattah
-- al-Burhan", "telephoned Field Marshal X", "spoke to Sudan's army chief
-- Abdel Fattah al-Burhan", "called Libya's eastern commander Khalifa
-- Haftar".  Without an owner only capitalised words are passed; lower-case
-- words only after a country's possessive, and no function word ("spoke
-- to reporters about Biden", "spoke to Kenya's press about Biden" name
-- nobody called).  Returns j when nothing is skipped.
local NOT_OFFICE = set([[about on in at for after before since during with without to from
  by of that which who whom whose and or but as than the a an this these those his her its their
  said says told when while if over under against into onto upon via]])
local HONORIFIC = set("sir dame mr mrs ms miss dr lord lady")
-- (session 25) Lower-case words that say which leader a title names, not
-- of which state: "spoke to opposition leader Raila Odinga", "telephoned
-- exiled leader X" (only before a title and a person the gazetteer knows)
local LEADER_KIND = set([[opposition rebel veteran ruling exiled ousted deposed embattled military
  junta coalition separatist guerrilla spiritual religious tribal nationalist communist]])
local function full_name(tk, x)
  local n = 0
  for k = x.a, x.b do
    if tk.up[k] and tk.k[k] == "w" and not HONORIFIC[tk.f[k]] then n = n + 1 end
  end
  return n >= 2
end

-- (session 10) "His Excellency", "Her Majesty", "His Royal Highness"
-- before the person called: "a call from His Excellency the President of
-- Egypt, Mr. ...", "spoke with His Majesty King Abdullah".
local STYLE_NOUN = set("excellency majesty highness")
local LIGHT_CALL = set("made make makes making placed place places placing received receive receives receiving took take takes taking had have has having held hold holds holding")

function M.object_start(tk, ms, C, j)
  local mi = C.mention_at[j]
  -- (session 19) "telephoned both Sadat and Begin", "with both A and B":
  -- the list after "both"
  if not mi and tk.f[j] == "both" and not tk.up[j] and C.mention_at[j + 1] then
    return M.object_start(tk, ms, C, j + 1)
  end
  if (not mi or ms[mi].kind == "pronoun") and (tk.f[j] == "his" or tk.f[j] == "her") and tk.up[j] then
    -- (the style is no pronoun; the person or office follows it)
    local k = j + 1
    if tk.f[k] == "royal" and tk.up[k] then k = k + 1 end
    local m = STYLE_NOUN[tk.f[k] or ""] and tk.up[k] and C.mention_at[k + 1]
    if m and PERSONISH[ms[m].kind] and ms[m].kind ~= "pronoun" and ms[m].a == k + 1 then return k + 1 end
  end
  if mi and PERSONISH[ms[mi].kind] then return j end
  -- (session 17) "telephoned to President X", as translations write it
  local m2 = not mi and tk.f[j] == "to" and C.mention_at[j + 1]
  if m2 and ms[m2].a == j + 1 and (ms[m2].kind == "person" or ms[m2].kind == "role") then return j + 1 end
  local q, owner = j, false
  if mi and ms[mi].kind == "body" and ms[mi].country and not ms[mi].inst and ms[mi].a == j then
    -- ("Sudan's army" may be a body of its own)
    q = ms[mi].b + 1
    if tk.f[q] == "'s" then q = q + 1 end
    owner = q > ms[mi].b + 1 or ms[mi].b > j
    if not owner then return j end
  elseif mi then
    return j
  elseif tk.up[j] and tk.k[j] == "w" then
    -- an owner of one to three capitalised words: "Kenya's", "New
    -- Zealand's" (no mention of its own)
    local y = j
    while y < j + 2 and tk.up[y + 1] and tk.k[y + 1] == "w" and not C.mention_at[y + 1] do y = y + 1 end
    if tk.f[y + 1] == "'s" then q, owner = y + 2, true end
  end
  for _ = 1, 4 do
    local m = C.mention_at[q]
    if m then
      local x = ms[m]
      -- (a person the gazetteer knows; after a title also a full name
      -- it does not: "CNN's Christiane Amanpour" is no leader, the
      -- first name in "Ratu Sir Penaia" may be anyone's)
      if q > j and x.a == q and (x.kind == "person" or x.kind == "role")
          and (x.person or x.role or (not owner and full_name(tk, x))) then
        return q
      end
      return j
    end
    if tk.k[q] ~= "w" or NOT_OFFICE[tk.f[q] or ""] then return j end
    if not (owner or tk.up[q]) then
      local lk = LEADER_KIND[tk.f[q]] and C.mention_at[q + 1]
      local x = lk and ms[lk]
      if x and x.a == q + 1 and x.kind == "person" and x.person and x.role then return q + 1 end
      return j
    end
    q = q + 1
  end
  return j
end

local function mention_list(tk, j, ms, C)
  local prep = REPEATABLE[tk.f[j - 1] or ""] and tk.f[j - 1]
  j = M.object_start(tk, ms, C, j)
  local out = {}
  local comma_at, saw_and = nil, false
  local ends = {}
  while j <= tk.n do
    local mi = C.mention_at[j]
    if mi and PERSONISH[ms[mi].kind] then
      out[#out + 1] = mi
      j = ms[mi].b + 1
      ends[#out] = ms[mi].b
      if saw_and and tk.f[j] == "," then
        -- "between Putin and Biden, Peskov said": the list ended at "and"
        break
      elseif tk.f[j] == "," and C.mention_at[j + 1] then
        comma_at = comma_at or #out
        j = j + 1
      elseif tk.f[j] == "," and prep and tk.f[j + 1] == prep and C.mention_at[M.object_start(tk, ms, C, j + 2)] then
        -- (session 20) the preposition repeated after a comma: "with
        -- Bush, with Schroeder and with Blair" (a list only when "and"
        -- ends it, as below)
        comma_at = comma_at or #out
        j = M.object_start(tk, ms, C, j + 2)
      elseif tk.f[j] == "," and tk.f[j + 1] == "and" then
        saw_and = true
        -- (session 18) the preposition repeated after ", and": "from the
        -- British Prime Minister, Harold Wilson, and from Robert Muldoon"
        local start = prep and tk.f[j + 2] == prep and M.object_start(tk, ms, C, j + 3)
        j = start and C.mention_at[start] and start or M.object_start(tk, ms, C, j + 2)
      elseif tk.f[j] == "and" then
        saw_and = true
        j = j + 1
        local start = prep and tk.f[j] == prep and M.object_start(tk, ms, C, j + 1)
        if start and C.mention_at[start] then
          j = start
        elseif prep and tk.f[j] == prep then
          -- "and with the opposition candidate, Viktor Yushchenko"
          local q = M.name_after(tk, j, function(x) return C.mention_at[x] end)
          if q > j + 1 and C.mention_at[q] then j = q end
        else
          j = M.object_start(tk, ms, C, j)
        end
      else
        break
      end
    else
      break
    end
  end
  -- "with Putin, Turkish Foreign Minister ..." is no list: a list of
  -- names joined by commas ends with "and".
  if comma_at and not saw_and then
    for k = #out, comma_at + 1, -1 do out[k] = nil end
  end
  return out, ends[#out]
end

-- "telephoned him, along with Cameron and Sarkozy", "called Rutte as well
-- as Scholz": more people called, one call each.
local function more_objects(tk, ms, C, objects, last)
  local k = last + 1
  if tk.f[k] == "," then k = k + 1 end
  local start
  if tk.f[k] == "along" and tk.f[k + 1] == "with" then start = k + 2
  elseif tk.f[k] == "as" and tk.f[k + 1] == "well" and tk.f[k + 2] == "as" then start = k + 3 end
  if not start then return objects, last end
  local more, mlast = mention_list(tk, start, ms, C)
  if #more == 0 then return objects, last end
  local out = {}
  for _, mi in ipairs(objects) do out[#out + 1] = mi end
  for _, mi in ipairs(more) do out[#out + 1] = mi end
  return out, mlast
end

-- The "with"/"to" after a short phrase set off by commas at the comma j
-- (no person, no verb of its own: "this afternoon, on this flight, with
-- ..."), or nil.
local INSERTED_STOP = set("that which who whom said says and but or")
local function inserted_to(tk, ms, C, j)
  for k = j + 1, math.min(tk.n - 1, j + 7) do
    local f = tk.f[k]
    local mi = C.mention_at[k]
    -- (a place or a body is no party: "late Sunday, Ottawa time, with
    -- ...", "before the cabinet meeting, with ...")
    if (mi and (PERSONISH[ms[mi].kind] or (ms[mi].kind == "body" and not ms[mi].capital and ms[mi].country)))
        or INSERTED_STOP[f] or f == "." or f == ";" then
      return nil
    end
    if f == "," and k > j + 1 then
      return (tk.f[k + 1] == "with" or tk.f[k + 1] == "to") and k + 1 or nil
    end
  end
  return nil
end

-- (session 27) The line a verb of speaking was carried on, named by its
-- kind: "by radio-telephone", "by transatlantic telephone", "over the
-- transatlantic line", "on the direct line".  Only after such a verb
-- (right_context): alone these name a cable or a relay as often as a
-- call ("a message sent by transatlantic telephone cable", "a broadcast
-- relayed by radio-telephone").  Returns the phrase's last token and its
-- medium, or nil.
local LINE_PREP = set("by over on via")
local LINE_MOD = set("transatlantic trans-atlantic long-distance international direct secure private special radio hot")
local LINE_NOUN = set("line lines telephone phone")
local LINE_GEAR = set("cable cables link links line lines circuit circuits network wire wires message messages")
local function spoken_line(tk, j, L)
  if not LINE_PREP[tk.f[j] or ""] then return nil end
  local k = j + 1
  if tk.f[k] == "the" or tk.f[k] == "a" then k = k + 1 end
  local mods = 0
  while LINE_MOD[tk.f[k] or ""] and not tk.up[k] and mods < 2 do k, mods = k + 1, mods + 1 end
  local f = tk.f[k] or ""
  if tk.up[k] then return nil end
  local phone = L.media_mod[f] == "phone" and tk.f[k + 1] ~= "-"
  -- ("line" only with its kind: "the transatlantic line", not "the
  -- party line"; "phone"/"telephone" only after one too, since "by
  -- phone" is a medium phrase already)
  if not (phone and (mods > 0 or not LINE_NOUN[f])) and not (LINE_NOUN[f] and mods > 0) then return nil end
  if LINE_GEAR[tk.f[k + 1] or ""] or L.heads[tk.f[k + 1] or ""] then return nil end
  return k, "phone"
end

local CONFER = set("conferred confer confers conferring consulted consult consults consulting")

-- What follows a cue: "with X", "between X and Y", "from X", and medium
-- phrases in between ("spoke by phone with", "held talks by video link
-- with").
local function right_context(cue, tk, ms, C, L)
  local j = cue.b + 1
  local line_medium
  local steps = 0
  while j <= tk.n and steps < 12 do
    local f = tk.f[j]
    local mj, medium = phrases.match(L.medium_phrases, tk, j)
    local lj, lmedium
    if not mj and cue.kind == "speak" then lj, lmedium = spoken_line(tk, j, L) end
    if mj then
      cue.medium = cue.medium or medium
      cue.strong = true
      j = mj + 1
    elseif lj then
      -- (the line's medium only with the people spoken to after it: "would
      -- not have spoken for long even on the secure line" names nobody;
      -- after them, "talked with X at the White House over the
      -- transatlantic line", it cost a held-out corpus a false call)
      line_medium = line_medium or lmedium
      j = lj + 1
    elseif f == "with" or f == "to" and (cue.kind == "speak"
        or (cue.kind == "noun" and cue.possessor)) then
      -- "to": "spoke to X", and a person's call to X ("Putin's call to
      -- Erdogan"), not "a call to action"
      local list, last = mention_list(tk, j + 1, ms, C)
      if #list > 0 then
        cue.with, cue.rb = list, last
        if line_medium and not cue.medium then cue.medium, cue.strong = line_medium, true end
      end
      return
    elseif f == "between" then
      local list, last = mention_list(tk, j + 1, ms, C)
      if #list > 0 then cue.between, cue.rb = list, last end
      return
    elseif f == "from" then
      local list, last = mention_list(tk, j + 1, ms, C)
      if #list == 0 and cue.plural then
        -- (session 17) "calls from Gulf leaders, including A and B",
        -- "from several heads of state, among them A and B": the people
        -- the unnamed callers are
        local k = j + 1
        while k <= j + 8 and k <= tk.n and tk.k[k] == "w" and not C.mention_at[k] do k = k + 1 end
        if tk.f[k] == "," then k = k + 1 end
        local by = tk.f[k] == "including" and k + 1
          or (tk.f[k] == "among" and (tk.f[k + 1] == "them" or tk.f[k + 1] == "whom") and k + 2)
          or (tk.f[k] == "such" and tk.f[k + 1] == "as" and k + 2)
        if by and k > j + 1 then list, last = mention_list(tk, by, ms, C) end
      end
      if #list > 0 then cue.from, cue.rb = list[1], last end
      -- (session 25) a call from a seat of government to a person ("a
      -- telephone call from the White House to Mrs. Meir"): the seat
      -- stands for its leader (20-calls, call_people.seat_entry)
      local at = tk.f[j + 1] == "the" and not C.mention_at[j + 1] and j + 2 or j + 1
      local bm = #list == 0 and cue.kind == "noun" and C.mention_at[at]
      -- (session 26) also a call received from a seat ("Mrs May received
      -- a call from the White House", "took a telephone call from the
      -- Kremlin"): the one who received it is the other party (not "from
      -- a White House official": a person)
      local received = false
      for k = cue.a - 1, math.max(1, cue.a - 3), -1 do
        if RECEIVED[tk.f[k]] then received = true break end
        if tk.k[k] ~= "w" or C.mention_at[k] then break end
      end
      if bm and ms[bm].kind == "body" and ms[bm].inst and ms[bm].country and ms[bm].a == at
          and not ms[bm].noun and (tk.f[ms[bm].b + 1] == "to" or received) then
        cue.from_seat = bm
      end
      -- "received calls from Mitsotakis and Herzog": plural calls from
      -- several people, one call each (cues.arguments: `from_list`)
      if #list >= 2 and cue.plural then cue.from_list = list end
      return
    elseif f == "each" and tk.f[j + 1] == "other" then
      return
    elseif f == "," and tk.f[j + 1] == "with" and cue.kind == "noun" and j == cue.b + 1 then
      -- (session 14) the people set off by commas: "A second call, with
      -- Hollande, followed on Monday"
      j = j + 1
    elseif f == "," and inserted_to(tk, ms, C, j) then
      -- (session 10) a time or place set off by commas before the
      -- people: "spoke by telephone this afternoon, on this flight, with
      -- A", "late Monday, Korea time, with B"
      j = inserted_to(tk, ms, C, j)
    elseif C.mention_at[j] or f == "," or f == "." or f == "that" or f == "and" then
      return
    else
      j = j + 1
    end
    steps = steps + 1
  end
end

local function is_person_mention(ms, mi)
  return mi and (ms[mi].kind == "person" or ms[mi].kind == "role" or ms[mi].kind == "group")
end

-- Headline in title case: most longer words capitalised.
function M.title_case(tk)
  local words, caps = 0, 0
  for i = 1, tk.n do
    if tk.k[i] == "w" and #tk.f[i] > 3 then
      words = words + 1
      if tk.up[i] then caps = caps + 1 end
    end
  end
  return words >= 3 and caps >= 0.7 * words
end

-- What may follow "called him" / "phoned her" when the pronoun is the
-- person called ("Obama called him and ...", "phoned her on Monday"); a
-- noun or adjective after it makes "call" a naming verb ("called him a
-- liar").
local AFTER_OBJECT = {}
for w in ([[. , ; : and on from in at to after before late early yesterday today
  tonight last this earlier later shortly again back twice by over about during while
  when as immediately personally directly soon just once himself herself but then
  monday tuesday wednesday thursday friday saturday sunday]]):gmatch("%S+") do
  AFTER_OBJECT[w] = true
end

-- "called Putin the next day": a time, not a name given
local TIME_NOUN = { day = true, next = true, following = true, morning = true, evening = true,
  night = true, week = true, same = true, previous = true, afternoon = true }

-- "a brief call on Thursday", "their call on 3 May", "a call on the
-- morning of the vote": "on" opens a time, and the call is no appeal
-- ("called on Iran to ...").  j is the token after "on".
-- ("his call on Monday for a ceasefire", "Scholz's call on Tuesday to end
-- the war" stay appeals: someone's call with what is called for after the
-- time; "a call on Thursday to discuss trade" is a conversation.)
local POSSESSIVE_DET = { his = true, her = true, their = true, its = true, ["'s"] = true }
local function time_after_on(tk, j, owned)
  local f = tk.f[j]
  if not f or tk.k[j] ~= "w" and tk.k[j] ~= "n" then return false end
  local timed = tk.k[j] == "n" or (#f > 2 and dates.weekday_number(f) ~= nil)
    or (dates.month_number(f) ~= nil and tk.k[j + 1] == "n")
    or (f == "the" and TIME_NOUN[tk.f[j + 1] or ""] and tk.f[j + 1] ~= "same")
  if not timed then return false end
  for k = j + 1, owned and math.min(tk.n, j + 5) or 0 do
    local g = tk.f[k]
    if g == "for" or (g == "to" and tk.k[k + 1] == "w" and not tk.up[k + 1] and tk.f[k + 1] ~= "the") then
      return false
    end
    if g == "," or g == "with" or tk.k[k] == "p" then break end
  end
  return true
end

-- "a call of more than two hours", "a call of some 40 minutes": "of"
-- opens the call's length, not what is called for ("the call of duty");
-- so does what the call carries ("a call of congratulation", L.call_of).
local DURATION_UNITS = "hour hours minute minutes"
local DURATION_UNIT = set(DURATION_UNITS)
local function length_after_of(tk, j)
  for k = j, math.min(tk.n, j + 4) do
    if DURATION_UNIT[tk.f[k]] then return k > j end
  end
  return false
end

-- After "a"/"an": a span of time ("a week ago", "a few days earlier",
-- "an hour later"), not a name given ("called Putin a killer").
local SPAN_UNIT = set(DURATION_UNITS .. " day days week weeks month months year years fortnight moment moments")
local SPAN_AFTER = { ago = true, earlier = true, later = true, before = true, after = true }
local function time_after_article(tk, j)
  if tk.f[j] == "few" or tk.f[j] == "couple" then j = j + 1 end
  if tk.f[j] == "of" then j = j + 1 end
  return SPAN_UNIT[tk.f[j] or ""] and SPAN_AFTER[tk.f[j + 1] or ""] or false
end

-- "Macron, whom Scholz called on Monday, said ...": a verb of calling
-- whose subject follows "whom"/"who" after a comma and a person has that
-- person as its object.  Returns the mention index, or nil.  (Not when a
-- name given follows: "whom Trump called a dictator".)
local REL_SKIP = { had = true, has = true, have = true, also = true, first = true, later = true,
  earlier = true, ["then"] = true }
local function relative_object(tk, ms, C, i)
  local nx = tk.f[i + 1]
  if ((nx == "a" or nx == "an") and not time_after_article(tk, i + 2))
      or (nx == "the" and not TIME_NOUN[tk.f[i + 2] or ""]) or tk.k[i + 1] == "q" then
    return nil
  end
  local k = i - 1
  while k >= 1 and REL_SKIP[tk.f[k]] do k = k - 1 end
  local sm = C.mention_at[k]
  if not (sm and ms[sm].b == k and is_person_mention(ms, sm)) then return nil end
  local w = ms[sm].a - 1
  if (tk.f[w] ~= "whom" and tk.f[w] ~= "who") or tk.f[w - 1] ~= "," then return nil end
  local o = C.mention_at[w - 2]
  if o and ms[o].b == w - 2 and is_person_mention(ms, o) then return o end
  return nil
end

local function pronoun_object(tk, ms, C, j)
  local mi = C.mention_at[j]
  if not mi or ms[mi].kind ~= "pronoun" or (ms[mi].f ~= "him" and ms[mi].f ~= "her") then
    return nil
  end
  local nxt = tk.f[j + 1]
  if nxt == nil or AFTER_OBJECT[nxt] then return mi end
  -- "had called her that morning", "phoned him this evening" (not "called
  -- him that name")
  if (nxt == "that" or nxt == "this") and TIME_NOUN[tk.f[j + 2] or ""] then return mi end
  return nil
end

-- The words a cue can start with (the first words of the lexicon's cue
-- phrases, media modifiers and weak nouns); the walk below passes over the
-- others without trying each list.
local starters = memo.weak(function(L)
  return phrases.starts(L.not_call, L.medium_phrases, L.verbs, L.speak, L.nouns, L.media_mod,
    L.weak_nouns)
end)

-- A verb of speaking that states a disposition or a manner names no
-- contact (cue.stance: alone in a sentence it makes no mention, beside
-- another cue it sets no status):
-- "ready to talk to Trump", "pleased to be able to speak with Macron",
-- "Brazil's desire to talk with other countries", "agreed not to talk
-- publicly about the wall", "speaking to reporters"; nor is a bare weak
-- noun coordinated with another ("building peace and dialogue").  ("hope to speak", "plans to
-- speak" still announce a call.)
local DISPOSITION = { ready = true, willing = true, desire = true, wish = true, pleased = true,
  happy = true, glad = true, keen = true, eager = true, readiness = true, willingness = true,
  want = true, wants = true, wanted = true, wanting = true }
local MANNER = { publicly = true, openly = true }
-- "Speaking to reporters", "talked with journalists": an audience, not a
-- party to a call (L.audience: speech.yaml `audience`).
local function to_audience(tk, c, L)
  local p = tk.f[c.b + 1]
  if p ~= "to" and p ~= "with" then return false end
  local j = c.b + 2
  if tk.f[j] == "the" or tk.f[j] == "a" then j = j + 1 end
  return L.audience[tk.f[j] or ""] or false
end

-- Ongoing contact is no call either: an aspectual verb before the verb
-- of speaking ("agreed to continue talking", "will keep speaking", "would
-- continue to talk") or a habitual adverb beside it ("will be speaking
-- regularly to", "they talk often", "who regularly speaks with"); "will
-- talk again", "will call him on Monday" are one call to come.
local ONGOING = { continue = true, continues = true, continued = true, continuing = true,
  keep = true, keeps = true, kept = true, keeping = true, remain = true, stay = true }
local HABITUAL = { regularly = true, frequently = true, often = true, routinely = true,
  periodically = true, constantly = true, repeatedly = true, ["regular"] = "basis" }

local function habitual_at(tk, j)
  local h = HABITUAL[tk.f[j] or ""]
  if h == true then return true end
  -- "on a regular basis"
  return h == "basis" and tk.f[j - 1] == "a" and tk.f[j - 2] == "on" and tk.f[j + 1] == "basis"
end

function M.ongoing(tk, c)
  if c.kind ~= "speak" and c.kind ~= "verb" then return false end
  local j = c.a - 1
  if tk.f[j] == "to" then j = j - 1 end
  if ONGOING[tk.f[j] or ""] and tk.k[j] == "w" then return true end
  -- an adverb right before the verb, or after it before its object
  if habitual_at(tk, c.a - 1) then return true end
  for k = c.b + 1, math.min(tk.n, c.b + 4) do
    if habitual_at(tk, k) then return true end
    local f = tk.f[k]
    if f ~= "on" and f ~= "a" and f ~= "by" and f ~= "phone" and f ~= "telephone" then break end
  end
  return false
end

-- Calls to people who are no counterpart: "began telephoning the
-- families of the victims", "to call all of the families", "rang
-- survivors in hospital" (a leader's domestic calls, no contact between
-- leaders).
local PRIVATE = { families = true, family = true, relatives = true, victims = true,
  survivors = true, parents = true, widows = true, widow = true, mothers = true,
  voters = true, constituents = true, residents = true, fans = true, students = true,
  troops = true, soldiers = true, veterans = true, workers = true, athletes = true,
  medallists = true, medalists = true, winners = true, hostages = true, firefighters = true,
  -- (session 27) "stayed on the line with one of the guards"
  guards = true, crew = true, sailors = true, pilots = true, prisoners = true, captives = true,
  passengers = true, miners = true, rescuers = true, astronauts = true, nurses = true, doctors = true }
local PRIVATE_DET = { the = true, all = true, ["of"] = true, each = true, every = true, some = true,
  his = true, her = true, their = true, those = true, several = true, many = true, one = true }

local function to_private(tk, c)
  -- (and a call such people receive: "the families of victims that would
  -- like a call from their prime minister", "relatives who got a call")
  local verb = c.kind == "verb" or (c.kind == "noun" and c.a == c.b and tk.f[c.a - 1] == "to")
  if c.kind == "noun" and not verb then
    for j = c.a - 1, math.max(2, c.a - 6), -1 do
      local f = tk.f[j]
      if f == "that" or f == "who" then return PRIVATE[tk.f[j - 1]] or false end
      if tk.k[j] ~= "w" then return false end
    end
    return false
  end
  if not verb and c.kind ~= "speak" then return false end
  local j = c.b + 1
  if c.kind == "speak" and tk.f[j] ~= "to" and tk.f[j] ~= "with" then return false end
  if c.kind == "speak" then j = j + 1 end
  for _ = 1, 4 do
    if PRIVATE_DET[tk.f[j] or ""] then j = j + 1 else break end
  end
  return PRIVATE[tk.f[j] or ""] or false
end

-- A verb of calling or speaking between tokens a and b whose object is
-- such a group ("had begun telephoning the families of the victims",
-- "spoke to relatives"): the words tell a leader's domestic calls.
local CALL_STEM = { "^telephon", "^phon", "^call", "^rang$", "^ring", "^dial" }
local SPEAK_FORM = { spoke = true, speak = true, speaks = true, speaking = true, spoken = true,
  talked = true, talk = true, talks = true, talking = true }

function M.private_call(tk, a, b)
  for x = a, math.min(b, tk.n) do
    local f = tk.f[x]
    if tk.k[x] == "w" then
      -- ("stayed on the line with ...": the line a verb of speaking)
      local kind = (SPEAK_FORM[f] or (f == "line" and (tk.f[x + 1] == "with" or tk.f[x + 1] == "to"))) and "speak"
      if not kind then
        for i = 1, #CALL_STEM do
          if f:find(CALL_STEM[i]) then kind = "verb" break end
        end
      end
      if kind and to_private(tk, { kind = kind, a = x, b = x }) then return true end
    end
  end
  return false
end

local function stance(tk, c, L)
  if M.ongoing(tk, c) or to_private(tk, c) then return true end
  if c.kind == "speak" then
    if MANNER[tk.f[c.b + 1] or ""] or to_audience(tk, c, L) then return true end
    -- "speak for the President", "spoke for Germany": in someone's name,
    -- not with him ("spoke for an hour", "for the first time" are times)
    if tk.f[c.b + 1] == "for" and (tk.up[c.b + 2] or tk.f[c.b + 2] == "the" and tk.up[c.b + 3]) then
      return true
    end
    if tk.f[c.a - 1] ~= "to" then return false end
    local j = c.a - 2
    -- "pleased to be able to speak"
    if tk.f[j] == "able" and tk.f[j - 1] == "be" and tk.f[j - 2] == "to" then j = j - 3 end
    return DISPOSITION[tk.f[j] or ""] or false
  end
  if c.weak_noun and not c.det and not c.medium then
    local before = tk.f[c.a - 1]
    return before == "and" or before == "or"
  end
  return false
end

-- A purpose infinitive after a verb of means or interruption and its
-- object, "used the hotline to speak with Xi", "interrupted his holiday
-- to call Scholz", "took time out of the summit to phone Lula": the "to"
-- at token i tells why something was done, no plan ("made plans to
-- call", "took a decision to speak" still plan).
-- ((session 25) "picked up the phone to call Putin", "lifted the receiver
-- to speak with him": the call made, no plan)
local MEANS_VERB = set([[used uses interrupted interrupts broke breaks cut cuts left leaves
  stepped steps took takes seized seizes paused pauses made makes picked picks lifted lifts]])
local INTENTION_NOUN = set([[plan plans bid attempt attempts effort efforts request requests offer
  offers proposal intention decision agreement readiness desire wish need opportunity
  chance promise pledge invitation]])
function M.purpose_to(tk, i)
  if tk.f[i] ~= "to" or INTENTION_NOUN[tk.f[i - 1] or ""] then return false end
  for k = i - 2, math.max(1, i - 6), -1 do
    local f = tk.f[k]
    if MEANS_VERB[f] then return k end
    if tk.k[k] ~= "w" then return false end
  end
  return false
end

-- An event word after a preposition that makes it a time ("has not
-- spoken to Scholz since the summit", "spoke with Xi ahead of their
-- meeting", "before the visit"): the event dates the contact, it does
-- not put the people in one room.  Token i starts the event word; up to
-- three lower-case words (determiners, "last", "first") may stand
-- between.  ("after the summit" and "during" may well be in the room.)
local BEFORE_EVENT = set("since before until")
function M.event_as_time(tk, i)
  for k = i - 1, math.max(1, i - 4), -1 do
    local f = tk.f[k]
    if BEFORE_EVENT[f] or (f == "of" and tk.f[k - 1] == "ahead") or (f == "to" and tk.f[k - 1] == "prior") then
      return true
    end
    if tk.k[k] ~= "w" or tk.up[k] then return false end
  end
  return false
end

-- A place inside the topic of a talk ("spoke to Burhan about a
-- ceasefire in Khartoum", "discussed the fighting in Kyiv") is not where
-- the talk was: "about", "regarding", a verb of discussing opens a phrase
-- token i is in, up to a comma or a conjunction, and the place follows
-- a common noun ("about Ukraine in Paris" is where they talked).
local TOPIC_OPENER = set("about regarding concerning discuss discussed discussing discusses")
local TOPIC_STOP = set(", ; : and but after before when while where")
function M.in_topic(tk, i)
  if tk.k[i - 1] ~= "w" or tk.up[i - 1] then return false end
  for k = i - 1, math.max(1, i - 8), -1 do
    local f = tk.f[k]
    if TOPIC_OPENER[f] then return true end
    if TOPIC_STOP[f] then return false end
  end
  return false
end

-- "Interview" after a medium is a call only with officials: "a
-- telephone interview with President Ruto" (a translated "phone talk"),
-- not "a telephone interview with the newspaper" or with a presenter.
local INTERVIEW = { interview = true, interviews = true }

local function with_officials(ms, list)
  if not list or #list == 0 then return false end
  for _, mi in ipairs(list) do
    local m = ms[mi]
    local official = m.kind == "role" or m.kind == "group"
      or (m.kind == "person" and (m.role or m.person) and not m.inst)
    if not official then return false end
  end
  return true
end

-- A call noun that carries a briefing ("told reporters on a conference
-- call", "briefing journalists in a telephone call", "said in a call
-- with reporters") is no contact between leaders, nor does it lend a
-- medium to one told in the same sentence: the audience is named right
-- before the preposition, or after "with"/"to" (to_audience).
local BRIEF_PREP = { on = true, ["in"] = true, during = true, via = true, over = true, by = true }
local function briefing_call(tk, c, L)
  if c.kind ~= "noun" or c.with or c.between or c.from then return false end
  if to_audience(tk, c, L) then return true end
  local j = c.a - 1
  if not BRIEF_PREP[tk.f[j] or ""] then return false end
  return L.audience[tk.f[j - 1] or ""] or false
end

-- (session 10) The alternative not taken: "expect a meeting rather than
-- talks by telephone", "wrote instead of a phone call" (up to four
-- words of the noun phrase before the cue, the medium after its noun).
local ALT_NP = set("a an the phone telephone direct brief talks talk call calls conversation conversations holding making having placing")
-- (session 27) "Speaking in Wellington today, Mr Holyoake said ...",
-- "Talking after the debate, she told ...": a participle opening the
-- sentence, set off by a comma, tells where or when its subject spoke in
-- public.  With no counterpart ("with", "to", "between") and no medium in
-- its clause it is no call ("Speaking by telephone from Kyiv, ...",
-- "Speaking to Putin on Monday, ..." are).
local OPENING_PARTICIPLE = { speaking = true, talking = true }
local function public_speaking(tk, c)
  if c.kind ~= "speak" or c.with or c.between or c.from or c.medium then return false end
  local before = tk.f[c.a - 1]
  if not OPENING_PARTICIPLE[tk.f[c.a]] or not (c.a == 1 or before == "-" or before == "\u{2014}"
      or before == "\u{2013}" or tk.k[c.a - 1] == "q") then
    return false
  end
  for k = c.b + 1, math.min(tk.n, c.b + 12) do
    if tk.f[k] == "," then return true end
    if tk.f[k] == "." or tk.f[k] == ";" or tk.k[k] == "q" then return false end
  end
  return false
end

local function alternative_at(tk, i)
  local k = i - 1
  while k >= i - 4 and ALT_NP[tk.f[k] or ""] do k = k - 1 end
  return (tk.f[k] == "than" and tk.f[k - 1] == "rather") or (tk.f[k] == "of" and tk.f[k - 1] == "instead")
end

-- (session 25) What a call verb carries to a person: "telephoned his
-- congratulations to President Bush", "phoned her condolences to the
-- King".  The person's mention after "to", or nil.
local MESSAGE_OBJECT = set([[congratulations condolences greetings thanks wishes sympathy sympathies
  regrets apologies]])
local MESSAGE_ADJ = set("good best personal warm warmest sincere deepest heartfelt")
local function message_object(tk, ms, C, j)
  local k = j
  if tk.f[k] == "his" or tk.f[k] == "her" or tk.f[k] == "their" or tk.f[k] == "the" then k = k + 1 end
  while MESSAGE_ADJ[tk.f[k] or ""] and k < j + 3 do k = k + 1 end
  if not MESSAGE_OBJECT[tk.f[k] or ""] or tk.f[k + 1] ~= "to" then return nil end
  local o = M.object_start(tk, ms, C, k + 2)
  local mi = C.mention_at[o]
  if mi and ms[mi].a == o and is_person_mention(ms, mi) then return mi end
  return nil
end

-- The point of a title or an initial inside a sentence ("Mr. Andropov",
-- "Gov. Cuomo", "J. Smith"): no end of a clause.
M.ABBREV_DOT = { prof = true, sgt = true, capt = true, gov = true, sen = true, rep = true,
  amb = true, pres = true, hon = true, rev = true }
function M.abbrev_dot(tk, i)
  return tk.f[i] == "." and i < tk.n and tk.k[i - 1] == "w"
    and (#tk.f[i - 1] <= 3 or M.ABBREV_DOT[tk.f[i - 1]] ~= nil) and tk.up[i + 1] == true
end

-- "each other" / "one another" as a call verb's object, the verb's own
-- ("telephoned each other on Sunday", "called one another twice"), not
-- naming ("called each other traitors", "called each other 'liars'"):
-- what follows ends the clause or opens a time, a place or a topic.
local RECIPROCAL_NEXT = { on = true, ["in"] = true, at = true, about = true, over = true, ["for"] = true,
  twice = true, again = true, several = true, often = true, regularly = true, frequently = true,
  repeatedly = true, daily = true, last = true, this = true, yesterday = true, today = true,
  late = true, early = true, shortly = true, after = true, before = true, during = true,
  ["and"] = true, but = true, when = true, ["while"] = true, since = true, by = true, to = true }

local function reciprocal_object(tk, j)
  local f, g = tk.f[j], tk.f[j + 1]
  if not ((f == "each" and g == "other") or (f == "one" and g == "another")) then return false end
  local k = j + 2
  return k > tk.n or (tk.k[k] ~= "w" and tk.k[k] ~= "q") or RECIPROCAL_NEXT[tk.f[k]] or false
end

function M.find(tk, ms, C, L)
  local cues = {}
  local skip = {}
  local title = M.title_case(tk)
  local start = starters(L)
  local i = 1
  while i <= tk.n do
    local f = tk.f[i]
    local cue
    if start[f] and tk.k[i] == "w" and not skip[i] and not alternative_at(tk, i) then
      local nj = phrases.match(L.not_call, tk, i)
      -- "call to" is an appeal ("a call to end the war"), except a
      -- person's call to a person ("Putin's call to Erdogan") and a call
      -- to a person ("made a separate call to Aso", "a brief call to the
      -- Japanese prime minister"), unless an appeal's "to" follows the
      -- person ("a call to Putin to stop the war")
      if nj and (f == "call" or f == "calls") and ((tk.f[nj] == "on" and time_after_on(tk, nj + 1, POSSESSIVE_DET[tk.f[i - 1] or ""]))
          or (tk.f[nj] == "of" and (length_after_of(tk, nj + 1) or L.call_of[tk.f[nj + 1] or ""]))) then
        nj = nil
      end
      -- "Macron, whom Scholz called on Monday": the object before
      if nj and tk.f[nj] == "on" and time_after_on(tk, nj + 1, false) and relative_object(tk, ms, C, i) then
        nj = nil
      end
      if nj and tk.f[nj] == "to" and (f == "call" or f == "calls") then
        local mi = C.mention_at[nj + 1]
        if mi and ms[mi].a == nj + 1 and (ms[mi].kind == "person" or ms[mi].kind == "role")
            and (POSSESSIVE_BEFORE[tk.f[i - 1] or ""] or tk.f[ms[mi].b + 1] ~= "to") then
          nj = nil
        end
      end
      if nj then
        for k = i, nj do skip[k] = true end
        -- "called him" / "called her": a call only when a name follows
        -- nowhere; an appeal ("called on X to") never is.
      else
        local mj, medium = phrases.match(L.medium_phrases, tk, i)
        local vj, verb = phrases.match(L.verbs, tk, i)
        local sj = phrases.match(L.speak, tk, i)
        local noun_j, noun_medium = phrases.match(L.nouns, tk, i)
        -- (session 23) "on the line" after the person got or had on it:
        -- "got Gorbachev on the line", "finally had Putin on the line"
        -- (not alone: "jobs are on the line")
        if not mj and f == "on" and tk.f[i + 1] == "the" and tk.f[i + 2] == "line" then
          local pm = C.mention_at[i - 1]
          if pm and ms[pm].b == i - 1 and is_person_mention(ms, pm) and GOT_ON_LINE[tk.f[ms[pm].a - 1] or ""] then
            mj, medium = i + 2, "phone"
          end
        end
        -- (session 27) the line a verb of conferring was carried on:
        -- "Kennedy and Macmillan conferred by radio-telephone", "consulted
        -- over the transatlantic telephone" (not alone: spoken_line)
        if not mj and CONFER[tk.f[i - 1] or ""] then mj, medium = spoken_line(tk, i, L) end
        if mj then
          cue = { a = i, b = mj, head = mj, kind = "medium", medium = medium, strong = true }
        elseif L.media_mod[f] and i < tk.n and not (vj and C.mention_at[i + 1]
            and is_person_mention(ms, C.mention_at[i + 1]) and not DETERMINER[tk.f[i - 1] or ""]) then
          -- "phone call", "telephone conversation", "video link"
          local h = i + 1
          while h <= tk.n and (modifier(tk, h) or tk.f[h] == "-") and not L.heads[tk.f[h]] do h = h + 1 end
          -- ("a hot-line conversation" is a call, "a hot-line exchange"
          -- may be of messages)
          if L.heads[tk.f[h]] and L.text_lines[f] and not L.line_heads[tk.f[h]] then h = tk.n + 1 end
          if L.heads[tk.f[h]] then
            cue = { a = i, b = h, head = h, kind = "noun", medium = L.media_mod[f], strong = true }
          elseif noun_j then
            cue = { a = i, b = noun_j, head = noun_j, kind = "noun", medium = noun_medium, strong = true }
          end
        elseif sj then
          cue = { a = i, b = sj, head = sj, kind = "speak", strong = false }
        elseif vj then
          -- "X called Y", "Trump phoned Buhari": a verb when a person
          -- follows; "the call" after a determiner is a noun.
          local prev = tk.f[i - 1]
          local after = vj + 1         -- (a verb of words: "get through to")
          if tk.f[after] == "up" then after = after + 1 end
          -- ("telephoned Field Marshal X", "called Libya's eastern
          -- commander X")
          local verb_end = after - 1
          after = M.object_start(tk, ms, C, after)
          local obj = C.mention_at[after]
          -- (session 25) a person the gazetteer does not know first in
          -- the list of people called ("telephoned Mayor Giuliani and
          -- Prime Minister Blair"): the people it knows after "and"
          if not obj and tk.up[after] and tk.k[after] == "w" then
            local k = after
            while k < after + 4 and tk.up[k] and tk.k[k] == "w" and not C.mention_at[k] do k = k + 1 end
            if k > after + 1 and tk.f[k] == "and" then
              local nx = M.object_start(tk, ms, C, k + 1)
              local m = C.mention_at[nx]
              if m and ms[m].a == nx and (ms[m].kind == "person" or ms[m].kind == "role") then
                after, obj = nx, m
              end
            end
          end
          -- "called Putin's decision a mistake": the name owns the object
          if obj and tk.f[ms[obj].b + 1] == "'s" then obj = nil end
          -- "rang the presidency", "telephoned the Kremlin": a call to a
          -- government's office, its people told elsewhere
          local office = obj and ms[obj].kind == "body" and not ms[obj].account
            and (ms[obj].inst or ms[obj].noun) and not DETERMINER[prev or ""] and prev ~= "'s"
          if obj and not is_person_mention(ms, obj) then
            obj = pronoun_object(tk, ms, C, after)
          end
          if office and not obj then
            cue = { a = i, b = i, head = i, kind = "verb", medium = verb.medium, strong = true,
              office = true }
          end
          -- (a hyphenated word is a modifier, "an hour-long call", but
          -- not the end of a name: "Ban Ki-moon telephoned Kiir")
          local pm = C.mention_at[i - 1]
          local name_end = pm and ms[pm].b == i - 1 and is_person_mention(ms, pm)
          -- ("he first called Hun Manet": a past form is no noun after a
          -- modifier)
          local past = f:find("ed$") or f == "rang" or f == "rung"
          local is_noun = DETERMINER[prev] or prev == "'s" or (modifier(tk, i - 1) and not name_end and not past)
            or L.media_mod[prev or ""]
            -- (session 27) the object of a light verb: "made calls to A
            -- and B", "placed calls to", "had calls with" (the bare
            -- noun; "had called" is a verb)
            or ((f == "call" or f == "calls") and LIGHT_CALL[prev or ""])
          local objects, last
          local naming = false
          if not is_noun and obj then
            objects, last = mention_list(tk, after, ms, C)
            if #objects == 0 then objects, last = { obj }, ms[obj].b end
            objects, last = more_objects(tk, ms, C, objects, last)
            -- "called Putin a killer", "calls Macron 'very nasty'": naming
            -- (only "call" names; "a week ago", "a few days earlier" are
            -- times)
            local nx = tk.f[last + 1]
            local naming_verb = f == "called" or f == "calls" or f == "call" or f == "calling"
            if naming_verb and ((nx == "a" or nx == "an") and not time_after_article(tk, last + 2)
                or tk.k[last + 1] == "q"
                or (nx == "the" and not TIME_NOUN[tk.f[last + 2] or ""])) then
              obj, naming = nil, true
            end
          end
          local rel_obj = not obj and not is_noun and not cue and relative_object(tk, ms, C, i)
          local message_to = not cue and not is_noun and not obj and message_object(tk, ms, C, verb_end + 1)
          if cue then
            -- (a call to an office, above)
          elseif message_to then
            cue = { a = i, b = verb_end, head = i, kind = "verb", medium = verb.medium,
              strong = true, object = message_to, objects = { message_to }, rb = ms[message_to].b }
          elseif not is_noun and not obj and reciprocal_object(tk, verb_end + 1) then
            -- "Merkel and Hollande telephoned each other": the subjects'
            -- call, as "spoke to each other" is
            cue = { a = i, b = verb_end, head = i, kind = "speak", medium = verb.medium, strong = true }
          elseif not is_noun and obj then
            cue = { a = i, b = verb_end, head = i, kind = "verb", medium = verb.medium,
              strong = true, object = obj, objects = objects, rb = last }
          elseif rel_obj then
            cue = { a = i, b = verb_end, head = i, kind = "verb", medium = verb.medium,
              strong = true, object = rel_obj, objects = { rel_obj } }
          elseif noun_j and (is_noun or not obj) and not naming
              -- "what Moscow calls its operation": a verb naming something
              and not (not is_noun and DETERMINER[tk.f[i + 1] or ""])
              -- (session 27) "calls up air reservists": "call up" with no
              -- one called is a mobilisation, no noun "calls"
              and not (not is_noun and tk.f[vj + 1] == "up") then
            cue = { a = i, b = noun_j, head = noun_j, kind = "noun", medium = noun_medium,
              strong = true }
          end
        elseif noun_j and not (tk.up[i] and i > 1 and not title) then
          cue = { a = i, b = noun_j, head = noun_j, kind = "noun", medium = noun_medium, strong = true }
        elseif L.weak_nouns[f] and not (tk.up[i] and i > 1 and not title) then
          cue = { a = i, b = i, head = i, kind = "noun", strong = false, weak_noun = true }
        end
      end
    end
    if cue then
      cue.plural = tk.f[cue.head]:match("s$") ~= nil and tk.f[cue.head] ~= "talks"
        or tk.f[cue.head] == "calls"
      if cue.kind == "noun" or cue.kind == "medium" then
        local facts = noun_phrase_left(tk, cue.a, ms, C, L)
        cue.a = math.min(cue.a, facts.a)
        -- (session 25) "a hot-line exchange" may be of messages: a line
        -- that carried text gives its medium to a head of speech only
        if facts.text_line and not L.line_heads[tk.f[cue.head]] then facts.medium = nil end
        cue.medium = cue.medium or facts.medium
        cue.det, cue.possessor, cue.pp = facts.det, facts.possessor, facts.pp
        cue.negated, cue.planned = facts.negated, facts.planned
        if cue.medium and cue.weak_noun then cue.strong = true end
      end
      right_context(cue, tk, ms, C, L)
      cue.stance = stance(tk, cue, L) or nil
      if not (INTERVIEW[tk.f[cue.head]] and not with_officials(ms, cue.with))
          and not briefing_call(tk, cue, L) and not public_speaking(tk, cue) then
        cues[#cues + 1] = cue
      end
      i = cue.b + 1
    else
      i = i + 1
    end
  end
  -- Merge a speaking verb with the medium phrase or call noun right after
  -- it ("spoke by telephone", "talked by phone", "held a phone call").
  local out = {}
  for _, c in ipairs(cues) do
    local prev = out[#out]
    if prev and prev.kind == "speak" and c.a - prev.b <= 3 and (c.kind == "medium" or c.kind == "noun") then
      prev.b = c.b
      prev.medium = prev.medium or c.medium
      prev.strong = prev.strong or c.strong
      prev.with = prev.with or c.with
      prev.between = prev.between or c.between
    elseif prev and prev.kind == "medium" and c.a == prev.b + 1 and (c.kind == "verb" or c.kind == "speak") then
      -- (session 22) the medium before the verb: "telephonically spoke
      -- to X", "by phone called X" are the verb's call, by that medium
      c.a = prev.a
      c.medium = prev.medium
      c.strong = true
      out[#out] = c
    else
      out[#out + 1] = c
    end
  end
  return out
end

-- Arguments ---------------------------------------------------------------
--
-- Who a cue's grammar makes the parties of the contact.  A verb of calling
-- has a subject and objects ("Netanyahu dialled Erdogan from the airport
-- shortly before Obama left": Obama is no party); a verb of speaking a
-- subject and "with"/"to" people; a call noun is the object of a light
-- verb ("X held / had / received / refused to take a call with / from Y").
-- When subject and counterpart are both found, the contact has exactly
-- those parties: a bystander elsewhere in the sentence (a spokesperson who
-- "said that", a third leader in a time clause) is not on the call.

-- Words between a subject and its verb: adverbs, auxiliaries, modals.
local SKIP_LEFT = set([[also separately then later earlier again first reportedly already
  previously personally finally subsequently briefly twice jointly directly once only both
  all each just recently last had has have having was were is are be been being will would
  could can may might shall should must to not never n't did does do 'll 'd itself
  himself herself themselves today yesterday tonight]])
-- Verbs that take the call verb as an infinitive: "is expected to speak",
-- "refused to take a call".
local CONTROL = set([[expected scheduled set due plans planned plan planning intends intended
  intend agreed agree agrees wants wanted want hopes hoped hope tried try tries sought seek
  seeks seeking refused refuse refuses declined decline declines offered offer offers asked
  going likely unlikely able unable ready willing supposed trying poised slated
  preparing prepared decided decides chose]])
-- Light verbs whose object is a call noun.
local LIGHT = set([[held hold holds holding had has have having made make makes making
  received receive receives receiving took take takes taking accepted accept accepts
  accepting placed place places placing conducted conduct conducts joined join joins
  joining initiated initiate hosted host hosts hosting requested request requests
  arranged arrange returned return returns got get gets answered answer answers
  co-chaired chaired co-hosted sought seek seeks seeking]])
local ASK = set("asked ask asks asking")
local RELATIVE = set("who which whose whom")
local SAYING = set([[said says told tells added adds announced stated noted confirmed
  reported wrote writes tweeted posted insisted claimed explained recalled]])
local TAKE = set("took take takes taking")

local function time_covering(times, i)
  for _, t in ipairs(times or {}) do
    if i >= t.a and i <= t.b then return t end
  end
  return nil
end

-- Coordinated mentions ending at token i: "X", "X and Y", "X, Y and Z",
-- "Putin, Poroshenko, Merkel, Hollande".
local function list_ending_at(tk, ms, C, i)
  local mi = C.mention_at[i]
  if not mi or not PERSONISH[ms[mi].kind] then return nil end
  local out = { mi }
  if ms[mi].kind == "joint" then return out end
  local j = ms[mi].a - 1
  -- a list joined by commas ends with "and" ("X, Y and Z"), except in a
  -- headline ("Putin, Poroshenko, Merkel, Hollande to Hold Phone Talks");
  -- else the comma ends a phrase before the subject ("After Erdogan's call
  -- with Putin, Cavusoglu spoke ...")
  local saw_and = M.title_case(tk)
  while j >= 2 do
    -- an office before a name that is no mention of its own
    while j >= 2 and not C.mention_at[j] and tk.up[j] and tk.k[j] == "w" do j = j - 1 end
    -- (session 15) and a country's possessive before it ("Israel's
    -- Benjamin Netanyahu and Mexico's Enrique Pena Nieto")
    if (tk.f[j] == "'s" or tk.f[j] == "\226\128\153s") and j >= 3 and tk.up[j - 1] and not C.mention_at[j - 1] then
      j = j - 2
      while j >= 2 and not C.mention_at[j] and tk.up[j] and tk.k[j] == "w" do j = j - 1 end
    end
    local f = tk.f[j]
    if f == "and" then saw_and = true end
    if (f ~= "and" and f ~= ",") or (f == "," and not saw_and) then break end
    local k = j - 1
    if f == "and" and tk.f[k] == "," then k = k - 1 end
    local mk = C.mention_at[k]
    if not (mk and PERSONISH[ms[mk].kind] and ms[mk].kind ~= "joint" and ms[mk].b == k) then break end
    table.insert(out, 1, mk)
    j = ms[mk].a - 1
  end
  return out
end

-- A predicate noun phrase with an ordinal ending at token i, after a
-- copula: "(Trudeau) was the first foreign leader (to speak with
-- Biden)".  Returns the token before the copula, or nil.
local ORDINAL = set("first last only second third next")
local COPULA = set("was is became becomes been")
local function predicate_start(tk, i)
  if tk.up[i] or tk.k[i] ~= "w" then return nil end
  for j = i, math.max(2, i - 4), -1 do
    if ORDINAL[tk.f[j]] and tk.f[j - 1] == "the" and COPULA[tk.f[j - 2] or ""] then
      local k = j - 3
      if tk.f[j - 2] == "been" and (tk.f[k] == "has" or tk.f[k] == "had" or tk.f[k] == "have") then
        k = k - 1
      end
      return k >= 1 and k or nil
    end
    if tk.up[j] or tk.k[j] ~= "w" then return nil end
  end
  return nil
end

-- The tokens a..b are an appositive: one mention or one time expression
-- ("Xi, China's president, called ...", "Obama, on Tuesday, called").
local function appositive(tk, ms, C, times, a, b)
  if a > b then return false end
  local mi = C.mention_at[a]
  if mi and ms[mi].a == a and ms[mi].b == b then return true end
  local t = time_covering(times, a)
  if t and t.a == a and t.b >= b then return true end
  return false
end

-- "It was X who ...": "it" and a copula just before the person.
local function cleft_before(tk, a)
  local v = tk.f[a - 1]
  return (v == "was" or v == "is") and tk.f[a - 2] == "it"
end

-- The subject of a verb whose first token follows token `pos`: walk left
-- over adverbs, auxiliaries, control verbs, time expressions, appositives
-- and relative clauses between commas.  Returns mention indices, or nil
-- and a country id when `party_ok` and a country is the subject.
local function subject_left(tk, ms, C, times, pos, G, party_ok)
  local i = pos
  local guard = 0
  while i >= 1 and guard < 40 do
    guard = guard + 1
    local f = tk.f[i]
    local mi = C.mention_at[i]
    local t = time_covering(times, i)
    if mi then
      if PERSONISH[ms[mi].kind] and ms[mi].b == i then return list_ending_at(tk, ms, C, i) end
      if party_ok and ms[mi].kind == "body" and ms[mi].capital then return nil, ms[mi].country end
      return nil
    elseif t then
      i = t.a - 1
    elseif tk.f[i + 1] == "to" and i + 1 <= pos and M.purpose_to(tk, i + 1) then
      -- "Biden used the hotline to speak with Xi": the subject of "used"
      i = M.purpose_to(tk, i + 1) - 1
    elseif SKIP_LEFT[f] or CONTROL[f] then
      i = i - 1
    elseif f == "who" and tk.f[i - 1] == "," and C.mention_at[i - 2] and PERSONISH[ms[C.mention_at[i - 2]].kind]
        and ms[C.mention_at[i - 2]].b == i - 2 then
      -- (session 13) a relative clause on the sentence's subject:
      -- "Hatoyama, who telephoned Lee last week, will meet Wen" (Hatoyama
      -- called; not on an object: "Blair telephoned Clinton, who later
      -- called Trimble" tells the call of the main clause)
      local am = C.mention_at[i - 2]
      if am == 1 and ms[am].a <= 3 then return list_ending_at(tk, ms, C, i - 2) end
      return nil
    elseif f == "who" and C.mention_at[i - 1] and PERSONISH[ms[C.mention_at[i - 1]].kind]
        and ms[C.mention_at[i - 1]].b == i - 1 and cleft_before(tk, ms[C.mention_at[i - 1]].a) then
      -- (session 19) a cleft: "It was Kohl who placed the call"
      return list_ending_at(tk, ms, C, i - 1)
    elseif f == "and" and M.clause_subject then
      -- "Erdogan met Zelensky on Thursday and spoke with Putin": the verbs
      -- share the subject of the clause (a light verb of a call noun too:
      -- "met Chirac and held a telephone conversation with Major")
      local subj = M.clause_subject(tk, ms, C, times)
      if subj and ms[subj[#subj]].b < i then return subj end
      -- (session 20) the subject of a reported clause: "A spokesman said
      -- Kohl had met Chirac in Bonn and telephoned Major"
      if not subj then return M.reported_subject(tk, ms, C, i) end
      return nil
    elseif f == "," then
      local k = i - 1
      while k >= 1 and tk.f[k] ~= "," do k = k - 1 end
      -- "The Turkish president, Recep Tayyip Erdoğan, spoke with ...": a
      -- person in apposition, one mention over the comma
      local am = C.mention_at[i - 1]
      if am and PERSONISH[ms[am].kind] and ms[am].b == i - 1 and k >= 1 and ms[am].a < k then
        return list_ending_at(tk, ms, C, i - 1)
      end
      if k >= 1 and (RELATIVE[tk.f[k + 1]] or appositive(tk, ms, C, times, k + 1, i - 1)) then
        i = k - 1
      else
        return nil
      end
    elseif predicate_start(tk, i) then
      -- "X was the first foreign leader to speak with Y": X
      i = predicate_start(tk, i)
    elseif party_ok and G and tk.up[i] then
      for a = math.max(1, i - 3), i do
        local cj, id, how = G:country_at(tk, a)
        if cj == i and how ~= "adjective" then return nil, id end
      end
      return nil
    else
      return nil
    end
  end
  return nil
end

-- A count or an adjective between a light verb and its call noun:
-- "two", "several", "brief", "congratulatory", "separate", "further".
local CALL_COUNT = set("two three four five several many numerous brief short long lengthy separate further more other")
local function call_adj_word(f)
  return CALL_COUNT[f] or f:find("[oa]ry$") ~= nil or f:find("[^e]al$") ~= nil or f:find("ful$") ~= nil
    or f:find("ive$") ~= nil
end

-- The light verb before a call noun starting at token a: returns the token
-- before the verb phrase, or nil.
local function light_verb_before(tk, a)
  local i = a - 1
  while i >= 1 and (tk.f[i] == "also" or tk.f[i] == "then" or tk.f[i] == "later"
      or tk.f[i] == "earlier" or tk.f[i] == "separately" or tk.f[i] == "again") do
    i = i - 1
  end
  -- (session 18) over a count or an adjective of the calls: "received
  -- congratulatory calls from", "received two brief calls from"
  local k = i
  while k > 1 and a - k <= 3 and tk.k[k] == "w" and not tk.up[k] and call_adj_word(tk.f[k]) do k = k - 1 end
  if k < i and LIGHT[tk.f[k]] then return k - 1, tk.f[k] end
  local f = tk.f[i]
  if not f then return nil end
  if LIGHT[f] then return i - 1, f end
  -- (session 20) "asked for the call", "had asked for a conversation"
  if f == "for" and ASK[tk.f[i - 1] or ""] then return i - 2, tk.f[i - 1] end
  -- (session 23) "put in a call to X": placed it
  if f == "in" and (tk.f[i - 1] == "put" or tk.f[i - 1] == "puts" or tk.f[i - 1] == "putting") then
    return i - 2, tk.f[i - 1]
  end
  -- (session 26) "put through a call to X", "put a call through to X",
  -- "put a call in to X": placed it (the particle before or after the
  -- noun)
  if f == "through" and (tk.f[i - 1] == "put" or tk.f[i - 1] == "puts" or tk.f[i - 1] == "putting") then
    return i - 2, tk.f[i - 1]
  end
  if f == "put" or f == "puts" or f == "putting" then
    for j = a + 1, math.min(tk.n - 1, a + 4) do
      if tk.f[j] == "through" or (tk.f[j] == "in" and tk.f[j + 1] == "to") then return i - 1, f end
      if tk.k[j] ~= "w" then break end
    end
  end
  -- "took part in", "participated in", "was on"
  if f == "in" and tk.f[i - 1] == "part" and TAKE[tk.f[i - 2] or ""] then return i - 3 end
  if f == "in" and (tk.f[i - 1] == "participated" or tk.f[i - 1] == "participates"
      or tk.f[i - 1] == "participate" or tk.f[i - 1] == "joined") then
    return i - 2
  end
  return nil
end

local function count_people(ms, list)
  local n = 0
  for _, mi in ipairs(list or {}) do
    local m = ms[mi]
    if m.kind == "group" then n = n + #(m.countries or {})
    elseif m.kind ~= "joint" then n = n + 1 end
  end
  return n
end

-- Words of one call shared by several: "a three-way call", "a joint
-- call", "spoke together".
local SHARED_CALL = set("joint jointly together three-way four-way trilateral quadrilateral conference")

-- (session 22) A call returned: the one who returns a call places it
-- ("Modi returned Khan's call", "returned a call from Khan", "Khan's
-- call was returned by Modi").  Sets cue.returner (a mention index).
-- (session 22) So does the one who gives it: "Ardern gave Bainimarama a
-- call", "gave a call to X" (the person given it, right before the noun
-- phrase, passed over).
local RETURN = set("returned return returns returning")
local GIVE = set("gave give gives giving")
local TAKEN = set([[took take takes taking received receive receives receiving answered answer
  answers answering accepted accept accepts accepting]])
local RETURN_NP = set("the a an his her their this that earlier previous first")
local function returned_by(cue, tk, ms, C, times, G)
  local i = cue.a - 1
  local given = false
  while i >= 1 do
    local mi = C.mention_at[i]
    if mi and ms[mi].b == i and tk.f[i + 1] == "'s" then
      i = ms[mi].a - 1
    elseif RETURN_NP[tk.f[i]] or tk.f[i] == "'s" then
      i = i - 1
    elseif mi and ms[mi].b == i and not given and (ms[mi].kind == "person" or ms[mi].kind == "role")
        and GIVE[tk.f[ms[mi].a - 1] or ""] then
      given = true
      i = ms[mi].a - 1
    else
      break
    end
  end
  if i >= 1 and (RETURN[tk.f[i]] or GIVE[tk.f[i]]) then
    local subj = subject_left(tk, ms, C, times, i - 1, G, false)
    if subj and #subj == 1 then cue.returner = subj[1] end
    return
  end
  -- (session 23) a call taken, received or answered is its owner's:
  -- "Modi took Khan's call", "Scholz answered Zelensky's phone call"
  -- (the one who took it is the subject, the other party)
  local pm = cue.possessor
  if i >= 1 and TAKEN[tk.f[i]] and pm and ms[pm].a == i + 1
      and (ms[pm].kind == "person" or ms[pm].kind == "role") then
    cue.placed_by = pm
    return
  end
  -- the passive, after the noun: "was returned by Modi"
  local j = cue.b + 1
  while j <= tk.n and (tk.f[j] == "was" or tk.f[j] == "were" or tk.f[j] == "had" or tk.f[j] == "has"
      or tk.f[j] == "been" or tk.f[j] == "later" or tk.f[j] == "promptly") do
    j = j + 1
  end
  if j > cue.b + 1 and tk.f[j] == "returned" and tk.f[j + 1] == "by" then
    local mi = C.mention_at[j + 2]
    if mi and ms[mi].a == j + 2 and PERSONISH[ms[mi].kind] then cue.returner = mi end
  end
end

function M.arguments(cue, tk, ms, C, times, G)
  local subj, party
  -- (a medium phrase alone, "told Macron by phone", has the object of
  -- another verb on its left: the clause decides)
  if cue.kind == "verb" or cue.kind == "speak" then
    subj, party = subject_left(tk, ms, C, times, cue.a - 1, G, false)
  elseif cue.kind == "noun" and not cue.possessor then
    local j, verb = light_verb_before(tk, cue.a)
    if j then
      subj, party = subject_left(tk, ms, C, times, j, G, true)
      cue.light = verb
    end
  end
  cue.subj, cue.party = subj, party
  if cue.kind == "noun" then returned_by(cue, tk, ms, C, times, G) end
  -- "Pashinyan and Aliyev each spoke with Putin": one contact each
  if subj and #subj >= 2 then
    local j = ms[subj[#subj]].b + 1
    if tk.f[j] == "each" or tk.f[j] == "separately" or (tk.f[j] == "have" or tk.f[j] == "had")
        and (tk.f[j + 1] == "each" or tk.f[j + 1] == "separately") then
      cue.each = true
    end
    -- (session 15) "spoke separately to him"; and "X and Y also spoke to
    -- him", one more pair of a series of calls with one person, no
    -- conference said: one contact each
    local after = tk.f[(cue.rb or cue.b) + 1]
    if after == "separately" or tk.f[cue.b + 1] == "separately" then cue.each = true end
    if tk.f[j] == "also" and #(cue.objects or cue.with or {}) == 1 and cue.kind ~= "noun" then
      local shared = false
      for k = 1, tk.n do
        if SHARED_CALL[tk.f[k]] or tk.f[k]:find("conferenc", 1, true) then shared = true end
      end
      if not shared then cue.each = true end
    end
  end
  local joint = subj and #subj == 1 and ms[subj[1]].kind == "joint"
  cue.joint_subj = joint or nil
  local counter = cue.objects or cue.with or cue.between
    or cue.from_list or (cue.from and { cue.from }) or nil
  if cue.objects then
    local kept = {}
    for _, mi in ipairs(cue.objects) do
      if ms[mi].kind ~= "joint" then kept[#kept + 1] = mi end
    end
    cue.objects = kept
    counter = kept
  end
  cue.counter = counter
  local nsubj = subj and count_people(ms, subj) or 0
  if party then nsubj = 1 end
  if joint then
    cue.complete = true
  elseif counter and #counter > 0 and nsubj >= 1 then
    cue.complete = true
  elseif cue.kind ~= "verb" and not counter and nsubj >= 2 then
    cue.complete = true
  end
  return cue
end

-- The subject of the main clause: the first list of people at the start
-- of the sentence (after time words and adverbs), followed by a verb.
-- A dateline opening the sentence ("SEOUL -- ", "ISTANBUL, Dec 24
-- (Reuters) - "): the token after its dash, or 1.
local DASH = { ["-"] = true, ["--"] = true, ["\226\128\148"] = true, ["\226\128\147"] = true }
local function after_dateline(tk)
  local caps = tk.k[1] == "w" and #tk.t[1] > 2 and tk.t[1]:upper() == tk.t[1]
  if not caps then return 1 end
  for k = 2, math.min(tk.n - 1, 14) do
    if DASH[tk.f[k]] then
      while DASH[tk.f[k + 1] or ""] do k = k + 1 end
      return k + 1
    end
  end
  return 1
end

M.after_dateline = after_dateline

function M.clause_subject(tk, ms, C, times)
  local i = after_dateline(tk)
  local guard = 0
  while i <= tk.n and guard < 20 do
    guard = guard + 1
    local t = time_covering(times, i)
    if t then
      i = t.b + 1
      if tk.f[i] == "," then i = i + 1 end
    elseif SKIP_LEFT[tk.f[i]] or tk.k[i] == "q" then
      i = i + 1
    else
      break
    end
  end
  -- an office before the name may not be a mention of its own
  -- ("European Council President Charles Michel")
  while i <= tk.n and not (C.mention_at[i] and PERSONISH[ms[C.mention_at[i]].kind])
      and tk.up[i] and tk.k[i] == "w" do
    i = i + 1
  end
  local mi = C.mention_at[i]
  if not mi or not PERSONISH[ms[mi].kind] or ms[mi].kind == "joint" then return nil end
  -- extend over "X and Y" / "X, Y and Z"
  local list = { mi }
  local last = ms[mi].b
  local k = last + 1
  while k <= tk.n do
    local f = tk.f[k]
    if f == "and" or f == "," then
      local n2 = k + 1
      if f == "," and tk.f[n2] == "and" then n2 = n2 + 1 end
      while n2 <= tk.n and not C.mention_at[n2] and tk.up[n2] and tk.k[n2] == "w" do n2 = n2 + 1 end
      local m2 = C.mention_at[n2]
      if m2 and PERSONISH[ms[m2].kind] and ms[m2].kind ~= "joint" and ms[m2].a == n2 then
        list[#list + 1] = m2
        last = ms[m2].b
        k = last + 1
      else
        break
      end
    else
      break
    end
  end
  local nxt = tk.f[last + 1]
  if not nxt or tk.k[last + 1] ~= "w" or tk.up[last + 1] or nxt == "'s" then return nil end
  -- "Peskov said ...": the subject of a report is not the subject of what
  -- it reports
  -- ("Kohl wrote to Chirac and telephoned Major": a letter, no report)
  if SAYING[nxt] and not (nxt == "wrote" and tk.f[last + 2] == "to") then return nil end
  return list
end

-- (session 20) The subject of the clause a verb of saying reports, when
-- it ends before token `i` with a verb after it: "A spokesman said (that)
-- Kohl had met Chirac ... and telephoned Major" -> Kohl.  The last verb
-- of saying before i decides; nil when none is followed by a person.
function M.reported_subject(tk, ms, C, i)
  for k = i - 1, 1, -1 do
    if SAYING[tk.f[k]] and not tk.up[k] then
      local j = k + 1
      if tk.f[j] == "that" then j = j + 1 end
      -- (a person or office starting at token x)
      local function named_at(x)
        local m = C.mention_at[x]
        return m and PERSONISH[ms[m].kind] and ms[m].kind ~= "joint" and ms[m].a == x and m or nil
      end
      local mi = named_at(j)
      if not mi then return nil end
      local list = { mi }
      local last = ms[mi].b
      while tk.f[last + 1] == "and" do
        local m2 = named_at(last + 2)
        if not m2 then break end
        list[#list + 1] = m2
        last = ms[m2].b
      end
      if last >= i or tk.k[last + 1] ~= "w" or tk.up[last + 1] or tk.f[last + 1] == "'s" then return nil end
      return list
    end
  end
  return nil
end

-- Nouns that name one contact or one part of it.
local EVENT = set([[session sessions round call conversation talks meeting summit
  videoconference conference exchange part segment discussion discussions chat link]])

-- Words that start another contact: "with X and, separately, with Y".
-- (session 20) also a count of its own: "twice with Sadat and once with
-- Begin"
local COUNT = set("once twice again")
local CONNECT = set("and separately then later also subsequently afterwards afterward finally next lastly earlier")
for w in pairs(COUNT) do CONNECT[w] = true end

local function phrase_groups(tk, ms, C, want)
  local groups = {}
  local last_end = 0
  for i = 1, tk.n do
    local prep = tk.f[i]
    if prep == want and i > last_end and not C.attr[i] then
      local list, last = mention_list(tk, i + 1, ms, C)
      local named = {}
      for _, mi in ipairs(list) do
        -- (session 14) a "with" of its own ends the group: "then with
        -- Zelensky and with Biden" is two
        if ms[mi].a - 1 > i and tk.f[ms[mi].a - 1] == prep and ms[mi].kind ~= "group" then
          last = ms[mi].a - 3
          break
        end
        local k = ms[mi].kind
        if k == "person" or k == "role" or k == "group" then named[#named + 1] = mi end
      end
      if #named > 0 then
        -- an event noun of its own between the previous group and "with",
        -- or a connective right before it
        local own = false
        for k = i - 1, math.max(last_end + 1, i - 8), -1 do
          if EVENT[tk.f[k]] then own = true break end
        end
        local k = i - 1
        local bare = true
        while k > last_end and (tk.f[k] == "," or CONNECT[tk.f[k]]) do
          if CONNECT[tk.f[k]] then own = true end
          -- (session 20) as a count of its own: "and once to Chirac"
          if tk.f[k] == "separately" or COUNT[tk.f[k]] then bare = false end
          k = k - 1
        end
        -- (session 19) a "to" after "and" or "then" without "separately"
        -- is `bare`: the caller's call list, split only when no subject
        -- tells the hub (20-calls)
        groups[#groups + 1] = { list = named, own = own, a = i, b = last, prep = prep,
          bare = prep == "to" and own and bare or nil, comma = tk.f[i - 1] == "," or nil }
        last_end = last
      end
    end
  end
  if #groups < 2 then return {} end
  -- a "to" phrase naming several ("and to Sunak and Biden") is a list of
  -- calls, no conversation of its own: left to the verb's objects
  for _, g in ipairs(groups) do
    if g.prep == "to" and #g.list > 1 then return {} end
  end
  -- (session 20) "with A, with B and with C": the phrases before the one
  -- after "and" are each a contact of their own too
  if groups[#groups].own then
    for g = 2, #groups - 1 do
      if groups[g].comma then groups[g].own = true end
    end
  end
  for g = 2, #groups do
    if not groups[g].own then return {} end
  end
  -- "speak with Crown Prince Mohammed bin Salman ... no call with the
  -- crown prince": one person named twice is one contact
  local function same(a, b)
    local x, y = ms[a], ms[b]
    if x.person and y.person then return x.person == y.person end
    local rx, ry = x.role, y.role
    if rx and ry and rx == ry and (not x.country or not y.country or x.country == y.country)
        and not (x.person and y.person) and (not x.person or not y.person) then
      return true
    end
    return false
  end
  for g = 2, #groups do
    local all = true
    for _, b in ipairs(groups[g].list) do
      local found = false
      for _, a in ipairs(groups[1].list) do if same(a, b) then found = true end end
      if not found then all = false end
    end
    if all then return {} end
  end
  return groups
end

function M.with_groups(tk, ms, C)
  local groups = phrase_groups(tk, ms, C, "with")
  -- (session 19) else "to" phrases: "spoke to A and, separately, to B",
  -- "calls made by X to A, and to B"
  if #groups < 2 then groups = phrase_groups(tk, ms, C, "to") end
  return groups
end

return M
