-- call_status.lua — a call's status (held / planned / denied) and what
-- tells of a contact in one room rather than on the line (require
-- "callbrief.call_status").  Pure; used by 20-calls.
--
--   call_status.status_of(A, cue, L) -> "held" | "planned" | "denied"
--   call_status.attempted(tk, L), prospective(tk, L), occurrence_denied(tk,
--       cue), hearsay(tk), impersonated(A, sent, people), one_more(tk, cue)
--       -> boolean   what else a denial, a plan or a held call is
--   call_status.has_in_person(A, L, cue, t), in_person_besides_hosting(A,
--       L), located(A, G [, cue]) -> boolean   words that put the people
--       in one room (located: a place in the cue's clause)

local phrases = require("callbrief.phrases")
local cues = require("callbrief.cues")
local call_times = require("callbrief.call_times")
local call_people = require("callbrief.call_people")
local in_span, since_after =
  call_times.in_span, call_times.since_after
local content_start =
  call_people.content_start

-- Request words that say a call is wanted, unless a perfect or a passive
-- puts the request in the past ("Netanyahu had requested the call").
-- (session 24) Prepositions placing a thing in a call ("in a call").
local IN_CALL_PREP = { ["in"] = true, during = true, on = true, over = true }
local REQUEST = { requested = true, requests = true, proposed = true, sought = true,
  invited = true }
-- Past participles after "to have": "known to have spoken" is no plan.
local PERFECT = { spoken = true, talked = true, held = true, had = true, called = true,
  phoned = true, been = true, telephoned = true, conversed = true, discussed = true }

-- A denied call that was tried ("tried to telephone him and could not get
-- through", "declined to take a call from Erdogan on Tuesday", "the
-- result was silence"): its day is the attempt's (`attempt`; 20-dates
-- keeps it), unlike a call said not to have happened or not planned.
local TRIED = { tried = true, try = true, trying = true, attempted = true, unable = true,
  failed = true }
-- "declined Clinton's requests for a call", "rejected a request to speak"
local REFUSING = { declined = true, rejected = true, refused = true, rebuffed = true, ignored = true,
  -- (session 18) and a headline's present: "White House rejects X's
  -- request for a call"
  declines = true, rejects = true, refuses = true, rebuffs = true, ignores = true }
local REQUEST_NOUN = { request = true, requests = true, offer = true, offers = true,
  overture = true, overtures = true, proposal = true, invitation = true }
local function request_within(tk, a, b)
  for k = a, math.min(b, tk.n) do
    if REQUEST_NOUN[tk.f[k]] then return true end
  end
  return false
end

-- (session 15) the one tried for was not there: "but was told that he
-- was not available", "found him unavailable" (not "unavailable for
-- comment", which says nothing of the call)
local function unavailable(tk, i)
  local f = tk.f[i]
  local neg = f == "unavailable" or (f == "available" and (tk.f[i - 1] == "not" or tk.f[i - 1] == "n't"))
  return neg and tk.f[i + 1] ~= "for"
end

-- (session 16) "tried again and again to", "tried repeatedly to",
-- "tried several times to": the "to" at i after a TRIED word and adverbs
local TRY_ADVERB = call_people.TRY_ADVERB
-- (session 17) and a time between: "tried on Friday night to speak to
-- him", "tried late yesterday to reach her" (call_people.TRY_TIME)
local TRY_TIME = call_people.TRY_TIME
local function tried_to(tk, i)
  if tk.f[i] ~= "to" then return false end
  for k = i - 1, math.max(1, i - 6), -1 do
    local f = tk.f[k]
    if TRIED[f] then return true end
    if not TRY_ADVERB[f] and not TRY_TIME[f] then return false end
  end
  return false
end

-- (session 17) the trying itself failed: "tried in vain to", "tried
-- unsuccessfully to", "vainly tried to" (the "to" at i)
local TRIED_SPEAK = { speak = true, talk = true }

local FAILED_ADVERB = { vain = true, vainly = true, unsuccessfully = true, fruitlessly = true }
local function tried_failed(tk, i)
  for k = i - 1, math.max(1, i - 5), -1 do
    local f = tk.f[k]
    if FAILED_ADVERB[f] then return true end
    -- (session 20) "was unable to speak to him", "failed to reach": the
    -- attempt came to nothing
    if f == "unable" or f == "failed" then return true end
    if TRIED[f] then return FAILED_ADVERB[tk.f[k - 1] or ""] == true end
  end
  return false
end

-- (session 16) the one tried for could not be had: "was told he could
-- not be disturbed", "could not be woken"
local NOT_HAD = { disturbed = true, woken = true, wakened = true, reached = true, located = true,
  found = true, interrupted = true }
local function not_had(tk, i)
  local f = tk.f[i]
  return (f == "could" or f == "would" or f == "can") and (tk.f[i + 1] == "not" or tk.f[i + 1] == "n't")
    and tk.f[i + 2] == "be" and NOT_HAD[tk.f[i + 3] or ""] or false
end

-- (session 16) a definite call noun whose relative clause tells it in the
-- past: "The conversation, which lasted about half an hour, ...", "the
-- call, which came a day after ...", "The call, which took place on ..."
local PAST_OF_CALL = { lasted = true, came = true, took = true, began = true, ended = true,
  was = true, had = true, went = true, ran = true, followed = true }
local function told_past(tk, cue)
  if cue.kind ~= "noun" or cue.det ~= "def" or cue.plural then return false end
  local j = (cue.rb or cue.b) + 1
  if tk.f[j] ~= "," or (tk.f[j + 1] ~= "which" and tk.f[j + 1] ~= "that") then return false end
  return PAST_OF_CALL[tk.f[j + 2] or ""] == true
end

local NOT_REACH_AUX = { could = true, can = true, did = true }
local function attempted(tk, L)
  for i = 1, tk.n do
    local f = tk.f[i]
    if tried_to(tk, i + 1) or (TRIED[f] and tk.f[i + 1] == "in" and tk.f[i + 2] == "vain") or ((f == "could" or f == "can") and (tk.f[i + 1] == "not" or tk.f[i + 1] == "n't")
        and (tk.f[i + 2] == "get" or tk.f[i + 2] == "reach" or tk.f[i + 2] == "contact")) or phrases.match(L.unanswered, tk, i)
        or ((f == "declined" or f == "refused") and tk.f[i + 1] == "to" and tk.f[i + 2] == "take")
        or (REFUSING[f] and request_within(tk, i + 1, i + 4)) then
      return true
    end
  end
  return false
end

-- held / planned / denied from the words around the cue.
-- "the first (foreign leader) to speak", "the last to call": the
-- infinitive tells who did it, not a plan.
local SUPERLATIVE = { first = true, last = true, only = true, second = true, third = true }
local function superlative_before(tk, i)
  for j = i - 1, math.max(1, i - 3), -1 do
    if SUPERLATIVE[tk.f[j]] then return true end
  end
  return false
end

-- "a caller claiming to be X", "a hoax call from someone posing as X":
-- X was not on the call.  The call of X is denied (SCHEMA: an article
-- says it did not take place).
local IMPOSTOR = { { "claiming", "to", "be" }, { "claimed", "to", "be" }, { "posing", "as" },
  { "posed", "as" }, { "pretending", "to", "be" }, { "pretended", "to", "be" },
  { "purporting", "to", "be" }, { "impersonating" }, { "impersonated" }, { "masquerading", "as" },
  { "passing", "himself", "off", "as" }, { "passing", "herself", "off", "as" } }

local function impostor_before(tk, a)
  for _, ph in ipairs(IMPOSTOR) do
    local k = a - #ph
    local hit = k >= 1
    for j = 1, #ph do
      if not hit then break end
      if tk.f[k + j - 1] ~= ph[j] then hit = false end
    end
    if hit then return true end
  end
  return false
end

-- Is one of `people` (entries of this sentence, by offset) named right
-- after an impostor phrase?  (memoised on the sentence analysis)
local function impersonated(A, sent, people)
  if A.impostor_at == nil then
    A.impostor_at = false
    for _, m in ipairs(A.ms) do
      if (m.kind == "person" or m.kind == "role") and impostor_before(A.tk, m.a) then
        A.impostor_at = A.impostor_at or {}
        A.impostor_at[sent.offset + A.tk.s[m.a] - 1] = true
      end
    end
  end
  if not A.impostor_at then return false end
  for _, p in ipairs(people) do
    if p.offset and A.impostor_at[p.offset] then return true end
  end
  return false
end

-- Does the sentence speak of a plan ("will", "no call is planned",
-- "plans to speak")?
local function prospective(tk, L)
  for i = 1, tk.n do
    if phrases.match(L.planned, tk, i) then return true end
  end
  return false
end

-- Is it the contact itself that is denied, not something said in it
-- ("denied that Putin threatened anyone during the call")?  A verb of
-- calling or speaking is the contact; a call noun only with words of
-- occurrence: "no such conversation", "the call took place", "there was
-- no call".
local OCCURRED = { ["took"] = "place", ["taken"] = "place", ["take"] = "place", happened = true,
  occurred = true, such = true }

local function occurrence_denied(tk, cue)
  if cue.kind == "verb" or cue.kind == "speak" then return true end
  for i = 1, tk.n do
    local o = OCCURRED[tk.f[i]]
    if o == true or (o and tk.f[i + 1] == o) then return true end
  end
  return tk.f[cue.a] == "no" or tk.f[cue.a - 1] == "no"
end

-- A call told on the word of a news report or unnamed sources ("The Post
-- reported that they spoke on Thursday, citing people familiar with the
-- matter"), or as one side's contested claim ("Lukashenko had claimed that
-- the chancellor had called him"): what a side's denial can contradict
-- (30-merge).
-- (session 10: also a fact-check's "Claim:" and rumours, "supposedly")
local HEARSAY = { reported = true, report = true, reports = true, citing = true, sources = true,
  familiar = true, reportedly = true, claimed = true, claiming = true, alleged = true,
  alleges = true, allegedly = true, claim = true, claims = true, rumour = true, rumours = true,
  rumor = true, rumors = true, rumoured = true, rumored = true, supposedly = true, purportedly = true,
  purported = true }

local function hearsay(tk)
  for i = 1, tk.n do
    if HEARSAY[tk.f[i]] then return true end
  end
  return false
end

-- Cue words in the past tense (status_of).
local PAST_CUE = { called = true, phoned = true, telephoned = true, rang = true, dialled = true,
  dialed = true, spoke = true, talked = true, conversed = true, chatted = true, held = true }

local function that_between(tk, a, b)
  for k = a + 1, b - 1 do
    if tk.f[k] == "that" then return true end
  end
  return false
end

-- Arranging a call: "is being arranged", "working to set up a call".
local ARRANGING = { arranged = true, prepared = true, organised = true, organized = true,
  planned = true, scheduled = true, worked = true }
local ARRANGING_INF = { arrange = true, set = true, organise = true, organize = true,
  schedule = true, prepare = true }

-- Verbs that tell their hearer something in a call ("told Xi in a phone
-- call on Tuesday that ...", "assured him by phone that ..."): what
-- follows their "that" is the content, not the call.  The hearer and his
-- apposition may come between ("told his Pakistani counterpart, Nawaz
-- Sharif, in a telephone conversation"); a verb without a hearer ("said
-- in a call that") is right before the cue's phrase.
local TELLING_HEARER = { told = true, tells = true, assured = true, informed = true, warned = true,
  reminded = true, conveyed = true }
local TELLING_IN_CALL = { said = true, says = true, stressed = true, reiterated = true,
  emphasised = true, emphasized = true, explained = true, insisted = true, added = true }

-- Where the words about the call itself end: before the "that" of a verb
-- of telling ahead of the cue ("told Sharif in a telephone conversation
-- on Friday that there could be no talks": "no talks" is what he was
-- told; content_start); a "that" right after the cue is a relative ("a
-- call that did not take place") and ends nothing.
local function call_words_end(tk, C, cue, last)
  local telling = false
  for i = math.max(1, cue.a - 15), cue.a - 1 do
    if TELLING_HEARER[tk.f[i]] or (i >= cue.a - 4 and TELLING_IN_CALL[tk.f[i]]) then telling = true end
  end
  local j = telling and content_start(tk, C, cue)
  if j and j - 1 < last then return j - 1 end
  return last
end

-- Nouns whose negation doubts that the thing they are "of" exists ("no
-- record of a call", "no sign of the conversation"); other nouns before
-- "of" presuppose it ("no details of the call", "no readout of their
-- conversation").
local EXISTENCE = { record = true, records = true, evidence = true, sign = true, signs = true,
  trace = true, proof = true, confirmation = true, indication = true }

-- Where a negation before a call noun stops denying the call: the cue is
-- a definite or possessed noun phrase ("the conversation", "their call",
-- "those conversations"), the complement of another noun through "of";
-- the negation is on that noun.
local function of_complement(tk, cue)
  if cue.det ~= "def" and cue.det ~= "poss" then return false end
  local j = cue.a - 1
  return tk.f[j] == "of" and tk.k[j - 1] == "w" and not EXISTENCE[tk.f[j - 1]]
end

-- "The Kremlin denied that Putin had spoken to Trump", "Ankara dismissed
-- reports that Erdogan would call Assad": the call is what a denial's
-- that-clause tells.
local DENY_VERB = { denied = true, denies = true, deny = true, dismissed = true, rejected = true,
  refuted = true }
local DENIED_NOUN = { reports = true, report = true, claims = true, claim = true, suggestions = true,
  rumours = true, rumors = true, speculation = true, allegations = true }
-- (session 16) a denial verb negated ("did not deny that the
-- conversation had taken place", "has never disputed that they spoke")
-- denies nothing: the position of its verb, else nil
local DENY_NEGATED = { denied = true, denies = true, deny = true, dispute = true, disputed = true,
  disputes = true, contest = true, contested = true, contests = true }
local NEG_AUX = { did = true, does = true, ["do"] = true, has = true, had = true, have = true,
  would = true, could = true, ca = true, can = true, wo = true }
local function negated_denial(tk, cue)
  for i = cue.a - 1, math.max(3, cue.a - 14), -1 do
    local f = tk.f[i]
    if f == ";" or f == "but" or f == "." then return nil end
    if DENY_NEGATED[f] then
      local n = tk.f[i - 1]
      if n == "never" and (tk.f[i - 2] == "has" or tk.f[i - 2] == "had" or tk.f[i - 2] == "have") then return i end
      if (n == "not" or n == "n't") and NEG_AUX[tk.f[i - 2] or ""] then
        return i
      end
      return nil
    end
  end
  return nil
end

-- (session 16) also past the noun's determiner and modifiers: "denied a
-- newspaper report that Putin and Trump had spoken by phone"
-- (nd: the negated denial verb's position, from negated_denial)
local NOUN_PLACE = { ["in"] = true, by = true, from = true, on = true, carried = true, published = true }
local TIME_LEAD = { on = true, late = true, early = true, yesterday = true, today = true, again = true,
  categorically = true, flatly = true, firmly = true, strongly = true, publicly = true, emphatically = true,
  ["in"] = true, at = true, last = true, this = true }
-- (session 23) a denial said without a verb of denying: "described as
-- false reports of a call", "branded as baseless reports that ...",
-- "there was no truth in reports of a telephone conversation" (the word
-- before the reports stands for the verb)
local NAMING_VERB = { described = true, branded = true, labelled = true, labeled = true, termed = true,
  dismissed = true, rejected = true, characterised = true, characterized = true }
local FALSE_ADJ = { ["false"] = true, untrue = true, baseless = true, groundless = true, unfounded = true,
  fabricated = true, fake = true, incorrect = true, inaccurate = true, wrong = true, fictitious = true }
local NOTHING_IN = { truth = true, basis = true, substance = true, foundation = true }
-- (session 24) a correction of reports denies them ("wishes to correct
-- reports in some media that X had a telephone conversation with Y"),
-- never "correct" alone ("it is correct that they spoke")
local CORRECT_VERB = { correct = true, corrected = true, corrects = true, correcting = true }
local function denial_word(tk, i)
  local f = tk.f[i]
  if DENY_VERB[f] then return true end
  if CORRECT_VERB[f] then
    for k = i + 1, i + 3 do
      if DENIED_NOUN[tk.f[k] or ""] then return true end
      if tk.k[k] ~= "w" then break end
    end
  end
  if f == "as" and FALSE_ADJ[tk.f[i + 1] or ""] and NAMING_VERB[tk.f[i - 1] or ""] then return true end
  return (f == "in" or f == "to" or f == "for") and NOTHING_IN[tk.f[i - 1] or ""] and tk.f[i - 2] == "no"
end
local function denial_content(tk, cue, nd)
  for i = cue.a - 2, math.max(1, cue.a - 20), -1 do
    local f = tk.f[i]
    if f == ";" or f == "but" or f == "." then return false end
    if denial_word(tk, i) then
      if nd == i then return false end
      local j = i + 1
      -- (session 20) past a time or manner between the verb and "that"
      -- ("denied on Wednesday that ...", "flatly denied late last night")
      if TIME_LEAD[tk.f[j]] then
        for k = j + 1, math.min(j + 4, cue.a - 1) do
          if tk.f[k] == "that" then j = k break end
          if tk.k[k] ~= "w" or tk.f[k] == "and" or tk.f[k] == "but" then break end
        end
      end
      for k = j, math.min(j + 3, cue.a - 1) do
        if DENIED_NOUN[tk.f[k]] then
          j = k + 1
          -- (session 19) past where the reports ran: "denied reports in
          -- a section of the local press that ..."
          if NOUN_PLACE[tk.f[j] or ""] then
            for q = j + 1, math.min(j + 10, cue.a - 1) do
              if tk.f[q] == "that" then j = q break end
              if tk.k[q] ~= "w" and tk.f[q] ~= "'s" then break end
            end
          end
          break
        end
        if tk.k[k] ~= "w" or tk.f[k] == "that" then break end
      end
      -- (session 22) the reports of the call itself: "refuted reports of a
      -- phone call with X", "dismissed claims of a telephone conversation
      -- between A and B"
      if tk.f[j] == "of" and j > i + 1 and DENIED_NOUN[tk.f[j - 1]] and j < cue.a and cue.a - j <= 3 then
        for k = j + 1, cue.a - 1 do
          if tk.k[k] ~= "w" then return false end
        end
        return true
      end
      return tk.f[j] == "that" and j < cue.a
    end
  end
  return false
end

-- An indefinite call noun counted in a series: "a second call", "a third
-- phone call", "another call".
local ONE_MORE = { second = true, third = true, fourth = true, fifth = true, sixth = true,
  another = true, further = true }
local function one_more(tk, cue)
  if cue.kind ~= "noun" or cue.det ~= "indef" then return false end
  for i = cue.a, cue.head - 1 do
    if ONE_MORE[tk.f[i]] then return true end
  end
  return false
end

-- (session 10) A plan denied for someone: "There's no plan for the
-- President to talk to Milosevic", "no plans for X to call Y": "no" and a
-- plan noun, then "for" and the infinitive of the cue in the same clause.
local PLAN_NOUN = { plan = true, plans = true, intention = true, intentions = true }
-- (session 26) and a time of the plan between: "no plans at this stage
-- for Ishiba to speak with Yoon", "no plans as yet for", "at present"
local PLAN_WHEN = { at = true, this = true, the = true, stage = true, moment = true, present = true,
  as = true, yet = true, now = true, currently = true, point = true }
local function plan_noun_before(tk, i)
  local k = i - 1
  while k > i - 5 and PLAN_WHEN[tk.f[k] or ""] do k = k - 1 end
  return PLAN_NOUN[tk.f[k] or ""] and k or nil
end
local function plan_denied_for(tk, cue)
  if tk.f[cue.a - 1] ~= "to" then return false end
  for i = cue.a - 2, math.max(2, cue.a - 12), -1 do
    local f = tk.f[i]
    if f == "," or f == ";" or (f == "." and not cues.abbrev_dot(tk, i)) then return false end
    local pn = f == "for" and plan_noun_before(tk, i)
    if pn then
      local k = pn - 1
      if tk.f[k] == "immediate" or tk.f[k] == "current" then k = k - 1 end
      return tk.f[k] == "no"
    end
  end
  return false
end

-- (session 15) A possibility left open: "did not rule out a call with
-- Putin", "would not rule out talking to him": planned, not denied.
local RULE = { rule = true, rules = true, ruled = true, ruling = true }
local NOT = { ["not"] = true, ["n't"] = true, never = true }
local function not_ruled_out(tk, cue)
  for i = cue.a - 1, math.max(3, cue.a - 5), -1 do
    local f = tk.f[i]
    if f == "," or f == ";" or f == "." then return false end
    if f == "out" and RULE[tk.f[i - 1]] then return NOT[tk.f[i - 2]] == true end
  end
  return false
end

-- A phrase setting a call for a time: "scheduled for", "set for",
-- "planned for", "slated for", "due on".
local SCHEDULED = { scheduled = true, set = true, planned = true, slated = true, due = true,
  pencilled = true, penciled = true }
local SCHEDULED_LEAD = { which = true, that = true, had = true, has = true, been = true, was = true,
  originally = true, initially = true, first = true, tentatively = true }
local DURATION = { minutes = true, minute = true, hour = true, hours = true }
local function scheduled_phrase(tk, i, k)
  while SCHEDULED_LEAD[tk.f[i]] do i = i + 1 end
  local f1 = tk.f[i + 1]
  if not (SCHEDULED[tk.f[i]] and (f1 == "for" or f1 == "on" or f1 == "to")) then return false end
  -- (a length is no day: "scheduled for 30 minutes")
  for j = i + 2, k - 1 do if DURATION[tk.f[j]] then return false end end
  return true
end

-- What the clause after a scheduling phrase's closing comma (at k) says
-- of the call: a denial ("was postponed", "was called off"), the call
-- having happened ("went ahead", "took place"), else nil.
local function after_schedule(tk, L, k)
  for i = k + 1, math.min(tk.n, k + 4) do
    if phrases.match(L.denied, tk, i) then return "denied" end
    local f, f1 = tk.f[i], tk.f[i + 1]
    if (f == "went" and f1 == "ahead") or (f == "took" and f1 == "place") or f == "happened"
        or f == "lasted" then
      return "held"
    end
  end
  return nil
end

-- (session 20) A denial whose verb (ending at token e) is followed by a
-- phrase placing it in the call ("Putin denied on the call that ...",
-- "rejected during the conversation any suggestion ...") denies what it
-- goes on to, not the call.
local DURING = { on = true, during = true, ["in"] = true, over = true }
local function denied_during(tk, cue, e)
  if e >= cue.a or not DURING[tk.f[e + 1]] then return false end
  for k = e + 2, cue.a - 1 do
    if tk.k[k] ~= "w" or tk.f[k] == "that" then return false end
  end
  return true
end

-- (session 20) A call asked about in a question that opens the sentence
-- ("Asked on Saturday whether Putin planned a call with X, his spokesman
-- replied: 'Not on the schedule yet.'", "Asked if A would speak with B,
-- an aide said there were no such plans"): the answer, after the
-- question's clause, denies it when it says so in words of denial.
local ANSWER_VERB = cues.ANSWER_VERB
local function answered_no(tk, L, cue)
  if tk.f[1] ~= "asked" or not cue.a or not cue.b then return false end
  local q = false
  for i = 2, cue.a - 1 do
    if tk.f[i] == "whether" or tk.f[i] == "if" then q = true; break end
  end
  if not q then return false end
  for i = cue.b + 1, tk.n do
    if tk.f[i] == "," then
      for k = i + 1, tk.n do
        if phrases.match(L.denied, tk, k) then return true end
        -- (session 21) a bare "no" answering it: "the spokesman said no",
        -- "replied: 'No.'", "said: 'Not yet.'"
        local before = tk.f[k - 1]
        local opens = before == ":" or (tk.k[k - 1] == "q" and (tk.f[k - 2] == ":" or ANSWER_VERB[tk.f[k - 2] or ""]))
        if (tk.f[k] == "no" and (ANSWER_VERB[before] or opens))
            or (tk.f[k] == "not" and tk.f[k + 1] == "yet" and opens) then
          return true
        end
      end
      return false
    end
  end
  return false
end

-- (session 21) A wish governing the cue: "had wanted to telephone X",
-- "had hoped to speak to X before the summit", "wants to speak to X by
-- telephone".  Returns "perfect" for a wish in the past perfect (a wish
-- that was not fulfilled: no plan in the present, and no call said to
-- have happened), "wish" for one in the present (a plan, as "hopes to"),
-- or nil.
local WISH = { want = true, wants = true, wanted = true, hope = true, hopes = true, hoped = true,
  intend = true, intends = true, intended = true, wish = true, wishes = true, wished = true,
  plan = true, plans = true, planned = true, meant = true }
local WISH_VERB = { speak = true, talk = true, telephone = true, phone = true, call = true,
  ring = true, reach = true, contact = true, confer = true, have = true, hold = true }
local WISH_PAST = { wanted = true, hoped = true, intended = true, wished = true, planned = true,
  meant = true }
local WISH_ADVERB = { long = true, originally = true, initially = true, also = true, first = true,
  earlier = true, very = true, much = true, always = true }
local function wish_before(tk, C, cue)
  local seg = C.seg[cue.head or cue.a]
  for k = cue.a - 1, math.max(2, cue.a - 8), -1 do
    local f = tk.f[k]
    if f == "," or f == ";" or C.seg[k] ~= seg then return nil end
    if f == "to" and WISH[tk.f[k - 1]] and WISH_VERB[tk.f[k + 1] or ""] and not C.attr[k - 1] then
      local h = k - 2
      while h >= 1 and WISH_ADVERB[tk.f[h]] do h = h - 1 end
      if tk.f[h] == "had" or tk.f[h] == "'d" then return "perfect" end
      -- (the simple past, "wanted to speak", may be a wish of then or,
      -- backshifted after a verb of saying, one of the teller's now: left
      -- as it was)
      if WISH_PAST[tk.f[k - 1]] then return nil end
      return "wish"
    end
  end
  return nil
end

-- (session 26) A call not held yet that the same sentence says is to
-- come: "Zuma has not yet spoken to Nkurunziza, the Presidency said, but
-- expects to do so in the coming days" is planned; so is "has not
-- spoken to him, but will do so on Friday" ("do so" is the call).
local PLAN_AHEAD = { expects = true, expected = true, plans = true, planned = true, hopes = true,
  intends = true, will = true, ["'ll"] = true, aims = true, wants = true }
local function not_yet_but_ahead(tk, cue)
  local neg, yet = false, false
  for i = cue.a - 1, math.max(2, cue.a - 4), -1 do
    if tk.f[i] == "not" or tk.f[i] == "n't" then neg = true end
    if tk.f[i] == "yet" and (tk.f[i - 1] == "not" or tk.f[i - 1] == "n't") then yet = true end
  end
  if not neg then return false end
  for i = cue.b + 1, tk.n - 1 do
    if tk.f[i] == ";" or (tk.f[i] == "." and not cues.abbrev_dot(tk, i)) then return false end
    if tk.f[i] == "but" then
      for k = i + 1, math.min(tk.n, i + 4) do
        if PLAN_AHEAD[tk.f[k]] then
          if tk.f[k + 1] == "to" then k = k + 1 end
          return yet or (tk.f[k + 1] == "do" and tk.f[k + 2] == "so")
        end
      end
      return false
    end
  end
  return false
end

-- (session 27) A modal of the telling, not of the call: "He would not
-- say how long the conversation lasted", "will not disclose when the
-- call took place", "would say only that the talk was useful".  The
-- modal at i (its phrase ending at j), a verb of telling after it, and a
-- question word or "that" between that verb and the cue.
local TELLING = { say = true, comment = true, disclose = true, confirm = true, reveal = true,
  specify = true, elaborate = true, divulge = true, speculate = true, explain = true }
local COMPLEMENT = { how = true, when = true, whether = true, ["if"] = true, what = true,
  why = true, where = true, that = true, who = true }
local function modal_of_telling(tk, j, cue)
  local k = j + 1
  if tk.f[k] == "not" or tk.f[k] == "n't" then k = k + 1 end
  if not TELLING[tk.f[k] or ""] then return false end
  for x = k + 1, (cue.a or 0) - 1 do
    if COMPLEMENT[tk.f[x]] then return true end
  end
  return false
end

local function status_of(A, cue, L)
  local tk, C = A.tk, A.C
  if cue.a and (not_ruled_out(tk, cue) or not_yet_but_ahead(tk, cue)) then return "planned" end
  -- (past a negated denial verb: "did not deny that the call took place")
  local nd = negated_denial(tk, cue) or 0
  if cue.negated or denial_content(tk, cue, nd) or (cue.a and plan_denied_for(tk, cue)) then return "denied" end
  if answered_no(tk, L, cue) then return "denied" end
  local seg = C.seg[cue.head]
  if not of_complement(tk, cue) then
    for i = math.max(1, cue.a - 3, nd + 1), cue.a - 1 do
      if phrases.match(L.negations, tk, i) and not C.attr[i] and C.seg[i] == seg then return "denied" end
    end
  end
  for i = math.max(1, cue.a - 5, nd + 1), call_words_end(tk, C, cue, math.min(tk.n, cue.b + 8)) do
    if C.seg[i] == seg and not C.attr[i] then
      local e = phrases.match(L.denied, tk, i)
      if e and not denied_during(tk, cue, e) then return "denied" end
    end
  end
  -- asked for and not granted: "X asked for a call with Y, but Beijing has
  -- not responded"; "X's call to Y went unanswered"
  for i = cue.b + 1, call_words_end(tk, C, cue, math.min(tk.n, cue.b + 8)) do
    if C.seg[i] == seg and phrases.match(L.unanswered, tk, i) then return "denied" end
  end
  -- tried and failed: "had tried to telephone China's leaders earlier in
  -- the day ..., but could not get through", "tried in vain to call"
  -- (session 13) also with the person and a medium phrase as the cue:
  -- "tried to reach Gorbachev by telephone on Monday, without success"
  local tried = tk.f[cue.a - 1] == "to" and (tried_to(tk, cue.a - 1) or tk.f[cue.a - 2] == "vain")
    and cue.a - 1
  if not tried and cue.kind ~= "verb" then
    for i = cue.a - 1, math.max(2, cue.a - 8), -1 do
      local f = tk.f[i]
      if f == "," or f == ";" or C.seg[i] ~= seg then break end
      -- (session 23) a reach that failed: "could not reach Khomeini by
      -- telephone", "couldn't contact him by phone", "could not get him on the
      -- line"
      if (f == "reach" or f == "contact" or f == "get") and (tk.f[i - 1] == "not" or tk.f[i - 1] == "n't")
          and NOT_REACH_AUX[tk.f[i - 2] or ""] then
        return "denied"
      end
      -- (session 17) "tried to speak to him by telephone": a verb of
      -- speaking with the medium is the call tried
      if tried_to(tk, i) and (tk.f[i + 1] == "reach" or tk.f[i + 1] == "contact"
          or TRIED_SPEAK[tk.f[i + 1] or ""]) then
        tried = i
        break
      end
    end
  end
  if tried then
    if tried_failed(tk, tried) then return "denied" end
    for i = cue.b + 1, tk.n do
      local f = tk.f[i]
      if ((f == "could" or f == "can" or f == "did") and (tk.f[i + 1] == "not" or tk.f[i + 1] == "n't")
          and (tk.f[i + 2] == "get" or tk.f[i + 2] == "reach"))
          or (f == "without" and tk.f[i + 1] == "success") or f == "unsuccessfully"
          or phrases.match(L.unanswered, tk, i) or unavailable(tk, i) or not_had(tk, i) then
        return "denied"
      end
    end
  end
  local asked = false
  for i = math.max(1, cue.a - 4), cue.a - 1 do
    if phrases.match(L.asking, tk, i) then
      asked = true
      -- refused: "declined Erdogan's requests for a call", "rejected a
      -- request for talks by phone"
      for k = math.max(1, i - 4), i - 1 do
        if REFUSING[tk.f[k]] and not C.attr[k] then return "denied" end
      end
    end
  end
  if asked then
    for i = cue.b + 1, tk.n do
      if phrases.match(L.unanswered, tk, i) or phrases.match(L.refused_request, tk, i) then return "denied" end
    end
  end
  -- (session 11) a request refused, the call further on: "rejected a
  -- request from President Macron for a phone call", "turned down a U.S.
  -- request for a call between ..."
  for i = math.max(1, cue.a - 9), cue.a - 2 do
    if (REFUSING[tk.f[i]] or ((tk.f[i] == "turned" or tk.f[i] == "turns") and tk.f[i + 1] == "down"))
        and not C.attr[i] and C.seg[i] == seg then
      local j = i + (tk.f[i + 1] == "down" and 1 or 0)
      for k = j + 1, math.min(j + 4, cue.a - 1) do
        if REQUEST_NOUN[tk.f[k]] then
          for x = k + 1, cue.a - 1 do
            if tk.f[x] == "for" then return "denied" end
          end
        end
      end
    end
  end
  if cue.a then
    local w = wish_before(tk, C, cue)
    if w == "perfect" then return "denied" end
    if w == "wish" then return "planned" end
  end
  if cue.planned then return "planned" end
  local a = C.starts[seg]
  for i = a, cue.a - 1 do
    -- a modal outside the cue's own subordinate clause governs another
    -- verb: "will meet face to face ... after the two spoke by phone"
    -- (a name is no modal: "Theresa May and Trump discussed ...")
    if not C.attr[i] and C.sub[i] == C.sub[cue.head] and not (tk.up[i] and C.mention_at[i]) then
      local j = phrases.match(L.planned, tk, i)
      -- "is known to have spoken": a perfect infinitive looks back
      if j and tk.f[j] == "have" and PERFECT[tk.f[j + 1] or ""] then j = nil end
      -- ("had sought a call since Sunday": a request still open, no call)
      -- (session 18) nor is "had requested a telephone call with X": an
      -- indefinite call asked for, not the call told ("had requested the
      -- call", "had requested Tuesday's call")
      if j and REQUEST[tk.f[i]] and (tk.f[i - 1] == "had" or tk.f[i - 1] == "has"
          or tk.f[i - 1] == "have" or tk.f[i - 1] == "was" or tk.f[i - 1] == "were")
          and not since_after(tk, cue) and not (cue.kind == "noun" and cue.det == "indef" and i < cue.a) then
        j = nil
      end
      -- (session 20) in any tense, the call requested a definite one
      -- ("Scholz, who requested the call, ...", "It was Beijing that
      -- requested the conversation"): the call told, not a plan
      if j and cue.kind == "noun" and (cue.det == "def" or cue.det == "poss") and i < cue.a then
        local e = REQUEST[tk.f[i]] and i or phrases.match(L.asking, tk, i)
        if e and cue.a - e <= 3 then j = nil end
      end
      -- (session 24) nor does a request of something else placed in the
      -- call ("Kohl sought Mitterrand's backing in a call on Monday",
      -- "requested aid during a phone call with X"): the call was held
      if j and i < cue.a and (REQUEST[tk.f[i]] or phrases.match(L.asking, tk, i)) and cue.kind == "noun"
          and IN_CALL_PREP[tk.f[cue.a - 1] or ""] and cue.a - i > 2 then
        j = nil
      end
      -- a stance ("pleased to be able to speak") plans nothing, nor does
      -- a superlative's infinitive ("the first foreign leader to speak")
      if j and in_span(i, A.stances or {}) then j = nil end
      if j and tk.f[i] == "to" and superlative_before(tk, i) then j = nil end
      -- (session 17) nor a try's ("tried on Friday night to speak to X
      -- by telephone": the attempt was made; failed or not, see above)
      if j and tk.f[i] == "to" and tried_to(tk, i) then j = nil end
      -- nor a purpose infinitive ("used the hotline to speak with Xi")
      if j and cues.purpose_to(tk, i) then j = nil end
      if j and modal_of_telling(tk, j, cue) then j = nil end
      -- a call in the past perfect, or in the past tense in a that-clause
      -- of the modal's verb, was held: "You will recall that Modi had
      -- called Sharif", "I can confirm that they spoke"
      if j and (tk.f[cue.a - 1] == "had" or (PAST_CUE[tk.f[cue.head or cue.a]] and that_between(tk, j, cue.a))) then
        j = nil
      end
      if j then return "planned" end
    end
  end
  local t = A.picked_time
  if t and ((t.days and t.days > 0) or (t.weeks and t.weeks > 0) or (t.dir and t.dir > 0)) then
    return "planned"
  end
  local from, pseg = cue.rb or cue.b, seg
  -- (past a phrase between commas: "A third call, with Erdoğan, is
  -- expected on Monday")
  if tk.f[from + 1] == "," and cue.rb and tk.f[cue.b + 1] == "," then
    -- (the people were that phrase: past its closing comma)
    from, pseg = from + 1, C.seg[from + 2]
  elseif tk.f[from + 1] == "," then
    for k = from + 2, math.min(tk.n, from + 14) do
      local f = tk.f[k]
      if f == "," then
        -- (session 16) the phrase between the commas set the call for a
        -- day: what follows says whether it came ("A call between A and
        -- B, scheduled for Thursday, was postponed"; "..., set for
        -- Friday, will cover trade")
        if scheduled_phrase(tk, from + 2, k) then
          return after_schedule(tk, L, k) or "planned"
        end
        from, pseg = k, C.seg[k + 1]
        break
      end
      if f == ";" or f == "." or f == ":" or tk.k[k] == "q" then break end
    end
  end
  for i = from + 1, math.min(tk.n, from + 6) do
    if C.seg[i] ~= pseg then break end
    local f = tk.f[i]
    -- (session 13) a verb phrase of its own: "rang Merkel and is expected
    -- to speak to Putin" (not "a call with Obama and Putin is expected")
    if f == "and" and tk.k[i + 1] == "w" and not tk.up[i + 1] and not C.mention_at[i + 1] then break end
    if (f == "expected" or f == "scheduled" or f == "planned" or f == "due") and not C.attr[i] then
      return "planned"
    end
    -- headline style: "phone talks set for Tuesday", "call slated for May"
    if (f == "set" or f == "slated" or f == "pencilled" or f == "penciled")
        and (tk.f[i + 1] == "for" or tk.f[i + 1] == "to") and not C.attr[i] then
      return "planned"
    end
    -- in preparation: "a call between Biden and Xi is being arranged",
    -- "is in the works"
    if f == "being" and ARRANGING[tk.f[i + 1] or ""] and not C.attr[i] then return "planned" end
    if f == "in" and tk.f[i + 1] == "the" and tk.f[i + 2] == "works" then return "planned" end
  end
  -- "officials are working to set up a call", "Ankara is trying to arrange a
  -- call": an infinitive of arranging governs the cue
  for i = math.max(1, cue.a - 4), cue.a - 1 do
    if tk.f[i] == "to" and (ARRANGING_INF[tk.f[i + 1] or ""]) and C.seg[i] == seg and not C.attr[i]
        and not PERFECT[tk.f[i - 1] or ""] and tk.f[i - 1] ~= "tried" and tk.f[i - 1] ~= "attempted" then
      return "planned"
    end
  end
  return "held"
end

-- Words that put the people in one room ("met", "visit", "sidelines"),
-- unless they belong to another event: a clause joined by "and"/"but"
-- with a time of its own ("spoke with Zelensky on Thursday and hosted him
-- in Istanbul last week").
-- The tokens of a non-restrictive relative clause on a person (", who
-- is cutting short a visit abroad,", ", whom X had named among ..."):
-- k -> the clause's first token.  Such a clause tells of that person, not
-- of the contact the sentence reports.  It runs to the next comma,
-- semicolon, colon or dash outside quotation marks, or the sentence's end.
local RELATIVE_PRONOUN = { who = true, whom = true, whose = true }
local REL_END = { [","] = true, [";"] = true, [":"] = true, ["\226\128\148"] = true,
  ["\226\128\147"] = true }
local function person_relatives(A)
  if A.person_rel ~= nil then return A.person_rel end
  local tk, ms, C = A.tk, A.ms, A.C
  local out = false
  for i = 2, tk.n - 1 do
    local mi = C.mention_at[i - 1]
    if tk.f[i] == "," and RELATIVE_PRONOUN[tk.f[i + 1]] and mi and ms[mi].b == i - 1
        and (ms[mi].kind == "person" or ms[mi].kind == "role") then
      out = out or {}
      local quoted = false
      for k = i + 1, tk.n do
        local f = tk.f[k]
        if tk.k[k] == "q" then quoted = not quoted end
        if not quoted and REL_END[f] then break end
        out[k] = i + 1
      end
    end
  end
  A.person_rel = out
  return out
end

local function has_in_person(A, L, cue, t)
  local tk = A.tk
  local rel = cue and person_relatives(A)
  local i = 1
  while i <= tk.n do
    local j = phrases.match(L.in_person, tk, i)
    -- (a visit told of a person in a relative clause on him is his own:
    -- "spoke to Koirala, who is cutting short a visit abroad")
    if j and rel and rel[i] and rel[i] ~= rel[cue.a] then j = nil end
    -- (nor an event that dates it: "has not spoken to Scholz since the
    -- summit")
    if j and cues.event_as_time(tk, i) then j = nil end
    if j then
      local other = false
      if cue and t then
        local after = i > cue.b
        local lo, hi = math.min(cue.b, i), math.max(cue.a, j)
        local conj
        for k = lo, hi do
          local f = tk.f[k]
          if f == "and" or f == "but" or f == ";" then
            if after then conj = conj or k else conj = k end
          end
        end
        if conj then
          -- a time on the in-person side of the conjunction
          for _, x in ipairs(A.times) do
            local side = after and x.a > conj or (not after and x.b < conj)
            local d = x.a > j and x.a - j or (x.b < i and i - x.b) or 0
            if side and d <= 8 and x ~= t then other = true end
          end
        end
      end
      if not other then return true end
      i = j + 1
    else
      i = i + 1
    end
  end
  return false
end

-- As has_in_person, but hosting the call itself ("Modi, who hosted it
-- from New Delhi") puts no one in a room.
local HOSTING = { hosted = true, hosts = true, hosting = true }
local function in_person_besides_hosting(A, L)
  local tk = A.tk
  for i = 1, tk.n do
    local j = phrases.match(L.in_person, tk, i)
    if j and not (HOSTING[tk.f[i]] and tk.f[i + 1] == "it") then return true end
  end
  return false
end

-- (session 10) A place in another clause than the cue's is not where its
-- people were: in brackets ("which took effect at 6 p.m. (11 a.m. in
-- Washington)"), or with a subordinator between it and the cue ("The
-- accord was sealed in Paris after X spoke twice with Y").
local SUBORDINATOR = { after = true, before = true, when = true, whereupon = true, once = true,
  ["until"] = true, because = true }

local function other_clause(tk, i, cue)
  local depth = 0
  for k = 1, i - 1 do
    if tk.f[k] == "(" then depth = depth + 1 elseif tk.f[k] == ")" and depth > 0 then depth = depth - 1 end
  end
  if depth > 0 then return true end
  if not cue then return false end
  local a, b = math.min(i, cue.a), math.max(i, cue.a)
  for k = a + 1, b - 1 do
    -- (a clause with a subject of its own: not "after the vote", "after
    -- 10 p.m.", nor "after arriving in Damascus", the same subject's)
    local nx = tk.f[k + 1] or ""
    if SUBORDINATOR[tk.f[k]] and tk.k[k + 1] ~= "n" and not (nx == "the" or nx == "a" or nx == "his"
        or nx == "her" or nx == "their" or nx:find("ing$")) then
      return true
    end
    -- (session 11) a relative clause on a person: "spoke with Enda
    -- Kenny, who told reporters in Dublin that ..."
    if tk.f[k] == "," and (nx == "who" or nx == "whom") then return true end
  end
  return false
end

-- "in Paris", "at the Elysee": a place where the speakers were together.
-- (a place inside the topic of the talk is not where it was:
-- cues.in_topic; nor one in another clause: other_clause)
local function located(A, G, cue)
  local tk, ms, C = A.tk, A.ms, A.C
  for i = 1, tk.n - 1 do
    if (tk.f[i] == "in" or tk.f[i] == "at") and not C.attr[i] and not cues.in_topic(tk, i)
        and not other_clause(tk, i, cue) then
      local mi = C.mention_at[i + 1]
      if mi and ms[mi].kind == "body" and ms[mi].capital then return true end
      -- (session 27) also a seat after its article: "at the White House"
      if not mi and tk.f[i] == "at" and tk.f[i + 1] == "the" and tk.up[i + 2] then
        mi = C.mention_at[i + 2]
        if mi and ms[mi].a ~= i + 2 and ms[mi].a ~= i + 1 then mi = nil end
      end
      if tk.f[i] == "at" and ms[mi or 0] and ms[mi].kind == "body" and ms[mi].inst then return true end
    end
  end
  return false
end

return {
  attempted = attempted,
  told_past = told_past,
  impersonated = impersonated,
  prospective = prospective,
  occurrence_denied = occurrence_denied,
  hearsay = hearsay,
  one_more = one_more,
  status_of = status_of,
  has_in_person = has_in_person,
  person_relatives = person_relatives,
  in_person_besides_hosting = in_person_besides_hosting,
  located = located,
}
