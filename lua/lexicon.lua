-- lexicon.lua — the extraction word lists of data/extract/*.yaml, compiled
-- into phrase tries (require "callbrief.lexicon").
--
--   lexicon.load(ctx) -> L   memoised per data text; L is immutable
--
-- L.media_mod[fold] = "phone"|"video"   medium words before a head noun
-- L.heads[fold], L.weak_nouns[fold]     call head nouns
-- L.nouns (trie -> medium)              one-word call nouns
-- L.verbs (trie -> {medium, object})    verbs that are a call
-- L.speak (trie)                        verbs of speaking
-- L.reaching (set)                      "reached", "contacted", "got": the
--                                       subject placed a call told by a medium
-- L.medium_phrases (trie -> medium)     "by phone", "via video link"
-- L.text_lines[fold], L.line_heads[fold] media that carried text too ("hot
--                                       line"): a call only with a head of speech
-- L.event_nouns[fold]                  nouns of events a date may modify
-- L.not_call, L.in_person, L.planned, L.negations, L.denied, L.unanswered,
-- L.asking, L.refused_request (tries)
-- L.say, L.hearer, L.act (trie -> kind), L.account, L.body, L.joint,
-- L.other_occasion (tries)
-- L.audience[fold]                      (speech.yaml `audience`) the people
--                                       spoken to on another occasion than
--                                       the call: "reporters", "lawmakers"
-- L.not_name[fold]                      capitalised words that are no name
-- L.organ_or_feature[fold]              organs of a state ("Council") and geographic
--                                       features ("Island"): no name, nor the words before
-- L.call_of[fold]                       what a call "of" carries ("a call of
--                                       congratulation"), unlike "the call of duty"

local phrases = require("callbrief.phrases")

local M = {}

local cache = {}

local NOT_NAME = { "the", "a", "an", "in", "on", "at", "but", "and", "it", "this", "that",
  "he", "she", "they", "we", "i", "photo", "read", "more", "related", "share", "image",
  "earlier", "later", "then", "after", "before", "while", "when", "according", "also",
  "both", "his", "her", "their", "its", "meanwhile", "separately", "however", "during",
  "following", "since", "as", "if", "our", "my", "your", "mr", "mrs", "ms", "dr", "of",
  "for", "with", "by", "from", "to", "no", "not", "last", "next", "this", "these",
  "those", "there", "here", "what", "who", "which", "why", "how", "where", "all",
  "some", "many", "most", "other", "another", "new", "former", "ex", "late", "early",
  -- (auxiliaries opening a question: "Has the President spoken to ...?")
  "has", "had", "have", "did", "does", "is", "was", "were", "are" }

-- (session 25) The organs of a state or party, after its adjective ("the
-- Chairman of the GDR Council of State", "the Soviet State Committee"):
-- no name, nor are the capitalised words before them.
local ORGAN = { "council", "committee", "presidium", "politburo", "assembly", "parliament",
  "congress", "commission", "senate" }

-- (session 26) The nouns that end the names of geographic features
-- ("Damansky Island", "the Ussuri River", "the Taiwan Strait"): no name,
-- nor are the capitalised words before them ("After the clashes on
-- Damansky Island, the Soviet Premier ..." is no person with an office).
local FEATURE = { "island", "islands", "river", "sea", "lake", "bay", "strait", "straits",
  "peninsula", "mountains", "valley", "gulf", "canal", "desert", "heights", "plateau",
  "archipelago", "atoll", "reef" }

local set_of = phrases.folded_set

local function build(ctx)
  local text = ctx.text
  local calls = ctx.yaml.load(assert(ctx.data("extract/calls.yaml")), "extract/calls.yaml")
  local speech = ctx.yaml.load(assert(ctx.data("extract/speech.yaml")), "extract/speech.yaml")
  local L = {}
  L.media_mod = {}
  for medium, words in pairs(calls.media or {}) do
    for _, w in ipairs(words) do L.media_mod[text.fold(w)] = medium end
  end
  L.media_words = phrases.compile({}, text)
  for medium, words in pairs(calls.media or {}) do
    for _, w in ipairs(words) do phrases.add(L.media_words, w, medium, text) end
  end
  L.heads = set_of(calls.heads, text)
  L.audience = set_of(speech.audience, text)
  L.weak_nouns = set_of(calls.weak_nouns, text)
  L.nouns = {}
  for medium, words in pairs(calls.nouns or {}) do
    for _, w in ipairs(words) do phrases.add(L.nouns, w, medium, text) end
  end
  L.verbs = {}
  for _, v in ipairs(calls.verbs or {}) do
    phrases.add(L.verbs, v.phrase, { medium = v.medium, object = v.object }, text)
  end
  L.speak = phrases.compile(calls.speak_verbs, text)
  L.reaching = set_of(calls.reaching_verbs or {}, text)
  L.medium_phrases = {}
  for _, v in ipairs(calls.medium_phrases or {}) do
    phrases.add(L.medium_phrases, v.phrase, v.medium, text)
  end
  -- (session 25) media that carried text too (the hot line): a call only
  -- with a head of speech
  L.text_lines = set_of(calls.text_lines or {}, text)
  L.line_heads = set_of(calls.line_heads or {}, text)
  L.not_call = phrases.compile(calls.not_call, text)
  L.call_of = set_of(calls.call_of or {}, text)
  L.in_person = phrases.compile(calls.in_person, text)
  L.event_nouns = set_of(calls.event_nouns or {}, text)
  L.planned = phrases.compile(calls.planned, text)
  L.negations = phrases.compile(calls.negations, text)
  L.denied = phrases.compile(calls.denied_phrases, text)
  L.unanswered = phrases.compile(calls.unanswered or {}, text)
  L.asking = phrases.compile(calls.asking or {}, text)
  L.refused_request = phrases.compile(calls.refused_request or {}, text)

  L.say = phrases.compile(speech.say, text)
  L.hearer = set_of(speech.hearer, text)
  L.act = {}
  for kind, words in pairs(speech.act or {}) do
    for _, w in ipairs(words) do phrases.add(L.act, w, kind, text) end
  end
  L.account = phrases.compile(speech.account, text)
  L.body = phrases.compile(speech.body, text)
  L.joint = phrases.compile(speech.joint, text)
  L.other_occasion = phrases.compile(speech.other_occasion, text)
  L.other_moment = phrases.compile(speech.other_moment, text)
  L.not_name = set_of(NOT_NAME, text)
  L.organ_or_feature = set_of(ORGAN, text)
  for w in pairs(set_of(FEATURE, text)) do L.organ_or_feature[w] = true end
  for w in pairs(L.organ_or_feature) do L.not_name[w] = true end
  return L
end

local by_reader = setmetatable({}, { __mode = "k" })

-- Memoised like the gazetteer (callbrief.gazetteer): by the host's
-- ctx.data reader, else by the data text.
function M.load(ctx)
  local reader = ctx.data
  local L = by_reader[reader]
  if L then return L end
  local key = (ctx.data("extract/calls.yaml") or "") .. "\0" .. (ctx.data("extract/speech.yaml") or "")
  L = cache[key]
  if not L then
    L = build(ctx)
    cache[key] = L
  end
  if type(reader) == "function" then by_reader[reader] = L end
  return L
end

return M
