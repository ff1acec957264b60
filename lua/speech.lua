-- speech.lua — reported speech in one tokenized sentence: who is said to
-- have said what, and which words are the attribution (require
-- "callbrief.speech").  Pure: the word lists come in as SL.
--
--   speech.load(ctx) -> SL      word lists of data/extract/speech.yaml,
--                               compiled (memoised per ctx.data reader,
--                               else per data text); SL.starts[name] holds
--                               the first tokens of list name's phrases
--   speech.parse(tk, ms, SL [, times [, C]]) -> P
--     tk     tokens (callbrief.tokenize); ms mentions (callbrief.mentions)
--     times  time expressions of the sentence (callbrief.timex), optional
--     C      its clauses (callbrief.clauses.analyse(tk, ms)), optional:
--            verbs inside a temporal or causal subordinate clause are
--            background; its mention_at map is used as parse's own
--
-- P.points[]   the assertions of the sentence, in text order:
--   {a, b       first and last token of the point (attribution spans inside
--               are left out of its text through P.drop),
--    speaker    a subject: {mi = mention index} | {pron = "he"|"it"|...}
--               | {pair = {mi, mi}} ("Putin and Erdogan") | nil (the
--               point has the source's speaker),
--    verb       token of its speech-act verb or nil, kind ("statement",
--               "agreement", "position", "request", "topic"),
--    inner      true when the speaker is a subject inside the reported
--               content ("the Kremlin said Putin told ..."),
--    cont       true for a point continuing the one before ("and that",
--               ", adding that"), tense, before, after (of its own verb),
--    via        the subject of a reporting verb inside the sentence's
--               content whose report the point is ("..., while the Kremlin
--               said Putin had stressed ..."), or nil,
--    deny       true when its own verb is one of denial ("Putin denied
--               that ..., the Kremlin said")}
-- P.source     the attribution of the whole sentence, or nil:
--   {form = "tail"|"middle"|"head"|"according", a, b, speaker (as above),
--    tense = "past"|"present"|"perfect"|"pluperfect"|"future", neg,
--    before / after (an adverb placing it before or after the call:
--    "earlier", "later"), bare (nothing but the attribution),
--    elsewhere (a marker of another occasion inside it), deny (a verb of
--    denial: "the Kremlin denied that ...")}
-- P.drop[i]    true for tokens that belong to an attribution, an opening
--              adverbial or a dangling appendix (never part of a text)
-- P.elsewhere_at  the tokens where such markers start (a marker inside a
--               point's words is no venue of the telling: "conveyed that
--               France looked forward to welcoming him at the parade")
-- P.elsewhere  the sentence reports words from another venue ("told
--              reporters", "in an interview")
-- P.before, P.after  it opens with "Earlier", "Last week" / "Later", or
--              names a moment before the call ("before the meeting")
-- P.anchor     the sentence names the call ("after the call", "during
--              the conversation")
-- P.quoted     the sentence is one quotation with no attribution
-- P.quote_share  the share of its words inside quotation marks
-- P.inq[i]     true for a token inside quotation marks (nil otherwise)
-- P.frames     every reporting or speech-act verb found, for tests
--
-- Forms read: "X said (that) ...", "X told Y (in a call) that ...", "...,
-- X said." (also before a semicolon whose clause has its own attribution:
-- "A, the Kremlin said; Turkish officials said B"), "\"...,\" said X." (an
-- office in apposition to X either way: "\"...,\" X, the Kremlin spokesman,
-- said.", "\"...,\" said X, the White House spokesman."), "..., according to X.", "...,\" X told Y,
-- according to Z." (X speaks inside Z's account), "According to X,
-- ..." (with a relative clause on X: "According to the Post, which cited
-- officials, ..."; after a colon, the clause before it introduces the
-- account and is no point: "Minsk went further: according to BelTA,
-- ..."), an account given before a colon ("The Elysee gave a sharper
-- account: ...": the subject's account, as after "according to"), "In a
-- statement released by X, ...", middle parentheticals
-- ("Crimea, Peskov said, is ...", "in which, officials later told
-- reporters, the leader questioned ...", one between a subject and its
-- verb: "Mr Clinton, a Downing Street source said, told Mr Blair that
-- ..."), nested speakers ("the Kremlin
-- said Putin told Netanyahu that ...", "... said Mr Putin had repeated
-- his view that ...": a noun of stance before "that"), speech acts ("Putin voiced concern
-- ...", "the two leaders agreed ..."), participles (", adding that ...",
-- "posted a message saying that ..."), "X was quoted as saying",
-- "described X as Y", "called X \"Y\"", denials ("the Kremlin denied that
-- ..."), the purpose of a call ("X phoned Y to demand ...", "The
-- French president, X, had spoken to Y on Monday, the day of the vote,
-- to offer ..."), an act
-- coordinated with it by a comma ("X spoke to Y, conveyed his condolences
-- and ...", in the caller's name as a purpose), subjects
-- that are noun phrases ("Senior administration officials said",
-- "Two senior officials said": the words before a body that opens the
-- sentence; "A statement on the Ukrainian president's
-- website said", "The Turkish Directorate of Communications said", "an aide to Macron told reporters", "Mr Gorbachev's
-- aides said"), a second verb of the
-- first subject ("Obama placed the call and told reporters that ..."), an
-- attribution left alone after the segmenter split a quotation
-- ("Trump wrote on Twitter.": P.source.bare), trailers after an
-- attribution ("during the video conference", "in a statement
-- issued late on Sunday", ", Reuters reported", ", X told Irish broadcaster
-- RTÉ" (a medium named by its noun is the hearer), ",
-- speaking on condition of anonymity"), and the boundaries between points:
-- "... and that ...", ", adding that", "and also accused", ", and the two
-- leaders agreed", ";".  Verbs inside a background clause ("shortly after
-- the leader announced that ...") are no reports; a point ends before one
-- (", after intelligence found ...").  Also: agentless passives ("It was
-- agreed that ...", "The importance of X was stressed."), "Per the
-- readout, ...", a spokesperson in apposition ("Chirac's spokeswoman,
-- Catherine Colonna, told"), a relative clause after a person ("a call
-- from Macron, who congratulated him"), a second account inside the
-- content (", while the Kremlin said Putin had ..."), a reporting clause
-- after ";", and a sentence the segmenter cut inside a quotation.

local phrases = require("callbrief.phrases")

-- The precedence of act kinds when a phrase is listed under several: the
-- more specific one, later here, wins.
local ACT_ORDER = { statement = 1, position = 2, request = 3, agreement = 4, topic = 5 }

local M = {}
local zero_that_clause

-- (session 13) Purposes that tell nothing without their topic ("to brief
-- him on X", "to update her about Y"; "to brief him" alone is no claim).
-- (session 18) Office words in lower case that go with a title after
-- them ("government spokesman", "palace spokeswoman").
local TITLE_WORD = { government = true, presidential = true, palace = true, cabinet = true,
  ministry = true, chancellery = true }
local PURPOSE_ON = { brief = true, update = true, notify = true, keep = true }
-- (session 17) "to tell him personally", "to inform her directly": a
-- verb of telling with its hearer and a manner alone says nothing.
local TELL_BARE = { tell = true, inform = true }
local TELL_HEARER = { him = true, her = true, them = true }
local TELL_MANNER = { personally = true, directly = true, himself = true, herself = true, first = true }

local cache = {}

local PREP = { ["in"] = true, on = true, during = true, at = true, by = true, over = true,
  via = true }
-- (session 23: "before" too: "Before travelling to the border, X
-- telephoned Y ..., State House said")
local OPENING_CONJ = { after = true, before = true, ["while"] = true, upon = true, ahead = true,
  prior = true }
local PRONOUN = { he = true, she = true, it = true, they = true, we = true, i = true }
local OBJ_PRONOUN = { him = true, her = true, them = true, me = true, us = true, it = true }
local RELATIVE = { which = true, that = true, who = true, whom = true, what = true }
local PAREN_OPENER = { who = true, which = true, whose = true, speaking = true, writing = true,
  appearing = true, at = true, ["in"] = true, on = true, during = true, after = true,
  according = true, by = true, like = true, as = true, ["while"] = true, ["for"] = true,
  asked = true, addressing = true, briefing = true, citing = true, quoting = true,
  ["then"] = true, also = true, with = true, from = true, before = true,
  -- (session 17) a connective between commas: "Kampala, however, said"
  however = true, meanwhile = true, too = true, though = true, moreover = true, instead = true,
  separately = true, later = true, earlier = true }
local STOP_THAT = { was = true, were = true, is = true, are = true, had = true, has = true,
  have = true, would = true, will = true, must = true, could = true, should = true,
  can = true, may = true, might = true, be = true, been = true }
local APOSTROPHE = { ["'"] = true, ["\226\128\153"] = true }
-- A double quotation mark right after these closes a quotation.
local CLOSE_PUNCT = { [","] = true, ["."] = true, ["?"] = true, ["!"] = true }
local CLOSE_QUOTE = { ["\""] = true, ["\226\128\157"] = true }
local DOUBLE_MARK = { ["\""] = true, ["\226\128\156"] = true, ["\226\128\157"] = true }
local DASH = { ["\226\128\148"] = true, ["\226\128\147"] = true, ["-"] = true }
-- The first words of a time phrase set between commas after a call
-- ("..., hours after the quake struck, to offer ...")
local INTERPOSED_TIME = { hours = true, days = true, minutes = true, weeks = true, shortly = true,
  soon = true, just = true, only = true, moments = true, barely = true, hardly = true, within = true,
  after = true, before = true, immediately = true, late = true, early = true }
-- ... or a time noun after a determiner or number, with at most one word
-- between (", the day of the crash, to offer ...", ", a day after the
-- vote, to congratulate ...", ", the same evening, to ...")
local INTERPOSED_DET = { the = true, a = true, an = true, one = true, two = true, three = true,
  several = true, that = true }
local INTERPOSED_NOUN = { day = true, days = true, morning = true, afternoon = true, evening = true,
  night = true, eve = true, week = true, weeks = true, hours = true, hour = true }
-- "According to her, ...": the pronoun of the account as resolve() reads it
local ACCORDING_PRON = { her = "she", him = "he", them = "they" }
-- (session 8) Sentence adverbs before an opening "according to" ("Still
-- according to the ministry, ...", "Also, according to ..."): they go
-- with the attribution, no point of their own
-- Nouns of a norm: "according to" them is no account ("handled according
-- to Indonesian law", "went according to plan").
local NORM = { law = true, laws = true, rule = true, rules = true, constitution = true,
  procedure = true, procedures = true, protocol = true, custom = true, tradition = true,
  plan = true, schedule = true, regulations = true, standards = true, treaty = true }

local ACCORDING_ADVERB = { still = true, also = true, again = true, further = true,
  furthermore = true, moreover = true, additionally = true, likewise = true, similarly = true,
  ["and"] = true, but = true, yet = true, [","] = true }
-- Adverbs that place a statement before the call ("had earlier said",
-- "initially accused") or after it ("later described").
local BEFORE_WORD = { earlier = true, previously = true, initially = true, already = true,
  formerly = true }
local AFTER_WORD = { later = true, afterwards = true, afterward = true, subsequently = true }
local DURATION_UNIT = { minutes = true, minute = true, hours = true, hour = true, days = true, day = true,
  weeks = true, week = true, moments = true, months = true, month = true }
-- Words of rank before an official ("a senior official", "a top aide").
local RANK_ADJ = { senior = true, top = true, ["high-ranking"] = true, ["high-level"] = true,
  ["senior-level"] = true, junior = true, former = true, veteran = true, chief = true,
  deputy = true, leading = true, unnamed = true, anonymous = true, another = true,
  second = true, third = true }
local NOT_VERB = { to = true, ["for"] = true, with = true, from = true, of = true, that = true,
  ["and"] = true, but = true, ["or"] = true, the = true, a = true, an = true, his = true,
  her = true, their = true, its = true, who = true, which = true, as = true, whose = true,
  after = true, before = true, since = true, when = true, ["while"] = true, ["if"] = true,
  about = true, against = true, into = true, under = true, between = true, among = true }
-- A wish before a verb of saying that still says it ("I want to stress
-- that ...").
local WANT_TO = { want = true, wanted = true, wish = true, wished = true, like = true }
-- Participles of publishing after an account noun ("a statement issued
-- on Sunday", "a readout released by the palace").
local PUBLISHED = { issued = true, released = true, published = true, posted = true,
  circulated = true, distributed = true, carried = true, sent = true }
local TRAIL_SUB = { as = true, when = true, ["while"] = true, after = true, before = true,
  hours = true, days = true, shortly = true, just = true, amid = true, following = true }
local BACKGROUND_SUB = { after = true, before = true, since = true, ["until"] = true,
  because = true, although = true, though = true, once = true, whereas = true }
-- these only at the start of a sentence ("When he asked her, ..."); after a
-- comma they often date the call's content (", when Scholz also pressed ...")
local BACKGROUND_FIRST = { when = true, ["while"] = true, as = true }
-- (session 25) Determiners of a noun phrase after a preposition.
local DET_OF_NOUN = { the = true, their = true, his = true, her = true, this = true, that = true }
-- "the call", "their conversation", "the same call": names the call
local CALL_ANCHOR_DET = { the = true, that = true, this = true, their = true, ["'s"] = true,
  same = true, his = true, her = true }
local ADJUNCT_WORD = { also = true, later = true, ["then"] = true, here = true, there = true }
-- (session 17) "there" opening a clause ("told him there could be no
-- military solution") is its subject, no place
local EXPLETIVE_NEXT = { is = true, was = true, were = true, are = true, could = true, would = true,
  will = true, can = true, must = true, should = true, might = true, may = true, had = true,
  has = true, have = true, ["'s"] = true }
-- "after that call", "during their conversation"
local CALL_PREP = { after = true, during = true, following = true, ["in"] = true }
local CALL_DET = { the = true, that = true, this = true, their = true, his = true, her = true }
local PERSONISH = { person = true, role = true, joint = true, group = true, pronoun = true }
-- Modals after a person opening an "and that" point: the point is the
-- speaker's about that person ("... and that Colonel Gaddafi must stop").
local AND_THAT_MODAL = { must = true, should = true, ought = true, would = true, will = true,
  could = true, can = true, may = true, might = true, shall = true }
local HEARER_NOUN_STOP = { to = true, of = true, about = true, ["for"] = true }
-- Plural nouns that are also verbs of reporting, and the words that make
-- them nouns ("the reports", "member states").
local PLURAL_NOUN = { states = true, reports = true, notes = true, claims = true }
local QUANT = { the = true, these = true, those = true, both = true, all = true, other = true,
  two = true, three = true, several = true, many = true, some = true, member = true, such = true,
  media = true, press = true, news = true, its = true, their = true, his = true, her = true }
local DET = { the = true, a = true, an = true, its = true, his = true, her = true, their = true }
-- Counts before a group of people ("the three European leaders", "all four").
local COUNT = { two = true, three = true, four = true, five = true, six = true, seven = true,
  all = true, both = true, other = true, several = true }
-- Words that tie a noun phrase to the one before it inside a subject.
local NP_LINK = { from = true, on = true, of = true, by = true, ["in"] = true, to = true, at = true }
local QUOTES = { "\"", "\226\128\156", "\226\128\157", "\226\128\152", "\226\128\153", "'",
  "\194\171", "\194\187", "\226\128\158" }

-- ", after German intelligence found ...": a clause on the background
local COMMA_BACKGROUND = { after = true, because = true, since = true, before = true,
  although = true, though = true, when = true }
-- The words parse's later scans look for (DASH and "/": a dateline).
local SCANNED = { to = true, [","] = true, that = true, [";"] = true, quoted = true,
  according = true, per = true, ["/"] = true }
for d in pairs(DASH) do SCANNED[d] = true end

-- The copulas of a hedged report ("was said to have told": see
-- verb_frame).
local HEDGE_BE = { is = true, was = true, are = true, were = true }

-- Possessives opening a description apposed to a source ("according to
-- Michel Roux, his press secretary").
local APPOSED_POSS = { his = true, her = true, their = true, its = true }

local set_of = phrases.folded_set

local match = phrases.match

-- Phrases grouped by kind in the YAML ("request: [urged, ...]"): each
-- phrase matches with its kind, the kinds added in ACT_ORDER (a phrase in
-- two kinds keeps the later one).
local function kinded_phrases(map, text)
  local P = {}
  local kinds = {}
  for kind in pairs(map or {}) do kinds[#kinds + 1] = kind end
  table.sort(kinds, function(a, b)
    local ra, rb = ACT_ORDER[a] or 0, ACT_ORDER[b] or 0
    if ra ~= rb then return ra < rb end
    return a < b
  end)
  for _, kind in ipairs(kinds) do
    for _, w in ipairs(map[kind]) do phrases.add(P, w, kind, text) end
  end
  return P
end

local function build(ctx)
  local text = ctx.text
  local y = ctx.yaml.load(assert(ctx.data("extract/speech.yaml")), "extract/speech.yaml")
  local SL = {}
  SL.say = phrases.compile(y.say, text)
  for _, w in ipairs(y.pure_say or {}) do phrases.add(SL.say, w, true, text) end
  SL.pure = phrases.compile(y.pure_say, text)
  SL.keep = phrases.compile(y.keep_verb, text)
  SL.state_measure = phrases.compile(y.state_measure or {}, text)
  SL.gerund = phrases.compile(y.gerund, text)
  SL.present = set_of(y.present, text)
  SL.hearer = set_of(y.hearer, text)
  SL.hedge = set_of(y.hedge_participle or {}, text)
  SL.stance_noun = set_of(y.stance_noun or {}, text)
  -- Kinds in a fixed order, a later one winning for a phrase listed under
  -- two ("reviewed": statement and topic).  In the order pairs() gives,
  -- the winner changed from run to run with Lua's string hash seed.
  SL.act = kinded_phrases(y.act, text)
  SL.between = set_of(y.between, text)
  SL.pp = set_of(y.pp_words, text)
  SL.adjunct = phrases.compile(y.adjunct, text)
  SL.elsewhere = phrases.compile(y.other_occasion, text)
  for _, w in ipairs(y.elsewhere or {}) do phrases.add(SL.elsewhere, w, true, text) end
  SL.moment = phrases.compile(y.other_moment, text)
  for _, w in ipairs(y.elsewhere_moment or {}) do phrases.add(SL.moment, w, true, text) end
  SL.call_noun = phrases.compile(y.call_noun, text)
  SL.occasion = phrases.compile(y.occasion, text)
  SL.press = phrases.compile(y.press, text)
  SL.joint = phrases.compile(y.joint, text)
  SL.non_claim = phrases.compile(y.non_claim, text)
  SL.narration = phrases.compile(y.narration or {}, text)
  SL.duration = phrases.compile(y.duration or {}, text)
  SL.account_extra = phrases.compile(y.account_extra, text)
  SL.body_extra = phrases.compile(y.body_extra, text)
  SL.call_verbs = phrases.compile(y.call_verbs, text)
  SL.deny = phrases.compile(y.deny, text)
  SL.schedule = set_of(y.schedule, text)
  SL.channel = phrases.compile(y.channel, text)
  SL.denial = phrases.compile(y.denial, text)
  SL.passive = set_of(y.passive, text)
  for _, w in ipairs(y.deny or {}) do phrases.add(SL.say, w, true, text); phrases.add(SL.pure, w, true, text) end
  SL.purpose = phrases.compile(y.purpose, text)
  SL.participle = kinded_phrases(y.purpose_participle, text)
  SL.account = phrases.compile(y.account, text)
  SL.body_noun = phrases.compile(y.body, text)
  SL.commentator = set_of(y.commentator or {}, text)
  SL.onlooker = set_of(y.onlooker or {}, text)
  SL.colon_verb = phrases.compile(y.colon_account_verb or {}, text)
  SL.colon_noun = set_of(y.colon_account_noun or {}, text)
  -- SL.starts[name]: the first tokens of the phrases of SL[name] (the same
  -- lists as above).  A phrase can match at token i only when tk.f[i] is
  -- one of them, and most tokens start none: the per-token loops of parse
  -- ask this set before calling phrases.match, which costs far more.
  local starts = phrases.starts
  SL.starts = {
    say = starts(SL.say), act = starts(SL.act), gerund = starts(SL.gerund),
    adjunct = starts(SL.adjunct), elsewhere = starts(SL.elsewhere), moment = starts(SL.moment),
    call_noun = starts(SL.call_noun), account_extra = starts(SL.account_extra),
    body_extra = starts(SL.body_extra), call_verbs = starts(SL.call_verbs),
    purpose = starts(SL.purpose), participle = starts(SL.participle), account = starts(SL.account), body_noun = starts(SL.body_noun),
    colon_verb = starts(SL.colon_verb),
    deny = starts(SL.deny), press = starts(SL.press), occasion = starts(SL.occasion), pure = starts(SL.pure), keep = starts(SL.keep),
  }
  -- SL.starts.token[w]: what parse's first pass does with a token w (see
  -- there): "verb" (a verb of reporting, a speech act or a participle may
  -- start there), "word" (a word the pass looks at), "both", or nil.
  local token = {}
  for _, set in ipairs({ SL.starts.say, SL.starts.act, SL.starts.gerund }) do
    for w in pairs(set) do token[w] = "verb" end
  end
  local marker_sets = { SCANNED, SL.starts.elsewhere, SL.starts.call_noun, { before = true, ahead = true },
    { face = true } }  -- (session 26: "face to face", see told_in_person)
  for _, set in ipairs(marker_sets) do
    for w in pairs(set) do token[w] = (token[w] == "verb" or token[w] == "both") and "both" or "word" end
  end
  -- (the copulas of a hedged report: see verb_frame)
  for w in pairs(HEDGE_BE) do
    token[w] = (token[w] == "word" or token[w] == "both") and "both" or "verb"
  end
  SL.starts.token = token
  return SL
end

local by_reader = setmetatable({}, { __mode = "k" })

-- Memoised like the gazetteer (callbrief.gazetteer): by the host's
-- ctx.data reader, else by the data text.  (ctx.data reads the file on
-- every call: once per document was a good part of this plugin's time.)
function M.load(ctx)
  local reader = ctx.data
  local SL = by_reader[reader]
  if SL then return SL end
  local key = ctx.data("extract/speech.yaml") or ""
  SL = cache[key]
  if not SL then
    SL = build(ctx)
    cache[key] = SL
  end
  if type(reader) == "function" then by_reader[reader] = SL end
  return SL
end

-- Token helpers -------------------------------------------------------------

local function is_adverb(tk, i)
  local f = tk.f[i]
  -- (find from the second last byte: f ends with "ly", no string built)
  return tk.k[i] == "w" and not tk.up[i] and #f > 4 and f:find("ly", -2, true) ~= nil
end

-- (session 24) A relative clause without its pronoun: "a plan he said
-- would end the strike", "a videotape it said showed ...".  The subject
-- at `a` follows a common noun, and the verb of saying ending at `vend`
-- is followed by a finite verb with no subject of its own: the words
-- describe the noun, they report nothing.
local FINITE = { would = true, will = true, could = true, can = true, might = true, may = true,
  should = true, must = true, was = true, were = true, is = true, are = true, had = true,
  has = true, have = true, did = true }
local NOT_NOUN = { that = true, ["and"] = true, but = true, ["or"] = true, ["if"] = true,
  because = true, when = true, ["while"] = true, as = true, so = true, ["then"] = true,
  said = true, says = true, told = true, added = true, stated = true, ["also"] = true,
  which = true, who = true, whom = true, what = true }
local function zero_relative(tk, a, vend)
  local p, v = a - 1, vend + 1
  if tk.k[p] ~= "w" or tk.up[p] or NOT_NOUN[tk.f[p]] or tk.k[v] ~= "w" or tk.up[v] then return false end
  local f = tk.f[v]
  return FINITE[f] or (#f > 4 and f:find("ed", -2, true) ~= nil)
end

-- (session 24) Does an account's noun end at token j ("a statement",
-- "a press release")?
local function account_noun_at(tk, SL, j)
  for x = math.max(1, j - 1), j do
    if SL.starts.account[tk.f[x]] and match(SL.account, tk, x) == j then return true end
  end
  return false
end

-- The end of adjuncts after token j: time expressions, "in a statement",
-- "on Twitter", "later", adverbs.  Returns the last adjunct token (j when
-- none).
local function skip_adjuncts(tk, j, SL, time_end)
  local guard = 0
  local tf = tk.f
  while j < tk.n and guard < 8 do
    guard = guard + 1
    local k = j + 1
    local f = tf[k]
    local aj = SL.starts.adjunct[f] and match(SL.adjunct, tk, k)
    if aj then
      j = aj
    elseif (PUBLISHED[f] or (f == "that" and (tf[k + 1] == "was" or tf[k + 1] == "were")
        and PUBLISHED[tf[k + 2] or ""])) and account_noun_at(tk, SL, j) then
      -- (session 24) the account's participle and its phrases, up to
      -- "that" or a colon: "said in a statement posted on its website
      -- that ...", "in a statement released after the call that ..."
      -- (session 25: also a name apposed in it, "issued by her
      -- spokesman, Steffen Seibert, that ...", and a relative clause of
      -- the participle, "a statement that was released after the call")
      local x = f == "that" and k + 2 or k
      while x < tk.n and x < k + 10 and tf[x + 1] ~= "that"
          and (tk.k[x + 1] == "w" or (tf[x + 1] == "," and tk.k[x + 2] == "w" and tk.up[x + 2])) do
        x = x + 1
      end
      if tf[x + 1] == "," and tf[x + 2] == "that" then x = x + 1 end
      if tf[x + 1] ~= "that" and tf[x + 1] ~= ":" then break end
      j = x
    elseif time_end[k] then
      j = time_end[k]
    elseif (ADJUNCT_WORD[f] and not (f == "there" and EXPLETIVE_NEXT[tf[k + 1] or ""])) or is_adverb(tk, k) then
      j = k
    elseif (f == "in" or f == "from") and tk.up[k + 1] and tk.k[k + 1] == "w" and not tk.up[k]
        and tf[k + 2] ~= "'s" then
      -- (session 11) a place: "told a news conference in Santiago she
      -- had ...", "said from Brasilia that ..."
      local x = k + 1
      while x < tk.n and x < k + 3 and tk.up[x + 1] and tk.k[x + 1] == "w" do x = x + 1 end
      j = x
    else
      -- "after that call", "during their conversation", "told Putin in a
      -- telephone call on Sunday that"
      local d = tf[k + 1]
      local cj = (CALL_PREP[f] or f == "on") and (CALL_DET[d] or d == "a")
        and (match(SL.call_noun, tk, k + 2) or match(SL.call_noun, tk, k + 3))   -- ("a conference call")
      if not cj then break end
      j = cj
    end
  end
  return j
end

-- "in his pre-dawn address", "during a televised news conference", "at
-- her weekly briefing": a preposition, a determiner, at most three words
-- and a noun of another occasion (SL.occasion) at token i; its last
-- token, or nil.
local OCCASION_PREP = { ["in"] = true, during = true, at = true, told = true }
local OCCASION_DET = { a = true, an = true, the = true, his = true, her = true, their = true,
  its = true, my = true, our = true }
local CLAUSE_OPENER = { that = true, whether = true, ["if"] = true }
-- (session 15) counts before a measure of state ("three days of mourning")
local COUNT_WORD = { two = true, three = true, four = true, five = true, six = true, seven = true,
  eight = true, nine = true, ten = true, several = true }
-- (session 24) Nouns of a meeting, in person when held at a place, and
-- the words of a medium that make one no meeting in person.
local MEETING_NOUN = { meeting = true, summit = true, talks = true, visit = true }
local MEDIUM_WORD = { video = true, virtual = true, online = true, telephone = true, phone = true,
  telephonic = true, remote = true }

-- (session 26) "told him in person that ...", "assured Mr. Kohl face to
-- face that ...": a verb of telling, its hearer (an object pronoun or a
-- capitalised name of at most four words, a title's "Mr." among them) and
-- "in person" / "face to face": words said at a meeting, another occasion
-- than the call.  Not "agreed to meet in person" (no hearer told).
local IN_PERSON_TELL = { told = true, assured = true, informed = true, warned = true,
  reminded = true, promised = true, tell = true, telling = true, urged = true, asked = true }
local IN_PERSON_PRON = { him = true, her = true, them = true }
local function told_in_person(tk, i)
  local tf = tk.f
  local last
  if tf[i] == "in" and tf[i + 1] == "person" then last = i + 1
  elseif tf[i] == "face" and tf[i + 1] == "to" and tf[i + 2] == "face" then last = i + 2
  else return nil end
  local j = i - 1
  if IN_PERSON_PRON[tf[j] or ""] then
    j = j - 1
  else
    local k = j
    while k >= 1 and k > i - 6 and tk.k[k] ~= "q" and (tk.t[k]:find("^%u") or tf[k] == ".") do k = k - 1 end
    if k == j then return nil end
    j = k
  end
  if j >= 1 and IN_PERSON_TELL[tf[j]] then return last end
  return nil
end

local function occasion_at(tk, i, SL)
  local tf = tk.f
  if not (OCCASION_PREP[tf[i]] and OCCASION_DET[tf[i + 1]]) then return nil end
  local occ = SL.starts.occasion
  for x = i + 2, i + 5 do
    local f = tf[x]
    if not f or tk.k[x] ~= "w" then return nil end
    -- (session 15) one noun phrase: not over a clause or a second
    -- determiner ("told her that his speech had gone down well": "her"
    -- is the hearer, the speech the thing told of)
    if CLAUSE_OPENER[f] or OCCASION_DET[f] or MEDIUM_WORD[f] then return nil end
    if occ[f] then
      local j = match(SL.occasion, tk, x)
      if j then return j end
    end
    -- (session 24) a meeting held at a place: "at their meeting in
    -- Versailles", "during the summit in Geneva" (a meeting in person;
    -- no medium word before it: not "at their video meeting")
    if MEETING_NOUN[f] and (tf[x + 1] == "in" or tf[x + 1] == "at") and tk.up[x + 2] and tk.k[x + 2] == "w" then
      local j = x + 2
      while j < tk.n and j < x + 4 and tk.up[j + 1] and tk.k[j + 1] == "w" do j = j + 1 end
      return j, true
    end
  end
  return nil
end

-- Parse ------------------------------------------------------------------------

local PASSIVE_AUX = { been = true, being = true, be = true, was = true, were = true, is = true,
  are = true }

local function by_verb(a, b) return a.verb < b.verb end
local passive_subjects, passive_hearers
local EVENT_PASSIVE = { agreed = true, decided = true }

-- A table never written to, for the token maps a sentence does not need
-- (no subordinate clause, no time expression): cheaper than a new one.
-- (A frame's aux may be this one: read only.)
local NONE = setmetatable({}, { __newindex = function() error("speech: NONE is read-only", 2) end })

-- Tokens inside a temporal or causal subordinate clause ("shortly after
-- the leader announced that ...") report background, not the call.
-- (session 25) "said after the call that X had ...", "said in a statement
-- released after the talks that ...": "after" a preposition on the call
-- ("the call", "their phone conversation"), "that" right after it opening
-- the words said, no clause of the time; the token of that "that", or nil.
local PRONOUN_AFTER = { he = true, she = true, they = true, it = true, we = true, i = true }
local CALL_NOUN_AFTER = { call = true, conversation = true, talks = true, exchange = true,
  discussion = true, calls = true, conversations = true }
local function said_after_that(tk, first)
  local tf = tk.f
  if not (tf[first] == "after" or tf[first] == "before") or not DET_OF_NOUN[tf[first + 1] or ""] then
    return nil
  end
  for x = first + 3, math.min(tk.n, first + 4) do
    -- (a pronoun after it keeps its clause whole: "that they had talked
    -- about ...")
    if tf[x] == "that" and CALL_NOUN_AFTER[tf[x - 1]] and not PRONOUN_AFTER[tf[x + 1] or ""] then return x end
  end
  return nil
end

local function background_tokens(tk, C)
  local sub = C and C.sub
  if not (sub and next(sub)) then return NONE end
  local tf = tk.f
  local background, first_of, cut = NONE, {}, {}
  for i = 1, tk.n do
    local c = sub[i]
    if c then
      -- (a clause's first token comes before its others)
      local first = first_of[c]
      if not first then first = i; first_of[c] = i; cut[c] = said_after_that(tk, i) or false end
      local w = tf[first]
      if (BACKGROUND_SUB[w] or (BACKGROUND_FIRST[w] and first <= 2)) and not (cut[c] and i >= cut[c]) then
        if background == NONE then background = {} end
        background[i] = true
      end
    end
  end
  return background
end

-- 1. A verb of reporting or a speech act at token i (a word outside
-- quotations and mentions, in lower case unless it opens the sentence):
-- its frame, or nil.
local function verb_frame(tk, SL, i, background)
  local tf, tkind, n, starts = tk.f, tk.k, tk.n, SL.starts
  local f = tf[i]
  -- (session 23) hearsay: a copula, a participle of hearsay and "to
  -- have" before a verb of saying or a speech act ("Kohl was said to
  -- have assured Bush that ...", "Chirac is believed to have warned
  -- Blair that ..."): that verb's frame, the phrase from the copula on
  -- (as the whole phrases listed under `say`: "is understood to have
  -- told")
  -- (session 25: also with its agent, "was said by aides to have told")
  local t = i + 2
  if HEDGE_BE[f] and SL.hedge[tf[i + 1] or ""] and tf[t] == "by" then
    t = t + 1
    while t < i + 7 and t <= n and tkind[t] == "w" and tf[t] ~= "to" do t = t + 1 end
  end
  if HEDGE_BE[f] and SL.hedge[tf[i + 1] or ""] and tf[t] == "to" and tf[t + 1] == "have"
      and t + 2 <= n and tkind[t + 2] == "w" and not (starts.say[f] and match(SL.say, tk, i)) then
    local fr = verb_frame(tk, SL, t + 2, background)
    if fr and not fr.passive and not fr.passive_tell then
      fr.verb, fr.hedged = i, t + 2
      if fr.hearer == false then fr.hearer = SL.hearer[tf[t + 2]] or false end
      return fr
    end
    return nil
  end
  local sj = starts.say[f] and match(SL.say, tk, i)
  local aj, akind
  if starts.act[f] then aj, akind = match(SL.act, tk, i) end
  local gj = starts.gerund[f] and match(SL.gerund, tk, i)
  local vend = sj or 0              -- (the longest of the three)
  if aj and aj > vend then vend = aj end
  if gj and gj > vend then vend = gj end
  local ok = vend > 0
  if ok and f == "called" and not (aj and aj > i) then
    -- "called it \"long and productive\"": a naming, not a phone call
    ok = false
    for k = i + 1, math.min(n, i + 5) do
      if tkind[k] == "q" then ok = true break end
      if tf[k] == "," or tf[k] == "." then break end
    end
    if ok then aj, akind, vend = i, "statement", i end
  end
  if ok and (f == "calling" or f == "describing") then akind = akind or "statement" end
  -- (session 8) "declared a state of emergency", "announced martial law":
  -- an act of state, no speech
  -- (session 15: after a count, "declared three days of official
  -- mourning")
  if ok and sj and not (aj and aj > i) and i < n and (match(SL.state_measure, tk, i + 1)
      or (i + 1 < n and (COUNT_WORD[tf[i + 1]] or tf[i + 1]:find("^%d+$")) and match(SL.state_measure, tk, i + 2))) then
    ok = false
  end
  -- plurals that are nouns here: "the two states", "member states", "the
  -- Baltic states from 15 May", "the reports"
  if ok and PLURAL_NOUN[f] and i > 1
      and (QUANT[tf[i - 1]] or (tk.up[i - 1] and i > 2 and tf[i - 2] == "the")) then
    ok = false
  end
  -- passives: "has been accused", "was told" are none; "it was agreed
  -- that ...", "the need for talks was stressed" report the call with no
  -- agent (the parties': see passive_subjects)
  local passive, passive_tell = false, false
  if ok and PASSIVE_AUX[tf[i - 1]] and not (sj and sj > i) then
    -- (session 14) a hearer told: "Rabin was told (by Clinton) that ...",
    -- "was assured that ..." (see passive_hearers)
    passive_tell = SL.hearer[f] ~= nil and (tf[i + 1] == "that" or tf[i + 1] == "by")
    ok = (SL.passive[f] ~= nil and aj ~= nil) or passive_tell
    passive = ok and not passive_tell
  end
  if ok and background[i] then ok = false end
  -- (session 24) a participle of publishing right after an account's
  -- noun ("a statement posted on its website", "a readout released by
  -- the White House") qualifies the noun: no verb of its own
  if ok and PUBLISHED[f] and i > 1 and account_noun_at(tk, SL, i - 1) then ok = false end
  if not ok then return nil end
  return {
    deny = (starts.deny[f] and match(SL.deny, tk, i)) ~= nil,
    verb = i, vend = vend, say = sj ~= nil, pure = (starts.pure[f] and match(SL.pure, tk, i)) ~= nil,
    act = akind, gerund = gj ~= nil and sj == nil or (gj ~= nil and tf[i]:sub(-3) == "ing"),
    keep = (starts.keep[f] and match(SL.keep, tk, i)) ~= nil,
    -- (session 14) "is understood to have told him that": a phrase of
    -- saying that ends in a verb of telling has the hearer after it
    hearer = SL.hearer[f] or (sj and sj > i and SL.hearer[tf[sj]]) or false,
    passive = passive or nil,
    passive_tell = passive_tell or nil,
  }
end

-- An account or body noun ending at token j ("statement", "website",
-- "press service"): returns its first token.
local function account_end(S, j)
  local tk, SL, starts, tf, tkind, mention_at = S.tk, S.SL, S.starts, S.tf, S.tkind, S.mention_at
  if tkind[j] ~= "w" or mention_at[j] then return nil end
  for back = 0, 2 do
    local x = j - back
    if x >= 1 then
      local f = tf[x]
      if starts.account[f] and match(SL.account, tk, x, j) == j then return x end
      if starts.body_noun[f] and match(SL.body_noun, tk, x, j) == j then return x end
      if starts.body_extra[f] and match(SL.body_extra, tk, x, j) == j then return x end
    end
  end
  return nil
end

-- A person named in apposition to a body or a role, the comma after
-- the name at token j: "Chirac's spokeswoman, Catherine Colonna," (a
-- subject like "Kremlin spokesman Dmitry Peskov"), or nil.
-- The first token of an office apposed after a comma whose mention
-- starts at token a: a itself after the comma, else its article ("X, the
-- President's spokesman,"), also with up to two words in lower case
-- between ("Michel Roux, a senior aide,", "X, a close presidential
-- adviser,": session 23); else nil.
-- (session 24) The prepositions of whom an apposed office serves.
local OFFICE_OF = { to = true, ["for"] = true, ["in"] = true, at = true, of = true }

local function office_open(S, a)
  local tf, tk = S.tf, S.tk
  if tf[a - 1] == "," then return a end
  local x = a - 1
  while x > a - 3 and x > 2 and S.tkind[x] == "w" and not tk.up[x] and not DET[tf[x]]
      and not S.mention_at[x] and not S.verb_at[x] and not S.inq[x] do
    x = x - 1
  end
  if x >= 2 and DET[tf[x]] and tf[x - 1] == "," then return x end
  return nil
end

-- (session 24) A description apposed after the comma at token c that ends
-- the sentence: an article, then words in lower case and mentions of
-- bodies and offices, whom the office serves after "to", "for", "in",
-- "at" or "of" ("said Michel Roux, an aide to the president.", "said X,
-- a senior official in the chancellor's office.", "said X, a government
-- spokesman."; a person only after such a word).  Returns the mention of
-- the office (the last one before any such word) and the description's
-- last token, or nil.
local function apposed_description(S, c)
  local tf, tkind, ms, mention_at, n = S.tf, S.tkind, S.ms, S.mention_at, S.n
  local last = n
  while last > c and tkind[last] == "p" and tf[last] ~= "," do last = last - 1 end
  if last == n or last - c > 9 or not DET[tf[c + 1]] then return nil end
  local office, served, words = nil, false, 0
  local x = c + 1
  while x <= last do
    local mi = mention_at[x]
    if S.inq[x] or S.verb_at[x] or (tkind[x] ~= "w" and tf[x] ~= "'s") then return nil end
    if mi then
      local m = ms[mi]
      if m.a < x or m.b > last then return nil end
      if m.kind == "body" or m.kind == "role" then
        if not served then office = mi end
      elseif not served then
        return nil
      end
      x = m.b + 1
    else
      if S.tk.up[x] and not served then return nil end
      if OFFICE_OF[tf[x]] then
        if not office then return nil end
        served = true
      elseif not office then
        words = words + 1
        if words > 3 then return nil end
      end
      x = x + 1
    end
  end
  if not office then return nil end
  return office, last
end

local function appositive(S, j)
  local ms, tf, tk, mention_end, mention_at = S.ms, S.tf, S.tk, S.mention_end, S.mention_at
  local pm = mention_end[j - 1]
  local p = pm and ms[pm]
  -- (session 24) an office apposed after a name, then whom it serves in a
  -- phrase of "to", "for", "in", "at" or "of" ("Michel Roux, an aide to
  -- the president, said", "X, a senior official in the chancellor's
  -- office, said"): the office's mention opens the description, which
  -- ends at the comma
  if p and (p.kind == "body" or p.kind == "role") and p.a > 4 then
    local x = DET[tf[p.a - 1]] and p.a - 1 or p.a
    local qm = OFFICE_OF[tf[x - 1]] and not S.inq[x - 1] and mention_end[x - 2]
    local q = qm and ms[qm]
    if q and (q.kind == "body" or q.kind == "role") and q.a > 2 and office_open(S, q.a) then
      pm, p = qm, { kind = q.kind, a = q.a, b = p.b }
    end
  end
  local pa              -- the name's first token
  if p and p.kind == "person" then
    pa = p.a
  elseif not pm and j > 3 then
    -- a name the gazetteer does not know: two or three capitalised words
    pa = j - 1
    while pa > j - 3 and tk.up[pa - 1] and S.tkind[pa - 1] == "w" and not mention_at[pa - 1] do pa = pa - 1 end
    if pa == j - 1 or not tk.up[pa] or mention_at[pa] then return nil end
    pm = nil
  elseif p and (p.kind == "body" or p.kind == "role") and p.a > 2 and office_open(S, p.a) then
    -- (session 9) the name first, its office after it: "Marlin
    -- Fitzwater, the President's spokesman, said", "Dino Patti Djalal, a
    -- presidential spokesman, said"; (session 11) the article outside the
    -- office's mention ("Dmitry Peskov, the Kremlin spokesman, said"), the
    -- name right after a quotation ('"...," Dmitry Peskov, ...')
    local oa = office_open(S, p.a)
    local function edge(x)
      -- (session 13) or after a dateline's dash: "VIENNA, Aug. 22 --
      -- Leonid Brezhnev, the Soviet party leader, warned ..."
      if x == 0 or tf[x] == "," or DASH[tf[x]] or (S.tkind[x] == "q" and x > 1 and tf[x - 1] == ",") then
        return true
      end
      -- (session 16) or opening a reported clause: "Sources said (that)
      -- Genscher, the Foreign Minister, had telephoned ..."
      if tf[x] == "that" and not S.inq[x] then return true end
      for fr_i = 1, S.verb_at[x] and #S.frames or 0 do
        local fr = S.frames[fr_i]
        if fr.verb == x and fr.say and not fr.purpose_of then return true end
      end
      return false
    end
    local nm = mention_end[oa - 2]
    local n = nm and ms[nm]
    if n and n.kind == "person" and (n.a == 1 or edge(n.a - 1)) then
      return { mi = nm, a = n.a, b = p.b, all = { pm, nm }, appos = true }
    end
    -- (a name the gazetteer does not know: the office speaks)
    local x = oa - 2
    while x > oa - 5 and x >= 1 and tk.up[x] and S.tkind[x] == "w" and not mention_at[x] do x = x - 1 end
    if x < oa - 3 and edge(x) then
      return { mi = pm, a = x + 1, b = p.b, all = { pm }, appos = true }
    end
    return nil
  else
    return nil
  end
  -- (session 8) a name the mention took in with its apposition: "The
  -- Russian president, Vladimir Putin, telephoned ..." (one mention),
  -- opening its clause (not an object: "spoke to the President of
  -- France, Francois Hollande, thanked him ...")
  if pm and (p.a == 1 or tf[p.a - 1] == ",") then
    for x = p.a + 1, p.b - 1 do
      if tf[x] == "," then return { mi = pm, a = p.a, b = p.b, all = { pm }, appos = true } end
    end
  end
  if tf[pa - 1] ~= "," then return nil end
  local om = mention_end[pa - 2]
  local o = om and ms[om]
  if not o or (o.kind ~= "body" and o.kind ~= "role") then return nil end
  local a = o.a
  -- (session 19) a body's mention right before an office's one ("The
  -- government spokesman, Ola Nordmann, said": "The government" and
  -- "spokesman") is the office's: the subject opens with it
  local bm = o.kind == "body" and a > 1 and mention_end[a - 1]
  if bm and ms[bm].kind ~= "body" then bm = nil end
  if bm then a = ms[bm].a end
  while a > 1 and DET[tf[a - 1]] do a = a - 1 end
  if not pm then return { mi = om, a = a, b = j - 1, all = bm and { bm, om } or { om }, appos = true } end
  return { mi = pm, a = a, b = p.b, all = bm and { bm, om, pm } or { om, pm }, appos = true }
end

-- The subject (not itself a coordinated one) of a frame before frame fr
-- that holds mention mi, or nil.
local function subject_holding(frames, fr, mi)
  for o_i = 1, #frames do local o = frames[o_i]
    if o == fr then break end
    local s = o.subj
    if s and not s.coord and not s.pron then
      if s.mi == mi then return s, o end
      for k = 1, s.all and #s.all or 0 do
        if s.all[k] == mi then return s, o end
      end
    end
  end
  return nil
end

-- 2. The subject of each verb: scan left over adverbs, auxiliaries,
-- times, short prepositional phrases and parentheticals.
-- The call verb ("spoke", "telephoned") of the clause that token x ends,
-- searching left within it (not past a quotation mark, ";", ":", "that"
-- or the verb of another frame), or nil.
local function call_verb_before(S, x)
  local tk, tf = S.tk, S.tf
  for y = x, math.max(1, x - 24), -1 do
    local f = tf[y]
    if S.tkind[y] == "q" or f == ";" or f == ":" or f == "that" or S.verb_at[y] then return nil end
    if S.starts.call_verbs[f] and phrases.match(S.SL.call_verbs, tk, y) and not S.mention_at[y] then
      return y
    end
  end
  return nil
end

-- (session 18) The call a participle of a speech act follows ("telephoned
-- X on Thursday(,) urging him to ...", "received a call from X(,) asking
-- him to ...", "was telephoned by X, asking ..."), with nothing between
-- them but the person called, times, a medium and commas: the token of
-- the call verb (or of the verb before a call noun, or of the noun's
-- first word when "from X" names the caller), and the caller's mention
-- when the words name him ("a call from X", "was telephoned by X"); nil
-- when the participle follows anything else.
local PARTICIPLE_GAP = { by = true, on = true, ["in"] = true, over = true, via = true, with = true,
  to = true, from = true, a = true, an = true, the = true, his = true, her = true, [","] = true,
  phone = true, telephone = true, video = true, link = true, late = true, early = true }
local HOLD_CALL = { held = true, holds = true, had = true, has = true, made = true, makes = true,
  placed = true, places = true, conducted = true }
-- (a lower-case word that is no preposition: "lengthy", "first")
local function plain_word(tk, w)
  return tk.k[w] == "w" and not tk.up[w] and not PREP[tk.f[w]] and tk.f[w] ~= "from"
end
-- (session 25) A call set in between a verb's object and its infinitive,
-- "urged Putin in a phone call on Sunday to use his influence", "asked
-- Erdogan, during a telephone call, to close the border": the phrase
-- tells where the words were said, no part of them.  Its tokens are
-- dropped from the point, which the call then no longer announces.
local CALL_PP_PREP = { ["in"] = true, during = true, over = true }
local CALL_PP_FILL = { brief = true, short = true, long = true, lengthy = true, late = true, night = true,
  early = true, minute = true, hour = true, first = true, second = true, separate = true, private = true,
  friendly = true, cordial = true, warm = true, frank = true, tense = true, new = true, further = true }
local function drop_call_phrase(tk, SL, P, time_end, a, b)
  local tf, tkind, inq, drop = tk.f, tk.k, P.inq, P.drop
  for x = a + 1, b - 3 do
    if CALL_PP_PREP[tf[x]] and tkind[x] == "w" and not inq[x] and not drop[x] and tkind[x - 1] ~= "p" or
        (tf[x - 1] == "," and CALL_PP_PREP[tf[x]] and not inq[x]) then
      local y = x + 1
      while y <= b and y - x <= 5 and not (SL.starts.call_noun[tf[y]] and match(SL.call_noun, tk, y))
          and (DET[tf[y]] or CALL_PP_FILL[tf[y]] or tkind[y] == "n" or tf[y] == "-") do
        y = y + 1
      end
      local e = y <= b and SL.starts.call_noun[tf[y]] and match(SL.call_noun, tk, y)
      if e then
        local z = e + 1
        if time_end[z] then z = time_end[z] + 1 end
        local comma = tf[x - 1] == ","
        if comma and tf[z] == "," then z = z + 1 end
        if tf[z] == "to" and tkind[z + 1] == "w" and not tk.up[z + 1] and not DET[tf[z + 1]] and z <= b then
          for k = comma and x - 1 or x, z - 1 do drop[k] = true end
          return
        end
      end
    end
  end
end

-- (session 25) The manner of the telling after its attribution, to the
-- end of the point: "..., the White House said, without giving details",
-- "..., he said, without naming them".  No part of the words.
local function drop_manner_tail(tk, P, a, b)
  local tf, drop = tk.f, P.drop
  for x = a + 2, b - 1 do
    if tf[x] == "without" and tf[x - 1] == "," and drop[x - 2] and not P.inq[x]
        and tk.k[x + 1] == "w" and tf[x + 1]:find("ing$") then
      for k = x - 1, b do drop[k] = true end
      return
    end
  end
end

local function participle_call(tk, ms, SL, mention_end, time_start, inq, v)
  local tf, starts = tk.f, SL.starts
  local x, by_mi, from_mi = v - 1, nil, nil
  local guard = 0
  while x >= 1 and guard < 24 do
    guard = guard + 1
    local mi = mention_end[x]
    if inq[x] then return nil end
    if mi then
      local a = ms[mi].a
      while a > 1 and DET[tf[a - 1]] do a = a - 1 end
      if tf[a - 1] == "by" then by_mi = mi elseif tf[a - 1] == "from" then from_mi = mi end
      x = a - 1
    elseif time_start[x] then
      x = time_start[x] - 1
    elseif starts.call_verbs[tf[x]] and match(SL.call_verbs, tk, x) then
      return x, PASSIVE_AUX[tf[x - 1]] and by_mi or nil
    else
      for y = math.max(1, x - 2), x do
        if starts.call_noun[tf[y]] and match(SL.call_noun, tk, y) == x then
          if from_mi then return y, from_mi end
          -- "held a (lengthy) telephone call with X": the subject of the
          -- verb of holding before the noun (not "received a call", nor a
          -- noun in a phrase: "a message in his first conversation with X")
          local w = y - 1
          while w > 1 and y - w <= 3 and (DET[tf[w]] or (plain_word(tk, w) and not HOLD_CALL[tf[w]])) do w = w - 1 end
          if w >= 1 and HOLD_CALL[tf[w]] then return w, nil end
          return nil
        end
      end
      if not PARTICIPLE_GAP[tf[x]] then return nil end
      x = x - 1
    end
  end
  return nil
end

-- (session 15) "Rouhani in a telephone conversation with Macron on
-- Saturday said ...": a mention after "with" in a phrase naming a call
-- ("in a telephone conversation with", "during a phone call with") is
-- the other party, never the subject; the token opening the phrase, or
-- nil.
local CALL_PP_OPEN = { ["in"] = true, during = true, over = true, at = true }
local function call_phrase_open(S, m)
  local tf, tkind, inq, mention_end = S.tf, S.tkind, S.inq, S.mention_end
  local a = m.a
  while a > 1 and DET[tf[a - 1]] do a = a - 1 end
  if tf[a - 1] ~= "with" then return nil end
  local noun = false
  for x = a - 2, math.max(2, a - 8), -1 do
    if tkind[x] ~= "w" or mention_end[x] or inq[x] then return nil end
    if S.starts.call_noun[tf[x]] and match(S.SL.call_noun, S.tk, x) then noun = true end
    if CALL_PP_OPEN[tf[x]] then return noun and x or nil end
  end
  return nil
end

-- The start of a place's name in the possessive that opens a clause
-- before token k+1 ("Russia's" in "Russia's Interfax news agency quoted",
-- "South Korea's" in "South Korea's Yonhap news agency said"): the
-- capitalised words ending at token k, before "'s" at k+1, when no
-- mention holds them; else nil.
local function possessor_start(S, k)
  local tk, tf, tkind, inq, mention_end = S.tk, S.tf, S.tkind, S.inq, S.mention_end
  if k < 1 or tf[k + 1] ~= "'s" or inq[k] then return nil end
  local x = k
  while x >= 1 and k - x < 3 and tk.up[x] and tkind[x] == "w" and not mention_end[x] and not inq[x] do
    x = x - 1
  end
  if x == k then return nil end
  if x < 1 or tf[x] == "," then return x + 1 end
  if DET[tf[x]] and (x == 1 or tf[x - 1] == ",") then return x end
  return nil
end

-- (session 24) What an account is of, before the verb ("The Kremlin's
-- readout of the call said").
local ACCOUNT_OF_CALL = { call = true, conversation = true, talks = true, exchange = true,
  discussion = true, calls = true, conversations = true }

-- (session 25) Nouns of a medium that quotes a person, unnamed: "Israeli
-- radio quoted Begin as saying", "The newspaper quoted ...".
local QUOTING_MEDIUM = { radio = true, television = true, tv = true, newspaper = true, daily = true,
  broadcaster = true, weekly = true, magazine = true, channel = true, press = true }

local function subject_left(S, v)
  local tk, ms, SL, tf = S.tk, S.ms, S.SL, S.tf
  local tkind, inq, mention_at, mention_end = S.tkind, S.inq, S.mention_at, S.mention_end
  local time_start, time_end, background, verb_at = S.time_start, S.time_end, S.background, S.verb_at
  local j = v - 1
  local aux = NONE      -- (a table only when there are auxiliaries)
  local guard = 0
  while j >= 1 and guard < 30 do
    guard = guard + 1
    local f = tf[j]
    local mi = mention_end[j]
    -- (session 24) the account's "of" phrase right before the verb: "The
    -- Kremlin's readout of the call said", "Bonn's account of the
    -- conversation said": the account is the subject
    if j == v - 1 and ACCOUNT_OF_CALL[f] and not inq[j] and j > 3 and not mi then
      local x = CALL_DET[tf[j - 1]] and j - 2 or j - 1
      if tf[x] == "of" and x > 1 and account_noun_at(tk, SL, x - 1) then
        j = x - 1
        goto next_token
      end
    end
    -- (session 25) a medium named by its noun, quoting a person: "Israeli
    -- radio quoted Begin as saying", "The newspaper quoted ...", "West
    -- German television quoted ...": the medium is the subject
    if j == v - 1 and QUOTING_MEDIUM[f] and tf[v] == "quoted" and not inq[j] and not mi then
      local y = j
      while y > 1 and j - y < 3 and tkind[y - 1] == "w" and not mention_end[y - 1] and not inq[y - 1]
          and not PREP[tf[y - 1]] and not verb_at[y - 1] and not DET[tf[y - 1]] and not NOT_VERB[tf[y - 1]] do
        y = y - 1
      end
      if y > 1 and DET[tf[y - 1]] then y = y - 1 end
      if y == 1 or tf[y - 1] == "," then
        return { noun = j, a = y, b = j, all = {}, unknown_org = true }, aux
      end
    end
    local pp_open = mi and not inq[j] and call_phrase_open(S, ms[mi])
    if pp_open then
      j = pp_open - 1
      goto next_token
    end
    if mi and not inq[j] then
      local m = ms[mi]
      -- (session 25) a place after a plural of commentators or onlookers
      -- ("Diplomats in Beijing said", "Analysts in Moscow said"): where
      -- they are, no side speaking
      if m.kind ~= "person" and m.kind ~= "role" and m.a > 2 and tf[m.a - 1] == "in"
          and (SL.commentator[tf[m.a - 2]] or SL.onlooker[tf[m.a - 2]]) then
        -- (commentators tell no one's words: "Analysts in Beijing said Xi
        -- was unlikely to ..." is their view, no account)
        if SL.commentator[tf[m.a - 2]] then return nil, aux end
        -- (the plural and its modifiers the subject, a body of no side of
        -- its own: "..., diplomats in Tokyo said" still ends the point)
        local y = m.a - 2
        while y > 1 and m.a - 2 - y < 2 and tkind[y - 1] == "w" and not mention_end[y - 1] and not inq[y - 1]
            and not PREP[tf[y - 1]] and not verb_at[y - 1] and not NOT_VERB[tf[y - 1]] and tf[y - 1] ~= "," do
          y = y - 1
        end
        return { noun = m.a - 2, a = y, b = m.b, all = {}, onlooker = true }, aux
      end
      -- "Putin and Erdogan hope": both
      local a = m.a
      if tf[a - 1] == "and" and mention_end[a - 2] then
        local o = ms[mention_end[a - 2]]
        -- (session 16) also "His Highness and President Sisi": a style
        -- standing for its person first
        local o_person = o.kind == "person" or o.kind == "role" or (o.kind == "pronoun" and o.style)
        if o_person and (m.kind == "person" or m.kind == "role") then
          return { pair = { mention_end[a - 2], mi }, a = o.a, b = m.b }, aux
        end
      end
      local all0 = { mi }
      if mention_end[a - 1] and not inq[a - 1] and m.kind ~= "pronoun" then
        -- "Kremlin spokesman Dmitry Peskov": a body and its speaker (not
        -- "told Kishida he hoped": a hearer, then the content's subject)
        local o = ms[mention_end[a - 1]]
        table.insert(all0, 1, mention_end[a - 1])
        a = o.a
      end
      while a > 1 and DET[tf[a - 1]] do a = a - 1 end
      -- (session 8) "In Seoul, Deputy National Security Adviser Kim said":
      -- capitalised words before a titled person, after an opening
      -- phrase's comma, are the rest of the title
      -- (session 18) and so is an office's word in lower case there
      -- ("In a statement, government spokesman X said ...")
      if (m.kind == "person" or m.kind == "role") and m.role and a == m.a then
        local x = a
        while x > 1 and a - x < 2 and (tk.up[x - 1] or TITLE_WORD[tf[x - 1]]) and tkind[x - 1] == "w"
            and not mention_end[x - 1] and not inq[x - 1] do
          x = x - 1
        end
        if x < a and x > 2 and tf[x - 1] == "," and not inq[x - 1] then a = x end
      end
      -- (session 8) "Senior administration officials said", "Western
      -- diplomats said": the words before a body that opens the sentence
      -- are its modifiers
      if m.kind == "body" and not m.country and not m.inst and a > 1 and a <= 4 then
        local all_words = true
        for x = 1, a - 1 do
          if tkind[x] ~= "w" or mention_end[x] or verb_at[x] or inq[x] or PREP[tf[x]]
              or (NOT_VERB[tf[x]] and not DET[tf[x]]) then
            all_words = false
          end
        end
        if all_words then a = 1 end
      end
      -- "Mr Obama and the three European leaders agreed": a count before a
      -- group ("the three", "all four") and a person joined to it by
      -- "and" are the subject, no point of their own
      if m.kind == "group" or m.kind == "joint" then
        while a > 1 and (COUNT[tf[a - 1]] or DET[tf[a - 1]]) and not inq[a - 1] do a = a - 1 end
        if a > 2 and tf[a - 1] == "and" and mention_end[a - 2] and not inq[a - 2] then
          local o = ms[mention_end[a - 2]]
          if o.kind == "person" or o.kind == "role" then
            a = o.a
            while a > 1 and DET[tf[a - 1]] do a = a - 1 end
          end
        end
      end
      -- "Mr Gorbachev's aides said": the possessor says whose aides
      if a == m.a and a > 2 and tf[a - 1] == "'s" and mention_end[a - 2] and not inq[a - 2]
          and m.kind == "body" and #all0 == 1 then
        local o = ms[mention_end[a - 2]]
        if o.kind == "person" or o.kind == "role" then
          table.insert(all0, 1, mention_end[a - 2])
          a = o.a
          while a > 1 and DET[tf[a - 1]] do a = a - 1 end
        end
      end
      -- "A statement on the Ukrainian president's website said", "A U.S.
      -- readout obtained from the State Department said": the whole noun
      -- phrase is the subject; the mentions in it say whose account.
      local subj = { mi = mi, a = a, b = m.b, all = all0 }
      local k = a - 1
      local guard2 = 0
      while k >= 1 and NP_LINK[tf[k]] and guard2 < 3 do
        guard2 = guard2 + 1
        local x = k - 1
        local steps = 0
        while x >= 1 and steps < 8 and not mention_end[x] and not account_end(S, x) and tkind[x] == "w" do
          x = x - 1; steps = steps + 1
        end
        if x >= 1 and not mention_end[x] and account_end(S, x) then
          -- "an aide to Macron", "a statement from the ministry": the
          -- noun heads the subject; the mention says whose it is
          local ax = account_end(S, x)
          subj.noun = x
          subj.a = ax
          while subj.a > 1 and (DET[tf[subj.a - 1]] or SL.country_word and false) do subj.a = subj.a - 1 end
          k = subj.a - 1
          goto continue
        end
        if x >= 1 and mention_end[x] and not inq[x] then
          local o = ms[mention_end[x]]
          local oa = o.a
          while oa > 1 and DET[tf[oa - 1]] do oa = oa - 1 end
          table.insert(subj.all, 1, mention_end[x])
          subj.a = oa
          subj.linked = true
          k = oa - 1
        else
          break
        end
        ::continue::
      end
      return subj, aux
    end
    if PRONOUN[f] and tkind[j] == "w" then
      return { pron = f, a = j, b = j }, aux
    end
    -- "a call from Macron, who congratulated him": the person before
    -- ", who" (the subject starts at "who": the point before ends there);
    -- (session 21) also a name with no comma ("a call from Ban Ki-moon
    -- who urged dialogue"): a name takes no restrictive relative clause,
    -- so the comma was left out
    if f == "who" and not inq[j] then
      local comma = tf[j - 1] == ","
      local mi = mention_end[comma and j - 2 or j - 1]
      local k = mi and ms[mi].kind
      if k == "person" or (comma and k == "role") then
        return { mi = mi, a = j, b = j, all = { mi }, rel = true }, aux
      end
    end
    -- the rest of a name the mention did not take in ("spokesman Yoon
    -- Young-chan", "spokesman Majed al-Ansari": an Arabic article before
    -- a capital)
    if (tk.up[j] or tk.t[j]:find("^%l%l?%l?%-%u")) and tkind[j] == "w" and not mention_at[j] then
      local x = j - 1
      while x >= 1 and x >= j - 2 and tk.up[x] and tkind[x] == "w" and not mention_end[x] do x = x - 1 end
      if x >= 1 and mention_end[x] and x >= j - 2 and ms[mention_end[x]].kind == "person" then
        local m = ms[mention_end[x]]
        -- (with the body before it: "Qatar's foreign ministry spokesman
        -- Majed al-Ansari", as "Kremlin spokesman Dmitry Peskov")
        local o = mention_end[m.a - 1]
        if o and not inq[m.a - 1] and ms[o].kind == "body" then
          return { mi = mention_end[x], a = ms[o].a, b = j, all = { o, mention_end[x] } }, aux
        end
        return { mi = mention_end[x], a = m.a, b = j, all = { mention_end[x] } }, aux
      end
    end
    -- a body and the "of" phrase of its name the mention did not take in:
    -- "The Turkish Directorate of Communications said", "the Ministry of
    -- Foreign Affairs said"
    if tk.up[j] and tkind[j] == "w" and not mention_at[j] and not inq[j] and not time_start[j] then
      local x = j
      while x > 1 and j - x < 2 and tk.up[x - 1] and tkind[x - 1] == "w" and not mention_at[x - 1] do x = x - 1 end
      local bm = x > 2 and tf[x - 1] == "of" and mention_end[x - 2]
      if bm and ms[bm].kind == "body" and not inq[x - 2] then
        local a = ms[bm].a
        while a > 1 and DET[tf[a - 1]] do a = a - 1 end
        return { mi = bm, a = a, b = j, all = { bm } }, aux
      end
    end
    -- an organisation the gazetteer does not know: "State broadcaster
    -- CCTV quoted", "Yonhap reported"
    -- (session 24: not a plural of commentators capitalised only because
    -- it opens the sentence, "Analysts said ...", "Experts said ...":
    -- speech.yaml `commentator`)
    if tk.up[j] and tkind[j] == "w" and not mention_at[j] and not inq[j] and not time_start[j]
        and not (j == 1 and SL.commentator[tf[j]]) then
      local x = j
      while x > 1 and j - x < 3 and tk.up[x - 1] and tkind[x - 1] == "w" and not mention_at[x - 1] do x = x - 1 end
      local y = x
      while y > 1 and x - y < 2 and tkind[y - 1] == "w" and not tk.up[y - 1] and not NOT_VERB[tf[y - 1]]
          and not PREP[tf[y - 1]] and not verb_at[y - 1] do
        y = y - 1
      end
      if y == 2 and tk.up[1] and tkind[1] == "w" and not mention_at[1] then y = 1 end
      -- (session 8) a longer capitalised title after an opening phrase's
      -- comma ("In Tokyo, Chief Cabinet Secretary Takeo Kawamura said")
      if y == x and not (y == 1 or tf[y - 1] == "," or DET[tf[y - 1]]) then
        local x2 = x
        while x2 > 1 and j - x2 < 6 and tk.up[x2 - 1] and tkind[x2 - 1] == "w" and not mention_at[x2 - 1] do
          x2 = x2 - 1
        end
        if x2 > 2 and tf[x2 - 1] == "," and not inq[x2 - 1] then y = x2 end
      end
      -- (session 23) after a place in the possessive: "China's state
      -- broadcaster CCTV quoted ..."
      local p = y > 2 and tf[y - 1] == "'s" and possessor_start(S, y - 2)
      if p then y = p end
      if y == 1 or p or tf[y - 1] == "," or DET[tf[y - 1]] then
        if DET[tf[y - 1]] then y = y - 1 end
        return { noun = j, a = y, b = j, all = {}, unknown_org = true }, aux
      end
    end
    local ax = account_end(S, j)
    if ax and not inq[j] then
      -- "the Ukrainian president's website said": an account noun after a
      -- possessive mention, or "the statement said" unrecognised
      local a = ax
      local all = {}
      local x = a - 1
      local steps = 0
      while x >= 1 and steps < 3 and not mention_end[x] and tkind[x] == "w"
          and not DET[tf[x]] and not NP_LINK[tf[x]] and not NOT_VERB[tf[x]] and tf[x] ~= "'s" do
        x = x - 1; steps = steps + 1
      end
      if x >= 1 and tf[x] == "'s" and mention_end[x - 1] then x = x - 1 end
      if x >= 1 and mention_end[x] then
        all[1] = mention_end[x]
        a = ms[mention_end[x]].a
      else
        -- "A French diplomatic source": the adjectives too; (session 23)
        -- "Russia's Interfax news agency": a place in the possessive
        a = x > 1 and possessor_start(S, x - 1) or x + 1
      end
      while a > 1 and DET[tf[a - 1]] do a = a - 1 end
      local subj = { noun = j, a = a, b = j, all = all }
      if #all > 0 then subj.mi = all[1] end
      -- a chain before it: "A statement on the Ukrainian president's website"
      local k = a - 1
      if k >= 1 and NP_LINK[tf[k]] then
        local x = k - 1
        local steps = 0
        while x >= 1 and steps < 6 and not mention_end[x] and not account_end(S, x) do x = x - 1; steps = steps + 1 end
        local bx = x >= 1 and (account_end(S, x) or (mention_end[x] and ms[mention_end[x]].a))
        if bx then
          if mention_end[x] then table.insert(subj.all, 1, mention_end[x]) end
          subj.a = bx
          while subj.a > 1 and DET[tf[subj.a - 1]] do subj.a = subj.a - 1 end
        end
      end
      return subj, aux
    end
    if time_start[j] then
      j = time_start[j] - 1
    elseif SL.between[f] or is_adverb(tk, j) then
      if aux == NONE then aux = {} end
      aux[f] = true
      j = j - 1
    elseif f == "to" and WANT_TO[tf[j - 1] or ""] then
      j = j - 2       -- (session 12) "I want to stress that", "would like to assure you"
    elseif f == "," then
      -- "Chirac's spokeswoman, Catherine Colonna, told": the body's speaker
      local ap = appositive(S, j)
      if ap then return ap, aux end
      -- a parenthetical ", writing on Twitter shortly after the call,"
      local k = j - 1
      local found
      while k >= 1 and j - k <= 16 do
        if tf[k] == "," then found = k break end
        if tkind[k] == "q" then break end
        k = k - 1
      end
      local o = found and tf[found + 1]
      -- or a reporting clause in the middle of the subject's own clause:
      -- "Mr Clinton, a Downing Street source said, told Mr Blair that ..."
      -- (its verb of saying the parenthetical's last word, with a
      -- subject before it)
      local sayer = found and j - found >= 3 and S.starts.say[tf[j - 1]] and verb_at[j - 1]
        and mention_end[found - 1] and not inq[found - 1]
        and match(S.SL.say, tk, j - 1) == j - 1
      -- (session 25) or an impersonal one: "Kennedy, it was learned,
      -- told Macmillan ...", ", it is understood,"
      local impersonal = found and o == "it" and j - found == 4 and (tf[found + 2] == "was" or tf[found + 2] == "is")
        and (S.SL.hedge[tf[found + 3]] or tf[found + 3] == "learned" or tf[found + 3] == "learnt")
      if found and o and (PAREN_OPENER[o] or o:sub(-3) == "ing" or time_end[found + 1]
          or (o:sub(-2) == "ed" and not mention_at[found + 1]) or sayer or impersonal) then
        j = found - 1
      else
        return nil, aux
      end
    elseif SL.pp[f] then
      local r = j
      while r >= 1 and SL.pp[tf[r]] do r = r - 1 end
      local left = r + 1
      if PREP[tf[left]] and left < j then
        j = left - 1
      else
        return nil, aux
      end
    elseif f == "and" or f == "but" then
      -- the subject of the first verb: the nearest mention before the
      -- conjunction that a lower-case word follows ("Obama called him and
      -- ... told")
      local x = j - 1
      local found
      while x >= 1 and j - x <= 25 do
        local mi = mention_end[x]
        -- (not a possessive, "his administration's commitment", nor the
        -- object of a preposition, "between the United States and Ukraine")
        -- (a subject of an earlier verb always: "A source in the Turkish
        -- presidency described ... and said")
        local before_m = mi and tf[ms[mi].a - 1]
        if mi and not inq[x] and not background[x] and (subject_holding(S.frames, nil, mi)
            or (tf[x + 1] ~= "'s" and not NP_LINK[before_m] and before_m ~= "between"
              and before_m ~= "with")) then
          local y = x + 1
          if tf[y] == "," and tf[y + 1] == "who" then
            -- over a relative clause: "Merkel, who had backed Sarkozy,
            -- telephoned Hollande and invited him ..."; a clause that runs
            -- on to the conjunction has the verb: "a call from Macron, who
            -- congratulated him and stressed ..."
            local z = y + 2
            while z < j and z < y + 14 and tf[z] ~= "," do z = z + 1 end
            if tf[z] == "," then y = z + 1 elseif z == j then found = mi break end
          end
          -- (session 12) over a name in apposition: "The Prime Minister,
          -- Dr. Manmohan Singh, spoke ... and conveyed ..."
          -- (the apposition inside the mention, closed by the comma; or
          -- the name after an office, the name speaking)
          if tf[y] == "," and y + 1 < j and (ms[mi].kind == "person" or ms[mi].kind == "role") then
            for z = ms[mi].a + 1, x - 1 do
              if tf[z] == "," then y = y + 1 break end
            end
            local am = tf[y] == "," and ms[mi].kind == "role" and mention_at[y + 1]
            if am and ms[am].a == y + 1 and ms[am].kind == "person" and ms[am].b + 1 < j
                and tf[ms[am].b + 1] == "," and not inq[y + 1] then
              y = ms[am].b + 2
              mi = am
            end
          end
          -- (session 15) and over a time after the object: "called Sharif
          -- today and congratulated him" ("today" is no verb of Sharif's)
          while y < j and (SL.between[tf[y]] or is_adverb(tk, y) or time_end[y]) do
            y = (time_end[y] or y) + 1
          end
          local w = tf[y]
          if y < j and tkind[y] == "w" and not tk.up[y] and (verb_at[y] or w:sub(-2) == "ed"
              or (not NOT_VERB[w] and not PREP[w])) then
            found = mi
            break
          end
        end
        x = x - 1
      end
      -- "Putin and Erdogan spoke by phone and agreed ...": the pair
      local fm = found and ms[found]
      if fm and tf[fm.a - 1] == "and" and mention_end[fm.a - 2] and not inq[fm.a - 2] then
        local o = ms[mention_end[fm.a - 2]]
        if (o.kind == "person" or o.kind == "role") and (fm.kind == "person" or fm.kind == "role") then
          return { coord = true, a = j, b = j, pair = { mention_end[fm.a - 2], found } }, aux
        end
      end
      return { coord = true, a = j, b = j, mi = found }, aux
    else
      return nil, aux
    end
    ::next_token::
  end
  return nil, aux
end

-- Is there a verb of calling ("telephoned", "spoke") between tokens a
-- and b (exclusive)?
local function call_verb_between(S, a, b)
  local tf, starts, SL = S.tf, S.starts, S.SL
  for x = a + 1, b - 1 do
    if starts.call_verbs[tf[x]] and match(SL.call_verbs, S.tk, x) then return true end
  end
  return false
end

-- (session 14) A hearer told in the passive ("Rabin was told by Clinton
-- that ...", "Mr. Rabin was assured that ..."): its subject is the
-- hearer (hearer_mi); the speaker is the agent after "by", else the other
-- party of the hearer's call (subj.pron "other", 30-claims).
passive_hearers = function(S, frames)
  local tf, ms, mention_at = S.tf, S.ms, S.mention_at
  for fr_i = 1, #frames do local fr = frames[fr_i]
    local s = fr.passive_tell and fr.subj
    if s and s.mi and not s.pair and (ms[s.mi].kind == "person" or ms[s.mi].kind == "role") then
      fr.hearer_mi = s.mi
      local by = tf[fr.vend + 1] == "by" and mention_at[fr.vend + 2]
      if by and ms[by].a == fr.vend + 2 then
        -- (session 23: `lead`, the hearer's start, where the clause
        -- opens: "Bush was told by Kohl that ..., officials said" is one
        -- point of Kohl's, no point "Bush was told by" of the officials)
        fr.subj = { mi = by, a = ms[by].a, b = ms[by].b, all = { by }, lead = s.a }
        fr.vend = ms[by].b
      else
        fr.subj = { pron = "other", a = s.a, b = s.b, hearer_mi = s.mi }
      end
    elseif fr.passive_tell then
      fr.subj = nil
    end
  end
end

-- The subject of an agentless passive is the parties to the call (a
-- joint "they"): "It was agreed that ..." (the content after "that", the
-- verb kept as for "agreed that"), "The importance of a settlement was
-- stressed." (the whole clause is the point, when nothing but its subject
-- stands before the verb).
passive_subjects = function(S, frames)
  local tf, tkind, verb_at = S.tf, S.tkind, S.verb_at
  for fr_i = 1, #frames do local fr = frames[fr_i]
    if fr.passive then
      local x = fr.verb - 1
      while x >= 1 and (PASSIVE_AUX[tf[x]] or S.SL.between[tf[x]] or is_adverb(S.tk, x)) do x = x - 1 end
      if x >= 1 and tf[x] == "it" and tf[fr.vend + 1] == "that" then
        fr.subj = { pron = "they", a = x, b = fr.verb - 1 }
      else
        -- ("The postponement was agreed last Tuesday" narrates an event:
        -- only a statement's passive is a point)
        local clean = x >= 1 and not EVENT_PASSIVE[tf[fr.verb]]
        for k = 1, x do
          if tf[k] == "," or tkind[k] == "q" or verb_at[k] or RELATIVE[tf[k]] then clean = false break end
        end
        if clean then
          fr.subj = { pron = "they", a = 1, b = 1 }
          fr.cstart, fr.act_form = 1, true
        else
          fr.passive = nil
          fr.subj = nil
        end
      end
    end
  end
end

-- The token after "that" when a noun of stance and "that" follow k: "his
-- view that", "the position that", "Russia's firm belief that" (a
-- determiner or a possessive, up to two words, the noun; speech.yaml
-- stance_noun); else nil.
local STANCE_DET = { the = true, his = true, her = true, their = true, its = true, our = true,
  my = true }
local function stance_that(S, k)
  local tf, n = S.tf, S.n
  local x = k
  if STANCE_DET[tf[x]] then
    x = x + 1
  elseif tf[x + 1] == "'s" and S.tkind[x] == "w" then
    x = x + 2
  else
    return nil
  end
  for y = x, x + 2 < n and x + 2 or n do
    if S.tkind[y] ~= "w" then return nil end
    if S.SL.stance_noun[tf[y]] then
      return tf[y + 1] == "that" and y + 2 or nil
    end
  end
  return nil
end


-- A clause opening at token k: a subject of a few words (an article, a
-- name, a pronoun, not a relative word) and a finite verb of the usual
-- reporting tenses within five tokens ("the call took place", "the two
-- leaders had agreed", "it would go ahead").
local CLAUSE_FINITE = { took = true, went = true, came = true, did = true }
for w in pairs(STOP_THAT) do CLAUSE_FINITE[w] = true end
CLAUSE_FINITE.be, CLAUSE_FINITE.been = nil, nil
-- (session 16) a conjunction ends the noun phrase: "confirmed the call
-- but would not discuss it" keeps the act
local CLAUSE_STOP = { but = true, ["and"] = true, ["or"] = true, yet = true }
function zero_that_clause(S, k)
  local tf, tkind = S.tf, S.tkind
  local f = tf[k]
  if not f or not (DET[f] or PRONOUN[f] or S.mention_at[k] or COUNT[f]) then return false end
  for m = k + 1, math.min(S.n, k + 5) do
    local g = tf[m]
    if g == "," or g == "." or tkind[m] == "q" or RELATIVE[g] or g == "to" or CLAUSE_STOP[g] then return false end
    if CLAUSE_FINITE[g] then return m > k end
  end
  return false
end
-- 3. Where each reported content starts.
local function content_start(S, fr)
  local tk, ms, SL, starts = S.tk, S.ms, S.SL, S.starts
  local n, tf, tkind, mention_at = S.n, S.tf, S.tkind, S.mention_at
  local time_end = S.time_end
  if fr.act_at then
    fr.cstart = fr.act_at
    return fr.cstart
  end
  local k = fr.vend + 1
  local that = false
  if fr.subj and fr.subj.inverted then k = fr.subj.b + 1 end
  -- (session 15) a speech act told to someone, then "that": "conveyed to
  -- Biden that ...", "made clear to Putin that ...", "stressed to him
  -- that ...": the hearer, and the content after "that"
  if not fr.hearer and fr.act and tf[k] == "to" then
    local mi = mention_at[k + 1]
    local e = mi and ms[mi].a == k + 1 and ms[mi].b or (OBJ_PRONOUN[tf[k + 1]] and k + 1)
    if e and tf[e + 1] == "that" then
      if mi then fr.hearer_mi = mi else fr.hearer_pron = tf[k + 1] end
      fr.that, fr.cstart = true, e + 2
      return fr.cstart
    end
  end
  if fr.hearer then
    local mi = mention_at[k]
    local pj = starts.press[tf[k]] and match(SL.press, tk, k)
    if pj then
      fr.press = true
      k = pj + 1
    elseif mi and ms[mi].a == k then
      fr.hearer_mi = mi
      k = ms[mi].b + 1
    elseif OBJ_PRONOUN[tf[k]] then
      fr.hearer_pron = tf[k]
      k = k + 1
    end
  end
  local j = skip_adjuncts(tk, k - 1, SL, time_end)
  k = j + 1
  local sn = (fr.say or fr.act == "statement") and not fr.hearer_mi and not fr.hearer_pron
    and stance_that(S, k)
  if sn then
    -- "repeated his view that ...", "voiced his view that ...": the
    -- content after "that", as for "said that ..."
    that = true
    k = sn
  elseif tf[k] == "that" then
    that = true
    k = k + 1
  elseif fr.say or fr.hearer then
    -- "told reporters in Ankara on Monday that": a short run before "that"
    -- (not a noun phrase opening the content of a verb with no hearer:
    -- "said the assertions that Trump had threatened ... were false")
    for m = k, k + 6 < n and k + 6 or n do
      local f = tf[m]
      if m == k and not fr.hearer and DET[f] then break end
      -- (session 15) "that" after a preposition is a determiner: "tell
      -- the story of that call a little differently" says nothing
      if f == "that" and NP_LINK[tf[m - 1]] then break end
      if f == "that" then
        that = true
        k = m + 1
        break
      end
      if f == "," or tkind[m] == "q" or STOP_THAT[f] or (starts.say[f] and match(SL.say, tk, m))
          or (starts.act[f] and match(SL.act, tk, m)) then
        break
      end
    end
  end
  if not that and fr.pure then
    -- "posted a second message saying that ...", "issued a statement reading"
    for m = k, k + 5 < n and k + 5 or n do
      local f = tf[m]
      if f == "," or tkind[m] == "q" then break end
      if f == "saying" or f == "reading" or f == "stating" then
        k = m + 1
        if tf[k] == "that" then k = k + 1; that = true end
        break
      end
    end
  end
  -- (session 15) a verb of saying that is an act too, with a clause
  -- after it and no "that" ("confirmed the call took place", "noted the
  -- talks had been useful"): the clause is what was said, as after
  -- "said" ("confirmed the call", "noted the progress" keep the act)
  if not that and fr.say and fr.act and not fr.hearer and not fr.keep and zero_that_clause(S, k) then
    that = true
  end
  fr.that = that
  -- Acts keep their verb: "stressed the need", "agreed to", "urged X to".
  local act_form = fr.act and not fr.pure and (not that or fr.keep)
  if fr.hearer and not that and not fr.pure then
    local nx = tf[k]
    act_form = nx == "to" or nx == "of" or nx == "about" or nx == "on" or fr.act ~= nil and HEARER_NOUN_STOP[nx]
    if not act_form and not fr.hearer_mi and not fr.hearer_pron and not fr.press then act_form = true end
  end
  if act_form then
    fr.cstart = fr.hedged or fr.verb     -- (the act's own verb, not "was said to have")
    fr.act_form = true
  else
    fr.cstart = k
  end
  return fr.cstart
end

-- Is everything from token x to the end of the sentence a trailer of
-- an attribution: prepositional phrases, times, adverbs, ", X reported",
-- a participle phrase without "that"?
local function trailer(S, x)
  local tk, ms, SL, starts = S.tk, S.ms, S.SL, S.starts
  local n, tf, tkind, mention_at = S.n, S.tf, S.tkind, S.mention_at
  local time_end = S.time_end
  local guard = 0
  while x <= n and guard < 12 do
    guard = guard + 1
    local f = tf[x]
    if f == "." or f == "!" or f == "?" then
      return x == n
    elseif time_end[x] then
      x = time_end[x] + 1
    elseif is_adverb(tk, x) or f == "later" or f == "afterwards" or f == "afterward" or f == "then" then
      x = x + 1
    elseif PUBLISHED[f] and x > 1 and starts.account[tf[x - 1]] and match(SL.account, tk, x - 1) == x - 1 then
      -- "said in a statement issued late on Sunday": the account's
      -- participle, then its times and places
      x = x + 1
    elseif starts.adjunct[f] and match(SL.adjunct, tk, x) then
      x = match(SL.adjunct, tk, x) + 1
    elseif PREP[f] or f == "to" or f == "after" or f == "before" or f == "from" or f == "following"
        or f == "because" or f == "ahead" then
      local y = x + 1
      while y <= n and tkind[y] ~= "p" and tkind[y] ~= "q" and tf[y] ~= "that"
          and not (starts.say[tf[y]] and match(SL.say, tk, y)) do
        y = y + 1
      end
      if y <= n and (tkind[y] == "q" or tf[y] == "that" or (starts.say[tf[y]] and match(SL.say, tk, y))) then
        return false
      end
      x = y
    elseif (f == "when" or f == "as" or f == "while") and x > 1 then
      -- "told reporters when asked about the report": to the end, with no
      -- quotation or "that" of its own
      local z = x + 1
      while z <= n and tkind[z] ~= "q" and tf[z] ~= "that" and tf[z] ~= "," do z = z + 1 end
      if z <= n and not (tf[z] == "." and z == n) then return false end
      x = z
    elseif f == "," then
      local y = x + 1
      local mi = mention_at[y]
      local sj = mi and ms[mi].a == y and phrases.match(SL.say, tk, ms[mi].b + 1)
      if sj and (sj == n or (sj + 1 == n and tkind[n] == "p")) then
        -- ", Reuters reported"
        x = sj + 1
      elseif tkind[y] == "w" and tf[y]:sub(-3) == "ing" and not phrases.match(SL.gerund, tk, y)
          and not phrases.match(SL.act, tk, y) then
        -- ", listing four agreements", ", speaking on condition of anonymity"
        local z = y + 1
        while z <= n and tkind[z] ~= "p" and tkind[z] ~= "q" and tf[z] ~= "that" do z = z + 1 end
        if z <= n and (tkind[z] == "q" or tf[z] == "that") then return false end
        x = z
      elseif TRAIL_SUB[tf[y]] then
        -- ", as criticism of the call mounted"
        local z = y + 1
        while z <= n and tkind[z] ~= "q" and tf[z] ~= "that" and tf[z] ~= "," do z = z + 1 end
        if z <= n and tf[z] ~= "," and not (tf[z] == "." and z == n) then return false end
        if z <= n and tf[z] == "," then return false end
        x = z
      else
        return false
      end
    else
      return false
    end
  end
  return x > n
end

-- A medium heard by a tail attribution, named by its noun, from token x
-- to the sentence's end: "Irish broadcaster RTÉ", "the daily Le Monde",
-- "state radio".  Returns its last token, or nil.
local MEDIA_NOUN = { broadcaster = true, newspaper = true, daily = true, radio = true,
  television = true, channel = true, network = true, station = true, magazine = true,
  weekly = true, outlet = true, agency = true, tv = true }
local function media_hearer(S, x)
  local tf, tkind, n = S.tf, S.tkind, S.n
  local medium, y = false, x
  while y <= n and y - x < 6 and tkind[y] == "w" and tf[y] ~= "that" do
    if MEDIA_NOUN[tf[y]] then medium = true end
    y = y + 1
  end
  if medium and y > x and (y > n or (y == n and tkind[n] == "p")) then return y - 1 end
  return nil
end

-- A tail attribution ending just before token upto (the comma of ",
-- according to X"): "..., Erdogan said, according to ...", "\"...,\"
-- Putin told Macron, according to ...", "..., said Peskov, according to
-- ...", ", presidential spokesman Yoon said, according to ...".  Returns
-- its frame and the comma or dash that opens it, or nil.
local function tail_before(S, frames, upto)
  local tk, ms, SL, tf, tkind, mention_at = S.tk, S.ms, S.SL, S.tf, S.tkind, S.mention_at
  for fr_i = 1, #frames do local fr = frames[fr_i]
    local s = fr.subj
    if fr.say and not fr.gerund and s and not s.coord and s.mi and fr.verb < upto then
      local e = s.inverted and s.b or fr.vend
      local h = mention_at[e + 1]
      if fr.hearer and h and ms[h].a == e + 1 then e = ms[h].b end
      e = skip_adjuncts(tk, e, SL, S.time_end)
      if e + 1 == upto then
        local pre = (s.inverted and fr.verb or s.a) - 1
        local adj = 0
        while pre >= 2 and adj < 2 and tkind[pre] == "w" and not tk.up[pre] and not PREP[tf[pre]] do
          pre, adj = pre - 1, adj + 1
        end
        while pre >= 1 and tkind[pre] == "q" do pre = pre - 1 end
        if pre >= 2 and (tf[pre] == "," or DASH[tf[pre]]) then return fr, pre end
      end
    end
  end
  return nil
end

-- (session 13) Does a clause of its own start at token a: after ";", or
-- after a comma and a conjunction when a verb of saying with its own
-- subject comes before ("The army said A, while Washington said B", ",
-- but the State Department said"; not "X sought assurances ..., and
-- Laxalt said ...", where the account in play tells both)?
local CLAUSE_CONJ = { ["and"] = true, but = true, ["while"] = true, whereas = true }
local function clause_break(tf, a, frames)
  if tf[a - 1] == ";" then return true end
  if not (CLAUSE_CONJ[tf[a - 1]] and tf[a - 2] == ",") then return false end
  for fr_i = 1, #frames do local fr = frames[fr_i]
    if fr.verb < a - 2 and fr.say and fr.subj and not fr.subj.coord then return true end
  end
  return false
end

-- Head frame: the first reporting verb whose subject opens a clause.
local function opens_clause(S, s)
  local tk, SL, starts, tf = S.tk, S.SL, S.starts, S.tf
  local tkind, inq, time_start, time_end = S.tkind, S.inq, S.time_start, S.time_end
  local times = S.times
  local k = s.a - 1
  while k >= 1 and (tkind[k] == "q" and not inq[k]) do k = k - 1 end
  if k < 1 then return true end
  local f = tf[k]
  if f == "," or f == ":" or f == ";" or DASH[f] then return true end
  if (f == "and" or f == "but") and (tf[k - 1] == "," or tf[k - 1] == ";") then return true end
  if time_end[1] and time_end[1] >= k then return true end
  -- "Later on Sunday evening the US president posted ...", "Then on Monday the Kremlin said"
  local all_intro = true
  for x = 1, k do
    if not (time_start[x] or time_end[x] or SL.between[tf[x]] or SL.pp[tf[x]]
        or (starts.moment[tf[x]] and match(SL.moment, tk, x)) or tkind[x] ~= "w" or is_adverb(tk, x)
        or tf[x] == "and" or tf[x] == "but" or tf[x] == "so") then
      -- inside a time expression?
      local in_time = false
      for t_i = 1, times and #times or 0 do
        local t = times[t_i]
        if x >= t.a and x <= t.b then in_time = true end
      end
      if not in_time then all_intro = false break end
    end
  end
  return all_intro
end

-- A boundary between points at token at, inside the content [ca, cb] (the
-- first one found there stays).
-- Words between the verb and the noun of an account before a colon
-- ("offered a different emphasis", "gave its own version"; any other
-- plain word is taken as an adjective: "painted a much rosier picture").
local ACCOUNT_FILLER = { a = true, an = true, the = true, another = true, its = true, his = true,
  her = true, their = true, own = true }
-- (session 9) A verb of a stance and the adverbs of degree before its
-- adjective ("was more cautious:", "sounded far less upbeat:").
local STANCE_VERB = { was = true, were = true, sounded = true, seemed = true, appeared = true }
local DEGREE = { more = true, less = true, much = true, far = true, rather = true, somewhat = true,
  even = true, notably = true, markedly = true, considerably = true, still = true }
-- "an account of the call:", "its version of events:", "a different
-- spin on it:"
local ACCOUNT_OF = { call = true, conversation = true, talks = true, exchange = true,
  events = true, discussion = true, talk = true, it = true, things = true }

-- (session 9) An account given before a colon: "Milei's spokesman,
-- Manuel Adorni, offered a different emphasis: ...", "Berlin painted a
-- rosier picture: ...".  The subject opens the sentence (a person or a
-- body, an apposition after it allowed); its verb is one of giving an
-- account (speech.yaml colon_account_verb), then at most four words
-- (articles, possessives, adjectives) before the noun of the
-- account (colon_account_noun), optionally "of the call", then the
-- colon; or a stance: "was", "sounded", "seemed" + at most two adverbs
-- of degree + an adjective right before the colon ("Scholz's spokesman
-- was more cautious:", "Ankara sounded blunter:").  Returns an
-- "according" source over the clause and its colon (its tokens
-- dropped), or nil.
local function colon_account(S, drop)
  local tk, ms, SL, mention_at = S.tk, S.ms, S.SL, S.mention_at
  local tf, inq, n = tk.f, S.inq, tk.n
  local mi = mention_at[1] or mention_at[2]
  if not mi then return nil end
  local m = ms[mi]
  if not (m.kind == "person" or m.kind == "body" or m.kind == "role") or m.a > 2 then return nil end
  -- the subject, with an apposition after a comma ("X's spokesman, Y,")
  -- or a name right after a title ("Merkel's spokesman Steffen Seibert")
  local e = m.b
  local m2 = mention_at[e + 1] and ms[mention_at[e + 1]]
  if m2 and m2.a == e + 1 then e = m2.b end
  if tf[e + 1] == "," then
    local x = e + 2
    while x <= math.min(n, e + 5) and tk.up[x] and tk.k[x] == "w" do x = x + 1 end
    if x > e + 2 and tf[x] == "," then e = x end
  end
  -- (session 24) an account and the participle of its publishing with
  -- its agent, between commas: "Cairo's account, carried by MENA, put it
  -- differently:", "Moscow's version, released by Tass, differed:"
  local carried = false
  if SL.colon_noun[tf[m.b]] and m.b == e and tf[e + 1] == "," and PUBLISHED[tf[e + 2]] and tf[e + 3] == "by" then
    local x = e + 4
    while x <= math.min(n - 1, e + 9) and tf[x] ~= "," and (tk.k[x] == "w" or tf[x] == "'s") and not inq[x] do
      x = x + 1
    end
    if tf[x] == "," and x > e + 4 then e, carried = x, true end
  end
  local v = e + 1
  if v >= n or inq[v] then return nil end
  -- (session 20) the account itself the subject: "The Kremlin's version
  -- put it differently:", "Moscow's account differed:", "Putin's
  -- version:" -- a few plain words, or none, before the colon
  local own = SL.colon_noun[tf[m.b]] and (m.b == e or carried) and m.b
    or ((tf[v] == "'s" or tf[v] == "\226\128\153s") and SL.colon_noun[tf[v + 1]] and v + 1)
  if own then
    local k0 = math.max(own, e)
    local k = k0 + 1
    while k <= k0 + 4 and k < n and tk.k[k] == "w" and not tk.up[k] and not inq[k] and not mention_at[k] do
      k = k + 1
    end
    if tf[k] == ":" and not inq[k] and k < n - 1 then
      for x = 1, k do drop[x] = true end
      return { form = "according", a = 1, b = k, speaker = { mi = mi }, tense = "past", colon = true }
    end
  end
  -- "X was more cautious:", "Y sounded blunter:": a stance before the
  -- colon gives the account as a noun of one does
  if STANCE_VERB[tf[v]] then
    local k = v + 1
    while k < v + 3 and DEGREE[tf[k]] do k = k + 1 end
    if tf[k + 1] == ":" and not inq[k + 1] and k + 1 < n - 1 and tk.k[k] == "w" and not tk.up[k]
        and not mention_at[k] and not NOT_VERB[tf[k]] then
      for x = 1, k + 1 do drop[x] = true end
      return { form = "according", a = 1, b = k + 1, speaker = { mi = mi }, tense = "past", colon = true }
    end
    return nil
  end
  local ve = SL.starts.colon_verb[tf[v]] and match(SL.colon_verb, tk, v)
  if not ve then return nil end
  local colon
  for x = ve + 2, math.min(n - 2, ve + 10) do
    if tf[x] == ":" and not inq[x] then colon = x break end
  end
  if not colon then return nil end
  local k = ve + 1
  local filler = 0
  -- (articles and the like, or any plain adjective: "a shorter version")
  while k < colon and filler < 4 and not SL.colon_noun[tf[k]] and (ACCOUNT_FILLER[tf[k]]
      or (tk.k[k] == "w" and not tk.up[k] and not NOT_VERB[tf[k]] and not mention_at[k])) do
    k = k + 1
    filler = filler + 1
  end
  if k >= colon or not SL.colon_noun[tf[k]] then return nil end
  -- "... an account of the call:", "... its version of events:"
  if k + 1 < colon then
    local j = k + 1
    if tf[j] ~= "of" and tf[j] ~= "on" then return nil end
    j = j + 1
    if tf[j] == "the" or tf[j] == "their" or tf[j] == "that" then j = j + 1 end
    if not ACCOUNT_OF[tf[j]] or j + 1 ~= colon then return nil end
  end
  for x = 1, colon do drop[x] = true end
  return { form = "according", a = 1, b = colon, speaker = { mi = mi }, tense = "past",
    colon = true }
end

-- (session 10) "Merkel's message was that ...", "Bush's message to
-- Gorbachev was that ...", "Chirac's position is that ...": a person's
-- (or an office's) noun of a message or a stance and a copula before
-- "that", opening the sentence, introduce that person's account as
-- "according to" does; those words are no point of their own.  Returns
-- an "according" source over them (their tokens dropped), or nil.
local MESSAGE_NOUN = { message = true, point = true, position = true, view = true,
  argument = true, answer = true, reply = true, response = true, stance = true }
M.MESSAGE_NOUN = MESSAGE_NOUN
local COPULA = { was = "past", is = "present", remained = "past", remains = "present" }
local OBJECT_PRONOUN = { him = true, her = true, them = true }
local function copular_account(S, drop)
  local tk, ms, mention_at = S.tk, S.ms, S.mention_at
  local tf, inq, n = tk.f, S.inq, tk.n
  local mi = mention_at[1] or mention_at[2]
  if not mi then return nil end
  local m = ms[mi]
  if m.a > 2 then return nil end
  local k
  if m.kind == "body" and m.owner and MESSAGE_NOUN[tf[m.b]] and not inq[m.b] then
    k = m.b + 1        -- (the mentions take "Merkel's message" as one)
  elseif m.kind == "person" or m.kind == "role" then
    k = m.b + 1
    if (tf[k] ~= "'s" and tf[k] ~= "\226\128\153s") or not MESSAGE_NOUN[tf[k + 1]] or inq[k + 1] then
      return nil
    end
    k = k + 2
  else
    return nil
  end
  -- (a hearer: "to Gorbachev", "to him")
  if tf[k] == "to" then
    local h = mention_at[k + 1]
    if h then k = ms[h].b + 1 elseif OBJECT_PRONOUN[tf[k + 1]] then k = k + 2 else return nil end
  end
  if not COPULA[tf[k]] or tf[k + 1] ~= "that" or k + 2 >= n or inq[k] then return nil end
  for x = 1, k + 1 do drop[x] = true end
  return { form = "according", a = 1, b = k + 1, speaker = { mi = mi }, tense = COPULA[tf[k]] }
end

local function add_bound(bounds, order, ca, cb, at, rec)
  if at >= ca and at <= cb and not bounds[at] then
    bounds[at] = rec
    order[#order + 1] = at
  end
end

-- A comma (maybe before a quotation mark) just before token x.
local function comma_before(tf, tkind, x)
  return tf[x - 1] == "," or (tkind[x - 1] == "q" and tf[x - 2] == ",")
end

-- (Loops below count with numeric for rather than ipairs, and take the
-- larger or smaller of two numbers without math.max / math.min: each is a
-- call, on every sentence.)
function M.parse(tk, ms, SL, times, C)
  local n = tk.n
  local tf, tkind = tk.f, tk.k      -- (read on every token: kept in locals)
  local background = background_tokens(tk, C)
  local P = { points = {}, drop = {} }
  -- (the clauses' map of mentions, when given, is this one: C is
  -- clauses.analyse(tk, ms))
  local mention_at, mention_end = C and C.mention_at, {}
  if mention_at then
    for mi = 1, #ms do local m = ms[mi]; mention_end[m.b] = mi end
  else
    mention_at = {}
    for mi = 1, #ms do local m = ms[mi]
      for i = m.a, m.b do mention_at[i] = mi end
      mention_end[m.b] = mi
    end
  end
  -- (session 20) a relative clause set off by commas after the opening
  -- subject, the main verb right after it ("The Chancellor, who requested
  -- the call, pressed Xi ..."), is background: its verb no point
  local m1 = mention_at[1] or mention_at[2]
  m1 = m1 and ms[m1]
  if m1 and m1.a <= 2 and tf[m1.b + 1] == "," and (tf[m1.b + 2] == "who" or tf[m1.b + 2] == "which") then
    local z = m1.b + 3
    while z < n and z < m1.b + 16 and tf[z] ~= "," and tf[z] ~= ";" and tkind[z] ~= "q" do z = z + 1 end
    if tf[z] == "," and tkind[z + 1] == "w" and not tk.up[z + 1] and not RELATIVE[tf[z + 1]]
        and tf[z + 1] ~= "and" and tf[z + 1] ~= "but" then
      if background == NONE then background = {} end
      for x = m1.b + 1, z do background[x] = true end
    end
  end
  local time_start, time_end = NONE, NONE
  if times and times[1] then
    time_start, time_end = {}, {}
    for t_i = 1, #times do local t = times[t_i]
      time_end[t.a] = t.b
      time_start[t.b] = t.a
    end
  end
  local starts = SL.starts
  -- elsewhere markers and anchors (the whole sentence)
  local first_word = 1
  while first_word <= n and tkind[first_word] ~= "w" do first_word = first_word + 1 end
  -- an opening "Earlier, ...", "Last week ...": before the call; "Later
  -- ...": after it (still about it when it reports the call)
  if first_word <= n and starts.moment[tf[first_word]] and match(SL.moment, tk, first_word) then
    local f = tf[first_word]
    if AFTER_WORD[f] then P.after = true else P.before = true end
  end
  -- (session 12) "Hours later ...", "Two days later, ...": after it too
  for k = first_word, math.min(first_word + 2, n) do
    if tf[k] == "later" and k > first_word and DURATION_UNIT[tf[k - 1]] then P.after = true end
  end
  -- One pass over the tokens: the quotation state (inq[i] true for tokens
  -- inside quotation marks, nil for the others: most sentences quote
  -- nothing), the verbs of reporting and speech acts (1. below), "before
  -- the meeting" (before the call: a call noun in it is no anchor), words
  -- of another occasion, and a call noun naming the call ("after the
  -- call") outside quotations.
  --   The same pass notes the words the later scans look for, and a scan
  -- whose word is not in the sentence is skipped: "quoted" ("CCTV quoted
  -- Xi as saying"), "according" ("according to"), "to" before a purpose
  -- verb, "; " or "and that" between points, a comma before a background
  -- clause (", after ..."), the dash or slash after a dateline.
  local inq, q = {}, false
  local open_double = false
  local nq, inside, words = 0, 0, 0
  local not_anchor = NONE
  local elsewhere_1, call_noun_1, purpose_1 = starts.elsewhere, starts.call_noun, starts.purpose
  local has_quoted, has_according, has_purpose, has_joint, has_background_comma, dash_at
  local has_elsewhere_word      -- (one that starts an other-occasion phrase, quoted or not)
  local token_1, up = starts.token, tk.up
  local frames, verb_from = {}, 1
  for i = 1, n do
    local k, f = tkind[i], tf[i]
    if k == "q" then
      if nq == 0 and i > 2 and CLOSE_PUNCT[tf[i - 1]] and CLOSE_QUOTE[tk.t[i]]
          and tk.s[i] == tk.e[i - 1] + 1 then
        -- the segmenter split a quotation and this sentence opens inside
        -- it ("This is pure fiction," Peskov told reporters.): the words
        -- before this closing mark are quoted, the verbs among them no
        -- frames
        for x = 1, i - 1 do
          if tkind[x] ~= "q" then inq[x] = true end
        end
        inside = words
        for x = #frames, 1, -1 do
          if frames[x].verb < i then table.remove(frames, x) end
        end
        verb_from = i
        nq = 1
      elseif not q and APOSTROPHE[tk.t[i]] and i > 1 and tk.s[i] == tk.e[i - 1] + 1
          and tf[i - 1]:sub(-1) == "s" and (i == n or tk.s[i + 1] > tk.e[i] + 1) then
        -- "the foreign ministers' announcement": a plural's possessive, no
        -- quotation mark (none is open; the rest of the sentence is not
        -- quoted)
      else
        q = not q
        nq = nq + 1
        -- (a double mark left open carries the quotation into the next
        -- sentence: P.open_end)
        open_double = q and DOUBLE_MARK[tk.t[i]] or false
      end
    else
      if q then inq[i] = true end
      if k == "w" or k == "n" then
        words = words + 1
        if q then inside = inside + 1 end
      end
    end
    -- (most tokens are none of the words below: one look-up settles them)
    local cue = token_1[f]
    if cue and cue ~= "word" and i >= verb_from and k == "w" and not q and not mention_at[i]
        and (not up[i] or i == first_word) then
      local fr = verb_frame(tk, SL, i, background)
      if fr then
        frames[#frames + 1] = fr
        verb_from = fr.vend + 1
      end
    end
    if cue and cue ~= "verb" then      -- "word" or "both"
      has_elsewhere_word = has_elsewhere_word or elsewhere_1[f]
      if SCANNED[f] then
        if f == "to" then
          has_purpose = has_purpose or purpose_1[tf[i + 1]] ~= nil
        elseif f == "," then
          has_background_comma = has_background_comma or COMMA_BACKGROUND[tf[i + 1]] ~= nil
        elseif f == "that" then
          has_joint = has_joint or tf[i - 1] == "and" or tf[i - 1] == "but"
        elseif f == ";" then
          has_joint = true
        elseif f == "quoted" then
          has_quoted = true
        elseif f == "according" or f == "per" then
          has_according = true
        elseif not dash_at and i >= 2 and i <= 14 and (f ~= "/" or i > 3) then
          dash_at = i          -- DASH or "/"
        end
      end
      -- (outside quotations; a quotation mark itself counts as outside)
      if k == "q" or not q then
        if f == "before" or f == "ahead" then
          -- "had said before the meeting": before the call; (session 27)
          -- not inside what was said ("indicated that South Africa
          -- wished to study the report before the meeting")
          local fr, said_that = frames[#frames], false
          for x = fr and fr.vend + 1 or i, i - 1 do
            if tf[x] == "that" then said_that = true break end
          end
          local j = not said_that and phrases.match(SL.moment, tk, i)
          if j then
            P.before = true
            if not_anchor == NONE then not_anchor = {} end
            for x = i, j do not_anchor[x] = true end
          end
        end
        local oj, in_person
        if elsewhere_1[f] and not match(SL.elsewhere, tk, i) then oj, in_person = occasion_at(tk, i, SL) end
        if not oj and (f == "in" or f == "face") then
          oj = told_in_person(tk, i)
          in_person = oj ~= nil
        end
        if in_person then
          -- (the meeting is no call its words anchor: "their meeting")
          P.in_person = P.in_person or {}
          P.in_person[i] = true
          if not_anchor == NONE then not_anchor = {} end
          for x = i, oj do not_anchor[x] = true end
        end
        if oj or (elsewhere_1[f] and match(SL.elsewhere, tk, i)) then
          P.elsewhere = true
          P.elsewhere_at = P.elsewhere_at or {}
          P.elsewhere_at[#P.elsewhere_at + 1] = i
        end
        if call_noun_1[f] and not not_anchor[i] and match(SL.call_noun, tk, i) then
          local d = tf[i - 1]
          if CALL_ANCHOR_DET[d] then P.anchor = true end
        end
      end
    end
  end
  P.inq = inq

  -- A dateline opening the sentence: "ISTANBUL, Dec 24 (Reuters) -",
  -- "MOSCOW, July 11. /TASS/." (the first dash among tokens 2-14)
  if dash_at then
    local k = dash_at
    local caps = tkind[1] == "w" and tk.t[1]:upper() == tk.t[1] and #tk.t[1] > 2
    local paren = false
    for x = 1, k - 1 do if tf[x] == "(" then paren = true end end
    if caps or paren then
      for x = 1, k do P.drop[x] = true end
      P.dateline = k
    end
  end

  -- "CCTV quoted Xi as saying (that) ...": the quoting body is the
  -- source, the quoted person (mention mi) the speaker; "as" at token x.
  -- The frame replaces those the parse found between "quoted" and the
  -- verb after "as".
  -- (session 18) "quoted Xi as expressing deep gratitude ...", "as
  -- urging restraint": another participle of speech (speech.yaml
  -- gerund) is the quoted person's act, its content from the participle
  -- on, as "Xi expressed deep gratitude ..." keeps its verb
  local function quoted_frame(k, x, mi)
    if tf[x] ~= "as" then return end
    local pure = tf[x + 1] == "saying" or tf[x + 1] == "telling" or tf[x + 1] == "stating"
    local gj = not pure and x + 1 < n and starts.gerund[tf[x + 1]] and match(SL.gerund, tk, x + 1)
    if not (pure or gj) then return end
    for fi = #frames, 1, -1 do
      if frames[fi].verb >= k and frames[fi].verb <= x + 1 then table.remove(frames, fi) end
    end
    frames[#frames + 1] = { verb = k, vend = x + 1, say = true, pure = pure, gerund = false, keep = false,
      hearer = tf[x + 1] == "telling", quoted_mi = mi, act = (not pure) and "statement" or nil,
      act_at = (not pure) and x + 1 or nil }
  end
  for k = 1, has_quoted and n - 3 or 0 do
    if tf[k] == "quoted" and not inq[k] and mention_at[k + 1] and ms[mention_at[k + 1]].a == k + 1 then
      local mi = mention_at[k + 1]
      quoted_frame(k, ms[mi].b + 1, mi)
    elseif tf[k] == "quoted" and not inq[k] and k > 2 and PASSIVE_AUX[tf[k - 1]] and mention_end[k - 2] then
      -- (session 11) "Putin was quoted by state media as telling Scholz
      -- that ...": the quoted person is the subject
      local x = k + 1
      while x < math.min(n, k + 8) and tf[x] ~= "as" and tf[x] ~= "," and tf[x] ~= "that" do x = x + 1 end
      quoted_frame(k, x, mention_end[k - 2])
    end
  end
  -- (session 13) "to brief him", "to update her" say nothing until
  -- what about: "to brief him on the ultimatum"
  local function purpose_topic(v)
    for x = v + 1, math.min(n, v + 4) do
      if tf[x] == "on" or tf[x] == "about" or tf[x] == "that" then return true end
      if tkind[x] ~= "w" then return false end
    end
    return false
  end
  -- (session 17) "to tell him personally": the hearer, a manner, the end
  local function tell_bare(v)
    if not TELL_BARE[tf[v]] or not TELL_HEARER[tf[v + 1]] then return false end
    local x = v + 2
    if TELL_MANNER[tf[x] or ""] then x = x + 1
    elseif tf[x] == "in" and tf[x + 1] == "person" then x = x + 2
    else return false end
    return x > n or tkind[x] ~= "w"
  end
  -- "Merkel phoned Obama on Wednesday to demand a clarification": the
  -- purpose of the call, in the caller's name
  for k = 2, has_purpose and n - 1 or 0 do
    if tf[k] == "to" and not inq[k] and starts.purpose[tf[k + 1]] and match(SL.purpose, tk, k + 1)
        and (not PURPOSE_ON[tf[k + 1]] or purpose_topic(k + 1)) and not tell_bare(k + 1) then
      local cv, skipped_time
      local x, lo = k - 1, math.max(1, k - 40)
      while x >= lo do
        if tf[x] == "," then
          -- over a name in apposition: "phoned the outgoing president,
          -- Nicolas Sarkozy, on Sunday to thank him"
          local mi = mention_end[x - 1]
          -- over an interposed time phrase: "telephoned Musharraf on
          -- Saturday, hours after the quake struck, to offer ..."
          local y = x - 1
          if not mi and not skipped_time then
            while y > lo and tf[y] ~= "," and tkind[y] ~= "q" do y = y - 1 end
            if tf[y] == "," and (INTERPOSED_TIME[tf[y + 1]] or time_end[y + 1]
                or (INTERPOSED_DET[tf[y + 1]] and (INTERPOSED_NOUN[tf[y + 2]]
                  or (INTERPOSED_NOUN[tf[y + 3]] and y + 3 < x)))) then
              skipped_time = true
              lo = math.max(1, lo - (x - y))
              x = y - 1
            else
              break
            end
          elseif not mi then
            break
          else
            x = ms[mi].a - 1
            if tf[x] == "," then x = x - 1 end
          end
        elseif tkind[x] == "q" then
          break
        elseif starts.call_verbs[tf[x]] and match(SL.call_verbs, tk, x) and not mention_at[x] then
          cv = x
          break
        else
          x = x - 1
        end
      end
      if cv then
        local vend = phrases.match(SL.purpose, tk, k + 1)
        local _, akind = phrases.match(SL.act, tk, k + 1)
        -- (session 16) "to keep him informed about ...": the participle
        -- is part of the purpose, no verb of its own
        if tf[k + 1] == "keep" then
          for fx = #frames, 1, -1 do
            if frames[fx].verb > k + 1 and frames[fx].verb <= k + 4 then table.remove(frames, fx) end
          end
        end
        frames[#frames + 1] = { verb = k + 1, vend = vend, say = false, pure = false,
          act = akind or "request", gerund = false, keep = true, hearer = false, purpose_of = cv }
      end
    end
  end
  -- (session 18) a participle of a speech act after a call's clause:
  -- like the purpose above, the caller's act
  for v = 2, n do
    local f = tf[v]
    if starts.participle[f] and not inq[v] and not mention_at[v] and tkind[v - 1] ~= "q" then
      local pj, pkind = match(SL.participle, tk, v)
      local cv, caller = nil, nil
      if pj then cv, caller = participle_call(tk, ms, SL, mention_end, time_start, inq, v) end
      if cv then
        local fr
        for fx = 1, #frames do if frames[fx].verb == v then fr = frames[fx] end end
        if not fr then fr = { verb = v }; frames[#frames + 1] = fr end
        fr.vend, fr.say, fr.pure, fr.act, fr.gerund, fr.keep, fr.hearer = pj, false, false, pkind, true, true, false
        fr.purpose_of, fr.caller_mi = cv, caller
      end
    end
  end
  if frames[2] then table.sort(frames, by_verb) end
  P.frames = frames

  local verb_at = {}
  for fr_i = 1, #frames do local fr = frames[fr_i]; verb_at[fr.verb] = true end
  -- What the steps below share (functions of the module rather than
  -- closures: closures and the upvalues they hold would be allocated for
  -- every sentence).
  local S = { tk = tk, ms = ms, SL = SL, starts = starts, n = n, tf = tf, tkind = tkind, inq = inq,
    mention_at = mention_at, mention_end = mention_end, time_start = time_start, time_end = time_end,
    times = times, background = background, verb_at = verb_at, frames = frames }

  for fr_i = 1, #frames do local fr = frames[fr_i]
    local subj, aux = subject_left(S, fr.purpose_of or fr.verb)
    if fr.caller_mi then
      local m = ms[fr.caller_mi]
      subj = { mi = fr.caller_mi, a = m.a, b = m.b, all = { fr.caller_mi } }
    end
    -- (session 8) an act coordinated by a comma with a call verb ("spoke
    -- by telephone to X, conveyed his condolences and ...", "called X on
    -- Thursday, expressed ..."): like a purpose, in the caller's name
    if not subj and fr.act and not fr.say and tf[fr.verb - 1] == "," and not inq[fr.verb] then
      local cv = call_verb_before(S, fr.verb - 2)
      if cv then
        fr.purpose_of, fr.keep = cv, true
        subj, aux = subject_left(S, cv)
      end
    end
    fr.subj, fr.aux = subj, aux
    local vf = tf[fr.verb]
    if aux == NONE then       -- (no auxiliary, the common case)
      fr.tense = SL.present[vf] and "present" or "past"
    else
      if aux.had then fr.tense = "pluperfect"
      elseif aux.has or aux.have then fr.tense = "perfect"
      elseif aux.will or aux.would then fr.tense = "future"
      elseif SL.present[vf] and not aux.did then fr.tense = "present"
      else fr.tense = "past" end
      if aux["not"] or aux.never then fr.neg = true end
      for w in pairs(aux) do
        if BEFORE_WORD[w] then fr.before = true end
        if AFTER_WORD[w] then fr.after = true end
      end
    end
    -- inverted tail: "\"...,\" said Peskov."
    if not subj and fr.pure and not fr.gerund and fr.verb > 1
        and (tf[fr.verb - 1] == "," or tkind[fr.verb - 1] == "q") then
      local mi = mention_at[fr.vend + 1]
      if mi and ms[mi].a == fr.vend + 1 then
        fr.subj = { mi = mi, a = ms[mi].a, b = ms[mi].b, inverted = true }
      end
      -- (session 11) an office in apposition to the name, to the end of
      -- the sentence: '"...," said Ari Fleischer, the White House press
      -- secretary.' (a name the gazetteer does not know: the office
      -- speaks)
      local nb = fr.subj and fr.subj.b or fr.vend
      if not fr.subj then
        while nb < n and nb < fr.vend + 3 and tk.up[nb + 1] and tkind[nb + 1] == "w"
            and not mention_at[nb + 1] do
          nb = nb + 1
        end
      end
      local oa = tf[nb + 1] == "," and nb + 2
      if oa and nb > fr.vend and DET[tf[oa]] and not mention_at[oa] then oa = oa + 1 end
      local om = oa and mention_at[oa]
      local o = om and ms[om]
      local ob = o and o.b
      if not (o and o.a == oa and (o.kind == "body" or o.kind == "role") and not inq[oa]
          and (o.b >= n or tkind[o.b + 1] == "p") and tf[o.b + 1] ~= ",") then
        -- (session 24) a longer description: "said Michel Roux, an aide
        -- to the president.", "said X, a government spokesman."
        om, ob = nil, nil
        if tf[nb + 1] == "," and nb > fr.vend then om, ob = apposed_description(S, nb + 1) end
      end
      if om then
        if fr.subj then
          fr.subj.b, fr.subj.all, fr.subj.appos = ob, { om, mi }, true
        else
          fr.subj = { mi = om, a = fr.vend + 1, b = ob, all = { om }, inverted = true, appos = true }
        end
      end
    end
  end

  if frames[1] then passive_hearers(S, frames) end
  for fr_i = 1, #frames do local fr = frames[fr_i]; content_start(S, fr) end
  if frames[1] then passive_subjects(S, frames) end


  -- 4. The attribution of the sentence.
  local drop = P.drop
  local source
  -- "according to X"
  for k = 1, has_according and n - 1 or 0 do
    -- ("Per the Turkish readout, ...", "..., per the Kremlin."; the words
    -- of the account start after "according to" or "per")
    local w1 = tf[k] == "according" and tf[k + 1] == "to" and k + 2
      or (tf[k] == "per" and (k == 1 or tf[k - 1] == ",") and k + 1)
    if w1 and not inq[k] then
      local e = w1 - 1
      while e < n and tf[e + 1] ~= "," and not DASH[tf[e + 1]] and tf[e + 1] ~= "."
          and tkind[e + 1] ~= "q" and tf[e + 1] ~= ";" do
        e = e + 1
      end
      -- (session 13) no comma after the source, the account's own
      -- subject and verb after it: "According to a State Department
      -- official Mr Kerry told ..." (as clauses.lua cuts it)
      for x = w1 + 1, e do
        local mi = mention_at[x]
        if mi and ms[mi].a == x and mention_at[x - 1] and mention_at[x - 1] ~= mi and verb_at[ms[mi].b + 1] then
          e = x - 1
          break
        end
      end
      -- ("handled according to Indonesian law", "according to plan": a
      -- norm, no one's account)
      if NORM[tf[e]] and tkind[e] == "w" then goto next_according end
      -- (session 16) "the results -- according to which 58 per cent ...
      -- -- showed that ...": a relative clause on a noun, no one's account
      if (tf[w1] == "which" or tf[w1] == "whom") and tkind[w1] == "w" then goto next_according end
      -- ("According to the Post, which cited officials, ...": the
      -- relative clause describing the source is part of it)
      local e0 = e
      -- (session 10) "According to Tass, the Soviet press agency, Mr.
      -- Gorbachev told ...": a description of the source after it, a noun
      -- phrase with an article and no verb, is part of the source
      -- (session 23: also with a possessive, "according to Michel Roux,
      -- his press secretary.", and ending the sentence)
      if tf[e + 1] == "," and (tf[e + 2] == "the" or tf[e + 2] == "a" or tf[e + 2] == "an"
          or APPOSED_POSS[tf[e + 2]]) and not inq[e + 2] then
        local x = e + 2
        while x < n and x < e + 9 and tkind[x + 1] == "w" and not verb_at[x + 1] and tf[x + 1] ~= "that"
            and not (mention_at[x + 1] and ms[mention_at[x + 1]].kind ~= "body") do
          x = x + 1
        end
        if (tf[x + 1] == "," and x + 2 <= n) or (k > 1 and x + 1 == n and tf[n] == ".") then e = x end
      end
      -- (session 23) a name apposed to the source that ends the
      -- sentence: "..., according to his press secretary, Michel Roux."
      -- (two to four capitalised words, or one person's mention)
      if k > 1 and tf[e + 1] == "," and tf[n] == "." and e + 3 <= n - 1 and not inq[e + 2] then
        local pm = mention_at[e + 2]
        local all_up = true
        for x = e + 2, n - 1 do
          if not (tk.up[x] and tkind[x] == "w") or (mention_at[x] and mention_at[x] ~= pm) then all_up = false end
        end
        local named = pm and ms[pm].kind == "person" and ms[pm].a == e + 2 and ms[pm].b == n - 1
        if named or (all_up and not pm and n - 1 - (e + 2) <= 3) then e = n - 1 end
      end
      if tf[e + 1] == "," and (tf[e + 2] == "which" or tf[e + 2] == "who") then
        e = e + 2
        while e < n and tf[e + 1] ~= "," and tf[e + 1] ~= ";" and tkind[e + 1] ~= "q" do e = e + 1 end
      end
      -- the speaker: the body or person in the span with the most detail
      local best
      for x = w1, e0 do
        local mi = mention_at[x]
        if mi then
          local m = ms[mi]
          local score = (m.inst and 3 or 0) + ((m.country or m.owner or m.person) and 2 or 0) + 1
          if not best or score > best.score then best = { mi = mi, score = score } end
        end
      end
      local a = k
      if k > 1 and tf[k - 1] == "," then a = k - 1 end
      -- ("Still according to X, ...": the adverbs open the attribution)
      if k > 1 and k <= 4 and not inq[1] then
        local all = true
        for x = 1, k - 1 do
          if not ACCORDING_ADVERB[tf[x]] or tkind[x] == "q" then all = false break end
        end
        if all then a = 1 end
      end
      -- (session 8) "Minsk went further: according to BelTA, ...": the
      -- clause before the colon introduces the account, no point of its own
      if k > 2 and tf[k - 1] == ":" and not inq[k - 1] then
        for x = 1, k - 1 do drop[x] = true end
      end
      local b = e
      -- ", according to a Kremlin readout of the call — their first since ...": the appendix goes too
      if DASH[tf[e + 1]] then b = n end
      if tf[b + 1] == "," and a == 1 then b = b + 1 end
      -- ("According to her, ...": a pronoun that is no mention)
      local pron = not best and e0 == w1 and ACCORDING_PRON[tf[w1]]
      -- (session 11) "According to that readout, ...": an account noun
      -- alone after an article or a demonstrative, the account it points
      -- back to (the caller resolves it)
      local noun = not best and not pron and e0 > w1 and (tf[w1] == "the" or tf[w1] == "that" or tf[w1] == "this")
        and starts.account[tf[w1 + 1]] and match(SL.account, tk, w1 + 1) == e0
        and { noun = e0, a = w1, b = e0, all = {} }
      source = { form = "according", a = a, b = b, speaker = (best and { mi = best.mi })
        or (pron and { pron = pron }) or noun or nil, tense = "past" }
      -- "\"...,\" Macron told Putin, according to the Elysee." / "...,
      -- Erdogan said, according to the directorate.": the tail before
      -- "according to" names who said the words; the account carries them
      if a > 1 and tf[a] == "," then
        local fr, pre = tail_before(S, frames, a)
        if fr then
          fr.role = "inner-tail"
          source.inner = fr
          source.a = pre
        end
      end
      break
    end
    ::next_according::
  end
  -- (session 9) "Milei's spokesman offered a different emphasis: ...",
  -- "The Elysee gave a sharper account of the call: ...": a clause whose
  -- subject gives an account before a colon introduces that subject's
  -- account (as "according to" does) and is no point of its own, unless
  -- an attribution of its own follows in the content ("...: Milei, he
  -- said, had invited Lula")
  local colon_src = not source and (colon_account(S, drop) or copular_account(S, drop))
  -- tail and middle frames: ", X said." / ", X said, ..."
  for fr_i = 1, #frames do local fr = frames[fr_i]
    local s = fr.subj
    if not source and fr.say and not fr.gerund and s and not s.coord then
      local pre = s.a - 1
      if s.inverted then pre = fr.verb - 1 end
      -- (session 13) ", a spokesman for Tokyo's foreign ministry said":
      -- the speaker's office before "for" or "of" opens the tail
      if not s.inverted and (tf[pre] == "for" or tf[pre] == "of") and mention_at[pre - 1]
          and ms[mention_at[pre - 1]].b == pre - 1 then
        pre = ms[mention_at[pre - 1]].a - 1
      end
      -- ", presidential spokesman Yoon said": adjectives before the subject
      local adj = 0
      while pre >= 2 and adj < 2 and tkind[pre] == "w" and not tk.up[pre] and not NOT_VERB[tf[pre]]
          and not PREP[tf[pre]] and not verb_at[pre] and tf[pre - 1] ~= "and" do
        pre = pre - 1
        adj = adj + 1
      end
      -- (session 14) and an article before adjectives of rank: ", a
      -- senior Japanese government official said" (not ", an
      -- intervention Mr Varadkar had described as unhelpful")
      if adj > 0 and (tf[pre] == "a" or tf[pre] == "an" or tf[pre] == "the") and tf[pre - 1] == "," then
        local ranks = true
        -- (session 24) or of office: ", a presidential spokesman said"
        for k = pre + 1, s.a - 1 do if not (RANK_ADJ[tf[k]] or TITLE_WORD[tf[k]]) then ranks = false end end
        if ranks then pre = pre - 1 end
      end
      -- ('"...," presidential spokesman Park told': the comma before the
      -- quotation's closing mark)
      local pc = pre
      while adj > 0 and pc >= 2 and tkind[pc] == "q" do pc = pc - 1 end
      if adj > 0 and tf[pc] ~= "," then pre = s.a - 1 end
      while pre >= 1 and tkind[pre] == "q" do pre = pre - 1 end
      local has_before = pre >= 2 and (tf[pre] == "," or DASH[tf[pre]])
      -- "On Libya, the two sides agreed on ...": a short opening phrase
      -- is no content the subject's verb could be a tail of
      if has_before and pre <= 6 and PREP[tf[1]] and tf[pre] == "," then
        has_before = false
        for k = 2, pre - 1 do
          if verb_at[k] or tkind[k] == "q" then has_before = true break end
        end
      end
      if has_before then
        local e = s.inverted and s.b or fr.vend
        e = skip_adjuncts(tk, e, SL, time_end)
        if fr.hearer then
          local pj = starts.press[tf[e + 1]] and match(SL.press, tk, e + 1)
          if pj then e = skip_adjuncts(tk, pj, SL, time_end); fr.press = true
          elseif mention_at[e + 1] and ms[mention_at[e + 1]].a == e + 1 then
            fr.hearer_mi = mention_at[e + 1]
            e = skip_adjuncts(tk, ms[mention_at[e + 1]].b, SL, time_end)
          else
            -- a medium named by its noun to the sentence's end: "told
            -- Irish broadcaster RTÉ.", "told the daily Le Monde."
            local me = media_hearer(S, e + 1)
            if me then e = me; fr.press = true end
          end
        end
        -- a trailing phrase with no verb of speech ("during the video
        -- conference", "by TASS", ", Reuters reported", ", listing four
        -- agreements") still ends the sentence; "to" right after the verb
        -- is its complement ("Later, the two leaders agreed to step up
        -- trade"), not a trailer
        if tf[e + 1] ~= "to" and trailer(S, e + 1) then e = n end
        local nx = tf[e + 1]
        if e >= n or nx == "." or nx == "!" or nx == "?" or (DASH[nx] and e + 1 < n) then
          source = { form = "tail", a = pre, b = DASH[nx] and n or e, speaker = s, frame = fr }
        elseif nx == ";" and e + 1 < n then
          -- (session 8) "A, the Kremlin said; Turkish officials have said
          -- B": the tail of the clause before the semicolon; the clause
          -- after it has its own attribution, if any
          source = { form = "tail", a = pre, b = e + 1, speaker = s, frame = fr, semi = true }
        elseif nx == "," and phrases.match(SL.adjunct, tk, e + 2)
            and (phrases.match(SL.adjunct, tk, e + 2) >= n - 1) then
          source = { form = "tail", a = pre, b = n, speaker = s, frame = fr }
        elseif nx == "," and fr.gerund == false then
          local g = e + 2
          local gj = phrases.match(SL.gerund, tk, g)
          if gj then
            -- ", the Kremlin said, adding that ...": the rest is its content too
            source = { form = "tail", a = pre, b = e + 1, speaker = s, frame = fr, cont = true }
          else
            source = { form = "middle", a = pre, b = e + 1, speaker = s, frame = fr }
          end
        end
        if source then
          source.tense, source.neg = fr.tense, fr.neg
          fr.role = source.form
        end
      end
    end
  end
  -- (session 24) "it" or "they" telling inside the words after the colon
  -- is the account itself ("The Kremlin's version was different: Putin,
  -- it said, had warned ..."): the account before the colon stays the
  -- source, the parenthetical out of the text
  if colon_src and source and source.a > colon_src.b and source.form == "middle"
      and source.speaker and (source.speaker.pron == "it" or source.speaker.pron == "they") then
    for k = source.a, source.b do drop[k] = true end
    source = nil
  end
  if colon_src and not (source and source.a > colon_src.b) then source = colon_src end
  if source then
    for k = source.a, source.b do drop[k] = true end
  end
  -- "In a joint declaration released afterwards by the White House, the
  -- leaders agreed ...": an opening account is the source
  if not source and (tf[1] == "in" or tf[1] == "on") then
    local comma
    for k = 2, math.min(n, 16) do
      if tf[k] == "," then comma = k break end
      if tkind[k] == "q" then break end
    end
    if comma then
      local has_account = false
      for k = 2, comma - 1 do
        local f = tf[k]
        if (starts.account[f] and match(SL.account, tk, k))
            or (starts.account_extra[f] and match(SL.account_extra, tk, k)) then
          has_account = true
        end
      end
      local best
      for k = 2, comma - 1 do
        local mi = mention_at[k]
        if mi then
          local m = ms[mi]
          local score = (m.inst and 3 or 0) + ((m.country or m.owner) and 2 or 0) + 1
          if not best or score > best.score then best = { mi = mi, score = score } end
        end
      end
      if has_account and best and best.score >= 3 then
        source = { form = "according", a = 1, b = comma, speaker = { mi = best.mi }, tense = "past" }
        for k = 1, comma do drop[k] = true end
      end
    end
  end

  -- (session 9) "As the press service informed, X and Y agreed ...", "As
  -- Tokyo said later, ...": an opening "as" clause whose verb is one of
  -- speech is the source of what follows its comma
  if not source and tf[1] == "as" and not inq[1] then
    for fr_i = 1, #frames do local fr = frames[fr_i]
      local s = fr.subj
      if s and s.a == 2 and not s.coord then
        local e = skip_adjuncts(tk, fr.vend, SL, time_end)
        if fr.say and not fr.role and tf[e + 1] == "," and e + 1 < n then
          fr.role = "as"
          source = { form = "according", a = 1, b = e + 1, speaker = s, tense = "past" }
          for k = 1, e + 1 do drop[k] = true end
        end
        break
      end
    end
  end

  -- Relative attributions inside the content: "which it said had
  -- prevented losses" loses "it said".
  for fr_i = 1, #frames do local fr = frames[fr_i]
    local s = fr.subj
    if not fr.role and fr.say and s and not s.coord and s.a > 1 and RELATIVE[tf[s.a - 1]]
        and tf[s.a - 1] ~= "what" and (s.pron or (s.mi and ms[s.mi].kind == "body")) then
      fr.role = "relative"
      for k = s.a, fr.vend do drop[k] = true end
    elseif not fr.role and s and s.a > 1 and tf[s.a - 1] == "what" then
      fr.role = "relative"   -- "what he described as": left as written
    elseif not fr.role and fr.say and s and not s.coord and s.a > 1 and zero_relative(tk, s.a, fr.vend) then
      fr.role = "relative"   -- "a plan he said would ...": left as written
    end
  end


  local head
  if not source or source.form == "according" then
    local clause_before = false   -- a clause with its own subject before a ";"
    for fr_i = 1, #frames do local fr = frames[fr_i]
      if not fr.role and fr.say and not fr.act_form and fr.subj and not fr.subj.coord
          and not drop[fr.verb] and opens_clause(S, fr.subj)
          and not (clause_before and clause_break(tf, fr.subj.a, frames)) then
        head = fr
        break
      end
      -- ("He also invited X to visit Kyiv; Lula's office said ...": the
      -- account after the semicolon is not the first clause's)
      if fr.subj and not fr.subj.coord then clause_before = true end
    end
    if not head and not source then
      -- "Obama placed it ... and told reporters that ...": a second verb
      -- of the first subject (when the first verb is no speech act)
      for fr_i = 1, #frames do local fr = frames[fr_i]
        if fr.subj and not fr.subj.coord then break end
        if not fr.role and fr.say and not fr.act_form and fr.subj and fr.subj.coord and fr.subj.mi
            and not drop[fr.verb] then
          head = fr
          fr.subj = { mi = fr.subj.mi, a = fr.subj.a, b = fr.subj.b, coord = nil, via_coord = true }
          break
        end
      end
    end
    if head and source and source.form == "according" then
      -- "According to X, Y said that ...": Y is the speaker inside X's account
      head.role = "inner-head"
    elseif head then
      head.role = "head"
      source = { form = "head", a = head.subj.a, b = head.cstart - 1, speaker = head.subj,
        frame = head, tense = head.tense, neg = head.neg }
      -- an opening adverbial goes with it ("In a statement, the presidency said")
      for k = 1, head.cstart - 1 do drop[k] = true end
    end
  end
  if source and source.frame and source.frame.deny then source.deny = true end
  if source and source.form == "head" and (source.b >= n - 1 or trailer(S, source.b + 1)) then
    -- "Trump wrote on Twitter late on Friday." after a quotation the
    -- segmenter split off: an attribution of the sentence before
    source.bare = true
  end
  P.source = source
  if source and source.frame then
    source.before, source.after = source.frame.before, source.frame.after
  end
  if source then
    for k = source.a, has_elsewhere_word and source.b or source.a - 1 do
      if starts.elsewhere[tf[k]] and (match(SL.elsewhere, tk, k) or occasion_at(tk, k, SL)) then
        source.elsewhere = true
      end
    end
    if source.frame and source.frame.press then source.elsewhere = true end
  end

  -- 5. The content and its points.
  local ca, cb          -- content range
  if source and source.form == "head" then
    ca, cb = source.b + 1, n
  elseif source and source.form == "inner-head" then
    ca, cb = 1, n
  else
    ca, cb = 1, n
  end
  if head and head.role == "inner-head" then ca = 1 end
  -- Opening adverbials before a clause: "In a statement, ...", "In
  -- Sunday's conversation, according to ..., the two men agreed ...".
  if source and (source.form == "according" or source.form == "middle") and source.a > 1 then
    local first = tf[1]
    if PREP[first] or first == "after" or first == "following" or first == "then" then
      -- the words before the attribution are an adverbial only, up to
      -- its comma ("During the call, Abe expressed ..., according to X":
      -- the act after the comma is the content)
      local e = source.a - 1
      for k = 2, source.a - 2 do
        if tf[k] == "," then e = k break end
        if tkind[k] == "q" then break end
      end
      for k = 1, e do drop[k] = true end
    end
    -- "... a conversation with Erdogan in which, officials told reporters, ..."
    local before = tf[source.a - 1]
    if source.a > 1 and (RELATIVE[tf[source.a - 1]] or (tf[source.a - 2] == "in" and before == "which")) then
      for k = 1, source.a - 1 do drop[k] = true end
      P.relative_at = source.a - 1
    end
  end
  -- An opening adverbial phrase ending in a comma before the content
  -- ("On Taiwan, he said ...", "In a statement, ..."), when the source or
  -- a subject follows it.
  -- (the first word decides whether a comma is looked for)
  local f1 = tf[1]
  if (not source or source.form ~= "head") and f1 and (PREP[f1] or OPENING_CONJ[f1] or f1 == "following"
      or f1 == "addressing" or f1 == "briefing" or f1 == "speaking" or f1 == "asked"
      or not mention_at[1] and f1:sub(-3) == "ing") then
    for k = 1, math.min(n, 12) do
      if tf[k] == "," then
        local nx = k + 1
        local subj_here = false     -- "On Libya, the two sides agreed ..."
        for fr_i = 1, #frames do
          local s = frames[fr_i].subj
          if s and s.a == nx then subj_here = true break end
        end
        if mention_at[nx] or PRONOUN[tf[nx]] or (source and source.a == nx) or subj_here then
          for x = 1, k do drop[x] = true end
        end
        break
      end
      if tkind[k] == "q" then break end
    end
  end
  -- Tail accounts of quoted words after a context clause: "Shelling
  -- continued, but \"both sides confirmed ...,\" the Kremlin said."
  if source and source.form == "tail" and nq > 0 then
    local qa
    for k = source.a - 1, 1, -1 do
      if tkind[k] == "q" and not inq[k] and (k == 1 or not inq[k - 1]) then qa = k end
    end
    if qa and qa > 2 then
      local p = tf[qa - 1]
      if p == "but" or p == ":" or p == ";" then
        for k = 1, qa - 1 do drop[k] = true end
      end
    end
  end

  -- Boundaries between points inside [ca, cb].
  local bounds = {}     -- token -> {start = text start, speaker = subject or nil, verb}
  local order = {}      -- the tokens of bounds, as they come
  local first_point = true
  for fr_i = 1, #frames do local fr = frames[fr_i]
    if fr.quoted_mi and fr == (source and source.frame) then
      -- the quoted person speaks the content (before a tail: "\"...,\"
      -- the White House quoted Trump as saying.")
      first_point = nil
      local at = (source.form == "tail" or source.form == "middle") and ca or fr.cstart
      add_bound(bounds, order, ca, cb, at, { start = at,
        speaker = { mi = fr.quoted_mi, a = ms[fr.quoted_mi].a,
        b = ms[fr.quoted_mi].b }, inner = true, tense = "past" })
      if bounds[at] then bounds[at].first = true end
    end
  end
  -- ("..., Erdogan said, according to the directorate.": Erdogan speaks
  -- the content inside the directorate's account)
  local itail = source and source.inner
  if itail and first_point then
    first_point = nil
    add_bound(bounds, order, ca, cb, ca, { start = ca, speaker = itail.subj, inner = true,
      tense = itail.tense, verb = itail.verb, hearer = itail.hearer_mi })
    if bounds[ca] then bounds[ca].first = true end
  end
  local listed = source and source.deny and NONE or frames
  for fr_i = 1, #listed do local fr = listed[fr_i]
    local s = fr.subj
    if fr ~= (source and source.frame) and fr.role ~= "relative" and not drop[fr.verb]
        and fr.verb >= ca and fr.verb <= cb and not fr.neg then
      if s and not s.coord and s.a >= ca then
        -- a subject inside the content: "the Kremlin said Putin told ..."
        local at = s.a
        -- its content begins at cstart (after "that") or at the verb
        add_bound(bounds, order, ca, cb, at, { start = fr.cstart, speaker = s, verb = fr.verb, kind = fr.act,
          inner = true, tense = fr.tense, say = fr.say and not fr.act_form, before = fr.before,
          after = fr.after, deny = fr.deny or nil })
      elseif s and s.coord then
        -- "and also accused", "and told him that", ", and said that ..."
        if s.mi and drop[ms[s.mi].a] then
          -- the nearest subject before it outside the attribution ("Putin
          -- told Macron that ..., the Kremlin said, and rejected ...")
          local found
          for o_i = 1, #frames do local o = frames[o_i]
            if o.verb < fr.verb and o.subj and o.subj.mi and not drop[ms[o.subj.mi].a] then found = o.subj.mi end
          end
          s = { coord = true, a = s.a, b = s.b, mi = found }
        end
        local also = tf[s.a + 1] == "also" or (tf[s.a - 1] == ",")
        local sp = s.mi and { mi = s.mi, a = ms[s.mi].a, b = ms[s.mi].b, coord = true }
          or { coord = true, pair = s.pair }
        -- the whole subject of the first verb when it holds that mention
        -- ("A source in the Turkish presidency described ... and said")
        local full, first_fr
        if s.mi then full, first_fr = subject_holding(frames, fr, s.mi) end
        if full then
          sp = { mi = full.mi, a = full.a, b = full.b, all = full.all, noun = full.noun,
            linked = full.linked, coord = true }
        end
        -- (the first verb's adverb of time holds for the second: "initially
        -- accused ... and warned")
        local before = fr.before or (first_fr and first_fr.before)
        local after = fr.after or (first_fr and first_fr.after)
        if tf[s.a] == "but" then
          -- "expressed sorrow but said ...": one point
        elseif fr.say and not fr.act_form then
          add_bound(bounds, order, ca, cb, s.a,
            { start = fr.cstart, verb = fr.verb, kind = fr.act, say = true, speaker = sp,
              before = before, after = after })
        elseif also or (fr.act and tf[fr.verb - 1] == "also")
            or ((fr.act == "request" or fr.act == "position") and s.mi and tf[ms[s.mi].a - 1] ~= "and"
              and call_verb_between(S, ms[s.mi].b, s.a)) then
          -- (and "X telephoned Y and invited him to ...": a request or a
          -- position after a call verb of the same subject, not of a
          -- pair: "A and B spoke and agreed" is the pair's)
          add_bound(bounds, order, ca, cb, s.a,
            { start = fr.verb, verb = fr.verb, kind = fr.act, speaker = sp, before = before, after = after })
        end
      elseif fr.gerund and fr.say and fr.verb > ca and (tf[fr.verb - 1] == "," or tf[fr.verb - 1] == "and") then
        -- ", adding that ...", ", noting that ..."
        if fr.that or tkind[fr.cstart] == "q" or fr.pure then
          add_bound(bounds, order, ca, cb, fr.verb - 1,
            { start = fr.cstart, verb = fr.verb, kind = fr.act, cont = true })
        end
      elseif not s and fr.say and fr.verb > ca and fr.that and not fr.gerund then
        -- "... and stated that ...": no subject found, same speaker
        if tf[fr.verb - 1] == "and" or tkind[fr.verb - 1] == "q" then
          add_bound(bounds, order, ca, cb, fr.verb - 1, { start = fr.cstart, verb = fr.verb, kind = fr.act })
        end
      elseif fr.gerund and fr.verb > ca and not fr.that and (tf[fr.verb - 1] == "," or tf[fr.verb - 1] == "and") and fr.act then
        add_bound(bounds, order, ca, cb, fr.verb - 1, { start = fr.verb, verb = fr.verb, kind = fr.act })
      end
    end
  end
  -- "... and that ...", "; ..."
  for k = ca + 1, has_joint and cb - 1 or ca do
    if not inq[k] and not drop[k] then
      local f = tf[k]
      if f == "that" and (tf[k - 1] == "and" or tf[k - 1] == "but") and k - 1 > ca then
        local mi = mention_at[k + 1]
        local sp
        -- ("and that President Assad must go", "and that Colonel
        -- Gaddafi's forces ..." go on with the same speaker: the person
        -- named is what the point is about)
        if mi and ms[mi].a == k + 1 and PERSONISH[ms[mi].kind] and ms[mi].kind ~= "pronoun"
            and (AND_THAT_MODAL[tf[ms[mi].b + 1]] or tf[ms[mi].b + 1] == "'s") then
          sp = nil
        elseif mi and ms[mi].a == k + 1 and PERSONISH[ms[mi].kind] then sp = { mi = mi, a = ms[mi].a, b = ms[mi].b, soft = true }
        elseif PRONOUN[tf[k + 1]] then sp = { pron = tf[k + 1], a = k + 1, b = k + 1, soft = true } end
        add_bound(bounds, order, ca, cb, k - 1, { start = k + 1, speaker = sp, cont = true })
      elseif f == ";" then
        add_bound(bounds, order, ca, cb, k, { start = k + 1 })
      end
    end
  end
  -- The first point: a subject at the content start with its verb.
  for fr_i = 1, #frames do local fr = frames[fr_i]
    local s = fr.subj
    if s and not s.coord and bounds[s.a] and s.a <= ca + 1 then
      first_point = nil
      break
    end
  end
  if first_point then
    -- the first act with a subject right at the start ("Putin voiced ...")
    local listed = source and source.deny and NONE or frames
  for fr_i = 1, #listed do local fr = listed[fr_i]
      local s = fr.subj
      if fr ~= (source and source.frame) and s and not s.coord and fr.role ~= "relative"
          and s.a >= ca and not drop[fr.verb] then
        local lead_ok = true
        for k = ca, (s.lead or s.a) - 1 do
          if not drop[k] and tkind[k] == "w" and not (time_start[k] or time_end[k]) and not SL.between[tf[k]]
              and not SL.pp[tf[k]] and tf[k] ~= "and" and tf[k] ~= "but" then
            lead_ok = false
            break
          end
        end
        if lead_ok then
          first_point = nil
          if not bounds[s.a] then
            bounds[s.a] = { start = fr.cstart, speaker = s, verb = fr.verb, kind = fr.act,
              inner = true, tense = fr.tense, before = fr.before, after = fr.after, deny = fr.deny or nil }
            order[#order + 1] = s.a
          end
          bounds[s.a].first = true
        end
        break
      end
    end
  end
  if order[2] then table.sort(order) end
  local segs = {}
  if first_point and source then
    segs[#segs + 1] = { a = ca, start = ca }
  end
  for at_i = 1, #order do local at = order[at_i]
    local r = bounds[at]
    segs[#segs + 1] = { a = at, start = r.start, speaker = r.speaker, verb = r.verb, kind = r.kind,
      inner = r.inner, tense = r.tense, say = r.say, before = r.before, after = r.after, cont = r.cont,
      deny = r.deny }
  end
  -- "In light of an inquiry that found errors, Netanyahu apologized ...":
  -- an opening adverbial before the first subject is no point of its own
  if #segs >= 2 and not segs[1].speaker and segs[2].speaker and comma_before(tf, tkind, segs[2].a) then
    local x = segs[1].a
    while x < segs[2].a and drop[x] do x = x + 1 end
    local f = tf[x]
    if PREP[f] or f == "after" or f == "following" or f == "despite" or f == "given" or f == "with" then
      table.remove(segs, 1)
    end
  end
  -- "..., while the Kremlin said Putin had stressed ...": a reporting verb
  -- of a new subject inside the content is the account of the point its
  -- content opens (that point's via)
  for x = 1, #segs - 1 do local sg, nx = segs[x], segs[x + 1]
    local sp = sg.speaker
    -- (a body's: a person's "Yoon told Kishida he hoped ..." stays in the
    -- sentence's account)
    -- (and a body's second verb: "The Elysee described the call as frank
    -- and said the two presidents had agreed ...")
    if sg.say and sp and (not sp.coord or sp.mi) and nx.a == sg.start and nx.speaker
        and (sp.noun or (sp.mi and ms[sp.mi].kind == "body")) then
      nx.via = sp
    end
  end
  -- with no attribution for the whole sentence, a reporting verb opening
  -- a clause after ";" is its point's ("He invited X; Lula's office said
  -- he would respond ...")
  if not source or source.semi then
    for x = 1, #segs do local sg = segs[x]
      local sp = sg.speaker
      if sg.say and sp and not sp.coord and not sg.via and sp.a and clause_break(tf, sp.a, frames) then sg.via = sp end
    end
  end
  for x = 1, #segs do local sg = segs[x]
    local b = (segs[x + 1] and segs[x + 1].a - 1) or cb
    local a = sg.start > sg.a and sg.start or sg.a
    -- ", after German intelligence found ...": a clause on the background
    -- ends the point
    for k = a + 1, has_background_comma and b - 1 or a do
      local f = tf[k + 1]
      if tf[k] == "," and not inq[k] and COMMA_BACKGROUND[f] then
        b = k - 1
        break
      end
    end
    if a <= b then
      P.points[#P.points + 1] = { a = a, b = b, speaker = sg.speaker, verb = sg.verb,
        kind = sg.kind, inner = sg.inner, tense = sg.tense, before = sg.before, after = sg.after,
        cont = sg.cont, via = sg.via, deny = sg.deny }
    end
  end
  if source and source.bare then P.points = {} end
  -- A whole quotation with no attribution and no verb of its own.
  if not source and #P.points == 0 and nq >= 1 and words > 0 and inside / words > 0.8 then
    P.quoted = true
    P.points[1] = { a = 1, b = n }
  end
  -- (session 11) a quotation read out as "quote, ... unquote" (a
  -- transcript's "He said, quote, \"...,\" unquote."): the two words are
  -- no part of the words
  for x = 2, n do
    if not inq[x] and tkind[x] == "w" and ((tf[x] == "quote" and tf[x - 1] == ","
        and (tkind[x + 1] == "q" or (tf[x + 1] == "," and tkind[x + 2] == "q")))
        or (tf[x] == "unquote" and (tkind[x - 1] == "q" or tf[x - 1] == ","))) then
      drop[x] = true
    end
  end
  for p_i = 1, #P.points do local p = P.points[p_i]
    drop_call_phrase(tk, SL, P, time_end, p.a, p.b)
    drop_manner_tail(tk, P, p.a, p.b)
  end
  P.quote_share = words > 0 and inside / words or 0
  P.nq = nq
  P.open_end = q and open_double and inside > 0 or nil
  return P
end

-- A sentence with no quotation mark of its own inside a quotation that an
-- earlier sentence of its paragraph opened and left open ('Correa said:
-- "This was not a pursuit. It was a massacre. We will answer."' split by
-- the segmenter): the whole sentence is the quotation's next words, its
-- verbs quoted ones ("We said ..." is no attribution), so P becomes that of
-- a quotation with no attribution; the quotation stays open.
function M.inside_quote(tk, P)
  local n = tk.n
  local inq = {}
  for i = 1, n do
    if tk.k[i] ~= "q" then inq[i] = true end
  end
  return { points = { { a = 1, b = n } }, drop = {}, quoted = true, quote_share = 1,
    inq = inq, frames = {}, nq = 0, open_end = true }
end

local byte, sub = string.byte, string.sub
-- The bytes of %s (9-13 and 32 in the host's C.UTF-8 ctype), and of [%s,;:].
local SPACE_BYTE = { [9] = true, [10] = true, [11] = true, [12] = true, [13] = true, [32] = true }
local TRAIL_BYTE = { [44] = true, [59] = true, [58] = true }
for b in pairs(SPACE_BYTE) do TRAIL_BYTE[b] = true end
local DOUBLE_QUOTES = { "\"", "\226\128\156", "\226\128\157" }
local QUOTE_FIRST, QUOTE_LAST = {}, {}
local QUOTE_START_BYTE, QUOTE_END_BYTE = {}, {}
for k = 1, #QUOTES do local qm = QUOTES[k]
  QUOTE_FIRST[k], QUOTE_LAST[k] = byte(qm, 1), byte(qm, -1)
  QUOTE_START_BYTE[QUOTE_FIRST[k]], QUOTE_END_BYTE[QUOTE_LAST[k]] = true, true
end

-- The bounds i, j of t without white space at its start, white space and
-- , ; : at its end, and quotation marks (QUOTES, in that order) at either
-- edge, again until none is left: what t:gsub("^%s+", ""):gsub("[%s,;:]+$",
-- "") and stripping each mark would leave, without building the strings
-- on the way.
local function unquoted_bounds(t)
  local i, j = 1, #t
  local changed = true
  while changed do
    changed = false
    while i <= j and SPACE_BYTE[byte(t, i)] do i = i + 1 end
    while j >= i and TRAIL_BYTE[byte(t, j)] do j = j - 1 end
    -- (no mark can go when neither edge byte is one a mark starts or ends
    -- with, as in most texts)
    if not (QUOTE_START_BYTE[byte(t, i)] or QUOTE_END_BYTE[byte(t, j)]) then break end
    for k = 1, #QUOTES do local qm = QUOTES[k]
      local len = #qm
      if j - i + 1 >= len and byte(t, i) == QUOTE_FIRST[k] and sub(t, i, i + len - 1) == qm then
        i = i + len
        changed = true
      end
      if j - i + 1 >= len and byte(t, j) == QUOTE_LAST[k] and sub(t, j - len + 1, j) == qm then
        j = j - len
        changed = true
      end
    end
  end
  return i, j
end

-- A text without quotation marks or spaces at its edges, and without a
-- lone quotation mark inside (UTF-8 safe).
function M.unquote(t)
  local i, j = unquoted_bounds(t)
  if i ~= 1 or j ~= #t then t = sub(t, i, j) end
  -- a lone double quotation mark left inside: drop it
  local count = 0
  for qm_i = 1, #DOUBLE_QUOTES do local qm = DOUBLE_QUOTES[qm_i]
    local start = 1
    while true do
      local x = t:find(qm, start, true)
      if not x then break end
      count = count + 1
      start = x + #qm
    end
  end
  if count % 2 == 1 then
    -- the last quotation ran to the end of the text, whose closing mark
    -- went with the trailing punctuation
    local last, lq
    for qm_i = 1, #DOUBLE_QUOTES do local qm = DOUBLE_QUOTES[qm_i]
      local start = 1
      while true do
        local x = t:find(qm, start, true)
        if not x then break end
        if not last or x > last then last, lq = x, qm end
        start = x + #qm
      end
    end
    -- (a closing mark whose opening one was left before the text:
    -- 'including Kashmir", should be resolved': the text opens the
    -- quotation)
    local closing = last and (lq == "\226\128\157" or (lq == '"' and last > 1
      and t:sub(last - 1, last - 1):match("%S") and not t:sub(last + 1, last + 1):match("[%w]")))
    if closing then
      t = (lq == "\226\128\157" and "\226\128\156" or lq) .. t
    elseif last and t:sub(last + #lq, last + #lq):match("%S") then
      t = t .. (lq == "\226\128\156" and "\226\128\157" or lq)
    elseif last then
      t = (t:sub(1, last - 1) .. t:sub(last + #lq)):gsub("  +", " ")
    end
  end
  return t
end

-- The share of the words of [a, b] inside quotation marks.
function M.quoted_share(tk, P, a, b)
  if next(P.inq) == nil then return 0 end     -- (nothing quoted in the sentence)
  local inside, total = 0, 0
  for i = a, b do
    if not P.drop[i] and (tk.k[i] == "w" or tk.k[i] == "n") then
      total = total + 1
      if P.inq[i] then inside = inside + 1 end
    end
  end
  return total > 0 and inside / total or 0
end

-- The text of tokens [a, b] of sentence s, leaving out dropped tokens;
-- returns text, first token, last token (nil when nothing is left).
local LEAD = { that = true, ["and"] = true, but = true, [","] = true, [":"] = true,
  [";"] = true, ["."] = true }

-- The text of a denial told with its verb at token v (SL the lexicon of
-- M.load), the denied words
-- starting at token a: the denial keeps its verb, as written when its
-- words follow the verb phrase at once ("denied the reports that ...",
-- "rejected reports that ...", "dismissed the account as false"), else
-- with "that" ("denied on Tuesday that ..." -> "denied that ...").
function M.denial_text(SL, tk, v, a, text)
  local e = match(SL.deny, tk, v) or v
  if tk.f[e + 1] == "that" and a == e + 2 then e = e + 1 end
  local verb = tk.t[v]:lower()
  if a ~= e + 1 then return verb .. " that " .. text end
  if e > v then verb = verb .. " " .. table.concat(tk.t, " ", v + 1, e) end
  return verb .. " " .. text
end

function M.text(s, tk, P, a, b)
  local drop, tf, tkind = P.drop, tk.f, tk.k
  while a <= b and (drop[a] or LEAD[tf[a]] or tkind[a] == "q" or DASH[tf[a]]
      or (tkind[a] == "p" and tf[a] ~= "(" and tf[a] ~= "[")) do a = a + 1 end
  while b >= a and (drop[b] or tkind[b] == "p" or tkind[b] == "q" or tf[b] == "and"
      or tf[b] == "but" or tf[b] == "while" or tf[b] == "whereas") do b = b - 1 end
  if a > b then return nil end
  -- the pieces between dropped tokens (most texts are one piece: a table
  -- only for the others)
  local first, parts, x = nil, nil, a
  while x <= b do
    if drop[x] then
      x = x + 1
    else
      local y = x
      while y + 1 <= b and not drop[y + 1] do y = y + 1 end
      -- drop the punctuation at the edges of a piece
      local px, py = x, y
      while px <= py and (tf[px] == "," or tf[px] == ";") do px = px + 1 end
      while py >= px and (tf[py] == "," or tf[py] == ";") do py = py - 1 end
      if px <= py then
        local piece = s:sub(tk.s[px], tk.e[py])
        if not first then
          first = piece
        else
          parts = parts or { first }
          parts[#parts + 1] = piece
        end
      end
      x = y + 1
    end
  end
  local t = M.unquote(parts and table.concat(parts, " ") or first or "")
  return t, a, b
end

return M
