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

local lpeg = require("lpeg")
local phrases = require("callbrief.phrases")

local M = {}

-- Any stem that can start a cue; a sentence without one is skipped.
local STEMS = { "call", "phon", "conversation", "video", "spoke", "speak", "talk",
  "contact", "rang", "dial", "conferenc", "link", "virtual", "convers", "chat",
  "remote", "exchange", "discussion", "dialogue" }
local quick_pattern
do
  local p = lpeg.P(false)
  for _, s in ipairs(STEMS) do p = p + lpeg.P(s) end
  quick_pattern = lpeg.P({ p + 1 * lpeg.V(1) })
end

function M.quick(lower)
  return lpeg.match(quick_pattern, lower) ~= nil
end

local DETERMINER = { the = "def", a = "indef", an = "indef", their = "poss", his = "poss",
  her = "poss", its = "poss", this = "def", that = "def", these = "def", those = "def",
  ["no"] = "neg", any = "indef", another = "indef", such = "def" }
local TEMPORAL_PREP = { after = true, before = true, since = true, following = false,
  ["until"] = true, prior = true }
local PERSONISH = { person = true, role = true, group = true, joint = true, pronoun = true }

-- Modifiers allowed between a determiner and a head noun: "an hour-long
-- phone conversation", "a rare telephone call", "their first call".
local function modifier(tk, i)
  local f = tk.f[i]
  if not f then return false end
  if tk.k[i] == "n" then return true end
  if f:find("-", 1, true) and tk.k[i] == "w" then return true end
  local M_ = { first = true, second = true, third = true, rare = true, brief = true, lengthy = true,
    long = true, short = true, direct = true, separate = true, ["new"] = true, last = true,
    previous = true, planned = true, scheduled = true, expected = true, upcoming = true,
    ["four-way"] = true, ["three-way"] = true, joint = true, ["official"] = true,
    televised = true, private = true, secure = true, late = true, ["late-night"] = true,
    ["early"] = true, further = true, recent = true, latest = true, such = true, ["a"] = false }
  return M_[f] or false
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
        break
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
-- by commas and "and".
local function mention_list(tk, j, ms, C)
  local out = {}
  local comma_at, saw_and = nil, false
  local ends = {}
  while j <= tk.n do
    local mi = C.mention_at[j]
    if mi and PERSONISH[ms[mi].kind] then
      out[#out + 1] = mi
      j = ms[mi].b + 1
      ends[#out] = ms[mi].b
      if tk.f[j] == "," and C.mention_at[j + 1] then
        comma_at = comma_at or #out
        j = j + 1
      elseif tk.f[j] == "," and tk.f[j + 1] == "and" then
        saw_and = true
        j = j + 2
      elseif tk.f[j] == "and" then
        saw_and = true
        j = j + 1
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

-- What follows a cue: "with X", "between X and Y", "from X", and medium
-- phrases in between ("spoke by phone with", "held talks by video link
-- with").
local function right_context(cue, tk, ms, C, L)
  local j = cue.b + 1
  local steps = 0
  while j <= tk.n and steps < 12 do
    local f = tk.f[j]
    local mj, medium = phrases.match(L.medium_phrases, tk, j)
    if mj then
      cue.medium = cue.medium or medium
      cue.strong = true
      j = mj + 1
    elseif f == "with" or f == "to" and (cue.kind == "speak") then
      local list, last = mention_list(tk, j + 1, ms, C)
      if #list > 0 then cue.with, cue.rb = list, last end
      return
    elseif f == "between" then
      local list, last = mention_list(tk, j + 1, ms, C)
      if #list > 0 then cue.between, cue.rb = list, last end
      return
    elseif f == "from" then
      local list, last = mention_list(tk, j + 1, ms, C)
      if #list > 0 then cue.from, cue.rb = list[1], last end
      return
    elseif f == "each" and tk.f[j + 1] == "other" then
      return
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

function M.find(tk, ms, C, L)
  local cues = {}
  local skip = {}
  local i = 1
  while i <= tk.n do
    local f = tk.f[i]
    local cue
    if tk.k[i] == "w" and not skip[i] then
      local nj = phrases.match(L.not_call, tk, i)
      if nj then
        for k = i, nj do skip[k] = true end
        -- "called him" / "called her": a call only when a name follows
        -- nowhere; an appeal ("called on X to") never is.
      else
        local mj, medium = phrases.match(L.medium_phrases, tk, i)
        local vj, verb = phrases.match(L.verbs, tk, i)
        local sj = phrases.match(L.speak, tk, i)
        local noun_j, noun_medium = phrases.match(L.nouns, tk, i)
        if mj then
          cue = { a = i, b = mj, head = mj, kind = "medium", medium = medium, strong = true }
        elseif L.media_mod[f] and i < tk.n and not (vj and C.mention_at[i + 1]
            and is_person_mention(ms, C.mention_at[i + 1]) and not DETERMINER[tk.f[i - 1] or ""]) then
          -- "phone call", "telephone conversation", "video link"
          local h = i + 1
          while h <= tk.n and (modifier(tk, h) or tk.f[h] == "-") and not L.heads[tk.f[h]] do h = h + 1 end
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
          local after = i + 1
          if tk.f[after] == "up" then after = after + 1 end
          local obj = C.mention_at[after]
          local is_noun = DETERMINER[prev] or prev == "'s" or modifier(tk, i - 1)
            or L.media_mod[prev or ""]
          if not is_noun and obj and is_person_mention(ms, obj) then
            cue = { a = i, b = after - 1, head = i, kind = "verb", medium = verb.medium,
              strong = true, object = obj }
          elseif noun_j and (is_noun or not obj) then
            cue = { a = i, b = noun_j, head = noun_j, kind = "noun", medium = noun_medium,
              strong = true }
          end
        elseif noun_j and not (tk.up[i] and i > 1) then
          cue = { a = i, b = noun_j, head = noun_j, kind = "noun", medium = noun_medium, strong = true }
        elseif L.weak_nouns[f] and not (tk.up[i] and i > 1) then
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
        cue.medium = cue.medium or facts.medium
        cue.det, cue.possessor, cue.pp = facts.det, facts.possessor, facts.pp
        cue.negated, cue.planned = facts.negated, facts.planned
        if cue.medium and cue.weak_noun then cue.strong = true end
      end
      right_context(cue, tk, ms, C, L)
      cues[#cues + 1] = cue
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
    else
      out[#out + 1] = c
    end
  end
  return out
end

return M
