-- 30-claims.lua — ClaimMentions: what each side asserted about or during a
-- call, read from reported speech (the sentence grammar is lua/speech.lua).
--
-- For every sentence the parser gives the attribution (its source: a
-- body, a person, a pronoun) and the points asserted.  This plugin decides,
-- with what earlier sentences established:
--
--   speaker  the person the point is attributed to: the participant whose
--            own account it is ("Erdogan told Putin that ...", "Trump said
--            the two had discussed ..."), the participant an account
--            reports ("the Kremlin said Putin told ..."), a spokesperson
--            speaking in their own words, a title alone that a
--            participant's words on the call gave ("Secretary of State
--            Antony J. Blinken spoke ... The Secretary underscored ..."),
--            else "joint" ("the leaders agreed", an account that names no
--            one);
--   via      the body whose account carries it (the Kremlin, "the Turkish
--            presidency", a spokesperson); "it said", "the statement said",
--            "the presidency said" refer back to the latest account
--            ("According to that readout" to the account a body of a
--            known side gave in the two sentences before; "gave its own
--            version" is an account too, and no claim of its own)
--            (also to a body of a stated side that opened the sentence
--            before by giving its account of the call: "Turkey's
--            Directorate of Communications gives Ankara's version of the
--            call. Erdogan stressed ..., it says"; or an office placed in
--            a country's capital: "The chief adviser's press wing in
--            Dhaka put the stress elsewhere. It said ..."); the office of
--            a title with no country ("the Prime Minister's Office") is
--            that of the participant holding it; a
--            news outlet (lua/outlets.lua) that is no gazetteer
--            institution is a source of no side ("According to The
--            Washington Post, which cited ..."): its point takes the side
--            of the participant it reports, or is dropped;
--   side     whose account it is: the via's side, else the speaker's
--            country.  A document that is itself an official readout (its
--            outlet is a gazetteer institution, or a government body,
--            lua/outlets.lua's official_body, whose country its name, a
--            masthead line of the page ("Press Information Bureau" over
--            "Government of India") or else the home side tells; with no
--            outlet, its title is a body of a country: "Government of
--            Finland", "Press Service of the President of the Republic
--            of Kazakhstan", or a body of no stated country and the
--            country's name on one line: "Ministry of External Relations
--            -- Federative Republic of Brazil";
--            also with a web address run into it or
--            beside words naming the kind of page: "Kremlin — Press
--            Office"; not a desk the byline names: "By Political News
--            Department") speaks for
--            that side, the other leader's words included unless posted
--            on the leader's own channel; "Mr Gorbachev's aides" speak
--            for his side, or for none when it is not known (never for
--            the account in play), and "he" after them is he; a government body the gazetteer
--            does not know ("the Royal Cabinet said": official_body's
--            words, no publication's) speaks for the home side; "his office" is the office of
--            the person the sentence reports; a
--            body or aide of no stated country speaks for the document's
--            home side (the participant the article names without a
--            nationality: "President Buhari ... spoke with U.S. President
--            Trump"; else the participant's country whose capital the
--            dateline names: "TOKYO, March 3 (Kyodo) --"), unless the
--            sentence opens in a country's capital ("In Beijing, a foreign
--            ministry spokesman said"): that country's; in a
--            transcript turn or an author's statement (10-people's voice)
--            "I" is the voice, and every point is the voice's account
--            when its side is on the call ("The President said he shared
--            the concern" in Howard's transcript: Australia, speaker
--            Habibie), "he" there being never the voice; an embedded post's
--            sentences with no attribution are its author's words (its
--            signature line none); unnamed officials
--            of no stated country whom nothing else places, telling what a
--            person did or meant ("Administration officials said Mr. Bush
--            had hoped to speak to Deng"), are that person's people, and
--            "the officials" after them the same account; "they said"
--            right after a sentence a body of several people gave
--            ("officials", "sources") is that body, whoever the words
--            name, or that people of no stated side placed by the
--            sentence's opening capital ("In Jerusalem, aides to the
--            Prime Minister put it otherwise. Israel, they said, ...");
--   call     the call mention of the sentence the point is reported in
--            (the nearest cue before it, or the one a relative clause hangs
--            on: "a conversation in which, officials said, ..."), else the
--            latest one — the one whose people include the speaker when the
--            article reports several calls, or the one whose people
--            include the point's hearer ("Clinton spoke to Blair and to
--            Ahern. ... Clinton told Mr Blair that ..." is the call with
--            Blair, and so is "and that ..." after it); after a heading
--            inside the page that names one of the document's calls by its
--            people and a call noun (a live blog's "Kremlin gives its
--            version of the Macron call"), that call.  A mention whose cue lies inside
--            the point is its topic ("informed Erdogan about his phone calls
--            with A and B"), not its occasion.  Nor is a mention whose
--            people are all of one country (a leader's call to his own
--            minister; "the most delicate call the President has made",
--            the President being the "President Bush" named before: a
--            person known by candidates all of one country, "President
--            Bush", is of that country, and an office alone of no stated
--            country that another person of the mention holds is his).
--
-- A reporter's question alone ("a reporter asked whether she had in fact
-- agreed to close the border") that shares two words with a claim made
-- before is no claim, but turns the text back to the call: the answer in
-- the next paragraph ("\"No. ...,\" Sheinbaum replied.") is about it.
-- (session 11) So does a participant's being asked whether the other
-- party said or did something ("Fox was asked whether the President had
-- said anything about that idea"), wherever asked; the answer right after
-- it is about the call, and its "he" is the one asked.
--
-- Joint words ("the three leaders said") with no account and no home side
-- are the account of the side of the leader the call names first, on a
-- call of three or more; "the three leaders" of a meeting in person ("met
-- X and Y in Rome, where the three leaders called for ...") are not the
-- two parties of a call, and a sentence telling such a meeting is another
-- occasion ("Speaking after meeting foreign election observers, Abbas
-- said: ...": the gerund; not the noun, "After the meeting with Macron").
--
-- A point is no claim about the call when it comes from before the call
-- (a standing position: "says", "has said"; "Earlier, ...", "had said";
-- but not an account's present, the live report of what it says: "...,
-- the Kremlin readout says", "..., it says." after a sentence naming the
-- readout)
-- unless the sentence names the call (a present tense also when it
-- reports the call: "It says Macron told Morrison that ..."; a past
-- perfect after "said" is reported speech), or from another venue or later
-- ("told reporters", "in an interview", "told a parliamentary committee",
-- "in his radio address, recorded before the calls", "later" (not a
-- published account's, when it came out: "A release from the Prime
-- Minister's Office later said ..."); but a side's
-- spokesperson or official telling reporters within two sentences of the
-- call or right after a claim gives that side's account: "..., a ministry
-- official told reporters"; so does one going on from the sentence before,
-- which the same spokesperson attributed: "..., press secretary X said.
-- \"...,\" she told reporters.", "he"/"she" there being that
-- spokesperson) unless the sentence names
-- the call or reports the other party ("the two had discussed", "Erdogan
-- had informed me"; a participant telling what passed between the two:
-- "\"I told him ...,\" Kiir told lawmakers", "he told me", "I said to
-- her", "told reporters she had congratulated him", the teller also
-- when the call names him by his office).  A sentence whose own time (a date, weekday, "in
-- 2015" before the words it reports, outside quotations and relative
-- clauses, and not after "since": "the first call between the two since
-- the night of July 15" starts a span) lies before the days the held call may have been (its time
-- resolved against the publication date; a call dated only by the report:
-- the three days before it) tells another occasion, whatever call noun it
-- holds ("The way to the call was opened on Monday, when ...", "Relations
-- collapsed on Nov. 24, 2015, when ...").  Once the text moves to another
-- occasion, the sentences after it stay there until one names a call or an
-- account, or tells a time on the call's days ("Putin on Wednesday voiced
-- ...").  A participant speaking on a day after the call's (a weekday,
-- "yesterday": "On Sunday, Correa said ..." of a call on Saturday) speaks
-- from another venue, as one who "told reporters".  (session 9) So does one
-- telling others something in a sentence that opens after the call
-- ("Soon after the conversation, Erdogan informed the cabinet that ...",
-- "After hanging up, Macron told his ministers ...", not reporters),
-- though it names the call, unless the words name the other participant
-- ("told party leaders that Macron had agreed to ...").
-- The words announcing a call ("X called for Y in a phone call with Z", "a
-- call is expected", "the two would talk again", "held his first telephone
-- talks with Y", "\"I had a conversation with President Y\"", a post's
-- "Received a telephone call from X", "described the call in a post" but
-- not "described the call as frank") are no claim about it, though a
-- quotation after a quoted announcement goes on in its author's words and
-- account ("He assured ..." there is the other leader, on the author's
-- side), and an act after the call's cue ("and agreed to X", ", conveyed
-- his condolences", the participle ", urging him not to ...") is the
-- point, its speaker the subject of the call clause,
-- (but ongoing contact is a claim: "agreed they would continue talking",
-- "will be speaking regularly to"), nor a leader's calls to people who
-- are no counterpart ("had begun telephoning the families of the
-- victims"), nor its length or who placed it ("The conversation lasted about an hour",
-- "Netanyahu placed the call": speech.yaml's duration; "lasted 40
-- minutes", "talked for 25 minutes"; "the two spoke for
-- about 20 minutes and agreed to X" keeps "agreed to X");
-- nor is a headline (or a heading inside the page: a paragraph of one
-- short line that does not end like a sentence, or is one bare quotation:
-- '"Not business as usual"'), a negated report, a relative clause on a
-- person with its own attribution ("officials who, he said, sounded
-- devastated": a description), an indirect question ("would not
-- say whether Bush had raised ...", "asked if ..."; "Asked whether ...,
-- the spokesman said A" keeps A), a point of a side not on the call,
-- or a speaker neither on the call nor speaking for a side on it (a
-- spokesperson far from any mention of the call included).  On a denied
-- call only a side's denial is a claim ("the PRC has declined our
-- request", with what continues it), wherever it was said.  "Both
-- ministries said ..." makes the claim once for each side of the call.
--
-- "He" is the person the sentence before spoke of (an aide the gazetteer
-- does not know with the side that sentence's words gave him:
-- "Government spokesman Hans Klein said ... . Bonn was determined that
-- ..., he said"): an office that is
-- one participant's ("the crown prince stressed ... He affirmed ...") is
-- that participant, of the call in focus or else the latest call with one.
--
-- An account whose subject runs long ("A joint statement issued by the
-- three countries after the call said the leaders \"agreed to ...\"")
-- is the account: joint when it is a joint statement, else of the body
-- named after "by".
--
-- Leaders named by a bare plural after a name ("Hamas leaders called on
-- Abbas to ...") are not the parties of the call ("the two leaders",
-- "both leaders" are): a side the gazetteer knows, else a third party.
--
-- A quotation after a colon that follows its speaker ("Mr. Netanyahu
-- paused before answering: \"Well, ...\"", "BelTA, citing Lukashenko's
-- press service: \"...\"": the one cited) is that speaker's, one point
-- for each sentence inside it; not a heading's ('Zelensky: "The result
-- was silence"', no full stop).
--
-- Points of one sentence with the same speaker, via and side make one
-- claim whose `points` list them ("said A, adding that B"); a new speaker
-- starts a new claim ("Xinhua said Trump understood A and that the two
-- leaders agreed B"; not a person off the call, the point's topic: "...
-- and that Colonel Gaddafi had lost all legitimacy"); a quotation that follows with "he said" is the
-- previous claim's next point.  A quotation with no attribution continues
-- the claim before it, or waits for a bare attribution after it ("Trump
-- wrote on Twitter.").  In an official readout a sentence with no
-- attribution, call mention or point of its own, right after a claim of a
-- named speaker in the same paragraph, is that speaker's next claim ("Hu
-- Jintao pointed out that A. The pressing task now is B.").  When one caller's calls are announced together
-- ("Guterres called Sharif and Jaishankar"), the caller's words go to each
-- call.  A denial keeps its verb ("denied that ...").  A claim whose words
-- another claim of the same document, call and side contains is dropped
-- (the lead and its fuller account).
--
-- Extra fields beside the contract: side, points, speaker_country,
-- via_country.  Dropped points are logged at debug level with the reason.

local speech = require("callbrief.speech")
local gazetteer = require("callbrief.gazetteer")
local lexicon = require("callbrief.lexicon")
local memo = require("callbrief.memo")
local names = require("callbrief.names")
local phrases = require("callbrief.phrases")
local tokenize = require("callbrief.tokenize")
local dates = require("callbrief.dates")
local outlets = require("callbrief.outlets")
local cues_mod = require("callbrief.cues")
local call_people = require("callbrief.call_people")

-- (session 24) Whether a claim's account is a spokesperson's off the call
-- (acc.person: spokes, not in the call), known by his office in
-- apposition ("Mr Bush's spokesman, Marlin Fitzwater, said the call had
-- been warm"), telling of the call itself or in
-- his side's "we", with no speaker in the words: the side's account
-- ("joint"), as of a spokesman the gazetteer does not know.
local function briefer_account(acc, spk, call, text, in_call)
  local ap = acc and acc.person
  if spk or not (ap and ap.spokes and ap.name) or (call and in_call(call, ap.name)) then return false end
  local lt = type(text) == "string" and text:lower() or ""
  local of_call = lt:match("^we ") or lt:match("^the conversation") or lt:match("^the talks? ")
    or lt:match("^the call ") or lt:match("^the %a+ call ") or lt:match("^the %a+ conversation")
  if not of_call then return false end
  -- (an office set off as a possessive or definite phrase, "Mr Bush's
  -- spokesman, X," or "X, the President's spokesman,"; not a title before
  -- the name, "Kremlin spokesman Dmitry Peskov said ...": his own words)
  local via = ap.via and ap.via ~= ap.text and ap.via
  return via and (via:find("'s ", 1, true) or via:lower():match("^the ")) and true or false
end

local STOP = {}
for w in ([[a an the and or but of to in on at by for with from as that this these those it
  its is was were be been are has have had he she they them his her their we our you i
  not no will would could should can may might must also said says told than then there
  which who whom what when where while about over after before into during up out so
  such very both two one]]):gmatch("%S+") do STOP[w] = true end
-- Modals: with the verb after them, a clause of substance ("must go")
local MODAL = { must = true, should = true, will = true, would = true, could = true,
  can = true, may = true, might = true }

local POSSESSIVE = { his = true, her = true }
local POSSESSIVE_PRON = { his = "he", her = "she" }
-- "both ministries", "the two governments": the bodies of both sides
local BOTH_BODY = { ministries = true, governments = true, capitals = true, offices = true,
  presidencies = true, readouts = true, statements = true }

-- Words before "if" that make it "whether" ("asked if", "unclear if").
local ASK_WORD = { asked = true, ask = true, asking = true, know = true, knew = true,
  unclear = true, clear = true, sure = true, wondered = true, wonder = true, say = true,
  tell = true, confirm = true, disclose = true, specify = true, decided = true }
local DASH_WORD = { ["-"] = true, ["—"] = true, ["–"] = true }

local FUTURE = { would = true, will = true, ["'ll"] = true, shall = true }
-- The number of people a joint phrase counts ("the two leaders").
local JOINT_COUNT = { two = 2, both = 2, pair = 2, three = 3, four = 4, five = 5 }
-- Verbs of a meeting in person, another occasion than the call.
-- (session 16) Does the speaker at token a open a clause of its own, after
-- ", while", ", but", ", whereas" or ";", with its verb of saying at v?
local BREAK_CONJ = { ["while"] = true, whereas = true, but = true }
-- (session 26) and after "and", with or without a comma, or after a
-- conjunction without one: "Biden said the alliance was united and Scholz
-- said Germany would ...", "... united but Scholz warned that ...": two
-- clauses joined, each its speaker's own account.
-- (Those new forms only with a verb of pure saying, "said", "stated", and
-- not after a subject pronoun or a name, "said he and Trump had agreed":
-- one subject of two.)
local SUBJ_PRONOUN = { he = true, she = true, they = true, we = true, i = true, it = true, you = true }
local function own_clause_says(tk, SL, a, v)
  local f1, f2 = tk.f[a - 1], tk.f[a - 2]
  if f1 == ";" or (BREAK_CONJ[f1 or ""] and (f2 == "," or f2 == ";")) then
    return phrases.match(SL.say, tk, v) ~= nil
  end
  if not (f1 == "and" or BREAK_CONJ[f1 or ""]) or not f2 or SUBJ_PRONOUN[f2] then return false end
  if f2 ~= "," and (tk.k[a - 2] ~= "w" or tk.t[a - 2]:find("^%u")) then return false end
  return phrases.match(SL.pure, tk, v) ~= nil
end

local MEET_VERB = { met = true, meets = true, visited = true, visits = true, hosted = true, hosts = true }
-- Headings of a section of other news than the story's
local OTHER_NEWS = { ["other developments"] = true, ["in other news"] = true, ["other news"] = true,
  ["elsewhere"] = true, ["also today"] = true, ["in other developments"] = true, ["meanwhile"] = true }
-- (session 23) Words of a heading naming an occasion other than a call:
-- a meeting, a telegram, a letter, a message, a visit, a speech.
local OCCASION_WORD = { meeting = true, meets = true, met = true, telegram = true, telegrams = true,
  letter = true, letters = true, message = true, messages = true, visit = true, visits = true,
  receives = true, received = true, reception = true, audience = true, speech = true,
  address = true, addresses = true, trip = true, ceremony = true, conference = true }
local CALL_HEAD_WORD = { call = true, calls = true, phone = true, telephone = true, video = true,
  videoconference = true, conversation = true, telcon = true }
-- "call" when a heading names a call, true when another occasion, else nil.
local function other_occasion(tk)
  local other
  for i = 1, tk.n do
    if CALL_HEAD_WORD[tk.f[i]] then return "call" end
    if OCCASION_WORD[tk.f[i]] then other = true end
  end
  return other
end
-- (session 10) Connectives that open a clause and say nothing alone.
local CONNECTIVE = {}
for _, c in ipairs({ "at the same time", "in addition", "in turn", "in response", "in return",
  "on the other hand", "for his part", "for her part", "for their part", "for its part",
  "moreover", "furthermore", "meanwhile", "however", "besides", "also", "likewise",
  "at the same time however", "by contrast", "in contrast", "on his part", "on her part" }) do
  CONNECTIVE[c] = true
end
-- Words placing a meeting after the call ("has since met", "later visited").
local AFTER_WORD = { since = true, later = true, subsequently = true, afterwards = true,
  afterward = true }
-- A verb of holding a call and the words between it and the call noun
-- ("held his first telephone talks", "had a brief conversation").
local HOLD_VERB = { held = true, hold = true, holds = true, holding = true, had = true, has = true,
  have = true, having = true, conducted = true }
-- Verbs of taking a call from someone: "Received a telephone call from
-- X" (a leader's post) announces the call as "held a call with X" does.
local RECEIVE_VERB = { received = true, receive = true, receives = true, receiving = true,
  took = true, take = true, takes = true, taking = true, got = true }
-- Verbs that tell of the call as a whole: "described the call in a post
-- on X" is no claim ("described the call as productive" is one).
local TELL_VERB = { described = true, describes = true, confirmed = true, confirms = true,
  announced = true, announces = true, disclosed = true, recounted = true, mentioned = true }
-- (session 16) Advice after the call verb: "spoke with X, the Elysee
-- said, and advised him to ..." (an act of the caller, read only there).
local ADVISE_VERB = { advised = true, recommended = true, counselled = true, counseled = true }
local SUPERLATIVE_WORD = { first = true, last = true, next = true, only = true, second = true, third = true }
local HOLD_FILLER = { a = true, an = true, the = true, his = true, her = true, their = true, its = true,
  my = true, our = true, first = true, second = true, third = true, another = true, phone = true,
  telephone = true, video = true, brief = true, lengthy = true, long = true, short = true }

-- Words before the one whose words a quotation after a colon gives
-- ("BelTA, citing Lukashenko's press service: \"...\"").
local CITING = { citing = true, quoting = true, ["cited"] = true, quoted = true }

-- Before a gerund ("after meeting X"), and words after "meeting" that
-- make it a noun ("after meeting with", "before meeting of").
local GERUND_PREP = { after = true, before = true, since = true, ["while"] = true }
local NOT_OBJECT = { with = true, of = true, between = true, on = true, ["in"] = true, at = true,
  by = true, ["for"] = true, via = true, over = true }

-- Verbs of saying of an account ("A joint statement ... said").
local SAY_PAST = { said = true, says = true, stated = true, states = true }

-- Words a full stop ends that end no sentence ("Mr. President").
local ABBREV = { mr = true, mrs = true, ms = true, dr = true, st = true, gen = true, sen = true,
  rep = true, gov = true, lt = true, col = true, prof = true, jr = true, sr = true, mt = true }

-- (session 8) The call's length as a number ("lasted 40 minutes",
-- "talked for 25 minutes", "lasting twenty minutes"): a fact of the call,
-- as speech.yaml's duration phrases.  (Whose request the call was is
-- kept: sides dispute it, "took place at the request of the White House".)
local LENGTH_VERB = { lasted = true, lasting = true, lasts = true, last = true }
local TALK_VERB = { spoke = true, spoken = true, talked = true, speak = true, talk = true }
local LENGTH_UNIT = { minute = true, minutes = true, hour = true, hours = true }
local COUNT_WORD = { two = true, three = true, four = true, five = true, ten = true, fifteen = true,
  twenty = true, thirty = true, forty = true, fifty = true, sixty = true, ninety = true }

-- (session 8) What passed between two people, told by one of them: "I
-- told him", "he assured me", "I said to her".
local EXCHANGE_VERB = { told = true, asked = true, assured = true, urged = true, warned = true,
  informed = true, promised = true, said = true }
local HEARER_PRON = { him = true, her = true }
-- (session 11) acts done to the other party that only the call can hold
-- when a participant tells them ("she had congratulated him")
local GREETING_VERB = { congratulated = true, thanked = true, invited = true, reassured = true }

-- (session 9) Words that show a person's gender: titles and the nouns
-- of a spokesperson.
local GENDER_WORD = { spokesman = "he", spokeswoman = "she", mr = "he", mrs = "she", ms = "she",
  miss = "she", madam = "she", madame = "she", mme = "she", mister = "he", monsieur = "he" }

-- (session 9) Auxiliaries that open the verb after a parenthetical
-- attribution ("Milei, he said, had invited ...").
local PAREN_AUX = { had = true, has = true, have = true, was = true, were = true, is = true, are = true,
  would = true, will = true, could = true, should = true, might = true, may = true, must = true,
  did = true, does = true, ["do"] = true, can = true, wanted = true, wants = true }

-- (session 9) Words before "after" or "following" in an opening phrase
-- placing the sentence after the call ("Soon after the conversation,",
-- "An hour after the call ended,", "Minutes after hanging up,").
local AFTER_LEAD = { soon = true, shortly = true, just = true, immediately = true, right = true,
  minutes = true, hours = true, hour = true, moments = true, an = true, a = true, two = true,
  few = true, day = true, days = true, only = true, directly = true }
-- (session 9) Hearers of the news media ("told reporters", "told a news
-- conference")
local NEWS_HEARER = { reporters = true, journalists = true, press = true, media = true, news = true,
  newspaper = true, interviewer = true }

-- Head nouns of an office the body list does not hold ("the chief
-- adviser's press wing").
local OFFICE_HEAD = { wing = true, team = true, unit = true, bureau = true, secretariat = true,
  cell = true, desk = true }

-- (session 11) Whether a sentence's parse P tells of another occasion by a
-- marker outside the words said: one inside a "that" clause of them
-- ("conveyed that France looked forward to welcoming him at the Bastille
-- Day Parade") tells where something will be, not where it was said.
local function frame_elsewhere(P, tk, only)
  if not P.elsewhere then return false end
  for _, x in ipairs(P.elsewhere_at or {}) do
    local inside = only ~= nil and not only[x]
    -- (session 24: a meeting at a place only before the words said, "told
    -- X at their meeting in Y that ...", not "agreed to meet at the summit
    -- in Seattle")
    for p_i = 1, only and #P.points or 0 do
      if P.points[p_i].a <= x then inside = true end
    end
    for p_i = 1, #P.points do
      local p = P.points[p_i]
      if p.verb and x <= p.b then
        for t = p.verb + 1, x - 1 do
          if tk.f[t] == "that" then inside = true break end
        end
      end
      if inside then break end
    end
    if not inside then return true end
  end
  return false
end

-- (session 11) An office of a side that no call names yet ("During the
-- conversation, the Prime Minister stated ...  He also conveyed ..."):
-- the subject "he" goes on with, not a person it spoke to.
local function side_office(w)
  return w.kind == "role" and w.side and not w.anaphor and not w.plural
end

local function country_name(G, id)
  local c = id and G:country(id)
  return c and c.name or id
end

-- An ASCII text folds (ctx.text.fold: NFKD, case folding, NFC) to its
-- lower case: those leave ASCII as it is but for A-Z.  string.lower is far
-- cheaper.
local function is_ascii(text)
  return utf8.len(text) == #text      -- (nil for ill-formed UTF-8)
end

-- The content words of a claim's text: its words but STOP's.  (In ASCII
-- text the word pattern [%w\128-\255]+ is %w+, which matches faster.)
local function content_words(text, fold)
  local set, n = {}, 0
  local folded, word
  if is_ascii(text) then
    folded, word = text:lower(), "%w+"
  else
    folded, word = fold(text), "[%w\128-\255]+"
  end
  for w in folded:gmatch(word) do
    if not STOP[w] and not set[w] then set[w] = true; n = n + 1 end
  end
  return set, n
end

-- Is fold(text) the folded title?  An ASCII text folds to its lower
-- case, byte for byte.  In another text the ASCII run before its first
-- non-ASCII byte and the one after its last stay at the start and the end
-- of the folded text, in lower case (no character composes with an ASCII
-- one but a nonspacing mark, which fold drops), so most sentences differ
-- from the title there already, without folding them.
-- (session 24) The auxiliaries of a passive in the present perfect.
local PERFECT_PASSIVE = { has = true, have = true, been = true }
local PERFECT_ACTIVE = { has = true, have = true }

-- (session 25) Words of an occasion other than a call: a meeting, a visit,
-- a letter or message, a summit, an interview.
local OTHER_OCCASION_WORD = { met = true, meet = true, meets = true, meeting = true, meetings = true,
  visit = true, visited = true, visits = true, hosted = true, summit = true, letter = true,
  letters = true, message = true, messages = true, interview = true }
-- Whether the document tells no other occasion than the call c: no word of
-- one in any sentence, and no other call of c's named people.
local function only_calls_told(sentences, calls, c)
  for si = 1, #sentences do
    local t = (sentences[si].text or ""):lower()
    for w in t:gmatch("%a+") do
      if OTHER_OCCASION_WORD[w] then return false end
    end
  end
  for i = 1, #calls do
    local o = calls[i]
    if o ~= c then
      local all = true
      for j = 1, #c.people do
        local name, found = c.people[j].name, false
        for k = 1, #o.people do
          if name and o.people[k].name == name then found = true end
        end
        if not found then all = false end
      end
      if all then return false end
    end
  end
  return true
end

-- (session 27) Words that may put a past perfect before the call it
-- follows: an earlier time ("before", "ago", "last", "years"), a habit
-- ("repeatedly", "often"), or another occasion than the call ("wrote",
-- "talks", "dinner").
local EARLIER_WORD = { before = true, earlier = true, previously = true, ago = true, once = true,
  already = true, last = true, first = true, repeatedly = true, often = true, always = true,
  long = true, years = true, months = true, weeks = true, wrote = true, written = true,
  talks = true, trip = true, conference = true, dinner = true, lunch = true, session = true }
-- Whether a past perfect in sentence si may be the held call c's words:
-- c told before it, in the same or the previous paragraph, the only
-- occasion the document tells, and no word of an earlier time or another
-- occasion from the sentence after c's to this one.
local function pluperfect_of_call(sentences, calls, c, si)
  if not (c and c.status == "held" and c.sentence and c.sentence < si) then return false end
  local cs, s = sentences[c.sentence], sentences[si]
  if not (cs and s and cs.paragraph and s.paragraph and cs.paragraph >= s.paragraph - 1) then return false end
  if not only_calls_told(sentences, calls, c) then return false end
  for x = c.sentence + 1, si do
    for w in ((sentences[x] and sentences[x].text) or ""):lower():gmatch("%a+") do
      if EARLIER_WORD[w] then return false end
    end
  end
  return true
end

local function is_title_text(text, title_f, fold)
  if not title_f then return false end
  -- (the first byte, when ASCII, settles most sentences at once)
  local b = text:byte(1)
  if b and b < 128 then
    if b >= 65 and b <= 90 then b = b + 32 end
    if b ~= title_f:byte(1) then return false end
  end
  if is_ascii(text) then return #text == #title_f and text:lower() == title_f end
  local first, last = text:find("[\128-\255]"), text:find("[\128-\255][\0-\127]*$")
  local head, tail = text:sub(1, first - 1):lower(), text:sub(last + 1):lower()
  if title_f:sub(1, #head) ~= head or (#tail > 0 and title_f:sub(-#tail) ~= tail) then return false end
  return fold(text) == title_f
end

-- text:find("[%.!?\"”'’]%s*$") without the pattern matcher, which tries
-- every position of the sentence: the last byte before trailing white
-- space (%s: bytes 9-13 and 32 in the host's C.UTF-8 ctype) is one of the
-- set's bytes (. ! ? " ' and the bytes of ” and ’, as a pattern set reads
-- them).
local ENDS_LIKE_SENTENCE = {}
for _, b in ipairs({ 46, 33, 63, 34, 39, 226, 128, 157, 153 }) do ENDS_LIKE_SENTENCE[b] = true end
local function ends_like_sentence(text)
  local i = #text
  local b = text:byte(i)
  while b and (b == 32 or (b >= 9 and b <= 13)) do
    i = i - 1
    b = text:byte(i)
  end
  return b ~= nil and ENDS_LIKE_SENTENCE[b] == true
end

-- A line that is one quotation with no stop of its own inside
-- ('"Not business as usual"', a heading quoting the article): a heading's
-- words, not a sentence's.
local function quoted_phrase(text)
  local t = text:gsub("%s+$", "")
  local inner = t:match('^"(.*)"$') or t:match("^\226\128\156(.*)\226\128\157$")
    or t:match("^\194\171%s*(.-)%s*\194\187$")
  -- (session 13) in single marks, as British pages quote in headings
  -- ("'An important step'"); an apostrophe inside a word may stay
  local single = t:match("^'(.*)'$") or t:match("^\226\128\152(.*)\226\128\153$")
  if not inner and single and not single:find("'%s") and not single:find("%s'")
      and not single:find("\226\128[\152\153]%s") then
    inner = single
  end
  return inner ~= nil and not inner:find('["\226\194]') and not inner:find("[%.!?,;:]$")
end

-- (session 10) The double quotation marks of a sentence: whether it
-- opens one it leaves open ('"The situation is very serious.') and
-- whether it closes one it did not open ('We need a ceasefire now," Macron
-- said.'): an odd count, beginning with an opening mark or not.
local function quote_marks(text)
  local n, first = 0, nil
  for m in text:gmatch('["\226][\128]?[\156\157]?') do
    if m == '"' or m == "\226\128\156" or m == "\226\128\157" then
      n = n + 1
      first = first or m
    end
  end
  return n, first
end
-- (session 10) A sentence whose verb is one of writing a post ('...,"
-- Modi wrote on X.', "posted", "tweeted").
local POST_VERB = { wrote = true, writes = true, posted = true, posts = true, tweeted = true, tweets = true }
local function written_post(tk)
  for x = 1, tk.n do
    if POST_VERB[tk.f[x]] and tk.k[x] == "w" then return true end
  end
  return false
end
local function opens_quote(text)
  local n = quote_marks(text)
  return n % 2 == 1 and (text:match('^%s*"') or text:match("^%s*\226\128\156")) ~= nil
end
local function closes_quote(text)
  local n, first = quote_marks(text)
  return n % 2 == 1 and first ~= "\226\128\156" and not (text:match('^%s*"') or text:match("^%s*\226\128\156"))
end

-- Same person: surnames agree, or a one-word name is any word of the
-- full name ("Li" for Li Keqiang, "Xi" for Xi Jinping).  Pure, and the
-- documents of a run name the same leaders again and again: kept across
-- documents (callbrief.memo, bounded).
local same_name = memo.fn2(function(full, name, text)
  if names.same(full, name, text) then return true end
  local w = names.clean(name)
  if w:find("%s") then return false end
  local key = names.key(text.fold(w))
  for part in text.fold(full):gmatch("[^%s%.]+") do
    if #part >= 2 and names.key(part) == key then return true end
  end
  return false
end)

-- An empty table shared where a sentence has nothing to list (no call
-- mention, no point made): most sentences, and one table less each.
local NONE = setmetatable({}, { __newindex = function() error("claims: NONE is read-only", 2) end })
-- the object forms of the pronouns resolve() reads as subjects
local OBJECT_PRON = { her = "she", him = "he", them = "they" }
local DEMONSTRATIVE = { that = true, this = true }
local PASSIVE_BE = { was = true, were = true, is = true, ["'s"] = true }
local INITIATIVE_WORD = { initiative = true, initiated = true, request = true }
local CONFIRM_VERB = { confirmed = true, confirms = true, confirm = true, acknowledged = true }
local CALL_DET_WORD = { a = true, the = true, this = true, that = true, telephone = true, phone = true,
  video = true, first = true, brief = true, short = true, long = true }
local CLAUSE_END = { ["and"] = true, but = true, [","] = true, [";"] = true, that = true, [":"] = true }
local PREP_WORD = { on = true, ["in"] = true, at = true, ["for"] = true, to = true, with = true,
  about = true, by = true, from = true, into = true, over = true, after = true, before = true }
-- (session 10) where 20-calls took the country of an office written bare
-- that the page itself settles: its own government, the body telling
-- the sentence
local PAGE_COUNTRY = { home = true, teller = true }
-- the head nouns of a spokesperson's office ("the press secretary")
local SPOKES_NOUN = { spokesman = true, spokeswoman = true, spokesperson = true, secretary = true }

-- (session 25) Does the teller's span a..b name an unnamed spokesperson:
-- an indefinite article, then words up to a spokesperson's noun, with
-- nothing after it but "for"/"of" and its owner ("A spokesman for Mr.
-- Kohl", "a government spokeswoman")?
local function unnamed_spokes_span(tk, a, b)
  if not (a and b) or (tk.f[a] ~= "a" and tk.f[a] ~= "an") then return false end
  for x = a + 1, math.min(b, a + 4) do
    if SPOKES_NOUN[tk.f[x]] and tk.f[x] ~= "secretary" then
      return x == b or tk.f[x + 1] == "for" or tk.f[x + 1] == "of"
    end
    if tk.k[x] ~= "w" then return false end
  end
  return false
end

-- (session 18) The former state each country was within
-- (countries.yaml `within`: "Russia" -> "Soviet Union"), by name; once
-- per gazetteer.
local within_of = memo.weak(function(G)
  local out = {}
  for _, rec in pairs(G.countries or NONE) do
    local w = type(rec.within) == "table" and rec.within.name
    if w and rec.name then out[rec.name] = w end
  end
  return out
end)

-- The outlet as an official readout's body: {via, side} when the whole
-- outlet name is an institution of the gazetteer, else false.  The
-- documents of a run come from a few outlets: kept across documents
-- (read only).
local readout_outlet = memo.fn2(function(G, outlet, text)
  local tk = tokenize.run(outlet, text)
  -- (session 23: "The Royal Hashemite Court", as a footer names it)
  local j, inst = G:institution_at(tk, tk.f[1] == "the" and tk.n > 1 and 2 or 1)
  if j == tk.n and inst then return { via = inst.name, side = inst.side_name } end
  return false
end)

-- A title that is nothing but a body of a country: "<country> <body>"
-- ("Republic of Estonia Government", "Japanese Foreign Ministry") or
-- "<body> of [the] <country>" ("Presidency of the Arab Republic of
-- Egypt"): {via, side}, else false.  Kept across documents like the
-- outlets (env = {text = ctx.text, SL = the speech lists}).
local title_body
-- (session 10) a header line of two parts, a country and a body: "Republic
-- of Ghana — The Presidency", "The Presidency | Republic of South Africa"
local function header_body(G, a, b, env)
  local function whole(x)
    local tk = tokenize.run(x, env.text)
    return tk, tk.f[1] == "the" and 2 or 1
  end
  for _, part in ipairs({ a, b }) do
    -- (a body the gazetteer knows: "Élysée Palace — Press Office")
    local o = readout_outlet(G, part, env.text)
    if o then return o end
  end
  for _, pr in ipairs({ { a, b }, { b, a } }) do
    local tk, k = whole(pr[1])
    local j, id = G:country_at(tk, k)
    if j == tk.n and id then
      local tb, kb = whole(pr[2])
      if phrases.match(env.SL.body_noun, tb, kb) == tb.n then
        return { via = pr[2]:gsub("^[Tt]he%s+", ""), side = country_name(G, id) }
      end
    end
  end
  return title_body(G, a, env) or title_body(G, b, env)
end

-- (session 12) The site of a country's leader or head of government,
-- named by the office and the country, capitalised ("Prime Minister of
-- Australia", "President of the Republic of Chile"): {side = the
-- country's name, office}, else nil.
local function leader_site(G, tk)
  local o = 2
  while o <= 4 and o < tk.n and tk.f[o] ~= "of" do o = o + 1 end
  if tk.f[o] ~= "of" then return nil end
  local words = {}
  for x = 1, o - 1 do
    if not tk.up[x] or tk.k[x] ~= "w" then return nil end
    words[#words + 1] = tk.f[x]
  end
  local k = tk.f[o + 1] == "the" and o + 2 or o + 1
  local j, id = G:country_at(tk, k)
  local c = j == tk.n and id and G:country(id)
  local office = table.concat(words, " ")
  if c and (c.leader == office or c.head_of_government == office) then return { side = c.name, office = office } end
  return nil
end

title_body = memo.fn2(function(G, title, env)
  local SL = env.SL
  local ha, hb = outlets.header_parts(title)
  if ha then return outlets.official_body(title) and header_body(G, ha, hb, env) or false end
  local tk = tokenize.run(title, env.text)
  if tk.n < 2 or tk.n > 10 then return false end
  local ls = leader_site(G, tk)
  if ls then return { via = title, side = ls.side } end
  local j, id = G:country_at(tk, 1)
  if j and id and j < tk.n and phrases.match(SL.body_noun, tk, j + 1) == tk.n then
    return { via = title, side = country_name(G, id) }
  end
  local b = phrases.match(SL.body_noun, tk, 1)
  if b and tk.f[b + 1] == "of" then
    local k = tk.f[b + 2] == "the" and b + 3 or b + 2
    j, id = G:country_at(tk, k)
    if j == tk.n and id then return { via = title, side = country_name(G, id) } end
    -- (session 8) the body of a country's office: "Press Service of the
    -- President of the Republic of Kazakhstan", "Office of the Prime
    -- Minister of Japan" (an office of at most three capitalised words)
    local e = k
    while e < tk.n and e - k < 3 and tk.up[e] and tk.f[e] ~= "of" do e = e + 1 end
    if e > k and tk.f[e] == "of" then
      k = tk.f[e + 1] == "the" and e + 2 or e + 1
      j, id = G:country_at(tk, k)
      if j == tk.n and id then return { via = title, side = country_name(G, id) } end
    end
  end
  return false
end)

-- Words of a title's part that only says what kind of page it is ("Press
-- Office", "Official website", "Press releases").
local PAGE_WORD = { press = true, office = true, service = true, releases = true, release = true,
  official = true, website = true, site = true, statements = true, statement = true,
  ["communiqué"] = true, communique = true, news = true, readouts = true,
  the = true, of = true }

-- A page title naming an official readout's body: the whole title, else
-- the title without a web address run into it ("Press Service of the
-- President of the Republic of Kazakhstan akorda.kz/en/..."), else one
-- part of it between dashes or bars when the other parts only say what
-- kind of page it is ("Élysée Palace — Press Office"): {via, side}, else
-- nil.
-- The parts of a header line cut at its separators (" — ", " | ", " - ",
-- " -- "), in order.
local function title_parts(s)
  local parts = {}
  local marked = s:gsub("%s+\226\128[\147\148]%s+", "\1"):gsub("%s+|%s+", "\1"):gsub("%s+%-%-?%s+", "\1")
  for part in (marked .. "\1"):gmatch("([^\1]*)\1") do
    if part ~= "" then parts[#parts + 1] = part end
  end
  return parts
end

local function title_readout(G, title, env)
  local r = readout_outlet(G, title, env.text) or title_body(G, title, env)
  if r then return r end
  local bare = title:gsub("%s+%S*[%w%-]%.%a%a+/%S*$", "")
  -- (session 23) "Official site of the President of the Republic of
  -- Kazakhstan": the body the site is of
  bare = bare:gsub("^[Oo]fficial [Ww]eb%s?[Ss]ite of ", ""):gsub("^[Oo]fficial [Ss]ite of ", "")
    :gsub("^the ", "")
  if bare ~= title and bare ~= "" then
    r = readout_outlet(G, bare, env.text) or title_body(G, bare, env)
    if r then return r end
  end
  local parts = title_parts(bare)
  if #parts < 2 then return nil end
  local found
  for i = 1, #parts do
    local o = readout_outlet(G, parts[i], env.text) or title_body(G, parts[i], env)
    if o then
      if found then return nil end
      found = o
    else
      for w in parts[i]:lower():gmatch("[^%s]+") do
        if not PAGE_WORD[w] then return nil end
      end
    end
  end
  return found
end

-- The country named by a whole dateline place ("TOKYO", "Moscow"), or
-- false; kept across documents like the outlets.
local place_country = memo.fn2(function(G, place)
  local id = G:place_country(place)
  return id and country_name(G, id) or false
end)

-- (session 16) The document's dateline, or else the place of the
-- paper's own line of place and date over the story ("PANAMA CITY,
-- FRIDAY, MARCH 17, 1978", "Bonn, 30 April 1993"), dropped as page
-- furniture: a national paper's officials and bodies are of that place
-- as a datelined wire's are.  A table with `place`, or nil.
local DATE_WORD = { monday = true, tuesday = true, wednesday = true, thursday = true, friday = true,
  saturday = true, sunday = true, january = true, february = true, march = true, april = true,
  may = true, june = true, july = true, august = true, september = true, october = true,
  november = true, december = true, jan = true, feb = true, mar = true, apr = true, jun = true,
  jul = true, aug = true, sep = true, sept = true, oct = true, nov = true, dec = true }
local function dateline_of(doc)
  if doc.dateline then return doc.dateline end
  for _, d in ipairs(doc.dropped or NONE) do
    if (d.reason == "byline" or d.reason == "masthead") and type(d.text) == "string" then
      local place, w = d.text:match("^%s*(%u[%a%.%'%- ]-),%s+(%w+)")
      if place and #place <= 40 and (DATE_WORD[w:lower()] or (w:match("^%d%d?$") and d.text:match("%d%d%d%d"))) then
        return { place = place }
      end
    end
  end
  return nil
end

-- (session 10) A header line that is a country's name and nothing else
-- ("Republic of the Union of Myanmar", "Kingdom of Cambodia"), or false;
-- kept across documents like the outlets.
local country_line = memo.fn2(function(G, s, text)
  if #s > 80 then return false end
  local tk = tokenize.run(s, text)
  local k = tk.f[1] == "the" and 2 or 1
  local j, id, how = G:country_at(tk, k)
  if j == tk.n and id and how == "name" then return country_name(G, id) end
  return false
end)

-- A noun phrase that names a government body, not a publication: "the
-- Royal Cabinet", "The Presidential Office" (a leading "the" dropped);
-- kept across documents.
-- (session 8) Words of an official's title ("Chief Cabinet Secretary",
-- "Deputy Foreign Minister"), capitalised in a name the mentions did not
-- take
local OFFICE_WORD = { secretary = true, minister = true, spokesman = true, spokeswoman = true,
  spokesperson = true, adviser = true, advisor = true, envoy = true, ambassador = true,
  undersecretary = true, ["under-secretary"] = true, counsellor = true, counselor = true }
-- (session 9) adjectives naming the title of an office's holder ("the
-- presidential office", "the presidential palace"): the gazetteer's role;
-- (session 16) and the office's own noun ("the chancellery said")
-- (session 18) verbs of describing the call ("described the call in warmer terms")
local DESCRIBE_VERB = { described = true, portrayed = true, characterised = true, characterized = true,
  presented = true, painted = true }
local OFFICE_ADJ = { presidential = "president", chancellery = "chancellor" }
-- (session 9) verbs of a call with someone: "to"/"with" before the person
-- (else the object right after)
local CONTACT_VERB = { phoned = true, telephoned = true, rang = true, spoke = "with", spoken = "with",
  talked = "with", telephoning = true, phoning = true, consulting = true, consulted = true }
-- (session 11) people a leader contacts, named by a plural noun after
-- lower-case words ("consulting coalition leaders by telephone")
local CONTACTED_NOUN = { leaders = true, counterparts = true, allies = true, partners = true,
  presidents = true, ministers = true, colleagues = true }
local MEDIUM_WORD = { phone = true, telephone = true }
-- (session 20) words of a broadcaster named by its country ("Radio
-- Bangladesh", "Cuban television")
local BROADCAST_WORD = { radio = true, television = true, tv = true }
-- Prepositions opening a sentence with a call ("In the call, ...").
local DURING = { ["in"] = true, during = true }
-- (session 11) sending or writing a message to others than the call's
-- party ("had also sent messages on the plan to the leaders of ...")
local SEND_VERB = { sent = true, send = true, sends = true, sending = true, dispatched = true }
local WRITE_VERB = { wrote = true, written = true, writes = true, writing = true }
local MESSAGE_NOUN = { message = true, messages = true, letter = true, letters = true,
  telegram = true, telegrams = true, note = true, notes = true, cable = true, cables = true }
-- (session 10) Adverbs between a contact verb and its "with": "talked
-- twice with", "had spoken earlier to".
local CONTACT_ADV = { twice = true, again = true, also = true, earlier = true, later = true,
  separately = true, already = true, too = true }

-- (session 20) A state's own site, {via, side}, else nil: its outlet is
-- the state's formal name ("Republic of Estonia", "Kingdom of Cambodia":
-- a publication is never so named), or a masthead line of the page is a
-- government body of no stated country ("PRESIDENCY OF THE REPUBLIC",
-- "Office of the Prime Minister") and the country is on a masthead line
-- of its own, else it is that of the dateline's place (a communiqué's
-- "Antananarivo, 3 July 2002").  For a page whose outlet is no news
-- outlet.
local STATE_WORD = { republic = true, kingdom = true, state = true, commonwealth = true,
  federation = true, principality = true, sultanate = true, emirate = true, union = true }
local function state_site(G, doc, text, dl)
  local first = doc.outlet:lower():gsub("^the%s+", ""):match("^(%S+)")
  local c = STATE_WORD[first or ""] and country_line(G, doc.outlet, text)
  if c then return { via = doc.outlet, side = c } end
  local body
  for _, d in ipairs(doc.dropped or NONE) do
    local t = d.reason == "masthead" and type(d.text) == "string" and #d.text < 80 and d.text
    if t and not body and outlets.official_body(t) and not outlets.news_name(t) and not outlets.lookup(t) then
      body = outlets.masthead_name(t)
    end
  end
  if not body then return nil end
  for _, d in ipairs(doc.dropped) do
    c = d.reason == "masthead" and type(d.text) == "string" and country_line(G, d.text, text)
    if c then return { via = body, side = c } end
  end
  c = dl and dl.place and place_country(G, dl.place)
  if c then return { via = body, side = c } end
  return nil
end

-- (session 27) A press office named inside a page title that runs
-- several header lines together, on a page of no outlet ("PRESSE- UND
-- INFORMATIONSAMT DER BUNDESREGIERUNG Press and Information Office of
-- the Federal Government Unofficial English translation"): the office's
-- release, of the country of the page's dateline ("Bonn, 22 June 1984").
-- Only an office of the press or information: a headline naming a
-- ministry is news about it.  {via, side}, or nil.
local PRESS_WORD = { press = true, information = true }
local TITLE_TAIL = { unofficial = true, official = true, english = true, translation = true, version = true,
  text = true, release = true, releases = true }
local function title_press_office(G, doc, dl)
  local c = dl and dl.place and place_country(G, dl.place)
  if not c or doc.outlet or type(doc.title) ~= "string" then return nil end
  local ws = {}
  for w in doc.title:gmatch("%S+") do ws[#ws + 1] = w end
  for i = 1, #ws do
    if PRESS_WORD[ws[i]:lower()] and ws[i]:find("^%u") then
      for j = math.min(#ws, i + 11), i + 2, -1 do
        if outlets.official_body(table.concat(ws, " ", i, j)) and not outlets.news_name(table.concat(ws, " ", i, j)) then
          -- (not the words of the header line after it: "Unofficial
          -- English translation")
          local k = j
          while k > i + 2 and TITLE_TAIL[ws[k]:lower()] and outlets.official_body(table.concat(ws, " ", i, k - 1)) do
            k = k - 1
          end
          return { via = table.concat(ws, " ", i, k), side = c }
        end
      end
    end
  end
  return nil
end

local official_np = memo.fn(function(np)
  local name = np:gsub("^[Tt]he%s+", "")
  return outlets.official_body(name) and not outlets.looks_like_name(name)
    and not outlets.lookup(name) or false
end)

-- The first token starting at byte x or after (tk.s increases): a binary
-- search.
local function token_from(tk, x)
  local s = tk.s
  if tk.n < 1 or s[tk.n] < x then return nil end
  local lo, hi = 1, tk.n
  while lo < hi do
    local mid = (lo + hi) // 2
    if s[mid] >= x then hi = mid else lo = mid + 1 end
  end
  return lo
end

-- A news outlet's name (lua/outlets.lua, which drops a leading "The"), or
-- false; the subjects of a run are few: kept across documents.
-- The one country (its id) of a person's namesakes, or nil when they are
-- of several or one has none ("President Bush", "Sharif's office").
local function namesakes_country(recs)
  local c
  for _, p in ipairs(recs) do
    if not p.country or (c and p.country ~= c) then return nil end
    c = p.country
  end
  return c
end

local press_lookup = memo.fn(function(np) return outlets.lookup(np) or false end)

-- The days a time expression may mean, as day numbers lo, hi, against the
-- reference day ref (a day number, nil when the document has no date), or
-- nil when it names no day or span of days ("recently", "that day").
-- ahead: a weekday without "last"/"next" is the coming one (a planned call).
local function time_span(t, ref, ahead)
  local k = t.kind
  if k == "date" then
    local y, m, d = t.year, t.month, t.day
    if not m then return nil end
    if not y and ref then y = dates.infer_year(m, d or 1, dates.from_days(ref)) end
    if not y then return nil end
    if d then
      if not dates.valid(y, m, d) then return nil end
      local n = dates.days_from_civil(y, m, d)
      return n, n
    end
    return dates.days_from_civil(y, m, 1), dates.days_from_civil(y, m, dates.days_in_month(y, m))
  end
  if not ref then return nil end
  if k == "weekday" and t.weekday then
    local iso = dates.from_days(ref)
    local day = (t.dir == 1 or (ahead and t.dir ~= -1)) and dates.next_weekday(t.weekday, iso)
      or dates.last_weekday(t.weekday, iso)
    local n = dates.to_days(day)
    return n, n
  elseif k == "relative" and t.days then
    return ref + t.days, ref + t.days
  elseif k == "week" and t.weeks then
    return ref + 7 * t.weeks - 6, ref + 7 * t.weeks + 6
  end
  return nil
end

-- "in 2015" (a year alone, which timex leaves): its days, or nil.
local function year_span(tk, x)
  if tk.f[x] ~= "in" or tk.k[x + 1] ~= "n" then return nil end
  local y = tonumber(tk.f[x + 1]:match("^(1[89]%d%d)$") or tk.f[x + 1]:match("^(20%d%d)$"))
  if not y then return nil end
  return dates.days_from_civil(y, 1, 1), dates.days_from_civil(y, 12, 31)
end

-- Does token x lie in a relative clause ("who", "which" ...: a
-- description of someone, whatever its time)?
local RELATIVE_WORD = { who = true, whom = true, whose = true, which = true }
local function in_relative(C, tk, x)
  local sub = C and C.sub
  local c = sub and sub[x]
  if not c then return false end
  while x > 1 and sub[x - 1] == c do x = x - 1 end
  return RELATIVE_WORD[tk.f[x]] == true
end

-- (session 25) The body of a side owning the teller at mention mi:
-- "The Korean Government's spokesman", "the Turkish presidency's
-- spokesman" (the owner a mention of its own, ending before the "'s").
local function owner_body(tk, ms, mi)
  local a = ms[mi].a
  if tk.f[a - 1] ~= "'s" then return nil end
  for k = 1, #ms do
    local m = ms[k]
    if m.b == a - 2 and m.kind == "body" and m.country and not m.anaphor then return k end
  end
  return nil
end

-- Bodies a capitalised "the X" names afresh, not the body told before
-- under another name ("According to the Foreign Ministry, ..." after "the
-- State Department said"; session 25: "The Presidency said ..." after a
-- Downing Street spokesman).
local RENAMED_BODY = { ministry = true, department = true, presidency = true, palace = true,
  chancellery = true }

local function copy(t)
  local o = {}
  for k, v in pairs(t) do o[k] = v end
  return o
end

-- A claim cut before its attribution ("... Plan of Action (JCPOA), the
-- Elysee said") loses the bracket that closed a parenthesis the words
-- opened: give it back, to the text and to its last point.
local function closed(t)
  if type(t) ~= "string" then return t end
  local _, opens = t:gsub("%(", "")
  local _, shuts = t:gsub("%)", "")
  if opens > shuts and not t:match("%([^()]*%)[^(]*$") and t:match("%([^()]*$") then return t .. ")" end
  return t
end

local function close_brackets(c)
  c.text = closed(c.text)
  if c.points and #c.points > 0 then c.points[#c.points] = closed(c.points[#c.points]) end
  return c
end

return {
  name = "claims",
  stage = "extract",
  version = "2.208.0",
  api = 1,
  description = "claim mentions from reported speech about a call",
  run = function(ex, ctx)
    -- (the people plugin's indexed gazetteer and lexicon, as the calls
    -- plugin takes them: this plugin's module cache would index its own)
    local an = ex.analysis or {}
    local G = an.gazetteer or gazetteer.load(ctx)
    local L = an.lexicon or lexicon.load(ctx)
    local SL = speech.load(ctx)
    local text_mod = ctx.text
    local fold = text_mod.fold
    local doc = ex.document
    local S = ex.analysis and ex.analysis.sentences or {}
    local sentences = doc.sentences or {}
    local all_calls = ex.calls or {}
    -- (session 12) the page's site, when it is its country's leader's:
    -- {side, office} ("Prime Minister of Australia")
    local site = doc.outlet and not outlets.lookup(doc.outlet) and leader_site(G, tokenize.run(doc.outlet, text_mod))
      or nil

    -- (a "call" between people of one country is none: link drops it)
    -- (session 8: a person known by candidates all of one country is of
    -- that country: "President Bush")
    local function person_country(p)
      if p.country then return p.country end
      local recs = {}
      for _, name in ipairs(p.candidates or NONE) do
        recs[#recs + 1] = G:person(name)
        if not recs[#recs] then return nil end
      end
      local id = namesakes_country(recs)
      return id and country_name(G, id)
    end
    local function one_country(c)
      local first
      local people = c.people or NONE
      for _, p in ipairs(people) do
        local pc = person_country(p)
        -- ("the President" beside "President Bush": an office alone, of no
        -- stated country, that another person of the mention holds is his)
        if not pc and p.role and not p.name and not p.candidates then
          for _, o in ipairs(people) do
            if o ~= p and o.role == p.role and (o.name or o.candidates) then pc = person_country(o) end
          end
        end
        if not pc then return false end
        if first and pc ~= first then return false end
        first = pc
      end
      return #(c.people or {}) >= 2
    end
    local kept = {}
    for _, c in ipairs(all_calls) do if not one_country(c) then kept[#kept + 1] = c end end
    all_calls = kept
    local calls_at = {}
    for _, c in ipairs(all_calls) do
      calls_at[c.sentence] = calls_at[c.sentence] or {}
      table.insert(calls_at[c.sentence], c)
    end

    local function same_person(p, name)
      if not p or not name then return false end
      if p.name then return same_name(p.name, name, text_mod) end
      for _, c in ipairs(p.candidates or {}) do
        if same_name(c, name, text_mod) then return true end
      end
      return false
    end

    -- The participant of call c a person is: by name, or by country when
    -- the call knows that participant only by office ("Turkey's president").
    -- (asked again and again of the same call and name: kept per call)
    local by_name = {}       -- call -> name -> participant or false
    local function participant_named(c, people, name)
      local row = by_name[c]
      if not row then row = {}; by_name[c] = row end
      local found = row[name]
      if found == nil then
        found = false
        for p_i = 1, #people do local p = people[p_i]
          if same_person(p, name) then found = p break end
        end
        row[name] = found
      end
      return found
    end
    local function in_call(c, name, side)
      local people = c and c.people
      if not people then return nil end
      if name then
        local p = participant_named(c, people, name)
        if p then return p end
      end
      if side then
        for p_i = 1, #people do local p = people[p_i]
          if not p.name and not p.candidates and p.country == side then return p end
          -- (session 12) the office bare on its holder's site: "The
          -- Prime Minister" on the Prime Minister of Australia's page
          if site and site.side == side and not p.name and not p.country and p.role == site.office then return p end
        end
      end
      return nil
    end

    -- The sides on a call; empty (no check) when a participant's side is
    -- not known.
    -- (session 11) a person known by candidates all of one country,
    -- "Bush", is of that country here too
    local function find_sides(c)
      local sides = {}
      for _, p in ipairs(c and c.people or {}) do
        local pc = person_country(p)
        if not pc then return {} end
        sides[pc] = true
      end
      return sides
    end
    -- (asked for every point: kept per call, and read only)
    local sides_of = {}
    local function call_sides(c)
      if not c then return find_sides(c) end
      local sides = sides_of[c]
      if not sides then
        sides = find_sides(c)
        sides_of[c] = sides
      end
      return sides
    end

    -- Does participant p hold `role`?  (A participant named without a
    -- title holds it by the gazetteer: "Boris Johnson rang Zelensky ...
    -- the prime minister wrote".)
    local function holds_office(p, role)
      if p.role == role then return true end
      local rec = not p.role and p.name and G:person(p.name)
      return rec and G:holds(rec, nil, role, doc.published) or false
    end

    -- The one participant of call c on a side (or holding a role).
    local function participant_of(c, side, role)
      if not c then return nil end
      local found
      for p_i = 1, #c.people do local p = c.people[p_i]
        if (side and p.country == side) or (not side and role and holds_office(p, role)) then
          if found then return nil end
          found = p
        end
      end
      return found
    end

    -- An institution inside a mention's words ("the official Xinhua News
    -- Agency", "Pentagon press secretary ...").
    local function inst_in(tk, m)
      if m.inst then return m.inst end
      for i = m.a, m.b do
        local j, inst = G:institution_at(tk, i)
        if j and j <= m.b then return inst end
      end
      return nil
    end

    -- A group named by a bare plural after a name ("Hamas leaders called
    -- on Abbas to ...", "Opposition leaders said"): some leaders, not the
    -- parties of the call ("the leaders", "both leaders", "the leaders of
    -- Israel and Sudan" are); of a country's leaders the gazetteer gives
    -- a side.
    local function third_party_group(tk, m)
      if m.country or not tk.up[m.a] or tk.k[m.a] ~= "w" then return false end
      local f = tk.f[m.a]
      return not (f == "the" or f == "both" or f == "all" or f == "these" or f == "those" or f == "their")
    end

    -- A subject described: {kind = "person" | "body" | "joint" | "role" |
    -- "pronoun", name, side (country name), via, via_side, spokes, role,
    -- unknown (no country known), anaphor (a body of no stated side)}.
    local function describe_mention(tk, m)
      if m.kind == "joint" then return { kind = "joint", text = m.text } end
      if m.kind == "group" and third_party_group(tk, m) then
        -- (of a side the gazetteer knows: "Hamas leaders" speak for Hamas)
        local j, id = G:country_at(tk, m.a)
        if j and id and j < m.b then return { kind = "body", side = country_name(G, id), via = m.text, text = m.text } end
        return { kind = "third", text = m.text }
      end
      if m.kind == "group" then return { kind = "joint", text = m.text } end
      if m.kind == "pronoun" then return { kind = "pronoun", pron = m.f } end
      local inst = inst_in(tk, m)
      -- (session 11) a parliament votes and debates; it gives no
      -- government's account of a call ("the Sejm confirmed Mazowiecki")
      if inst and inst.kind == "parliament" and m.kind == "body" then return { kind = "third", text = m.text } end
      local body_noun = phrases.match(L.body, tk, m.b) == m.b or phrases.match(L.account, tk, m.b) == m.b
      -- (session 15) a woman's title before the surname of a man of the
      -- gazetteer ("Mrs Reagan", "Mme Pompidou"), or a man's before a
      -- woman's: the spouse, no participant
      if m.kind == "person" and m.person then
        local g, fem = call_people.title_gender(tk, m), m.person.gender == "f"
        if g == "f" and not fem or g == "m" and fem then
          return { kind = "third", text = m.text }
        end
      end
      if m.kind == "person" and m.person and not body_noun then
        local spokes = m.role == "spokesperson" or m.role == "official" or inst ~= nil
          or call_people.BRIEFERS[m.role or ""] ~= nil
        for _, r in ipairs(m.person.roles or {}) do
          if r.role == "spokesperson" then spokes = true end
        end
        return { kind = "person", name = m.person.name,
          side = country_name(G, m.country or m.person_side),
          via = spokes and m.text or nil, via_side = inst and inst.side_name,
          spokes = spokes, role = m.role, text = m.text }
      end
      if m.kind == "person" and not m.person and inst then
        return { kind = "body", side = inst.side_name, via = m.text, inst = inst, text = m.text }
      end
      if m.kind == "person" and not body_noun then
        local k = m.known
        local side = country_name(G, m.country or (k and k.country))
        return { kind = "person", name = m.name or (k and k.name) or m.text, side = side, role = m.role,
          spokes = m.role == "spokesperson" or m.role == "official" or inst ~= nil
            or call_people.BRIEFERS[m.role or ""] ~= nil,
          via = inst and m.text, via_side = inst and inst.side_name, text = m.text,
          unknown = side == nil }
      end
      if m.kind == "role" and not body_noun then
        return { kind = "role", side = country_name(G, m.country or (m.inst and m.inst.side)),
          role = m.role, text = m.text, counterpart = m.counterpart, side_guessed = m.country_from ~= nil }
      end
      -- (session 10) "Merkel's message", "Chirac's position": the words
      -- are the person's own
      local mo = m.owner
      if m.kind == "body" and mo and mo.kind == "person" and mo.person and speech.MESSAGE_NOUN[tk.f[m.b]] then
        return { kind = "person", name = mo.person.name, side = country_name(G, mo.country or mo.person_side),
          role = mo.role, text = m.text }
      end
      -- a body: the Kremlin, the Turkish presidency, Erdogan's office, the statement
      local side, owner_guess
      if inst then side = inst.side_name
      elseif m.country then side = country_name(G, m.country)
      elseif m.owner then
        local o = m.owner
        local c = o.country or o.person_side or (o.known and o.known.country)
        -- ("the Prime Minister's Office": the office holder the text named
        -- last, a guess a sentence's place overrides)
        owner_guess = not o.country and not o.person_side and o.kind == "role" or nil
        -- "Sharif's office": the namesakes' common country
        if not c and o.cands then c = namesakes_country(o.cands) end
        side = c and country_name(G, c) or nil
      end
      -- "the Indian minister": the one minister of a side on the call
      local singular_official = tk.f[m.b] == "minister" and m.country ~= nil and not inst
      -- (session 8) "a government spokesman", "the cabinet spokeswoman":
      -- the speaker is the body's spokesperson, the account hers
      local via = m.text
      if SPOKES_NOUN[tk.f[m.b + 1]] and tk.f[m.b + 1] ~= "secretary" and tk.k[m.b + 1] == "w" then
        via = m.text .. " " .. tk.t[m.b + 1]
      end
      return { kind = "body", side = side, via = via, inst = inst,
        anaphor = side == nil, account = m.account, text = m.text, official = singular_official,
        office = not m.account and not inst and not m.country, noun = body_noun or nil,
        owner_guess = owner_guess }
    end
    -- describe_mention is pure in the mention (its sentence's tokens, the
    -- gazetteer and lexicon), and each mention of a sentence is described
    -- several times (the source, each point, reports_call, the state kept
    -- for the next sentences): the record is kept per mention for the
    -- document.  Shared, so read only: resolve adjusts a copy (mutable).
    local described, shared = {}, {}
    local function describe(tk, ms, mi)
      local m = ms[mi]
      if not m then return nil end
      local w = described[m]
      if not w then
        w = describe_mention(tk, m)
        -- (session 14) a body's bare name that other countries' bodies
        -- also go by ("the Foreign Office"): aux.shared_side settles it
        local inst = w and inst_in(tk, m)
        if inst and inst.also then w.also_inst = inst end
        described[m], shared[w] = w, true
      end
      return w
    end
    local function mutable(w)
      if shared[w] then return copy(w) end
      return w
    end

    -- Document state.
    local st = { elsewhere = false, spokes_seen = {}, acronyms = {} }

    -- (session 8) "<Capitalised Name> (<Acronym>)": the acronym stands for
    -- the body the name is, whose side is the country or institution in
    -- the name ("the Philippine Presidential Communications Office
    -- (Pecom)", "the Planalto's Secretariat of ... (Secpres)")
    local NAME_LINK = { of = true, ["for"] = true, ["and"] = true, ["'s"] = true, the = true }
    local function acronyms_at(tk)
      for i = 3, tk.n - 2 do
        local w = i + 1
        if tk.f[i] == "(" and tk.f[w + 1] == ")" and tk.k[w] == "w" and tk.up[w] and tk.up[i - 1]
            and not st.acronyms[tk.f[w]] then
          local a = i - 1
          while a > 1 and ((tk.up[a - 1] and tk.k[a - 1] == "w") or NAME_LINK[tk.f[a - 1]]) do a = a - 1 end
          local initial = tk.f[w]:sub(1, 1)
          local side, initial_ok
          for x = a, i - 1 do
            if tk.up[x] and tk.f[x]:sub(1, 1) == initial then initial_ok = true end
            if not side then
              local ij, inst = G:institution_at(tk, x)
              if ij and ij < i and inst.side_name then
                side = inst.side_name
              else
                local cj, id = G:country_at(tk, x)
                if cj and cj < i and id then side = country_name(G, id) end
              end
            end
          end
          if side and initial_ok and i - a >= 2 then st.acronyms[tk.f[w]] = { side = side } end
        end
      end
    end
    -- The body an attribution names by such an acronym (outside the
    -- parentheses that define it)
    local function acronym_source(tk, src)
      if not next(st.acronyms) then return nil end
      for x = src.a, math.min(src.b, tk.n) do
        local acr = tk.up[x] and st.acronyms[tk.f[x]]
        if acr and tk.f[x - 1] ~= "(" then
          return { kind = "body", side = acr.side, via = tk.t[x], text = tk.t[x] }
        end
      end
      return nil
    end

    -- ---- First person and a voice's account (session 7) ----------------
    -- 10-people's analysis.voice tells whose "I" a sentence speaks in (a
    -- transcript turn's label, the header's person of "PRIME MINISTER:",
    -- a statement's author).  "I" is that person; "we", the voice and the
    -- one spoken to; and what anyone says in those sentences is the
    -- voice's account: "The President said he shared the concern" in
    -- Howard's transcript is Australia's, speaker Habibie.
    local voices = an.voice or NONE
    local voice_memo = {}
    -- (session 12) the page is the record of one call when its first call
    -- is told in its header (the title, a "SUBJECT:" line) and its text is
    -- speakers' turns: a memorandum of conversation, whose turns in the
    -- present tense are the call ("I want to stress that ...")
    do
      local c = ex.calls and ex.calls[1]
      if c and c.sentence <= 4 and c.status == "held" and next(voices) then st.record = c.id end
    end
    -- The voice of sentence k as a "who" (shared: copy to change), or nil.
    local function voice_of(k)
      local v = voices[k]
      if not v then return nil end
      local w = voice_memo[v]
      if w == nil and v.person then
        -- (session 11) a byline's author: no mention of the text
        w = { kind = "person", name = v.person.name, side = country_name(G, v.person.country), text = v.text }
        voice_memo[v] = w
      elseif w == nil then
        local A = S[v.si]
        w = A and describe(A.tk, A.ms, v.mi) or false
        if w and w.kind ~= "person" and w.kind ~= "role" then w = false end
        voice_memo[v] = w
      end
      return w or nil
    end
    -- The subject pronoun "I" or "we" of sentence k as a "who", or nil.
    local function first_person_who(k, pron)
      local w = voice_of(k)
      if not w then return nil end
      if pron == "we" then return { kind = "joint", text = "we" } end
      w = copy(w)
      w.voice = true
      return w
    end
    -- The side whose account sentence k is, when that side is on call c
    -- (a voice speaking of a call between others gives no side of it).
    local function voice_account(k, c, sides)
      local w = voice_of(k)
      if not w or not c then return nil end
      local side = w.side
      if not side and w.kind == "person" then
        for p_i = 1, #c.people do
          local p = c.people[p_i]
          if p.name and same_person(p, w.name) then side = p.country end
        end
      end
      if side and sides[side] then return side end
      return nil
    end
    -- The one participant of the current call (or of `call`) keep(p)
    -- holds for, as a "who", or nil (none, or several).
    local function call_person_where(keep, call)
      call = call or st.call
      local hit
      for p_i = 1, #(call and call.people or NONE) do
        local p = call.people[p_i]
        if p.name and keep(p) then
          if hit then return nil end
          hit = p
        end
      end
      return hit and { kind = "person", name = hit.name, side = hit.country, pronoun = true } or nil
    end
    -- "He"/"she" in a voice's sentences is never the voice ("I told him
    -- ... He told me that ..."): the one other person on the call in focus
    -- when w is the voice, else w.
    local function third_person(k, w)
      local v = voice_of(k)
      if not (v and w and v.kind == "person" and w.kind == "person" and w.name and same_person({ name = v.name }, w.name)) then
        return w
      end
      return call_person_where(function(p) return not same_person(p, v.name) end)
    end
    -- A quotation whose first words only announce the call (a leader's
    -- post: "\"Received a telephone call from X,\" he wrote. \"Reiterated
    -- ...\"") is no claim, but the quotation after it goes on in its
    -- author's words and account (st.quote_open, kept when the announcing
    -- point is dropped).
    local function quote_before(k)
      if st.last and st.last.si >= k - 1 then return st.last end
      if st.quote_open and st.quote_open.si >= k - 1 then return st.quote_open end
      return nil
    end
    -- The speaker of a quotation that continues q: its own subject when
    -- that is another participant of the call, "he"/"she" being the one
    -- other than the author ("He assured protection ..." in Modi's post
    -- is Yunus), else q's.
    -- (he_first: the quoted words open with "he"/"she", a subject the
    -- parser leaves to the quotation)
    local function quoted_speaker(q, spk, call, he_first)
      if call and q.speaker ~= "joint" and ((spk and spk.kind == "person" and spk.name) or he_first) then
        local p = spk and spk.name and in_call(call, spk.name)
        local author = not spk or not spk.name or same_person({ name = q.speaker }, spk.name)
        if p and not author and p.name then return p.name, p.country end
        if author and (he_first or spk.pronoun) then
          local other
          for p_i = 1, #call.people do
            local o = call.people[p_i]
            if o.name and not same_person(o, q.speaker) then
              if other then return q.speaker, q.speaker_country end
              other = o
            end
          end
          if other then return other.name, other.country end
        end
      end
      return q.speaker, q.speaker_country
    end
    -- ---------------------------------------------------------------------
    local home                 -- the document's home side
    local outlet               -- {via, side} when the document is an official readout
    if doc.outlet then outlet = readout_outlet(G, doc.outlet, text_mod) or nil end
    -- (session 12) the site of a country's leader: "Prime Minister of
    -- Australia" over the release
    if not outlet and site then outlet = { via = doc.outlet, side = site.side } end
    -- a page with no outlet whose title is an institution ("Presidency of
    -- the Arab Republic of Egypt" over the readout) is that body's readout
    if not outlet and doc.title then
      outlet = title_readout(G, doc.title, { text = text_mod, SL = SL })
    end
    -- (session 11) a title of two parts, a government body of no stated
    -- country and the country's name ("Ministry of External Relations --
    -- Federative Republic of Brazil"): that country's readout (the
    -- session 10 rule for the two on header lines of their own)
    if not outlet and doc.title then
      local parts = title_parts(doc.title)
      local side, body
      for i = 1, #parts == 2 and 2 or 0 do
        local c = country_line(G, parts[i], text_mod)
        if c then side = c elseif outlets.official_body(parts[i]) then body = parts[i] end
      end
      if side and body then outlet = { via = body, side = side } end
    end
    -- (session 15) an outlet of a government body, a comma and its
    -- country or capital, as official sites name themselves ("Prime
    -- Minister's Office, Islamic Republic of Pakistan", "Ministry of
    -- Foreign Affairs, Singapore"): that country's readout
    if not outlet and doc.outlet then
      local body, tail = doc.outlet:match("^(.-),%s+([^,]+)$")
      local c = body and outlets.official_body(body) and not outlets.news_name(body)
        and (country_line(G, tail, text_mod) or place_country(G, tail))
      if c then outlet = { via = body, side = c } end
    end
    -- An outlet that is a government body of no gazetteer entry ("Press
    -- Information Bureau", as the source stage reads it off the site's
    -- header) publishes its government's readout: the country its name
    -- holds ("Ministry of Foreign Affairs of Japan"), else the one a
    -- masthead line of the page names ("Government of India" under it),
    -- else the document's home side (found below).
    local body_outlet
    -- (not a desk of the paper the byline names: "By Political News
    -- Department" is no government's department)
    local byline_desk = false
    for _, d in ipairs(doc.outlet and doc.dropped or NONE) do
      if d.reason == "byline" and type(d.text) == "string"
          and d.text:lower():find("by " .. doc.outlet:lower(), 1, true) == 1 then
        byline_desk = true
      end
    end
    -- (session 11: not a news agency, "Trans-Atlantic News Service")
    if not outlet and doc.outlet and not byline_desk and outlets.official_body(doc.outlet)
        and not outlets.news_name(doc.outlet) then
      local env = { text = text_mod, SL = SL }
      outlet = title_body(G, doc.outlet, env) or nil
      if outlet then
        outlet = { via = doc.outlet, side = outlet.side }
      else
        for _, d in ipairs(doc.dropped or NONE) do
          if d.reason == "masthead" and type(d.text) == "string" and #d.text < 80 then
            local o = readout_outlet(G, d.text, text_mod) or title_body(G, d.text, env)
            if o then outlet = { via = doc.outlet, side = o.side } break end
          end
        end
        -- (session 10) the country's name on a header line of its own
        -- under the body ("Ministry of the Office of the State
        -- Counsellor" over "Republic of the Union of Myanmar")
        for _, d in ipairs(outlet and NONE or doc.dropped or NONE) do
          local c = d.reason == "masthead" and type(d.text) == "string" and country_line(G, d.text, text_mod)
          if c then outlet = { via = doc.outlet, side = c } break end
        end
        local c = not outlet and doc.title and country_line(G, doc.title, text_mod)
        if c then outlet = { via = doc.outlet, side = c } end
        if not outlet then body_outlet = doc.outlet end
      end
    end
    -- (session 20) a state's own site: its outlet the state's formal
    -- name ("Republic of Estonia"), or a masthead line a government body
    -- of no stated country ("PRESIDENCY OF THE REPUBLIC") over a page of
    -- no news outlet, the country on a masthead line of its own, else
    -- that of the dateline's place ("Antananarivo, 3 July 2002")
    if not outlet and doc.outlet and not byline_desk and not outlets.lookup(doc.outlet)
        and not outlets.news_name(doc.outlet) then
      outlet = state_site(G, doc, text_mod, dateline_of(doc))
    end
    if not outlet then outlet = title_press_office(G, doc, dateline_of(doc)) end
    -- Home side: in the first sentence naming two participants of the
    -- document's calls, the one the article names without a nationality.
    -- (A person known by candidates, "President Bush", is of their one
    -- country; of several, of the one of those in office on the report's
    -- day: "Prime Minister Sharif" in 2015.)
    -- (helpers of the parse of a sentence's teller, one table: the
    -- run's locals are near Lua's limit of 200)
    local aux = {}
    -- (session 18) The former state a side lay within, its name, when
    -- that state is on the call and the side is not ("MOSCOW -- ... the
    -- Foreign Ministry said" of a Soviet minister's call: the Soviet
    -- Union's; countries.yaml `within`), else nil.
    function aux.within_side(side, sides)
      local w = side and within_of(G)[side]
      return w and sides[w] and w or nil
    end
    -- The nouns the document's call cues put after a medium ("telephone
    -- interview", "phone talk"): a set of folded words, made once.
    local cue_heads
    -- (session 12) Is a cue of call mentions `here` before token v of a
    -- sentence (its text, its tokens tk)?
    function aux.cue_before(here, text, tk, v)
      for c_i = 1, #here do
        local x = text:find(here[c_i].cue, 1, true)
        local t = x and token_from(tk, x)
        if t and t < v then return true end
      end
      return false
    end
    function aux.cue_heads()
      if cue_heads then return cue_heads end
      cue_heads = {}
      for _, c in ipairs(all_calls) do
        local a, b = tostring(c.cue or ""):lower():match("(%a+)%s+(%a+)$")
        if MEDIUM_WORD[a or ""] then cue_heads[b] = true end
      end
      return cue_heads
    end
    -- (session 20) A broadcaster named by its country or capital at the
    -- start of a sentence, before a lower-case verb: "Radio Bangladesh",
    -- "Radio Havana", "Cuban television", "Polish radio": {via, side},
    -- else nil.
    function aux.broadcaster_opening(tk, text)
      local k = tk.f[1] == "the" and 2 or 1
      local a, e, id = k, nil, nil
      if BROADCAST_WORD[tk.f[k]] and tk.up[k] then
        local j, cid = G:country_at(tk, k + 1)
        if j then e, id = j, cid end
      else
        local j, cid = G:country_at(tk, k)
        if j and BROADCAST_WORD[tk.f[j + 1]] then e, id = j + 1, cid end
      end
      if not (e and id and tk.k[e + 1] == "w" and not tk.up[e + 1]) then return nil end
      local side = country_name(G, id)
      return side and { via = text:sub(tk.s[a], tk.e[e]), side = side } or nil
    end
    function aux.cands_side(cands)
      local side = namesakes_country(cands)
      if side then return side end
      for _, p in ipairs(doc.published and cands or NONE) do
        if G:holds(p, nil, nil, doc.published) then
          if side == nil then side = p.country elseif p.country ~= side then return nil end
        end
      end
      return side
    end
    local title_f = doc.title and fold(doc.title) or nil
    -- (session 10) a readout titled "Telephone conversation with <the
    -- other leader>" (the Kremlin's, a presidency's): the page speaks for
    -- the other participant of that leader's call
    local TA = title_f and S[1] and is_title_text(sentences[1].text, title_f, fold) and S[1]
    if TA and (TA.tk.f[1] == "telephone" or TA.tk.f[1] == "phone" or SL.starts.call_noun[TA.tk.f[1]]) then
      local w_i
      for x = 1, math.min(TA.tk.n, 4) do if TA.tk.f[x] == "with" then w_i = x break end end
      local mi = w_i and TA.C and TA.C.mention_at[w_i + 1]
      local m = mi and TA.ms[mi]
      local named = m and m.kind == "person" and m.person and m.person.name
      for c_i = 1, named and #all_calls or 0 do local c = all_calls[c_i]
        if #c.people == 2 and in_call(c, named) then
          for p_i = 1, 2 do local p = c.people[p_i]
            if p.name and not same_person(p, named) and p.country then
              if home and home ~= p.country then home = false elseif home == nil then home = p.country end
            end
          end
        end
      end
      home = home or nil
      -- (session 12) a page of no outlet so titled is that side's readout:
      -- the other leader's words in it are its account ("Bill Clinton
      -- expressed appreciation ..." under the Kremlin's title)
      if home and not outlet and not doc.outlet then outlet = { side = home } end
    end
    for si = 1, home and 0 or #sentences do
      local A = S[si]
      -- (not a headline: no title, and a sentence that ends like one)
      if A and not is_title_text(sentences[si].text, title_f, fold)
          and ends_like_sentence(sentences[si].text) then
        local unq, q = {}, 0
        local seen = {}
        for m_i = 1, #A.ms do local m = A.ms[m_i]
          local who = m.kind == "person" and (m.person and { m.person } or m.cands) or NONE
          local side = m.person and m.person_side or aux.cands_side(who)
          if who[1] and not seen[who[1].name] then
            seen[who[1].name] = true        -- a participant's first mention decides
            local is_part = false
            for c_i = 1, #all_calls do local c = all_calls[c_i]
              for p_i = 1, #c.people do local p = c.people[p_i]
                for w_i = 1, #who do
                  if same_person(p, who[w_i].name) then is_part = true break end
                end
                if is_part then break end
              end
              if is_part then break end
            end
            if is_part and (m.country or side) then
              if m.country then q = q + 1 else unq[#unq + 1] = side end
            end
          elseif m.kind == "role" and m.country and PAGE_COUNTRY[m.country_from or ""] then
            -- (session 10) an office written bare whose country the page
            -- or the body telling the sentence gave ("The President
            -- telephoned Mrs Thatcher ..., the White House said"): a
            -- participant named without a nationality, when a call has it
            -- as written
            local at = sentences[si].offset + A.tk.s[m.a] - 1
            for c_i = 1, #all_calls do local c = all_calls[c_i]
              for p_i = 1, #c.people do local p = c.people[p_i]
                if p.offset == at and not p.name then unq[#unq + 1] = m.country break end
              end
              if unq[#unq] == m.country then break end
            end
          end
        end
        if #unq + q >= 2 then
          if #unq == 1 then home = country_name(G, unq[1]) end
          -- (session 23: every participant named without a nationality,
          -- as a readout names them; see aux.lead_side)
          if q == 0 then aux.bare_si = si end
          break
        end
      end
    end
    -- Else the country of the dateline's place ("TOKYO, March 3 (Kyodo)"),
    -- when it is a capital or country of one of the participants: a wire
    -- report from there draws on that government's account.
    if not home and dateline_of(doc) and dateline_of(doc).place then
      local name = place_country(G, dateline_of(doc).place)
      if name then
        for c_i = 1, #all_calls do local c = all_calls[c_i]
          for p_i = 1, #c.people do local p = c.people[p_i]
            if p.country and p.country == name then home = name end
          end
        end
      end
    end
    if body_outlet and home then outlet = { via = body_outlet, side = home } end
    -- (session 23) A page of no outlet and no home side whose first
    -- sentence tells the call with one participant as its subject, the
    -- sentence opening with it, both named without a nationality
    -- ("President Putin held a telephone conversation with President
    -- Erdogan."; not a report's "Russian President Vladimir Putin had a
    -- telephone conversation with French President ..."): a readout written from that
    -- participant's side, so joint words with no account ("The two sides
    -- discussed ...", "Both leaders reiterated ...": a joint subject) are
    -- that side's.
    -- The side, or nil (see the joint points below).
    function aux.lead_side(call)
      if home or outlet or doc.outlet or not call or #call.people ~= 2 then return nil end
      local first
      for si0 = 1, #sentences do
        if not is_title_text(sentences[si0].text, title_f, fold) and ends_like_sentence(sentences[si0].text) then
          first = si0
          break
        end
      end
      local p1, p2 = call.people[1], call.people[2]
      if not (first and call.sentence == first and aux.bare_si == first and p1.country and p2.country
          and p1.country ~= p2.country) then
        return nil
      end
      if p1.offset ~= sentences[first].offset or type(p1.text) ~= "string" or not p2.offset then return nil end
      -- (the other named after "with", not joined to it: "Albanese and
      -- Luxon held a phone call" is written from neither side)
      local from = sentences[first].offset
      local between = sentences[first].text:sub(p1.offset - from + 1 + #p1.text, p2.offset - from)
      if not (" " .. between:lower() .. " "):find("%Wwith%W") or between:find("^%s*and%W") then return nil end
      return p1.country
    end

    -- The days the call may have been held (a day number span {lo, hi}),
    -- or false when neither its time nor the publication date tells.
    local ref = doc.published and doc.published:match("^%d%d%d%d%-%d%d%-%d%d$") and dates.to_days(doc.published)
    local spans = {}
    function aux.call_span(c)
      local r = spans[c]
      if r == nil then
        local t, lo, hi = c.time
        if not t or t.kind == "report" then
          if ref then lo, hi = ref - 3, ref end      -- (on or shortly before the report)
        else
          lo, hi = time_span(t, ref, c.status == "planned")
        end
        r = lo and { lo, hi } or false
        spans[c] = r
      end
      return r
    end

    local emitted = {}
    local to_hearer, tail_account = {}, {}   -- emitted claims: see the pass after the sentences
    local pending_quote          -- quoted sentences waiting for their attribution
    local open_quote             -- {si, para} of a sentence that leaves a quotation open
    local cur_src_person         -- the person source of the sentence being read
    local last_call_si = nil     -- sentence of the latest call mention

    -- The sentence being read, for the functions below: they are made once
    -- per document (closures made for each sentence would cost their
    -- upvalues' allocations, on every sentence).
    local si, sent, tk, ms, P, src, src_who, hearer, subjects, named, anchored, venue, cues, A_cur
    local told_after             -- (session 9) told_after_call() of the sentence
    local parsed = {}            -- (session 9) the parse of each sentence read, by index
    local denial_si              -- the sentence of the latest denial of a call kept
    local reported_si            -- the sentence of the latest point from another venue that reports the call
    local place_side             -- (the country of the sentence's opening "In <capital>,")

    -- (session 10) Whether "he"/"she" (pron) may stand for the "who" w:
    -- not a person the gazetteer knows of the other gender (it marks its
    -- women, gender: f, so a leader it knows and does not mark is "he").
    function aux.pron_fits(w, pron)
      local r = w and w.kind == "person" and w.name and G:person(w.name)
      if not r then return true end
      return (r.gender == "f") == (pron == "she")
    end

    -- The side of the first person who is a subject of one of the
    -- sentence's verbs (a participant of the call in play when the name
    -- alone leaves it open), or nil; of pron's gender ("he", "she"), when
    -- given ("Trump told her ..., according to her office" is not his).
    function aux.sentence_person_side(pron)
      for fr_i = 1, #P.frames do
        local mi = P.frames[fr_i].subj and P.frames[fr_i].subj.mi
        local w = mi and describe(tk, ms, mi)
        if aux.person_fits(w, pron) then return aux.person_side(w) end
        -- (session 13) or an office of a stated side: "The Israeli prime
        -- minister agreed ..., his office said"
        if w and w.kind == "role" and w.side then return w.side end
      end
      -- (session 16) else a person opening the sentence, the subject of a
      -- verb that is no frame's ("Milei did speak by phone with Boric on
      -- Thursday, his office said")
      local m1 = ms[1]
      if m1 and m1.a == 1 and m1.kind == "person" then
        local w = describe(tk, ms, 1)
        if aux.person_fits(w, pron) then return aux.person_side(w) end
      end
      return nil
    end
    -- (session 19) The participant of call c a subject pronoun opening a
    -- body's report stands for, when it can only be one ("A spokesman for
    -- the chancellor said she had listened to ...": the one woman on the
    -- call; "The Kremlin said he had heard ...", two men: the body's own
    -- side's): {kind = "person", name, side}, else nil.
    function aux.pronoun_participant(c, pron, side)
      if not c or (pron ~= "he" and pron ~= "she") then return nil end
      local fit, own = {}, {}
      for p_i = 1, #c.people do local pp = c.people[p_i]
        if pp.name and aux.pron_fits({ kind = "person", name = pp.name }, pron) then
          local dup = false
          for f_i = 1, #fit do if same_person(fit[f_i], pp.name) then dup = true end end
          if not dup then
            fit[#fit + 1] = pp
            if side and pp.country == side then own[#own + 1] = pp end
          end
        end
      end
      local one = (#fit == 1 and fit[1]) or (#own == 1 and own[1]) or nil
      return one and { kind = "person", name = one.name, side = one.country } or nil
    end
    -- (session 23) The one participant of call c who reigns on the day
    -- a style stands for ("His Majesty" a king, queen, emperor or sultan;
    -- "His Highness" an emir, crown prince or grand duke):
    -- {kind = "person", name, side, pronoun}, else nil.
    local STYLE_OFFICES = { majesty = { "king", "queen", "emperor", "sultan" },
      highness = { "emir", "crown prince", "grand duke" } }
    function aux.styled_participant(c, word)
      local offices = c and STYLE_OFFICES[word]
      local one
      for p_i = 1, offices and #c.people or 0 do local pp = c.people[p_i]
        local reigns = false
        for o_i = 1, pp.name and #offices or 0 do
          if holds_office(pp, offices[o_i]) then reigns = true break end
        end
        if reigns then
          if one and not same_person(one, pp.name) then return nil end
          one = pp
        end
      end
      return one and { kind = "person", name = one.name, side = one.country, pronoun = true } or nil
    end
    -- (a person, of pron's gender when given; the side of a person, a
    -- participant's country when the name alone leaves it open)
    function aux.person_fits(w, pron)
      return w ~= nil and w.kind == "person" and (not pron or aux.pron_fits(w, pron))
    end
    function aux.person_side(w)
      local p = not w.side and st.call and in_call(st.call, w.name)
      return w.side or (p and p.country) or nil
    end

    -- A body of a stated side that opens a sentence naming the call or an
    -- account, with no attribution of its own ("Turkey's Directorate of
    -- Communications gives Ankara's version of the Putin-Erdogan call.",
    -- "The Kremlin published its readout."): the account "it says", "it
    -- said" in the next sentence is; its whole name ("... of
    -- Communications") the via.  {via, side} or nil.
    -- Is token x in the sentence's dateline ("PARIS, Dec. 1 --")?  Its
    -- place is where the report was filed, no body that speaks.
    function aux.in_dateline(x)
      local dl = doc.dateline and doc.dateline.text
      return dl ~= nil and tk.s[x] <= #dl and sent.text:sub(1, #dl) == dl
    end

    local function opening_account(here)
      if src then return nil end
      -- (session 8) "In Jerusalem, aides to the Prime Minister put the
      -- emphasis elsewhere. Israel, they said, ...": people of no stated
      -- side (a plural body) placed by the sentence's opening capital
      if place_side and tk.f[3] == "," then
        local mi = A_cur.C and A_cur.C.mention_at and A_cur.C.mention_at[4]
        local m = mi and ms[mi]
        if m and m.kind == "body" and not m.country and not m.inst and tk.k[m.b] == "w"
            and tk.f[m.b]:sub(-1) == "s" and not P.inq[m.a] then
          return { via = sent.text:sub(tk.s[m.a], tk.e[m.b]), side = place_side, plural = true }
        end
      end
      -- an office of no stated side placed in a country's capital ("The
      -- chief adviser's press wing in Dhaka put the stress elsewhere.
      -- It said ...", "The presidential press service in Kyiv gave
      -- another emphasis."): that country's, whatever the sentence tells
      if tk.f[1] == "the" then
        for mi = 1, #ms do local mk = ms[mi]
          if mk.a > 9 or P.inq[mk.a] then break end
          if mk.country and tk.f[mk.a - 1] == "in" and tk.k[mk.a] == "w" and mk.a > 3 then
            -- (the words before "in" an office: "press wing", "press
            -- service"; not "The fighting in Ukraine")
            local h = mk.a - 2
            local ok = OFFICE_HEAD[tk.f[h]] or phrases.match(L.body, tk, h) == h
              or (h > 2 and phrases.match(L.body, tk, h - 1) == h)
            for x = 2, h do
              if not (tk.f[x] == "'s" or (tk.k[x] == "w" and not tk.up[x])) then ok = false end
            end
            if ok then
              return { via = sent.text:sub(tk.s[1], tk.e[mk.b]), side = country_name(G, mk.country) }
            end
            break
          end
          if mk.kind ~= "body" and mk.kind ~= "role" then break end
        end
      end
      -- (session 14) an account opening the sentence, from a side's body
      -- or capital: "But a statement from Kampala made no mention of
      -- the police. It said ..."
      local k = (tk.f[1] == "but" or tk.f[1] == "and" or tk.f[1] == "yet") and 2 or 1
      if tk.f[k] == "a" or tk.f[k] == "the" then k = k + 1 end
      local ae = SL.starts.account[tk.f[k] or ""] and phrases.match(SL.account, tk, k)
      local fm = ae and (tk.f[ae + 1] == "from" or tk.f[ae + 1] == "by") and A_cur and A_cur.C
        and A_cur.C.mention_at[ae + 2]
      if fm and ms[fm].a == ae + 2 and ms[fm].kind == "body" and not P.inq[ae + 2] then
        local w = describe(tk, ms, fm)
        if w and w.side and not w.anaphor and not w.guessed then
          return { via = sent.text:sub(tk.s[k], tk.e[ms[fm].b]), side = w.side }
        end
      end
      local m = ms[1]
      if not (m and m.kind == "body") or P.inq[m.a] or aux.in_dateline(m.a) then return nil end
      if m.a > 2 or (m.a == 2 and tk.f[1] ~= "the") then return nil end
      local w = describe(tk, ms, 1)
      if #here == 0 then
        local x = phrases.find(SL.account, tk, m.b + 1, tk.n)
        if not x or P.inq[x] then return nil end
      end
      if not (w and w.side and not w.anaphor and not w.guessed) then return nil end
      local b = m.b
      if tk.f[b + 1] == "of" then
        local e = b + 1
        while e - b < 5 and tk.up[e + 1] and tk.k[e + 1] == "w" do e = e + 1 end
        if e > b + 1 then b = e end
      end
      return { via = sent.text:sub(tk.s[m.a], tk.e[b]), side = w.side }
    end

    -- Is the source a published account ("A release from the Prime
    -- Minister's Office later said ...", "a statement issued later"):
    -- its "later" is when it came out, not another occasion of the words.
    local function published_account(source)
      local sp = source.speaker
      if not (sp and sp.a and sp.b) then return false end
      for mi = 1, #ms do local m = ms[mi]
        if m.account and m.a >= sp.a and m.b <= sp.b then return true end
      end
      return false
    end

    -- A quotation introduced by a colon after its speaker, which the
    -- parser leaves with no attribution ("Mr. Netanyahu paused before
    -- answering: \"Well, ...\"", "BelTA, citing Lukashenko's press
    -- service: \"...\"": the one cited is the source): the words of the
    -- person or body opening the sentence (or of the one "citing" or
    -- "quoting" names), one point for each sentence inside the quotation.
    -- P itself, or a copy with that source and those points.
    local function colon_quote(P0)
      if P0.source or #P0.points > 0 or P0.nq == 0 then return P0 end
      local colon
      for x = 2, tk.n - 2 do
        if tk.f[x] == ":" and not P0.inq[x] then colon = x break end
      end
      if not colon or tk.k[colon + 1] ~= "q" then return P0 end
      -- (a sentence's quotation ends like one: a heading's does not,
      -- 'Zelensky: "The result was silence"')
      local e = tk.n
      while e > colon and tk.k[e] == "q" do e = e - 1 end
      local last = tk.f[e]
      if last ~= "." and last ~= "?" and last ~= "!" then return P0 end
      -- (the quotation runs to the end of the sentence)
      for x = colon + 2, tk.n do
        if not P0.inq[x] and tk.k[x] == "w" then return P0 end
      end
      local spk
      for mi = 1, #ms do local m = ms[mi]
        if m.a >= colon then break end
        if (m.kind == "person" or m.kind == "body" or m.kind == "role") and not P0.inq[m.a] then
          if CITING[tk.f[m.a - 1]] then spk = mi break end
          -- (the subject opens the sentence or follows an opening
          -- phrase: "Asked about the referendum, Mrs. Merkel replied:")
          if not spk and (m.a <= 3 or tk.f[m.a - 1] == ",") then spk = mi end
        end
      end
      if not spk then return P0 end
      local points = {}
      local from = colon + 2
      for x = from, tk.n do
        local f = tk.f[x]
        -- (not after a title or an initial: "Well, Mr. President, ...")
        local stop = (f == "." or f == "?" or f == "!") and (x == tk.n or tk.k[x + 1] == "q" or tk.up[x + 1])
          and not (f == "." and (ABBREV[tk.f[x - 1]] or #tk.f[x - 1] == 1))
        if stop or x == tk.n then
          if x - 1 >= from then points[#points + 1] = { a = from, b = x - 1, tense = "past" } end
          from = x + 1
        end
      end
      if #points == 0 then return P0 end
      local P1 = copy(P0)
      local m = ms[spk]
      P1.source = { form = "head", a = 1, b = colon, tense = "past",
        speaker = { mi = spk, a = m.a, b = m.b } }
      P1.points = points
      return P1
    end

    -- An account whose subject runs long, which the parser leaves with no
    -- attribution ("A joint statement issued by the three countries after
    -- the call said the leaders \"agreed to ...\""): the words after its
    -- verb of saying are a point of the account, joint when it is a joint
    -- one, else of the body named in it ("issued by the White House").
    -- P itself, or a copy with that source and point.
    local function account_subject(P0)
      if P0.source or #P0.points > 0 then return P0 end
      local a = 1
      -- (session 23) after an opening phrase of place ("In Reykjavik, a
      -- statement issued by the Prime Minister's office after the
      -- conversation said ...")
      if (tk.f[1] == "in" or tk.f[1] == "from") and tk.up[2] then
        local x = 2
        while x <= 4 and tk.up[x] and tk.k[x] == "w" do x = x + 1 end
        if tk.f[x] == "," then a = x + 1 end
      end
      local first = a
      if tk.f[a] == "a" or tk.f[a] == "an" or tk.f[a] == "the" then a = a + 1 end
      local joint = tk.f[a] == "joint"
      if joint then a = a + 1 end
      local e = phrases.match(SL.account, tk, a)
      -- (session 23) a body's name before the account noun ("A Kremlin
      -- statement issued after the conversation said ...")
      if not e and tk.up[a] and tk.k[a] == "w" then
        local x = a
        while x <= a + 2 and tk.up[x] and tk.k[x] == "w" do x = x + 1 end
        e = phrases.match(SL.account, tk, x)
      end
      if not e then return P0 end
      local verb
      for x = e + 1, math.min(tk.n - 2, e + 14) do
        if P0.inq[x] then return P0 end
        if SAY_PAST[tk.f[x]] then verb = x break end
      end
      if not verb then return P0 end
      local speaker = joint and { pair = true } or { a = first, b = verb - 1, noun = e }
      if not joint then
        for mi = 1, #ms do local m = ms[mi]
          local by = tk.f[m.a - 1] == "by" or (tk.f[m.a - 1] == "the" and tk.f[m.a - 2] == "by")
          if m.a > e and m.b < verb and by and (m.kind == "body" or m.inst) then
            speaker = { mi = mi, a = m.a, b = m.b }
          end
        end
      end
      local from = verb + 1
      if tk.f[from] == "that" then from = from + 1 end
      -- ("said the leaders agreed ...": the point is the leaders' act)
      local point = { a = from, b = tk.n, tense = "past" }
      local mi = A_cur.C and A_cur.C.mention_at and A_cur.C.mention_at[from]
      if mi and ms[mi].a == from and ms[mi].kind == "joint" and ms[mi].b < tk.n - 1 then
        point.a, point.speaker = ms[mi].b + 1, { mi = mi, a = ms[mi].a, b = ms[mi].b }
      end
      local P1 = copy(P0)
      P1.source = { form = "head", a = 1, b = verb, tense = "past", speaker = speaker }
      P1.points = { point }
      return P1
    end

    -- "after meeting international election observers", "before
    -- meeting the king": the gerund of meeting someone in person (not the
    -- noun: "after the meeting", "a meeting with").
    function aux.meeting_gerund(x)
      if tk.f[x] ~= "meeting" or not GERUND_PREP[tk.f[x - 1]] then return false end
      local nx = tk.f[x + 1]
      return nx ~= nil and tk.k[x + 1] == "w" and not NOT_OBJECT[nx]
    end

    -- (session 14) The person after "call with" / "conversation with"
    -- before token a ("During the first call with Putin, ..."), or nil.
    function aux.call_with_person(a)
      for x = 1, a - 3 do
        local e = SL.starts.call_noun[tk.f[x]] and phrases.match(SL.call_noun, tk, x)
        if e and e < a - 2 and tk.f[e + 1] == "with" and not P.inq[x] then
          local mi = A_cur and A_cur.C and A_cur.C.mention_at[e + 2]
          local w = mi and ms[mi].a == e + 2 and describe(tk, ms, mi)
          if w and w.kind == "person" and w.name then return w.name end
        end
      end
      return nil
    end

    -- The person subject of the latest verb before token a (a pronoun
    -- after it refers to that person), or nil.
    function aux.reporter_before(a)
      local found
      for fr_i = 1, #P.frames do local fr = P.frames[fr_i]
        local s = fr.subj
        if fr.verb < a and s and s.mi and ms[s.mi] and ms[s.mi].kind == "person" then
          local w = describe(tk, ms, s.mi)
          if w and w.kind == "person" then found = w end
        end
      end
      if not found then return nil end
      found = copy(found)
      found.pronoun = true
      return found
    end

    -- The outlet a subject's words name ("The Washington Post", "the
    -- Financial Times'"), when it is a news outlet and no institution of
    -- the gazetteer (state media and official sites are a side's bodies).
    -- (names are capitalised: a span of lower-case words is none)
    local press_seen = {}
    function aux.press_name(a, b)
      if b - a > 6 or not (tk.up[a] or tk.up[a + 1]) then return nil end
      -- (the mention may be a place inside the name: "The [Washington] Post")
      for _ = 1, 3 do
        if tk.up[b + 1] and tk.k[b + 1] == "w" and not P.inq[b + 1] then b = b + 1 else break end
      end
      if a > 1 and tk.f[a - 1] == "the" then a = a - 1 end
      local np = sent.text:sub(tk.s[a], tk.e[b]):gsub("'s?$", ""):gsub("’s?$", "")
      local r = press_seen[np]
      if r == nil then
        r = press_lookup(np)
        if r then
          for x = a, b do
            if G:institution_at(tk, x) then r = false break end
          end
        end
        press_seen[np] = r
      end
      return r or nil
    end

    -- A subject that is a capitalised title alone, with no mention of its
    -- own ("The Secretary underscored that ...", "The Chancellor
    -- stressed ..."): the one participant of the call in play whose words
    -- on the call gave that title ("Secretary of State Antony J.
    -- Blinken").  A person record, or nil.
    local function title_participant(a, b)
      if tk.f[a] ~= "the" or b <= a or b - a > 3 or not st.call then return nil end
      for x = a + 1, b do
        if not tk.up[x] or tk.k[x] ~= "w" then return nil end
      end
      local found
      for p_i = 1, #st.call.people do local p = st.call.people[p_i]
        if p.text and p.name then
          local own = {}
          for w in fold(p.name):gmatch("[^%s%.]+") do own[w] = true end
          local title = {}
          for w in fold(p.text):gmatch("[^%s%.,]+") do
            if not own[w] then title[w] = true end
          end
          local all = true
          for x = a + 1, b do
            if not title[tk.f[x]] then all = false end
          end
          if all then
            if found then return nil end
            found = p
          end
        end
      end
      return found and { kind = "person", name = found.name, side = found.country } or nil
    end

    -- The office of a title with no country ("A release from the Prime
    -- Minister's Office", "the President's spokesman"): the side of the
    -- one participant of the call in play who holds that office.  The
    -- record w, with that side when found (a copy).
    function aux.office_of_title(w, subj)
      if not (w and w.kind == "body" and not w.side and not w.inst and st.call) then return w end
      for k = 1, subj.all and #subj.all or 1 do
        local mi = subj.all and subj.all[k] or subj.mi
        local o = mi and ms[mi] and ms[mi].owner
        if o and o.kind == "role" and o.role and not o.country then
          local p = participant_of(st.call, nil, o.role)
          if p and p.country then
            w = mutable(w)
            w.side, w.anaphor, w.office = p.country, nil, nil
            return w
          end
        end
      end
      return w
    end

    -- (session 21) The one participant of call c holding `role` whom the
    -- sentence does not name: "Prime Minister thanked Prime Minister Abe"
    -- on a call of two prime ministers is the other one.  Or nil.
    function aux.other_holder(c, role)
      if not (c and role) then return nil end
      local named_here = {}
      for mi = 1, #ms do
        local m = ms[mi]
        local nm = m.kind == "person" and (m.person and m.person.name or m.name)
        local p = nm and in_call(c, nm)
        if p then named_here[p] = true end
      end
      local found, excluded
      for p_i = 1, #c.people do local p = c.people[p_i]
        if holds_office(p, role) then
          if named_here[p] then
            excluded = true
          else
            if found then return nil end
            found = p
          end
        end
      end
      return excluded and found or nil
    end

    -- (session 9) Words a..b that are the name, or part of it, of a
    -- spokesperson or aide named before in full ("Sharon's spokesman,
    -- Raanan Gissin, said ... / ..., Gissin said"): that aide, speaking
    -- for the side he was named for.  A person record, or nil.
    local function spokes_named(a, b)
      if not (a and b) or b - a > 2 or #st.spokes_seen == 0 then return nil end
      for x = a, b do
        if not tk.up[x] or tk.k[x] ~= "w" then return nil end
      end
      local name = sent.text:sub(tk.s[a], tk.e[b])
      for k = #st.spokes_seen, 1, -1 do
        local q = st.spokes_seen[k]
        if same_person({ name = q.name }, name) then
          return { kind = "person", name = q.name, side = q.side, via_side = q.side, spokes = true,
            role = "spokesperson", via = name, text = name }
        end
      end
      return nil
    end

    -- The pronoun ("he" | "she") a mention's words or the gazetteer
    -- show a person or spokesperson takes, or nil.
    local function mention_gender(tk_k, m)
      if m.person and m.person.gender == "f" then return "she" end
      for x = m.a, m.b do
        local g = GENDER_WORD[tk_k.f[x]]
        if g then return g end
      end
      local g = GENDER_WORD[tk_k.f[m.a - 1]]
      if not g and tk_k.f[m.a - 1] == "." then g = GENDER_WORD[tk_k.f[m.a - 2]] end
      return g
    end
    -- A person or spokesperson a mention names, as a pronoun's "who", or
    -- nil (pron: "he" or "she", of which gender).
    local function named_speaker(tk_k, ms_k, mi, pron)
      local m = ms_k[mi]
      -- (not the possessor of an aide or office: "Erdogan's spokesman")
      if tk_k.f[m.b + 1] == "'s" or tk_k.f[m.b + 1] == "\226\128\153s" then return nil end
      -- (nor one of the other gender, where known: "spokeswoman" and
      -- "Ms" or the gazetteer's women for "she", "spokesman" and "Mr"
      -- for "he")
      if pron and mention_gender(tk_k, m) and mention_gender(tk_k, m) ~= pron then return nil end
      local w = describe(tk_k, ms_k, mi)
      if not w then return nil end
      -- (a person by name, not by a title alone: "the President")
      if (w.kind == "person" and w.name and tk_k.f[m.a] ~= "the" and tk_k.f[m.a] ~= "a")
          or (w.kind == "body" and SPOKES_NOUN[tk_k.f[m.b]]
          and tk_k.f[m.b] ~= "secretary") then
        w = copy(w)
        w.pronoun = true
        -- (an aide of no known side after his principal's possessive,
        -- "Merkel's deputy spokeswoman Christiane Wirtz": that side's)
        if w.unknown then
          for x = m.a - 1, math.max(2, m.a - 3), -1 do
            if tk_k.f[x] == "'s" then
              for mj = 1, #ms_k do
                local o = ms_k[mj].b == x - 1 and describe(tk_k, ms_k, mj)
                if o and o.kind == "person" and o.side then
                  w.side, w.unknown, w.spokes = o.side, nil, true
                  w.via = w.via or w.text
                end
              end
              break
            end
          end
        end
        return w
      end
      return nil
    end
    -- (session 17) The person named nearest before token at, when it
    -- opened a clause of the account ("that Museveni had ...", "it was
    -- Museveni who ...") and may be pron ("he" | "she"), as a "who".
    function aux.clause_subject_before(at, pron)
      local near
      for mi = 1, #ms do
        if ms[mi].b < at then near = mi end
      end
      local m = near and ms[near]
      if not m or (m.kind ~= "person" and m.kind ~= "role") or P.inq[m.a] then return nil end
      local before = tk.f[m.a - 1]
      if before == "the" then before = tk.f[m.a - 2] end
      if not (before == "that" or (before == "was" and tk.f[m.a - 2] == "it")) then return nil end
      local w = named_speaker(tk, ms, near, pron)
      if not w then return nil end
      w = copy(w)
      w.pronoun = true
      return w
    end

    -- (session 9) "X, he said, had ...": the pronoun of an attribution set
    -- between a subject and its verb is the person (or
    -- spokesperson) named last before that subject in the sentence
    -- ("Milei's spokesman, Manuel Adorni, offered a different emphasis:
    -- Milei, he said, had ..."), else the named subject opening the
    -- sentence before when that one reports no words; never the
    -- interrupted subject, a person of the content, nor one of the other
    -- gender where known (mention_gender).
    -- at: the pronoun's token, pron: "he" or "she".  The "who", or nil
    -- when at is no such
    -- pronoun or no one is named.
    local function parenthetical_who(at, pron)
      if at < 3 or tk.f[at - 1] ~= "," or P.inq[at] then return nil end
      -- the verb of saying and the comma closing the parenthetical
      local v = at + 1
      if tk.f[v] and tk.f[v]:sub(-2) == "ly" then v = v + 1 end
      if not (SAY_PAST[tk.f[v]] or tk.f[v] == "added" or tk.f[v] == "told") then return nil end
      if tk.f[v + 1] ~= "," then return nil end
      -- (between a subject and its verb: "Bonn was ready ..., he said,
      -- and ..." is a tail of the clause before)
      local nx = tk.f[v + 2]
      if not (nx and (PAREN_AUX[nx] or (tk.k[v + 2] == "w" and not tk.up[v + 2] and nx:sub(-2) == "ed"))) then
        return nil
      end
      -- the subject interrupted: the mention ending before the comma, if
      -- any
      local limit = at - 1
      for mi = 1, #ms do local m = ms[mi]
        if m.b == at - 2 then limit = m.a break end
      end
      -- (a name of no known side gives way to the title before it:
      -- "Merkel's deputy spokeswoman Christiane Wirtz")
      local unknown
      for mi = #ms, 1, -1 do local m = ms[mi]
        if m.b < limit and not P.inq[m.a] then
          local w = named_speaker(tk, ms, mi, pron)
          if w and not w.unknown then return w end
          unknown = unknown or w
        end
      end
      if unknown then return unknown end
      -- (in the sentence before, only a named subject opening it: "He
      -- said he had thanked Mr Sharif ..." or "The senator ... saw the
      -- President" leave the pronoun to the chain of speakers)
      -- (one with a verb of saying, "..., and Mr. Laxalt said that would
      -- be no problem.", "He said he had thanked Mr Sharif", is left to
      -- the chain of speakers resolve() keeps)
      local A0 = si > 1 and S[si - 1]
      local P0 = parsed[si - 1]
      if not P0 then return nil end
      for fr_i = 1, #P0.frames do
        if P0.frames[fr_i].say then return nil end
      end
      for mi = 1, A0 and A0.ms and #A0.ms or 0 do local m = A0.ms[mi]
        if m.a > 6 then break end
        local f = A0.tk.f[m.b + 1]
        if f ~= "'s" and f ~= "\226\128\153s" then
          return named_speaker(A0.tk, A0.ms, mi, pron)
        end
      end
      return nil
    end

    local pron_fits = aux.pron_fits
    -- The one participant of the current call the gazetteer knows of
    -- pron's gender, as a "who", or nil (none, or several).
    local function call_person_of(pron)
      return call_person_where(function(p)
        local r = G:person(p.name)
        return r ~= nil and (r.gender == "f") == (pron == "she")
      end)
    end

    -- The latest call told by sentence upto, not denied, that keep(c)
    -- holds for, or nil.
    local function latest_call(upto, keep)
      for k = #all_calls, 1, -1 do
        local c = all_calls[k]
        if c.sentence <= upto and c.status ~= "denied" and keep(c) then return c end
      end
      return nil
    end

    -- A subject record of the parser as a "who".
    local resolve
    function resolve(subj)
      if not subj then return nil end
      if subj.pair then return { kind = "joint", text = "pair" } end
      -- (session 10) a name the mentions do not know, apposed to an office
      -- of a side before it ("A spokesman for the Indonesian presidential
      -- palace, Johan Budi, confirmed ..."): that office speaks
      if subj.a and subj.b and not subj.mi and subj.a > 2 and tk.f[subj.a - 1] == "," and tk.f[subj.b + 1] == ","
          and tk.up[subj.a] and A_cur and A_cur.C then
        local oi = A_cur.C.mention_at[subj.a - 2]
        local o = oi and ms[oi].b == subj.a - 2 and describe(tk, ms, oi)
        if o and o.kind == "body" and o.side and not o.anaphor then return o end
      end
      if subj.mi and ms[subj.mi] and ms[subj.mi].kind == "pronoun" and not subj.noun
          and #(subj.all or {}) <= 1 then
        -- (the object form of an account: "According to her, ...")
        local f = ms[subj.mi].f
        return resolve({ pron = OBJECT_PRON[f] or f, from = subj })
      end
      if subj.pron then
        local p = subj.pron
        if p == "it" then
          -- the account of the sentence before, else the latest body named
          if st.last and st.last.si == si - 1 and not (st.last_body and st.last_body.si == si - 1) then
            return { kind = "body", side = st.last.side, via = st.last.via, text = "it" }
          end
          if st.last_body then
            return { kind = "body", side = st.last_body.side, via = st.last_body.via, text = "it" }
          end
          return { kind = "body", anaphor = true, text = "it" }
        elseif p == "they" then
          return { kind = "joint", text = "they" }
        elseif p == "other" then
          -- (session 14) "Rabin was told that ...": the other party of the
          -- hearer's latest call, when it has one other party
          local hw = subj.hearer_mi and describe(tk, ms, subj.hearer_mi)
          local hname = hw and hw.kind == "person" and hw.name
          local c = hname and latest_call(si, function(x) return in_call(x, hname) ~= nil end)
          local w = c and call_person_where(function(q) return q.name ~= hname end, c)
          if w then w.pronoun, w.text = nil, w.name end
          return w
        elseif p == "i" or p == "we" then
          return first_person_who(si, p)
        elseif p == "he" or p == "she" then
          -- (session 23) a sovereign's style ("His Majesty thanked
          -- President Biden ..."): the participant of the call who reigns,
          -- not the person named last
          local sm = subj.from and subj.from.mi and ms[subj.from.mi]
          local sw = sm and sm.style_word and aux.styled_participant(st.call, sm.style_word)
          if sw then return sw end
          -- (session 8, round 9) "X held a telephone conversation with Y,
          -- during which he informed ...": "he" opening a relative clause
          -- on the call is the sentence's subject, the first person it
          -- names, not the person of the sentences before
          local at = subj.a or (subj.from and subj.from.a)
          if at and at > 3 and tk.f[at - 1] == "which" and tk.f[at - 3] == ","
              and (tk.f[at - 2] == "during" or tk.f[at - 2] == "in") then
            for mi = 1, #ms do
              local m = ms[mi]
              if m.a >= at - 3 then break end
              local w = describe(tk, ms, mi)
              if w and w.kind == "person" and w.name then
                w = copy(w)
                w.pronoun = true
                return w
              end
            end
          end
          -- (session 9) the pronoun of a parenthetical ("Milei, he said,
          -- had invited ...", "...: the deal, she said, was ready")
          local par = at and parenthetical_who(at, p)
          if par then return par end
          -- (session 25) the teller of the sentence right after one an
          -- unnamed spokesperson told ("A spokesman for Mr. Kohl said
          -- ... He said ..."): that spokesperson, for his side
          local us = st.unnamed_teller
          if us and src and (subj == src.speaker or subj.from == src.speaker) and us.si >= si - 1 then
            us.si = si
            return { kind = "body", side = us.side, via = us.via, office = true, text = us.via }
          end
          -- (session 8) the speaker of the sentence right after one a
          -- named spokesperson attributed: that spokesperson ("...,
          -- spokesman X said. \"...,\" he told reporters.")
          if src and (subj == src.speaker or subj.from == src.speaker) and st.spokes_src
              and st.spokes_src.si == si - 1 then
            local w = copy(st.spokes_src.who)
            w.pronoun = true
            return w
          end
          if cur_src_person and cur_src_person ~= subj and pron_fits(cur_src_person, p) then
            local w = copy(cur_src_person)
            w.pronoun = true
            return third_person(si, w)
          end

          -- (session 17) the subject of the clause before, in the same
          -- account of a body: "Kampala said that Museveni had called,
          -- and that he had protested", "said it was Museveni who had
          -- ..., and that he ..." (the nearest person named, when it
          -- opened a clause; a teller who is a person was taken above)
          local near = at and aux.clause_subject_before(at, p)
          if near then return near end

          if st.last_person and pron_fits(st.last_person, p) then
            local w = copy(st.last_person)
            w.pronoun = true
            return third_person(si, w)
          end
          -- (session 10) else the call's one participant of that gender
          -- ("Rutte said ... She said ..." on a call with Merkel)
          if st.last_person or cur_src_person then return call_person_of(p) end
          -- (session 14) in a document's first account, the person subject
          -- of a verb before it ("Abe told Putin that he hoped ..., an
          -- official said")
          local w = at and aux.reporter_before(at)
          if w and pron_fits(w, p) then return w end
        end
        return nil
      end
      -- "The statement said ..." right after "X's spokeswoman said in a
      -- statement": like "it", the account of the sentence before, a
      -- spokesperson's included
      -- (session 17) also "A statement said ..." after "..., State House
      -- said": the body of the sentence before
      local bare_account = subj.a and subj.b and subj.b > subj.a
        and (tk.f[subj.a] == "the" or tk.f[subj.a] == "a")
        and SL.starts.account[tk.f[subj.a + 1]] and phrases.match(SL.account, tk, subj.a + 1) == subj.b
      if bare_account and tk.f[subj.a] == "a" and st.last_body and st.last_body.si == si - 1
          and st.last_body.side then
        return { kind = "body", side = st.last_body.side, via = st.last_body.via,
          text = sent.text:sub(tk.s[subj.a], tk.e[subj.b]) }
      end
      if bare_account and tk.f[subj.a] == "the"
          and st.last and st.last.si == si - 1 and st.last.via and st.last.side
          and not (st.last_body and st.last_body.si == si - 1) then
        return { kind = "body", side = st.last.side, via = st.last.via,
          text = sent.text:sub(tk.s[subj.a], tk.e[subj.b]) }
      end
      -- (session 11) "According to that readout, ...", "This summary
      -- said ...": a demonstrative before an account noun alone points
      -- back to the account a body of a known side gave in the two
      -- sentences before ("... set out in a Kremlin readout issued on
      -- Saturday", "The White House released a summary of the call")
      if subj.a and subj.b and subj.b > subj.a and DEMONSTRATIVE[tk.f[subj.a]]
          and SL.starts.account[tk.f[subj.a + 1]] and phrases.match(SL.account, tk, subj.a + 1) == subj.b
          and st.last_body and st.last_body.si >= si - 2 and st.readout_si and st.readout_si >= si - 2 then
        return { kind = "body", side = st.last_body.side, via = st.last_body.via,
          text = sent.text:sub(tk.s[subj.a], tk.e[subj.b]) }
      end
      -- several mentions in one subject: the most telling one
      local best, best_score
      local all = subj.all
      for k = 1, all and #all or 1 do
        local mi = all and all[k] or subj.mi       -- (subj.all, else subj.mi alone)
        local w = mi and mi > 0 and describe(tk, ms, mi)
        if w then
          local score = 0
          if w.kind == "person" or w.kind == "joint" then score = (subj.all and #subj.all > 1) and 6 or 4 end
          if w.kind == "body" and w.office then score = 1 end
          if w.kind == "body" and w.side then score = 3 end
          if w.kind == "body" and w.inst then score = 5 end
          if w.kind == "role" then score = w.side and 3 or 1 end
          if not best_score or score > best_score then best, best_score = w, score end
        end
      end
      -- (session 10) a name of no known side apposed to an office of a
      -- side ("A spokesman for the Indonesian presidential palace, Johan
      -- Budi, confirmed ..."): that side's spokesperson
      if best and best.kind == "person" and not best.side and all and #all == 2 then
        local o = describe(tk, ms, all[1])
        if o and o ~= best and o.kind == "body" and o.side and not o.anaphor and tk.f[ms[all[1]].b + 1] == "," then
          best = copy(best)
          best.side, best.spokes, best.via, best.via_side = o.side, true, o.via or o.text, o.side
        end
      end
      -- (session 8) "they said" right after a sentence a body of several
      -- people gave ("White House officials said ... But they said
      -- Mr. Shamir ..."): that body's account goes on
      if best and best.kind == "joint" and src and subj == src.speaker and best.text
          and fold(best.text) == "they" and st.last_plural and st.last_plural.si == si - 1 then
        return { kind = "body", side = st.last_plural.side, via = st.last_plural.via, text = best.text }
      end
      -- "Mr Gorbachev's aides said": the aides of the person named speak
      -- for that person's side; of a person of no known side, for none
      -- (not for the account in play)
      local own_w = subj.all and #subj.all == 2 and subj.mi and subj.all[2] == subj.mi
        and ms[subj.mi].kind == "body" and tk.f[ms[subj.mi].a - 1] == "'s" and describe(tk, ms, subj.mi)
      if own_w and not own_w.side and not own_w.inst then
        local o = describe(tk, ms, subj.all[1])
        if o and (o.kind == "person" or o.kind == "role") then
          local side = o.side
          if not side and o.kind == "person" and st.call then
            local pp = in_call(st.call, o.name)
            side = pp and pp.country
          end
          best = copy(own_w)
          best.via = sent.text:sub(tk.s[subj.a], tk.e[subj.b])
          if side then best.side = side else best.owned = true end
          -- ("... said he told Biden": he is that person)
          if o.kind == "person" then best.owner_person = { kind = "person", name = o.name, side = side } end
        end
      end
      local owner_k = best and best.kind == "body" and not best.side and not best.owned and subj.mi
        and owner_body(tk, ms, subj.mi)
      local owner_w = owner_k and describe(tk, ms, owner_k)
      if owner_w and owner_w.side then
        best = copy(best)
        best.side = owner_w.side
        best.via = sent.text:sub(tk.s[ms[owner_k].a], tk.e[ms[subj.mi].b])
      end
      -- (session 10) "Lahoud's office said he had assured Chirac ...": a
      -- body one mention with its owner, a person of a known side; "he"
      -- is the owner
      local om = not own_w and best and best.kind == "body" and subj.mi and ms[subj.mi]
      local owner = om and om.kind == "body" and om.owner
      if owner and owner.kind == "person" and (owner.person or owner.name) and best.side then
        best = copy(best)
        best.owner_person = { kind = "person", name = owner.person and owner.person.name or owner.name,
          side = best.side }
      end
      -- (session 22) the office of an office ("The office of the
      -- president said he had ..."): the one participant who holds it
      if owner and owner.kind == "role" and owner.role and not owner.country and not best.owner_person then
        local p = participant_of(st.call, nil, owner.role)
        local side = p and p.name and country_name(G, p.country)
        if side and (best.side == nil or best.side == side) then
          best = copy(best)
          best.owner_person = { kind = "person", name = p.name, side = side }
        end
      end
      -- (session 22) an institution the gazetteer knows by its head's
      -- name ("Zelensky's office said he had ..."): "he" is that head, a
      -- participant of the call in play
      if not owner and om and om.kind == "body" and best.side and st.call then
        for x = om.a + 1, om.b do
          if tk.f[x] == "'s" then
            local p = in_call(st.call, sent.text:sub(tk.s[om.a], tk.e[x - 1]))
            if p and p.name then
              best = copy(best)
              best.owner_person = { kind = "person", name = p.name, side = best.side }
            end
            break
          end
        end
      end
      -- (best may be describe's shared record: each change below is made
      -- on a copy, mutable(best))
      -- "The Indian Ministry of External Affairs said": the body's whole
      -- name is the via, the "of" phrase its mention did not take in
      local sm0 = subj.mi and ms[subj.mi]
      if best and best.kind == "body" and not best.inst and sm0 and subj.b and subj.b > sm0.b
          and tk.f[sm0.b + 1] == "of" then
        best = mutable(best)
        best.via = sent.text:sub(tk.s[subj.a or sm0.a], tk.e[subj.b])
      end
      local np = subj.noun and sent.text:sub(tk.s[subj.a], tk.e[subj.b]) or nil
      -- a newspaper or broadcaster that is no body of a side ("According
      -- to The Washington Post, which cited ..."): a source of no known
      -- side, that takes the side of the participant it reports
      local sm = subj.mi and ms[subj.mi]
      local sa, sb = subj.a or (sm and sm.a), subj.b or (sm and sm.b)
      -- (not a person or an office: "The President of Russia" is also the
      -- name of the Kremlin's site)
      if sa and sb and not (best and (best.inst or best.kind == "role" or best.kind == "person")) then
        local press = aux.press_name(sa, sb)
        if press then return { kind = "body", anaphor = true, guessed = true, via = press, press = true } end
      end
      -- "Both ministries said", "the two governments said": each side's
      -- account (the claim is made for every side of the call)
      if subj.a and subj.b and BOTH_BODY[tk.f[subj.b]]
          and (tk.f[subj.a] == "both" or (tk.f[subj.a] == "the" and tk.f[subj.a + 1] == "two")) then
        return { kind = "joint", both = true, text = sent.text:sub(tk.s[subj.a], tk.e[subj.b]) }
      end
      -- "an aide to Macron", "officials of the Kremlin": the head noun
      -- speaks, for the side the rest names
      if subj.linked and subj.all and #subj.all > 1 then
        local head = describe(tk, ms, subj.all[1])
        if head and head.kind == "body" and not head.side and best and best.side then
          -- ("A statement from Mr Lange's office said he ...": the
          -- office's owner is still "he")
          best = { kind = "body", side = best.side, via = sent.text:sub(tk.s[subj.a], tk.e[subj.b]),
            office = true, noun = head.noun, owner_person = best.owner_person }
        end
      end
      if best and best.kind == "role" and subj.noun then
        best = { kind = "body", side = best.side, via = np, noun = true }     -- "the Ukrainian president's website"
      elseif best and best.kind == "person" and subj.noun then
        best = { kind = "body", side = best.side, via = np, noun = true }     -- "Rouhani's office"
      elseif best and best.kind == "body" and subj.noun and not best.noun then
        best = mutable(best)     -- "A source in the Turkish presidency"
        best.noun = true
      elseif not best and subj.noun and title_participant(subj.a, subj.b) then
        best = title_participant(subj.a, subj.b)
      elseif not best and subj.noun and spokes_named(subj.a, subj.b) then
        best = spokes_named(subj.a, subj.b)
      elseif not best and subj.noun then
        -- "A French diplomatic source": a country word in the phrase
        -- (session 25: before the place of onlookers, "Western diplomats
        -- in Beijing": the place is no side)
        local side
        for x = subj.a, subj.onlooker and subj.noun or subj.b do
          local cj, id = G:country_at(tk, x)
          if cj and cj <= subj.b then side = country_name(G, id) break end
        end
        best = { kind = "body", anaphor = side == nil, side = side, via = np, guessed = side == nil }
        -- a government body the gazetteer does not know ("the Royal
        -- Cabinet said", "the Presidential Office said": the words of a
        -- body's name, lua/outlets.lua's official_body, and no
        -- publication's) speaks for the document's home side
        -- (session 8) or for the country the sentence opens in ("In
        -- Tokyo, Chief Cabinet Secretary X said ..." in a report from
        -- Washington)
        if not side and (place_side or home) and official_np(np) then
          best.side, best.anaphor, best.guessed, best.office = place_side or home, nil, nil, true
          best.home_guess = not place_side or nil
        end
      end
      if best and best.kind == "person" and subj.all and #subj.all > 1 then
        -- "Kremlin spokesman Dmitry Peskov": the body is the via
        for mi_i = 1, #subj.all do local mi = subj.all[mi_i]
          local w = mi and mi > 0 and describe(tk, ms, mi)
          -- ("Chirac's spokeswoman, Catherine Colonna": an office of no
          -- stated side, the person's)
          if w and w.kind == "body" and (w.side or (w.office and subj.appos)) then
            best = mutable(best)
            best.via, best.via_side, best.spokes = w.via, w.side or best.side, true
            best.also_inst = w.also_inst
          end
        end
      end
      best = aux.office_of_title(best, subj)
      -- (session 9) "the presidential office": of the one participant of
      -- the call in play holding that title, wherever the page is from
      if (not best or (best.kind == "body" and not best.side and not best.owned)) and sa and sb then
        for x = sa, sb do
          local p = OFFICE_ADJ[tk.f[x]] and participant_of(st.call, nil, OFFICE_ADJ[tk.f[x]])
          -- (when both hold the title, "the presidential office" of a page
          -- is its home side's, one of the call's: Yonhap's is Seoul's)
          local side = p and p.country
          -- (session 12) a country named before the title ("Egypt's
          -- presidential spokesman", "the Egyptian presidential office")
          -- is the office's, when it is on the call
          for y = OFFICE_ADJ[tk.f[x]] and not side and sa or x, x - 1 do
            local j, id = G:country_at(tk, y)
            local cn = j and j < x and id and country_name(G, id)
            if cn and participant_of(st.call, cn) then side = cn break end
          end
          if not side and OFFICE_ADJ[tk.f[x]] and home and st.call and participant_of(st.call, home) then
            side = home
          end
          if side then
            best = best and mutable(best) or { kind = "body", via = sent.text:sub(tk.s[sa], tk.e[sb]) }
            best.side, best.anaphor, best.guessed, best.office = side, nil, nil, true
            break
          end
        end
      end
      -- (session 8) a body of no stated side in a sentence that opens in a
      -- country's capital or the country ("In Beijing, a foreign ministry
      -- spokesman said ...", "In Tokyo, officials said ..."): that
      -- country's, before any home side or account in play
      if best and best.kind == "body" and (not best.side or best.owner_guess) and not best.owned and place_side then
        best = mutable(best)
        best.side, best.at_place = place_side, true
        -- (session 8) a titled official the mentions did not take ("In
        -- Tokyo, Chief Cabinet Secretary Takeo Kawamura said"): an aide of
        -- that country, no longer a guess
        if best.guessed and subj.a and subj.b then
          for x = subj.a, subj.b do
            if tk.up[x] and OFFICE_WORD[tk.f[x]] then
              best.guessed, best.anaphor, best.spokes = nil, nil, true
              break
            end
          end
        end
      end
      -- "his office", "her spokesman": the office of the person this
      -- sentence reports ("Park told Abe ..., her office said", "...,
      -- according to his office"), else of
      -- the latest person named
      if best and best.kind == "body" and not best.side and not best.owned
          and sa and (POSSESSIVE[tk.f[sa]] or POSSESSIVE[tk.f[sa - 1]]) then
        local pw = POSSESSIVE[tk.f[sa]] and tk.f[sa] or tk.f[sa - 1]
        local side = aux.sentence_person_side(POSSESSIVE_PRON[pw]) or (st.last_person and st.last_person.side)
        if side then
          best = mutable(best)
          best.side = side
        end
      end
      -- (session 14) a body "here" in a datelined story ("COLOMBO, Jan. 8
      -- -- ..., the foreign ministry here said", "a spokesman said here"):
      -- of the dateline's country
      if best and best.kind == "body" and not best.side and not best.owned and subj.b
          and (tk.f[subj.b + 1] == "here" or (tk.f[subj.b + 2] == "here" and tk.k[subj.b + 1] == "w"))
          and dateline_of(doc) and dateline_of(doc).place then
        local name = place_country(G, dateline_of(doc).place)
        if name then
          best = mutable(best)
          best.side, best.guessed, best.anaphor = name, nil, nil
        end
      end
      -- (session 11) an account named with "a" ("..., according to a
      -- government statement") is no account named before: of no side,
      -- the participant it quotes gives one (below, acc)
      if best and best.kind == "body" and not best.side and not best.owned and sa and sb
          and (tk.f[sa] == "a" or tk.f[sa] == "an")
          and (best.account or (SL.starts.account[tk.f[sb + 1] or ""] and phrases.match(SL.account, tk, sb + 1))) then
        best = mutable(best)
        best.guessed = true
        return best
      end
      -- an anaphoric body: "the statement" is the latest account; "the
      -- office" right after "her office said" is that office; "the
      -- ministry", "the presidency" belong to the side in focus
      -- ("..., according to the directorate": the subject is the mention
      -- alone, its article before it)
      local the_at = sa and (tk.f[sa] == "the" or (not subj.a and tk.f[sa - 1] == "the"))
      -- (session 7) a bare office anaphor ("According to the press
      -- secretary", "the spokesman said") is the spokesperson named
      -- before in the document ("his press secretary Dmitry Peskov"),
      -- with his side, or an unnamed one who told in the sentence before
      -- ("..., a State Department spokesman said in Washington. According
      -- to the spokesman, ..."), with its side
      if best and (best.kind == "body" or best.kind == "role") and not best.side and not best.owned
          and the_at and sb and SPOKES_NOUN[tk.f[sb]] and st.last_spokes and not subj.noun then
        local w = st.last_spokes
        local via = sent.text:sub(tk.s[sa], tk.e[sb])
        local u = st.unnamed_spokes
        if u and u.si == si - 1 then return { kind = "body", side = u.side, via = via, office = true, text = via } end
        -- (session 27) or of the account a side gave in the sentence
        -- before ("The South Korean account of the call, released in
        -- Seoul by a spokesman, ... The spokesman said ..."), not the
        -- other side's spokesperson named earlier
        local acc = st.last_body
        if acc and acc.si == si - 1 and st.readout_si == si - 1 and acc.side then
          return { kind = "body", side = acc.side, via = via, office = true, text = via }
        end
        return { kind = "person", name = w.name, side = w.side, spokes = true, role = "spokesperson",
          via = via, via_side = w.side, text = w.name }
      end
      -- (session 17) not a ministry or department by its proper name that
      -- the body before does not bear ("According to the Foreign Ministry,
      -- ..." right after "..., the State Department said"): another body,
      -- its side a guess the participant it reports overrides (acc, below)
      local renamed = best and best.kind == "body" and not best.side and not best.owned and best.office
        and the_at and sb and tk.k[sb] == "w" and tk.up[sb] and RENAMED_BODY[tk.f[sb]]
        and st.last_body and st.last_body.si >= si - 1
        and type(st.last_body.via) == "string"
        and not (" " .. st.last_body.via:lower():gsub("%W", " ") .. " "):find(" " .. tk.f[sb] .. " ", 1, true)
      if best and best.kind == "body" and not best.side and not best.owned and best.office and the_at
          and st.last_body and st.last_body.si >= si - 1 and not renamed then
        best = mutable(best)
        best.side, best.via = st.last_body.side, st.last_body.via
      end
      if best and best.kind == "body" and not best.side and not best.owned and best.office and home then
        best = mutable(best)
        best.side = home
      end
      -- (session 7) unnamed officials of no stated country, when nothing
      -- above gave them a side, telling what a person did or meant
      -- ("Administration officials said afterward that Mr. Bush had hoped
      -- to speak to Deng"): that person's people, as "his aides" are; "the
      -- officials" after them are the same (st.last_body, below).  Before
      -- the side in focus and the latest body's (below): "Merkel urged
      -- restraint, a government spokesman said" is not the Elysee's
      -- account told a sentence before
      -- (session 25) also "the spokesman" that no spokesperson or body of
      -- the sentence before answers to ("The spokesman said President
      -- Putin had stressed ..."): of no side it names, the person it
      -- reports gives one
      if best and best.kind == "body" and not best.side and not best.owned and best.office
          and (not the_at or sb and SPOKES_NOUN[tk.f[sb]] and not (st.last_body and st.last_body.si >= si - 1)
            and not st.last_spokes)
          and not home then
        local side
        local pt = P.points[1]
        local mi = pt and ((pt.speaker and pt.speaker.mi)
          or (A_cur and A_cur.C and A_cur.C.mention_at[pt.a] and ms[A_cur.C.mention_at[pt.a]].a == pt.a
            and A_cur.C.mention_at[pt.a]))
        local w = mi and describe(tk, ms, mi)
        if w and w.kind == "person" then
          local pp = not w.side and st.call and in_call(st.call, w.name)
          side = w.side or (pp and pp.country) or nil
          -- ("Mr. Bush": namesakes of one country)
          for _, q in ipairs(not side and ms[mi].cands or NONE) do
            if side == nil then side = q.country elseif side ~= q.country then side = false end
          end
        elseif w and w.kind == "role" and w.role then
          -- ("The chancellor urged restraint, a government spokesman said")
          local pp = not w.side and participant_of(st.call, nil, w.role)
          side = w.side or (pp and pp.country) or nil
        end
        if side then
          best = mutable(best)
          best.side, best.guessed, best.anaphor = country_name(G, side) or side, nil, nil
        end
      end
      if best and best.kind == "body" and not best.side and not best.owned and best.office and st.focus
          and st.focus.si >= si - 1 then
        best = mutable(best)
        best.side = st.focus.side
        -- the office of someone not on the call ("Lavrov ... A statement
        -- from the ministry")
        if st.focus.name and not (st.call and in_call(st.call, st.focus.name)) then best.outsider = true end
      end
      -- ("the presidency" after "the Turkish Presidency": the same body)
      if best and best.kind == "body" and best.office and best.side and st.last_body
          and st.last_body.side == best.side and not subj.noun then
        best = mutable(best)
        best.via = st.last_body.via
      end
      if best and best.kind == "body" and not best.side and not best.owned then
        best = mutable(best)
        local b = st.last_body
        if b then
          best.side = b.side
          if best.account or not best.via then best.via = b.via end
        elseif home then
          best.side = home
        elseif outlet then
          best.side, best.via = outlet.side, outlet.via
        end
      end
      if renamed and best.side then
        best = mutable(best)
        best.guessed, best.via = true, sent.text:sub(tk.s[sa], tk.e[sb])
      end
      -- one official of a side on the call: that participant
      if best and best.kind == "body" and best.official and best.side then
        local p = participant_of(st.call, best.side)
        if p and p.name then best = { kind = "person", name = p.name, side = p.country } end
      end
      if best and best.kind == "person" and best.unknown then
        -- a participant of a call of the document, namesakes of one
        -- country, else an aide of the account in play or of the home side
        best = mutable(best)
        local p
        for k = #all_calls, 1, -1 do
          p = in_call(all_calls[k], best.name)
          if p and p.country then break end
        end
        local m = subj.mi and ms[subj.mi]
        local cc
        for _, q in ipairs(m and m.cands or {}) do
          if cc == nil then cc = q.country elseif cc ~= q.country then cc = false end
        end
        local aide = true       -- someone speaking about a call they were not on
        local spokes_word = false   -- "spokeswoman X", "X, a spokesman"
        for x = subj.a or 1, subj.b or 0 do
          -- ("press secretary X": a spokesperson; "Secretary X" no)
          if SPOKES_NOUN[tk.f[x]] and (tk.f[x] ~= "secretary" or tk.f[x - 1] == "press") then
            spokes_word = true
          end
        end
        -- (session 7) a spokesperson named before in full ("Thai government
        -- spokesman Jirayu Huangsap ... According to Jirayu, ...")
        local said
        for k = #st.spokes_seen, 1, -1 do
          local q = st.spokes_seen[k]
          if same_person({ name = q.name }, best.name) then said = q break end
        end
        if said and not (p and p.country) then
          best.name, best.side, best.via_side, best.unknown, best.spokes = said.name, said.side, said.side, nil, true
          best.via = best.via or best.text
        elseif p and p.country then
          best.side, best.unknown = p.country, nil
          best.name = p.name or best.name
        elseif cc then
          best.side, best.unknown = country_name(G, cc), nil
        elseif aide and place_side then
          -- (session 8) "In Tokyo, Chief Cabinet Secretary X said ...": an
          -- aide of the country the sentence opens in
          best.side, best.spokes = place_side, true
        elseif aide and st.account and st.account.si >= si - 2 and st.account.para == sent.paragraph then
          best.side, best.spokes = st.account.side, true
        elseif aide and spokes_word and st.last_body and st.last_body.si == si - 1 then
          -- (session 11) a spokesperson right after a body of a known side
          -- confirmed or gave the call ("The Elysee has confirmed the
          -- call. Spokeswoman X said ..."): that body's
          best.side, best.spokes = st.last_body.side, true
        elseif aide and home then
          best.side, best.spokes = home, true
        end
      end
      return best
    end

    -- (session 14) A who whose body goes by a name other countries'
    -- bodies share (the gazetteer's `also`: "the Foreign Office" is the
    -- UK's, Pakistan's, Germany's): when the call in play has not the
    -- body's own side but exactly one of the others, that one's (a copy).
    -- (session 14) Does the content [ta, tb] tell only what a person did
    -- ("Secretary X spent the night in contact with ...", "He later
    -- chaired a meeting ...", officials said): a person's mention opens
    -- it, and after adverbs and auxiliaries its first verb is one of
    -- doing (speech.yaml narration), not of saying.  Narration, no claim
    -- (not after a modal: "he could spend a quiet evening" is a claim).
    function aux.narration(ta, tb)
      local mat = A_cur and A_cur.C and A_cur.C.mention_at
      local mi = mat and mat[ta]
      if not mi or P.inq[ta] or ms[mi].a ~= ta then return false end
      local kind = ms[mi].kind
      if kind ~= "person" and kind ~= "role" and kind ~= "pronoun" then return false end
      local x = ms[mi].b + 1
      while x < tb and x - ms[mi].b <= 3 and SL.between[tk.f[x]] and tk.k[x] == "w" do
        if MODAL[tk.f[x]] or tk.f[x] == "not" or tk.f[x] == "never" then return false end
        -- (session 24: "been", a word between too, opens "been in touch")
        if phrases.match(SL.narration, tk, x) then return true end
        x = x + 1
      end
      return x < tb and phrases.match(SL.narration, tk, x) ~= nil
    end

    function aux.shared_side(w)
      local inst = w and w.also_inst
      if not (inst and st.call) then return w end
      local sides = call_sides(st.call)
      if not next(sides) then return w end
      -- the bodies of that name on the call: one is it; (session 15) of
      -- two ("State House" on a call of Kenya and Uganda), the one of a
      -- place the sentence opens with ("In Nairobi, State House
      -- spokesman ..."), else of the story's dateline ("KAMPALA,
      -- Friday"), as its press calls its own body
      local on, n = {}, 0
      for _, o in ipairs({ { name = inst.side_name }, table.unpack(inst.also) }) do
        if sides[o.name] then on[o.name], n = o, n + 1 end
      end
      local alt
      if n == 1 then
        alt = next(on) and on[next(on)]
      elseif n > 1 then
        local home_side
        if tk.f[1] == "in" then
          local j, id = G:country_at(tk, 2)
          if j and tk.f[j + 1] == "," then home_side = country_name(G, id) end
        end
        home_side = home_side or doc.dateline and doc.dateline.place and place_country(G, doc.dateline.place)
        alt = home_side and on[home_side]
      end
      if not alt or alt.name == inst.side_name then return w end
      w = copy(w)
      if w.side == inst.side_name then w.side = alt.name end
      if w.via_side == inst.side_name then w.via_side = alt.name end
      w.also_inst = nil
      return w
    end
    do
      local resolve_words = resolve
      resolve = function(subj) return aux.shared_side(resolve_words(subj)) end
    end

    -- A person of no known side who spoke in this sentence for one (an
    -- aide the gazetteer does not know: "Government spokesman Hans Klein
    -- said ..."): the side a claim of the sentence gave them, else the one
    -- the subject's resolution gives; "he" in the next sentence ("...,
    -- he said, and ...") speaks for that side too.  The person (a copy
    -- when changed).
    local function with_claim_side(w, made_here)
      if not (w and w.kind == "person" and w.name and not w.side and #made_here > 0) then return w end
      local side
      for c_i = 1, #made_here do local c = made_here[c_i]
        if c.speaker.text == w.name and c.side then side = c.speaker_country or c.side break end
      end
      if not side then
        for fr_i = 1, #P.frames do local fr = P.frames[fr_i]
          local mi = fr.say and fr.subj and fr.subj.mi
          local r = mi and ms[mi].kind == "person" and resolve({ mi = mi })
          if r and r.kind == "person" and r.name == w.name and r.side then side = r.side break end
        end
      end
      if not side then return w end
      w = copy(w)
      w.side = side
      -- (someone not on the call speaks for a side: an aide)
      if not (st.call and in_call(st.call, w.name)) then w.spokes = true end
      return w
    end

    -- Does a joint mention fit the call's people by its count ("the two
    -- leaders", "both", "the three leaders")?  One with no count does.
    local function joint_fits(m, c)
      local n = 0
      for x = m.a, m.b do n = JOINT_COUNT[tk.f[x]] or n end
      return n == 0 or n == #c.people
    end

    -- A point reports the call when it names both parties or the other
    -- party (not as the subject of its own verbs); the sentence when
    -- one of its points does.
    -- (session 9) The sentence opens with a phrase placing it after the
    -- call ("Soon after the conversation,", "After hanging up,", "An
    -- hour after the call ended,", "Following the talks,") and its
    -- attribution tells someone something ("Erdogan informed the cabinet
    -- that ...", "Macron told his ministers ..."): words to others on
    -- another occasion.  Whether so.
    local function told_after_call()
      local fr = src and src.frame
      if not (fr and fr.hearer) then return false end
      -- (not reporters: a participant briefing the press after the call
      -- tells of it, as the rules on "told reporters" read)
      local h = tk.f[fr.vend + 1]
      if h == "the" or h == "a" then h = tk.f[fr.vend + 2] end
      if fr.press and NEWS_HEARER[h] then return false end
      local x = 1
      while x <= 4 and AFTER_LEAD[tk.f[x]] do x = x + 1 end
      if tk.f[x] ~= "after" and tk.f[x] ~= "following" then return false end
      x = x + 1
      local e
      if tk.f[x] == "hanging" and tk.f[x + 1] == "up" then
        e = x + 1
      else
        if tk.f[x] == "the" or tk.f[x] == "their" or tk.f[x] == "that" or tk.f[x] == "this"
            or tk.f[x] == "his" or tk.f[x] == "her" then
          x = x + 1
        end
        e = SL.starts.call_noun[tk.f[x]] and phrases.match(SL.call_noun, tk, x)
        if not e then return false end
        if tk.f[e + 1] == "ended" or tk.f[e + 1] == "was" and tk.f[e + 2] == "over" then
          e = tk.f[e + 1] == "ended" and e + 1 or e + 2
        end
      end
      return tk.f[e + 1] == "," and fr.verb > e + 1
    end
    -- (session 9) Whether the words of point p name the participant of
    -- the call other than the one speaking ("he had warned Erdogan").
    -- (session 27) Does the sentence name a person of call c other than
    -- `me`, or anyone or anything of a side of it (`sides`)?
    function aux.names_call_people(c, me, sides)
      for mi = 1, #ms do
        local w = describe(tk, ms, mi)
        if w and w.name ~= me and ((w.kind == "person" and w.name and in_call(c, w.name))
            or (w.side and sides[w.side])) then
          return true
        end
      end
      return false
    end

    local function names_other(p)
      local me = st.call and src_who and src_who.kind == "person" and src_who.name
        and in_call(st.call, src_who.name)
      for mi = 1, me and #ms or 0 do
        local w = ms[mi].a >= p.a and ms[mi].b <= p.b and describe(tk, ms, mi)
        if w and w.kind == "person" and w.name and in_call(st.call, w.name) and not same_person(me, w.name) then
          return true
        end
      end
      return false
    end

    local function reports_call(p)
      if not st.call then return false end
      -- a denial of a call that did not take place is about it, wherever
      -- it was made ("This is pure fiction," Peskov told reporters)
      if st.call.status == "denied" and phrases.find(SL.denial, tk, p.a, p.b) then return true end
      -- a call not yet held: what a side says elsewhere before it is its
      -- standing line unless the sentence names the call ("Kishida told
      -- reporters he hoped to work closely with Yoon" the day before)
      if st.call.status == "planned" then return false end
      -- a person speaking who is on no side of the call names its parties
      -- as anyone may ("Johnson told the Commons that Putin's venture must
      -- fail"): only "the two leaders" and the like report it then
      local outsider = src_who and src_who.kind == "person" and not src_who.spokes and src_who.name
        and not in_call(st.call, src_who.name, nil)
      -- (session 18) and so, with no teller, is the point's own subject
      -- off the call ("Opposition leader X accused the Chancellor of ...")
      if not outsider and not src_who and p.speaker and p.speaker.mi then
        local w = describe(tk, ms, p.speaker.mi)
        outsider = w and w.kind == "person" and w.name and not w.spokes and not w.office
          and not in_call(st.call, w.name, nil) and w.name or false
      end
      local a = math.min(p.speaker and p.speaker.a or p.a, p.a)
      -- (session 8) a participant telling what passed between the two
      -- ("I told him ...", "he told me ...", "I said to her ..."), to
      -- reporters or lawmakers: the call
      -- (session 11: a participant the call names by office of the
      -- teller's country, "the New Zealand Prime Minister rang ...")
      if src_who and src_who.kind == "person" and src_who.name and not src_who.spokes
          and in_call(st.call, src_who.name, src_who.side) then
        for x = math.max(1, a - 3), p.b - 1 do
          local f, g = tk.f[x], tk.f[x + 1]
          if EXCHANGE_VERB[g] and ((f == "i" and HEARER_PRON[tk.f[x + 2]])
              or ((f == "he" or f == "she") and tk.f[x + 2] == "me")
              or (f == "i" and g == "said" and tk.f[x + 2] == "to" and HEARER_PRON[tk.f[x + 3]])) then
            return true
          end
          -- (session 11) in the third person, the teller's pronoun and
          -- the other's: "told reporters she had congratulated him on ...",
          -- "he had assured her that ..."
          if (f == "he" or f == "she" or f == "i") and not P.inq[x] then
            local y = (g == "had" or g == "has") and x + 2 or x + 1
            if (EXCHANGE_VERB[tk.f[y]] or GREETING_VERB[tk.f[y]]) and HEARER_PRON[tk.f[y + 1]] then
              return true
            end
          end
        end
      end
      -- (session 9) a participant telling what the other one said,
      -- promised or agreed ("told his press conference that Trump had
      -- promised to send ventilators", "said Putin had assured him"): the
      -- call
      -- (not "Merkel asked ..., she told reporters": a pronoun after the
      -- words is their subject)
      if src_who and src_who.kind == "person" and src_who.name and not src_who.spokes
          and not (src_who.pronoun and src.form == "tail") and p.inner and p.speaker and p.speaker.mi
          and p.tense ~= "present" and p.tense ~= "future" then
        local me = in_call(st.call, src_who.name)
        local w = describe(tk, ms, p.speaker.mi)
        if me and w and w.kind == "person" and in_call(st.call, w.name) and not same_person(me, w.name) then
          return true
        end
      end
      -- (session 10) a participant who "told him", "assured her" what the
      -- point says, in someone's account ("The White House says Bush told
      -- him the deadline would stand"): the other party heard it, the call
      if not outsider and p.speaker and p.speaker.mi and p.verb and EXCHANGE_VERB[tk.f[p.verb]]
          and HEARER_PRON[tk.f[p.verb + 1]] and not P.inq[p.verb] then
        local w = describe(tk, ms, p.speaker.mi)
        if w and w.kind == "person" and in_call(st.call, w.name) then return true end
      end
      for mi = 1, #ms do local m = ms[mi]
        if not P.inq[m.a] and ((m.a >= a and m.a <= p.b) or mi == hearer) then
          local w = describe(tk, ms, mi)
          -- ("the three leaders" of a meeting, on a call of two: others)
          if w and w.kind == "joint" and joint_fits(m, st.call) then return true end
          -- "the president" for a participant: that person
          if w and w.kind == "role" then
            local rp = participant_of(st.call, w.side, not w.side and w.role)
            w = rp and rp.name and { kind = "person", name = rp.name } or w
          end
          if w and w.kind == "person" and not outsider and not subjects[mi] and in_call(st.call, w.name)
              and not (src_who and src_who.name and in_call(st.call, src_who.name)
                and same_person(in_call(st.call, src_who.name), w.name)) then
            return true
          end
        end
      end
      return false
    end

    -- May a point contain this cue?  Not when its words announce or
    -- describe the call ("called for X in a phone call with Y", "a call
    -- is expected", "would speak later"); yes when the call is a topic
    -- ("his phone calls with A and B", "my call"), the subject of a
    -- judgement ("the call had been productive") or quoted words.
    local function cue_ok(cu, ta)
      local i = cu.at
      local d = tk.f[i - 1]
      if d == "his" or d == "her" or d == "their" or d == "its" or d == "my" or d == "our" then
        return true
      end
      -- the object of a wish or a judgement ("pleased to be able to speak
      -- with", "a desire to talk with", "agreed not to talk publicly
      -- about"), not a call scheduled ("expected to speak with")
      -- (session 17; not a point that only says who called first: "The
      -- first to call was X", "X was the first leader to call"; "thanked
      -- X for being the first to call" says more)
      if d == "to" and not SL.schedule[tk.f[i - 2]] then
        for x = i - 2, math.max(1, i - 4), -1 do
          if ta and SUPERLATIVE_WORD[tk.f[x]] and tk.f[x - 1] == "the" then
            local mi = A_cur.C and A_cur.C.mention_at and A_cur.C.mention_at[ta]
            if x - 1 == ta or (mi and ms[mi].b == x - 3 and (tk.f[x - 2] == "was" or tk.f[x - 2] == "is")) then
              return false
            end
          end
        end
        return true
      end
      -- a noun in a list ("peace and dialogue")
      if (d == "and" or d == "or") and tk.k[i - 2] == "w" and not P.drop[i - 1] then return true end
      local noun
      for x = i, math.min(tk.n, i + 3) do
        if phrases.match(SL.call_noun, tk, x) then noun = x break end
      end
      if not noun then return false end
      local dn = tk.f[noun - 1]
      for x = i, noun - 1 do
        local w = tk.f[x]
        if w == "his" or w == "her" or w == "their" or w == "its" or w == "my" or w == "our" then
          return true
        end
      end
      if P.inq[i] then return not P.quoted end
      if noun - i <= 2 and (dn == "the" or dn == "that" or dn == "this") then
        -- "the call had been productive"; not "the call between X and Y"
        local e = phrases.match(SL.call_noun, tk, noun) or noun
        local nx = tk.f[e + 1]
        return nx ~= "between" and nx ~= "with"
      end
      return false
    end

    -- A past perfect after a verb of saying earlier in the sentence is the
    -- tense of reported speech ("said the French leader had told Bush
    -- that ..."), not a time before the call.
    local function backshift(p)
      for fr_i = 1, #P.frames do local fr = P.frames[fr_i]
        -- (session 27: not the point's own verb in the active, "At their
        -- last meeting X had told Y that ..."; its passive, "had been
        -- assured by Y that", see session 24)
        if fr.say and fr.verb < p.a and (fr.verb ~= p.verb or fr.passive or fr.passive_tell) then return true end
      end
      return false
    end

    -- Does the sentence tell of a day before the call's?  Its own time
    -- expressions before token upto (the frame, not the words reported),
    -- outside quotations and relative clauses: one before the call's first
    -- possible day and none on the call's days ("Relations collapsed on
    -- Nov. 24, 2015, when ...", "The two held their first summit on Nov. 2,
    -- where they agreed ...").
    -- "earlier", "same" (a time on the call's days: back at the call) or
    -- nil.  (Not "last week": too coarse to tell one day from another.)
    -- (session 8) Is the time at token x the start of a span ("the first
    -- call since the night of July 15", "since Monday")?  It tells when
    -- the span began, not the day of the sentence.
    local function after_since(x)
      for y = x - 1, math.max(1, x - 4), -1 do
        local f = tk.f[y]
        if f == "since" then return true end
        if f == "," or tk.k[y] ~= "w" then return false end
      end
      return false
    end
    local function earlier_day(c, times, upto)
      local span = aux.call_span(c)
      if not span then return nil end
      local earlier
      for t_i = 1, #times do local t = times[t_i]
        if t.a < upto and t.kind ~= "week" and not P.inq[t.a] and not t.clock
            and not in_relative(A_cur.C, tk, t.a) and not after_since(t.a) then
          local lo, hi = time_span(t, ref)
          if lo then
            if hi < span[1] then earlier = "earlier"
            elseif lo <= span[2] then return "same"
            elseif not earlier and t.kind ~= "date" then earlier = "later" end
          end
        end
      end
      if earlier ~= "earlier" and sent.text:find("in [12]%d%d%d") then
        for x = 1, upto - 2 do
          local lo, hi = year_span(tk, x)
          if lo and not P.inq[x] and not in_relative(A_cur.C, tk, x) then
            if hi < span[1] then earlier = "earlier" elseif lo <= span[2] then return "same" end
          end
        end
      end
      return earlier
    end

    -- Is the point inside an indirect question: "would not say whether
    -- Bush had raised ...", "asked if Putin had agreed ..."?  The clause
    -- before the point (back to a comma, colon or semicolon) holds
    -- "whether", or "if" after a verb of saying, asking or knowing.
    -- ("Asked whether ..., the spokesman said A": the comma ends it.)
    local function in_question(p)
      local a = p.a
      if p.speaker and p.speaker.a and p.speaker.a < a then a = p.speaker.a end
      local tf = tk.f
      for x = a - 1, math.max(1, a - 12), -1 do
        local f = tf[x]
        if f == "," or f == ";" or f == ":" or DASH_WORD[f] then return false end
        if not P.inq[x] then
          if f == "whether" then return true end
          if f == "if" and (ASK_WORD[tf[x - 1]] or phrases.match(SL.say, tk, x - 1) == x - 1) then return true end
        end
      end
      return false
    end

    -- Why a point is no claim about its call (nil when it is).
    -- Where the call's length starts in tokens ta..tb, if it is told
    -- there: a duration phrase, or a length verb with a number of
    -- minutes or hours.
    local function length_at(ta, tb)
      local d = phrases.find(SL.duration, tk, ta, tb)
      if d then return d end
      for x = ta, tb do
        local f = tk.f[x]
        if LENGTH_VERB[f] or (TALK_VERB[f] and tk.f[x + 1] == "for") then
          for y = x + 2, math.min(tb, x + 5) do
            if LENGTH_UNIT[tk.f[y]] and (tk.k[y - 1] == "n" or COUNT_WORD[tk.f[y - 1]]) then return x end
          end
        end
      end
      return nil
    end

    -- (session 11) Do tokens ta..tb tell who placed the call in the
    -- readouts' formula: its noun opening them, then "initiative",
    -- "initiated" or "request" and a "side" ("the call had been made at
    -- the American side's initiative", "The conversation took place at the
    -- initiative of the German side", "was initiated by the French side")?
    -- Call data, no side's assertion.
    -- (what a point tells only of the call itself, no claim: one table,
    -- the run's locals being near Lua's limit of 200)
    local calldata = {}
    function calldata.initiative_at(ta, tb)
      local x = ta
      while x <= tb and x <= ta + 2 and (tk.f[x] == "the" or tk.f[x] == "this" or tk.f[x] == "that"
          or tk.f[x] == "today's" or tk.f[x] == "telephone" or tk.f[x] == "phone") do
        x = x + 1
      end
      -- (session 25) "It was placed by Mr. Wilson": "it" the call told
      -- before, with the passive of placing after it
      local it = x == ta and tk.f[x] == "it" and (tk.f[x + 1] == "was" or (tk.f[x + 1] == "had" and tk.f[x + 2] == "been"))
      if not it and not (SL.starts.call_noun[tk.f[x]] and phrases.match(SL.call_noun, tk, x)) then return false end
      -- (the readouts' formula names a "side": "at the request of the
      -- White House", which a side may dispute, stays its claim; "was
      -- made by Mr. Sharif", "was placed from the White House" are who
      -- and where from)
      local init, side = false, false
      if tb > x + 12 then return false end
      for y = x + 1, tb do
        -- (within its own clause: not "the call was constructive and
        -- Russia would send observers at the request of the OSCE")
        -- (and the point nothing more: "... and India had asked ..." is
        -- a claim)
        if CLAUSE_END[tk.f[y]] then return false end
        if INITIATIVE_WORD[tk.f[y]] and not P.inq[y] then init = true end
        if tk.f[y] == "side" then side = true end
        if (tk.f[y] == "made" or tk.f[y] == "placed") and (tk.f[y - 1] == "was" or tk.f[y - 1] == "been")
            and (tk.f[y + 1] == "by" or tk.f[y + 1] == "from") and not P.inq[y] then
          init, side = true, true
        end
      end
      return init and side
    end

    -- (session 11) Are tokens ta..tb the call's taking place and nothing
    -- else ("a telephone conversation had taken place on Monday evening",
    -- "a conversation took place")?  The call itself, no assertion.
    function calldata.took_place_only(ta, tb)
      local x = ta
      while x <= tb and x <= ta + 2 and CALL_DET_WORD[tk.f[x]] do x = x + 1 end
      local y = SL.starts.call_noun[tk.f[x]] and phrases.match(SL.call_noun, tk, x)
      if not y then return false end
      local z = y + 1
      while z <= tb and (tk.f[z] == "had" or tk.f[z] == "has" or tk.f[z] == "was" or tk.f[z] == "been") do
        z = z + 1
      end
      local f = tk.f[z]
      if (f == "took" or f == "taken") and tk.f[z + 1] == "place" then z = z + 1
      elseif not (f == "happened" or f == "occurred") then return false end
      -- (a time after it at most: not "... and Russia would send aid",
      -- nor "in a businesslike atmosphere", a judgement)
      local w = z + 1
      for t_i = 1, #(A_cur and A_cur.times or NONE) do local t = A_cur.times[t_i]
        if t.a == w or (t.a == w + 1 and (tk.f[w] == "on" or tk.f[w] == "at" or tk.f[w] == "in")) then
          w = t.b + 1
        end
      end
      while w <= tb and tk.k[w] ~= "w" do w = w + 1 end
      -- (session 14) "... confirmed that the call had taken place but
      -- declined to discuss what was said": a refusal after it adds no
      -- assertion
      if w <= tb and tk.f[w] == "but" then
        local r = w + 1
        if phrases.match(SL.non_claim, tk, r) then return true end
        if (tk.f[r] == "would" or tk.f[r] == "did" or tk.f[r] == "could") and tk.f[r + 1] == "not" then
          r = r + 2
        elseif (tk.f[r] == "declined" or tk.f[r] == "refused") and tk.f[r + 1] == "to" then
          r = r + 2
        else
          return false
        end
        local v = tk.f[r]
        return v == "say" or v == "discuss" or v == "comment" or v == "disclose" or v == "elaborate"
          or v == "reveal" or v == "give" or v == "go"
      end
      return w > tb
    end

    -- (session 11) Are tokens ta..tb an account given and nothing else:
    -- a verb, then a noun of account with its words before it ("offered
    -- a different version of the call", "gave its own account")?
    function calldata.account_only(ta, tb)
      -- (past the subject's name: "Albanese confirmed the chat ...")
      local v = ta
      while v < tb and v < ta + 3 and tk.up[v] and tk.k[v] == "w" do v = v + 1 end
      if v > ta and not CONFIRM_VERB[tk.f[v]] then v = ta end
      ta = v
      if tk.k[ta] ~= "w" or P.inq[ta] then return false end
      -- (session 18) describing the call itself in some terms ("described
      -- the same conversation in warmer terms", "portrayed the call
      -- differently"): an account of it, no assertion ("described the
      -- call as useful" is one)
      -- (past a subject of capitalised words: "The Prime Minister's Office
      -- described ...")
      local dv = ta
      while dv < tb and dv < ta + 6 and tk.k[dv] == "w" and (tk.up[dv] or tk.f[dv] == "'s" or tk.f[dv] == "the")
          and not DESCRIBE_VERB[tk.f[dv]] do
        dv = dv + 1
      end
      if DESCRIBE_VERB[tk.f[dv]] and not P.inq[dv] then
        local c = dv + 1
        while c <= tb and c <= dv + 3 and (tk.f[c] == "the" or tk.f[c] == "same" or tk.f[c] == "its"
            or tk.f[c] == "their" or tk.f[c] == "that") do
          c = c + 1
        end
        local ce = c <= tb and SL.starts.call_noun[tk.f[c]] and phrases.match(SL.call_noun, tk, c)
        if ce and (ce == tb or (tk.f[ce + 1] == "in" and tk.f[tb] == "terms" and tb - ce <= 4)
            or (tb - ce <= 2 and tk.f[tb] == "differently")) then
          return true
        end
      end
      local x = ta + 1
      while x <= tb and x <= ta + 4 and tk.k[x] == "w" and not tk.up[x]
          and not SL.starts.account[tk.f[x]]
          and not (CONFIRM_VERB[tk.f[ta]] and (SL.starts.call_noun[tk.f[x]] or tk.f[x] == "chat")) do
        -- (not an object or a preposition: "congratulate him on the
        -- release")
        if OBJECT_PRON[tk.f[x]] or PREP_WORD[tk.f[x]] then return false end
        x = x + 1
      end
      local y = x <= tb and SL.starts.account[tk.f[x]] and phrases.match(SL.account, tk, x)
      -- (session 11) confirming the call itself, on some channel at most
      -- ("confirmed the chat on social media", "confirmed the conversation")
      if not y and CONFIRM_VERB[tk.f[ta]] and x <= tb then
        local c = (SL.starts.call_noun[tk.f[x]] and phrases.match(SL.call_noun, tk, x))
          or (tk.f[x] == "chat" and x)
        if c and (c == tb or (tb - c <= 4 and (tk.f[c + 1] == "on" or tk.f[c + 1] == "in")
            and phrases.find(SL.channel, tk, c + 1, tb))) then
          return true
        end
      end
      if not y or y > tb then return false end
      if y == tb then return true end
      return tk.f[y + 1] == "of" and tb - y <= 4 and phrases.find(SL.call_noun, tk, y + 2, tb) ~= nil
    end

    -- (session 9) Is token x a call verb whose person, in the words after
    -- it up to token e, is no one on call cc ("talked to the Scottish
    -- First Minister, Alex Salmond", "telephoned the mayors of Milan")?
    local function other_contact(cc, x, e)
      local f = tk.f[x]
      local mat = A_cur and A_cur.C and A_cur.C.mention_at
      if not (mat and CONTACT_VERB[f] and tk.k[x] == "w" and not P.inq[x]) then return false end
      local y = x + 1
      if tk.f[y] == "by" and MEDIUM_WORD[tk.f[y + 1]] then y = y + 2 end
      -- (session 10) past a time or an adverb ("had spoken that morning
      -- with", "talked twice to")
      for t_i = 1, #(A_cur.times or NONE) do local t = A_cur.times[t_i]
        if t.a == y and t.b < e then y = t.b + 1 end
      end
      while y < e and y <= x + 3 and not tk.up[y] and (CONTACT_ADV[tk.f[y]] or (tk.f[y] or ""):find("ly$")) do y = y + 1 end
      if CONTACT_VERB[f] == "with" then
        if tk.f[y] ~= "to" and tk.f[y] ~= "with" then return false end
        y = y + 1
      end
      local plural = false
      for z = y, math.min(y + 3, e) do
        if CONTACTED_NOUN[tk.f[z]] then plural = true break end
        if tk.k[z] ~= "w" then break end
      end
      if not (tk.up[y] or tk.f[y] == "the" or plural) then return false end
      for z = y, math.min(y + 8, e) do
        local w = mat[z] and describe(tk, ms, mat[z])
        if w and ((w.kind == "person" and w.name and in_call(cc, w.name, w.side))
            or (w.kind == "role" and (not w.side or call_sides(cc)[w.side]))) then
          return false
        end
      end
      return true
    end

    -- (session 11) Is token x, at the head of a point ending at e, a
    -- message sent or written to people of whom none is on call cc ("had
    -- also sent messages on the plan to the leaders of Britain, France
    -- ...", "wrote to the G20 leaders")?  Another contact, no content of
    -- the call.
    function calldata.message_contact(cc, x, e)
      local f = tk.f[x]
      if tk.k[x] ~= "w" or P.inq[x] then return false end
      local y
      if SEND_VERB[f] then
        for z = x + 1, math.min(x + 5, e) do
          if MESSAGE_NOUN[tk.f[z]] then y = z break end
        end
        if not y then return false end
        local to
        for z = y + 1, math.min(y + 6, e) do
          if tk.f[z] == "to" then to = z break end
        end
        if not to then
          -- (session 12) no one named it went to: a message of someone
          -- not on the call ("Premier Kosygin sent the first message")
          local mat = A_cur and A_cur.C and A_cur.C.mention_at
          for z = math.max(1, x - 6), x - 1 do
            local w = mat and mat[z] and describe(tk, ms, mat[z])
            if w and w.kind == "person" and w.name then return not in_call(cc, w.name, w.side) end
          end
          return false
        end
        y = to + 1
      elseif WRITE_VERB[f] and tk.f[x + 1] == "to" then
        y = x + 2
      else
        return false
      end
      if y > e then return false end
      local mat = A_cur and A_cur.C and A_cur.C.mention_at
      for z = y, math.min(y + 10, e) do
        local w = mat and mat[z] and describe(tk, ms, mat[z])
        if w and ((w.kind == "person" and w.name and in_call(cc, w.name, w.side))
            or (w.kind == "role" and (not w.side or call_sides(cc)[w.side]))) then
          return false
        end
        if HEARER_PRON[tk.f[z]] then return false end
      end
      return true
    end

    -- (session 24) Is point p's verb a passive of telling in the present
    -- perfect, its hearer a person on c's call other than c's speaker,
    -- the agent that speaker, with nothing else between the hearer and
    -- "that" ("Netanyahu has been told by Biden that ...", not "has
    -- repeatedly been told", "has been told by X for months that")?
    -- (session 25) With active, the active voice: the speaker the subject,
    -- "has"/"have" right before the verb, the hearer right after it and
    -- "that" after the hearer ("Biden has told Netanyahu that ...", not
    -- "has repeatedly told", "has told him for weeks that").
    local function told_other_party(c, p, active)
      if not (p.verb and c.who and c.who.kind == "person" and c.who.name) then return false end
      for fr_i = 1, #P.frames do local fr = P.frames[fr_i]
        -- (session 27) active == "had": the past perfect, "Heath had told
        -- Nixon that ...", "He had assured the President that ...", "had
        -- stressed that ...": the speaker (or "he"/"she") right before
        -- "had", the other party (or "him"/"her", or none) right after the
        -- verb and "that" after it, no time told outside the words
        if fr.verb == p.verb and active == "had" then
          local sw = fr.subj and fr.subj.mi and describe(tk, ms, fr.subj.mi)
          if not (sw and tk.f[fr.verb - 1] == "had" and ms[fr.subj.mi].b == fr.verb - 2
              and ((sw.kind == "person" and sw.name and same_person({ name = c.who.name }, sw.name))
                or (sw.kind == "pronoun" and (sw.pron == "he" or sw.pron == "she")))
              and in_call(c.call, c.who.name, c.who.side)) then
            return false
          end
          local h = fr.hearer_mi and ms[fr.hearer_mi]
          local that = h and h.b + 1 or fr.vend + 1
          if not h and (fr.hearer_pron == "him" or fr.hearer_pron == "her") then that = fr.vend + 2 end
          if tk.f[that] ~= "that" or (h and h.a ~= fr.vend + 1) then return false end
          for t_i = 1, #((A_cur and A_cur.times) or NONE) do
            local t = A_cur.times[t_i]
            if t.a < that and not P.inq[t.a] then return false end
          end
          local hw = h and describe(tk, ms, fr.hearer_mi)
          return not h or (hw ~= nil and ((hw.kind == "person" and hw.name ~= nil
            and not same_person({ name = c.who.name }, hw.name) and in_call(c.call, hw.name, hw.side) ~= nil)
            or (hw.kind == "pronoun" and (hw.pron == "him" or hw.pron == "her"))))
        elseif fr.verb == p.verb and active then
          local h = fr.hearer_mi and ms[fr.hearer_mi]
          local sw = fr.subj and fr.subj.mi and describe(tk, ms, fr.subj.mi)
          if not (h and sw and sw.kind == "person" and sw.name and same_person({ name = c.who.name }, sw.name)
              and ms[fr.subj.mi].b == fr.verb - 2 and PERFECT_ACTIVE[tk.f[fr.verb - 1]]
              and h.a == fr.vend + 1 and tk.f[h.b + 1] == "that") then
            return false
          end
          local hw = describe(tk, ms, fr.hearer_mi)
          return hw ~= nil and hw.kind == "person" and hw.name ~= nil
            and not same_person({ name = c.who.name }, hw.name) and in_call(c.call, hw.name, hw.side) ~= nil
        elseif fr.verb == p.verb then
          local h = fr.hearer_mi and ms[fr.hearer_mi]
          if not (h and fr.subj and fr.subj.mi and fr.subj.lead and tk.f[fr.vend + 1] == "that") then return false end
          for x = h.b + 1, fr.verb - 1 do
            if not PERFECT_PASSIVE[tk.f[x]] then return false end
          end
          local hw = describe(tk, ms, fr.hearer_mi)
          return hw ~= nil and hw.kind == "person" and hw.name ~= nil
            and not same_person({ name = c.who.name }, hw.name) and in_call(c.call, hw.name, hw.side) ~= nil
        end
      end
      return false
    end

    local function reject(c, p, ta, tb)
      if not c.side then return "no side" end
      if not c.call then return "no call" end
      -- on a call that did not take place, only what a side says about that
      -- ("the PRC has declined our request", "This is completely untrue")
      -- (and what continues it: "..., adding that lines between the
      -- militaries were important")
      if c.call.status == "denied" then
        if phrases.find(SL.denial, tk, ta, tb) then
          denial_si = si
        elseif not (p.cont and denial_si == si) then
          return "denied call"
        end
      end
      if not src and not c.own and not P.quoted then return "no attribution" end
      -- (session 19) a public appeal of a person not on the call ("The
      -- opposition leader, X, called on the prime minister to ...",
      -- "called for talks"), in a sentence that names no call, is no
      -- account of the call
      if p.verb and tk.f[p.verb] == "called" and (tk.f[p.verb + 1] == "on" or tk.f[p.verb + 1] == "for")
          and c.who and c.who.kind == "person" and c.who.name and not in_call(c.call, c.who.name)
          and not anchored and not phrases.find(SL.call_noun, tk, 1, tk.n) then
        return "an appeal of someone not on the call"
      end
      -- (session 9) a call still to come has no content yet: what a
      -- participant says himself, in a past tense, in the sentences that
      -- announce it ("Clinton said Monday he still hoped the summit would
      -- take place, and that he would talk to Kim") is his remark on
      -- another occasion; his words on what the call will be ("will",
      -- "would", a quotation) and his aides' word on it stay
      -- (session 16) and a paragraph after the one announcing it that
      -- names neither the call nor a party to it is about something else
      -- ("In Washington, a White House spokeswoman said the president
      -- would make decisions ...")
      if c.call.status == "planned" and not anchored and sentences[c.call.sentence]
          and sentences[c.call.sentence].paragraph < sent.paragraph then
        -- (not when the sentence speaks of a call, nor when the two also
        -- held one the story tells: its words come after the plan)
        local party = phrases.find(SL.call_noun, tk, 1, tk.n) ~= nil
        for p_i = 1, #c.call.people do
          if not c.call.people[p_i].name then party = true end
        end
        for c_i = 1, #all_calls do local o = all_calls[c_i]
          if o ~= c.call and o.status == "held" then
            local both = #o.people > 0
            for p_i = 1, #o.people do
              if not (o.people[p_i].name and in_call(c.call, o.people[p_i].name)) then both = false end
            end
            if both then party = true end
          end
        end
        for mi = 1, party and 0 or #ms do
          local w = describe(tk, ms, mi)
          if w and w.kind == "person" and w.name and in_call(c.call, w.name) then party = true break end
        end
        if not party then return "another matter, after a planned call's paragraph" end
      end
      if c.call.status == "planned" and src_who and src_who.kind == "person" and not src_who.spokes
          and src_who.name and in_call(c.call, src_who.name) and not P.quoted then
        -- (reported in a past tense, with no word of the future in its
        -- own clause: "Starmer would use the call to ...", not "he hoped
        -- the summit would take place"; and no purpose of the call)
        local later = p.tense == "future" or p.tense == "present" or p.purpose
        for x = ta, math.min(tb, ta + 3) do
          if FUTURE[tk.f[x]] or tk.f[x] == "expected" or tk.f[x] == "planned" then later = true end
        end
        if not later and src and (src.tense == "past" or src.tense == "perfect") then
          return "a participant's remark before a planned call"
        end
      end
      -- (session 12: not the perfect of the parties together, "The two
      -- leaders have agreed to continue the consultations")
      -- (session 24: nor a passive of telling in the present perfect
      -- whose hearer is the call's other party: "Netanyahu has been told
      -- by Biden that ...", "Sharif has been assured by Vajpayee that")
      if not src and not named and (p.before or (p.tense == "perfect" and not (c.who and c.who.kind == "joint")
          and not told_other_party(c, p))
          or (p.tense == "pluperfect" and not backshift(p) and not (pluperfect_of_call(sentences, all_calls, c.call, si)
            and told_other_party(c, p, "had")))
          or p.tense == "present") then
        return "before the call"
      end
      -- "an intervention Varadkar had earlier described as unhelpful": a
      -- past perfect with "earlier", "previously", "initially" is before
      -- the call, whatever else the sentence names
      if p.before and p.tense == "pluperfect" then return "before the call" end
      if not src and p.after and not anchored then return "after the call" end
      -- (session 9) the purpose of a call verb whose person called is on
      -- no call of this sentence: "Mr Blair telephoned President Clinton,
      -- who later called the Ulster Unionist leader David Trimble to urge
      -- him to stay": not of Blair's call
      if p.verb and #cues > 0 then
        for fr_i = 1, #P.frames do local fr = P.frames[fr_i]
          if fr.verb == p.verb and fr.purpose_of then
            local called
            for mi = 1, #ms do
              local m = ms[mi]
              if m.a > fr.purpose_of and m.a < fr.verb and m.a <= fr.purpose_of + 8 then
                local w = describe(tk, ms, mi)
                if w and w.kind == "person" and w.name then called = w.name break end
              end
            end
            -- (no one named after the verb: the verb must be a call's cue:
            -- "when he called to congratulate him")
            local on = false
            for cu_i = 1, #cues do local cu = cues[cu_i]
              if called and in_call(cu.call, called) then on = true end
              -- (the cue the call verb or a medium after it: "had spoken
              -- to X by telephone on Sunday to express ...")
              if not called and (cu.at == 0 or (cu.at >= fr.purpose_of and cu.at < fr.verb)) then on = true end
            end
            if not on then return "the purpose of another contact" end
          end
        end
      end
      -- in a sentence from another venue, each point must report the call
      -- (or go on with one that does: "... told Putin he was making a
      -- mistake and that the worst was yet to come")
      if told_after and not (reports_call(p) or names_other(p)) then
        return "told to others after the call"
      end
      if venue and not named then
        if reports_call(p) then
          reported_si = si
        elseif not (p.cont and reported_si == si) then
          return "another occasion"
        end
      end
      if p.neg then return "negated" end
      -- (session 7) a meeting in person after the call ("the High
      -- Commissioner has since met Dr Singh and set out ...", "later
      -- visited Kyiv"): another occasion
      for x = ta, tb - 1 do
        if AFTER_WORD[tk.f[x]] and MEET_VERB[tk.f[x + 1]] and not P.inq[x] then return "a later meeting" end
      end
      if in_question(p) then return "a question" end
      -- ("According to the Post, which cited officials, ...": the
      -- relative clause describes the source)
      if RELATIVE_WORD[tk.f[ta]] and not P.inq[ta] then return "a relative clause" end
      -- (session 8) words set in a relative clause on a person, the
      -- attribution inside it ("officials who, he said, sounded
      -- devastated", "Mr. Baker, who, he said, had been calm"): a
      -- description of them, no claim
      if src and src.form == "middle" and src.a and src.a <= ta then
        local x = src.a - 1
        while x >= 1 and tk.f[x] == "," do x = x - 1 end
        if (tk.f[x] == "who" or tk.f[x] == "whom") and not P.inq[x] then return "a relative clause" end
      end
      if phrases.find(SL.non_claim, tk, ta, tb) then return "no assertion" end
      -- (session 25) the manner of the telling after its attribution
      -- ("..., Mr. Powell said, without naming them", "without giving
      -- details"): no words of a side
      if tk.f[ta] == "without" and tk.k[ta + 1] == "w" and tk.f[ta + 1]:find("ing$") and not P.inq[ta] then
        return "no assertion"
      end
      if aux.narration(ta, tb) then return "narration: what a person did" end
      if calldata.account_only(ta, tb) then return "the account itself" end
      if length_at(ta, tb) then return "the call's length" end
      if calldata.initiative_at(ta, tb) then return "who placed the call" end
      if calldata.took_place_only(ta, tb) then return "announces the call" end
      local sides = call_sides(c.call)
      if next(sides) and not sides[c.side] then return "side not on the call" end
      -- a speaker on the call, speaking for a side on it, or about the call
      local who = c.who
      if who and who.kind == "person" and not who.office and not in_call(c.call, who.name, who.side) then
        if not who.spokes and not anchored then return "speaker not on the call" end
      end
      -- (session 27) a minister not on the call, telling in a sentence
      -- that names no call and none of its people ("Justice Minister X
      -- said overnight that the authorities would ..."): his own words
      if who and who.kind == "person" and (who.office or who.spokes) and who.role == "official"
          and not anchored and who.name
          and not in_call(c.call, who.name, who.side) and not aux.names_call_people(c.call, who.name, call_sides(c.call)) then
        return "an office holder's own words"
      end
      -- (session 25) an official not on the call telling someone else
      -- not on it ("Vice Minister Hogen told the Korean ambassador in
      -- person that ..."): another occasion, whoever's side
      if who and (who.spokes or who.office) and who.kind == "person" and who.name
          and not in_call(c.call, who.name, who.side) then
        for fr_i = 1, #P.frames do local fr = P.frames[fr_i]
          -- (the official's own verb of telling, its hearer a person named
          -- and off the call, or an unnamed official: not "the aide said
          -- the President had told the Chancellor ...")
          if (fr.verb == p.verb or (not p.verb and fr.verb < ta)) and fr.hearer_mi and fr.subj and fr.subj.mi then
            local sw, hw = describe(tk, ms, fr.subj.mi), describe(tk, ms, fr.hearer_mi)
            if sw and sw.name == who.name and hw and ((hw.kind == "person" and hw.name
                and not in_call(c.call, hw.name, hw.side)) or ms[fr.hearer_mi].noun == "official") then
              return "told to someone not on the call"
            end
          end
        end
      end
      if c.outsider and not anchored then return "the office of someone not on the call" end
      if c.who and c.who.kind == "third" then return "a third party" end
      if c.guessed then return "a source of no known side" end
      if c.spokes and not anchored and not (last_call_si and si - last_call_si <= 3)
          and not (st.last and st.last.si >= si - 2) then
        return "spokesperson far from the call"
      end
      for cu_i = 1, #cues do local cu = cues[cu_i]
        if cu.at >= ta and cu.at <= tb and not P.drop[cu.at] and not cue_ok(cu, ta) then return "announces the call" end
      end
      -- a leader's calls to people who are no counterpart ("had begun
      -- telephoning the families of the victims"): another contact
      if cues_mod.private_call(tk, ta, tb) then return "a call to no counterpart" end
      -- (session 27) or the sentence's own contact is such a call, the
      -- words told in it ("stayed on the line with one of the guards, and
      -- promised him that ...")
      if not named and cues_mod.private_call(tk, 1, ta - 1) then return "a call to no counterpart" end
      -- (session 9) a call verb whose person is not on the call ("Cameron
      -- also talked to the Scottish First Minister, Alex Salmond"): his
      -- other contact, no content of this call; so is its purpose ("rang
      -- the losing candidate, X, to urge him ...")
      for x = ta, tb - 1 do
        if other_contact(c.call, x, tb) then return "another contact" end
      end
      -- (not what one told the other: "told Obama that Russia would send
      -- a letter to the Security Council")
      local told_other = false
      for x = 1, ta - 1 do
        if EXCHANGE_VERB[tk.f[x]] and tk.f[x] ~= "said" and not P.inq[x] then told_other = true end
      end
      for x = ta, told_other and 0 or math.min(tb - 1, ta + 4) do
        if calldata.message_contact(c.call, x, tb) then return "a message to others" end
      end
      for fr_i = 1, p.verb and #P.frames or 0 do local fr = P.frames[fr_i]
        if fr.verb == p.verb and fr.purpose_of and other_contact(c.call, fr.purpose_of, p.verb - 1) then
          return "another contact"
        end
      end
      -- holding a call with someone announces it, quoted or not, whether
      -- or not the call detector took the sentence: "held his first
      -- telephone talks with Xi", "\"I had a conversation with President
      -- Duda\"" (not "had a good talk with": a judgement is a claim)
      for x = ta, tb - 2 do
        local hold, receive = HOLD_VERB[tk.f[x]], RECEIVE_VERB[tk.f[x]]
        if (hold or receive) and tk.k[x] == "w" then
          local y = x + 1
          while y < tb and y - x <= 4 and HOLD_FILLER[tk.f[y]] do y = y + 1 end
          local e = phrases.match(SL.call_noun, tk, y)
          local nx = e and tk.f[e + 1]
          if (hold and (nx == "with" or nx == "between")) or (receive and nx == "from") then
            return "announces the call"
          end
        end
      end
      if TELL_VERB[tk.f[ta]] and tk.k[ta] == "w" then
        local y = ta + 1
        while y < tb and y - ta <= 3 and HOLD_FILLER[tk.f[y]] do y = y + 1 end
        local e = y > ta + 1 and phrases.match(SL.call_noun, tk, y)
        if e then
          local judged = false
          for x = e + 1, tb do if tk.f[x] == "as" then judged = true end end
          if not judged then return "announces the call" end
        end
      end
      -- "will speak by phone with ...", "the two would talk again"
      -- (each verb of speaking starting in [ta, tb]: phrases.find skips the
      -- tokens that start none without a call for each)
      -- (not ongoing contact: "would talk on a regular basis with")
      local x = phrases.find(L.speak, tk, ta, tk.n)
      while x and x <= tb do
        if not cues_mod.ongoing(tk, { kind = "speak", a = x, b = phrases.match(L.speak, tk, x) }) then
          if FUTURE[tk.f[x - 1]] or (tk.f[x - 1] == "not" and FUTURE[tk.f[x - 2]]) then
            return "announces a call"
          end
          for y = x + 1, math.min(tb, x + 3) do
            if phrases.match(L.medium_phrases, tk, y) then return "announces a call" end
          end
        end
        x = phrases.find(L.speak, tk, x + 1, tk.n)
      end
      -- (session 10) a connective before a clause of its own, left alone
      -- when the clause went to another speaker ("At the same time she
      -- said that ..., Peskov said.")
      local cw = {}
      for y = ta, tb do
        if tk.k[y] == "w" then cw[#cw + 1] = tk.f[y] end
        if #cw > 4 then break end
      end
      if CONNECTIVE[table.concat(cw, " ")] then return "too short" end
      -- two words of substance, one in lower case (not a dateline or a
      -- caption): the count stops once both are found
      local nw, lower = 0, 0
      local drop, tf, tkind, up = P.drop, tk.f, tk.k, tk.up
      -- and one of them neither the point's verb nor a word for the call
      -- or an account: "confirmed the call", "rejected that account" say
      -- nothing of their own
      local own_word = false
      local call_1, account_1 = SL.starts.call_noun, SL.starts.account
      -- ("thanked Xi for the call" has one: a name, however short)
      for x = ta, tb do
        local f = tf[x]
        if not drop[x] and tkind[x] == "w" and not STOP[f] then
          if not own_word and x ~= p.verb and not (call_1[f] and phrases.match(SL.call_noun, tk, x))
              and not (account_1[f] and phrases.match(SL.account, tk, x)) then
            own_word = true
          end
          if #f > 2 then
            nw = nw + 1
            if not up[x] then lower = lower + 1 end
          end
          if nw >= 2 and lower >= 1 and own_word then return nil end
        elseif MODAL[f] and tkind[x] == "w" and x < tb and tkind[x + 1] == "w" and not up[x + 1]
            and not STOP[tf[x + 1]] then
          -- a modal and its verb are words of substance however short
          -- ("President Assad must go")
          nw, lower, own_word = nw + 1, lower + 1, true
          if nw >= 2 then return nil end
        end
      end
      return "too short"
    end

    for i, s in ipairs(sentences) do
      si, sent = i, s
      local A = S[si]
      if A then
        tk, ms, A_cur = A.tk, A.ms, A
        local here = calls_at[si] or NONE
        local is_title = is_title_text(sent.text, title_f, fold) or (si == 1 and sent.paragraph == 1
          and not sent.text:find("[%.!?\"”]%s*$"))
        -- (session 17) the title again with more words after it, in a
        -- paragraph of its own that does not end like a sentence (a page's
        -- h1 longer than its <title>): a headline too
        if not is_title and title_f and #sent.text > #title_f and not ends_like_sentence(sent.text)
            and (not sentences[si - 1] or sentences[si - 1].paragraph ~= sent.paragraph)
            and fold(sent.text):sub(1, #title_f) == title_f then
          is_title = true
        end
        -- a heading inside the page (a live blog's "Élysée: Macron demanded
        -- an immediate halt"): a paragraph of one short line that does not
        -- end like a sentence (nor like a list item, ";" or ",")
        if not is_title and tk.n <= 14 and (not ends_like_sentence(sent.text) or quoted_phrase(sent.text))
            and not sent.text:find("[;,:]%s*$")
            and (not sentences[si - 1] or sentences[si - 1].paragraph ~= sent.paragraph)
            and (not sentences[si + 1] or sentences[si + 1].paragraph ~= sent.paragraph) then
          is_title = true
        end
        P = speech.parse(tk, ms, SL, A.times, A.C)
        parsed[si] = P
        -- a heading inside the page naming one of the document's calls by
        -- its people and a call noun ("Kremlin gives its version of the
        -- Macron call", a live blog's entry): the entry below is about it
        if is_title and si > 1 and #here == 0 and phrases.find(SL.call_noun, tk, 1, tk.n) then
          local found, found_key, has_person = nil, nil, false
          for c_i = 1, #all_calls do local c = all_calls[c_i]
            local fits = c.status ~= "denied"
            for mi = 1, #ms do
              local w = describe(tk, ms, mi)
              if w and w.kind == "person" then
                has_person = true
                if not in_call(c, w.name) then fits = false end
              elseif w and w.kind == "body" and w.side and not w.anaphor then
                local has = false
                for p_i = 1, #c.people do if c.people[p_i].country == w.side then has = true end end
                if not has then fits = false end
              end
            end
            if fits and has_person then
              -- (mentions of one call, the same people: the latest held one)
              local key = {}
              for p_i = 1, #c.people do key[#key + 1] = c.people[p_i].name or "?" end
              table.sort(key)
              key = table.concat(key, "|")
              if found and found_key ~= key then found = false break end
              if not (found and found.status == "held" and c.status ~= "held") then found = c end
              found_key = key
            end
          end
          if found then
            st.call, st.elsewhere = found, false
          end
        end
        -- a sentence inside a quotation the sentence before left open
        -- ('Correa said: "This was not a pursuit. It was a massacre."'):
        -- quoted words, the same speaker's when that sentence had one
        if open_quote and open_quote.si == si - 1 and open_quote.para == sent.paragraph
            and P.nq == 0 and not is_title then
          P = speech.inside_quote(tk, P)
        end
        -- (session 7) a sentence of an embedded post with no attribution
        -- of its own: the post's words ("Reiterated our support ..."); its
        -- signature line "— Name (@handle) Date" says nothing
        if voices[si] and voices[si].post and voices[si].si == si then
          is_title = true
        elseif voices[si] and voices[si].post and P.nq == 0 and not P.source and not is_title then
          P = speech.inside_quote(tk, P)
        end
        open_quote = P.open_end and { si = si, para = sent.paragraph } or nil
        if not is_title then P = account_subject(colon_quote(P)) end
        local mention_at = A.C and A.C.mention_at or {}

        local prev_call = st.call
        if #here > 0 then st.call = here[#here] end


        src = P.source
        place_side = nil
        if tk.f[1] == "in" and A.C and A.C.mention_at then
          local mi = A.C.mention_at[2]
          local m = mi and ms[mi]
          if m and m.a == 2 and m.country and tk.f[m.b + 1] == "," and not P.inq[2] then
            place_side = country_name(G, m.country)
          end
        end
        cur_src_person = nil
        src_who = src and resolve(src.speaker)
        -- (session 7) "According to Jirayu, ...": a name the mentions did
        -- not take, of a spokesperson named before in full
        if src and src.form == "according" and not src.speaker and #st.spokes_seen > 0 then
          local x = src.a
          while x < src.b and tk.f[x] ~= "to" do x = x + 1 end
          local y = src.b
          if tk.f[y] == "," then y = y - 1 end
          if x + 1 <= y and y - x <= 3 then
            local name = sent.text:sub(tk.s[x + 1], tk.e[y])
            for k = #st.spokes_seen, 1, -1 do
              local q = st.spokes_seen[k]
              if same_person({ name = q.name }, name) then
                src_who = { kind = "person", name = q.name, side = q.side, via_side = q.side, spokes = true,
                  via = name, text = name }
                break
              end
            end
          end
        end
        -- (session 9) "According to the presidential office, ...": words
        -- the mentions did not take, read as a noun phrase when that
        -- gives an office of a side ("according to Nepal's own priorities"
        -- is none)
        if src and src.form == "according" and not src.speaker and not src_who then
          local x = src.a
          while x < src.b and tk.f[x] ~= "to" do x = x + 1 end
          local y = src.b
          if tk.f[y] == "," then y = y - 1 end
          local w = x + 1 <= y and resolve({ a = x + 1, b = y, noun = true })
          if w and w.kind == "body" and w.office and w.side and not w.guessed then src_who = w end
          -- (session 11) a body of a third country named by its country
          -- word and a body noun the mentions did not take ("according to
          -- the Israeli health ministry" on a call of the US and Germany):
          -- a third party's account, no side's of the call (a body of a
          -- side on the call, telling a toll, stays as before: no account)
          local bx = y
          while bx > x + 1 and not SL.starts.body_noun[tk.f[bx]] and bx > y - 2 do bx = bx - 1 end
          local sides = st.call and call_sides(st.call) or NONE
          if not src_who and w and w.kind == "body" and w.side and not w.guessed and next(sides)
              and not sides[w.side] and SL.starts.body_noun[tk.f[bx]]
              and phrases.match(SL.body_noun, tk, bx) == y then
            src_who = w
          end
        end
        -- (session 9) an aide the gazetteer does not know, named in
        -- apposition to his office ("Sharon's spokesman, Raanan Gissin,
        -- said"): a spokesperson of that side, met again by his surname
        local sp = src and src.speaker
        if sp and sp.appos and sp.a and sp.b and src_who and (src_who.via_side or src_who.side) then
          local x = sp.b
          while x > sp.a and tk.f[x - 1] ~= "," do x = x - 1 end
          local aide = x - 2 >= sp.a and (SPOKES_NOUN[tk.f[x - 2]] or OFFICE_WORD[tk.f[x - 2]])
          local aide_name = aide and sp.b - x >= 1 and sp.b - x <= 3 and not (A.C and A.C.mention_at and A.C.mention_at[x])
          for y = x, aide_name and sp.b or x - 1 do
            if not tk.up[y] or tk.k[y] ~= "w" then aide_name = false end
          end
          if aide_name then
            st.spokes_seen[#st.spokes_seen + 1] = { name = sent.text:sub(tk.s[x], tk.e[sp.b]),
              side = src_who.via_side or src_who.side }
          end
        end
        -- (session 8) A body aide_name once with its acronym after it ("the
        -- Planalto's Press Office (Secpres)") and then by the acronym
        -- alone ("according to Secpres", "Secpres said"): one account,
        -- of the side the full name gives
        acronyms_at(tk)
        if src and not (src_who and src_who.side and not src_who.guessed and not src_who.office) then
          local alias = acronym_source(tk, src)
          if alias then src_who = alias end
        end
        if src_who and src_who.kind == "person" and not src_who.pronoun then cur_src_person = src_who end
        local prev_spokes = st.spokes_src
        st.spokes_src = src_who and src_who.kind == "person" and src_who.spokes and src_who.name
          and { si = si, who = src_who } or nil
        -- (session 17) a participant telling the call in his own words
        -- ("X said Y had called him this morning"), for the sentence after
        st.teller_prev = st.teller_src
        st.teller_src = #here > 0 and st.call and src_who and src_who.kind == "person" and not src_who.spokes
          and src_who.name and in_call(st.call, src_who.name) and { si = si, name = src_who.name } or nil
        if src_who and src_who.owner_person then cur_src_person = src_who.owner_person end

        -- Another occasion?
        -- (session 25: not a participant's present perfect telling the
        -- call's other party, the call held and the only occasion the
        -- document tells: "Biden has told Netanyahu that ...")
        local before = P.before or (src and (src.before
          or (src.tense == "perfect" and not (st.call and st.call.status == "held" and src.frame
            and only_calls_told(sentences, all_calls, st.call)
            and told_other_party({ who = src_who, call = st.call }, { verb = src.frame.verb }, true)))
          or (src.tense == "pluperfect" and not (st.call and src.frame
            and pluperfect_of_call(sentences, all_calls, st.call, si)
            and told_other_party({ who = src_who, call = st.call }, { verb = src.frame.verb }, "had")))))
        -- a present tense is a standing position ("Ankara says ...") unless
        -- the point reports the call ("It says Macron told Morrison that")
        -- (session 12: nor in a memorandum's turns, nor in a timeline's
        -- entries, told in the historic present: "The White House says
        -- Biden warned that ...")
        local present = src and src.tense == "present" and not (st.record and src_who and src_who.voice)
          and ((doc.paragraphs or NONE)[sent.paragraph] or NONE).date_from ~= "timeline"
        -- (but an account's present is the live report of what it says:
        -- "..., the Kremlin readout says", "..., it says." after a
        -- sentence naming the readout)
        if present and src_who and src_who.kind == "body" and src_who.side
            and (src_who.account or (src_who.text == "it" and st.readout_si and st.readout_si >= si - 2)) then
          present = false
        end
        -- (session 12) the historic present of a narrative of the held
        -- call: a participant telling the other party ("Reagan then tells
        -- her: ...", "Kohl tells Bush that ..."), and the present reports
        -- of the call's participants that go on from it, each within
        -- three sentences of the one before ("He says ...")
        if present and st.call and st.call.status == "held" and src_who and src_who.kind == "person"
            and src_who.name and in_call(st.call, src_who.name, src_who.side) then
          local fr = src.frame
          local hw = fr and fr.hearer_mi and describe(tk, ms, fr.hearer_mi)
          local to_other = fr and (fr.hearer_pron == "her" or fr.hearer_pron == "him"
            or (hw and hw.kind == "pronoun" and (hw.pron == "her" or hw.pron == "him"))
            or (hw and hw.kind == "person" and hw.name and not same_person({ name = src_who.name }, hw.name)
              and in_call(st.call, hw.name, hw.side) ~= nil))
          if to_other or (st.hist_present and st.hist_present >= si - 3) then
            present = false
            st.hist_present = si
          end
        end
        venue = frame_elsewhere(P, tk) or P.after or (src and (src.elsewhere or (src.after and not published_account(src))))
        -- a side's spokesperson or official briefing reporters right after
        -- the call or an account of it gives that side's account ("...,"
        -- presidential spokesman Park told reporters", "..., a ministry
        -- official told reporters"), or going on with what that
        -- spokesperson said of it in the sentence before ("...,
        -- press secretary X said. \"...,\" she told reporters.")
        if venue and src and src.frame and src.frame.press and src_who
            and (src_who.spokes or (src_who.kind == "body" and src_who.side and not src_who.guessed))
            and ((last_call_si and last_call_si >= si - 2) or (st.last and st.last.si >= si - 1)
              or (prev_spokes and prev_spokes.si == si - 1 and src_who.name == prev_spokes.who.name
                and last_call_si and last_call_si >= si - 4)) then
          venue = false
        end
        -- (session 17) so does a participant going on, to reporters, from
        -- his own account of the call in the sentence before ("X said Y
        -- had called him this morning. \"He was ...,\" X told reporters.")
        if venue and src and src.frame and src.frame.press and src_who and src_who.kind == "person"
            and src_who.name and st.teller_prev and st.teller_prev.si == si - 1
            and same_person({ name = st.teller_prev.name }, src_who.name) then
          venue = false
        end
        -- a meeting in person before the words ("Chirac met Putin and
        -- Schroeder in St. Petersburg, where the three leaders called for
        -- ..."): words of that meeting unless they report the call
        if not venue and #here == 0 and P.points[1] then
          for x = 1, P.points[1].a - 1 do
            if (MEET_VERB[tk.f[x]] or aux.meeting_gerund(x)) and not P.inq[x] and tk.k[x] == "w" then venue = true break end
          end
        end
        named = #here > 0 or P.anchor or P.relative_at ~= nil
        subjects = NONE
        for fr_i = 1, #P.frames do local fr = P.frames[fr_i]
          if fr.subj and fr.subj.mi then
            if subjects == NONE then subjects = {} end
            subjects[fr.subj.mi] = true
          end
        end
        hearer = src and src.frame and src.frame.hearer_mi
        told_after = told_after_call()
        anchored = named
        -- (session 24) words told at a meeting held at a place, outside
        -- the words said ("told Macron at their meeting in Versailles that
        -- ..."), in a sentence that names no call: that meeting's, though
        -- they pass between the call's parties
        local in_person = not named and P.in_person and frame_elsewhere(P, tk, P.in_person)
        if in_person then venue = true end
        if not anchored and not in_person then
          for p_i = 1, #P.points do local p = P.points[p_i]
            if reports_call(p) then anchored = true break end
          end
        end
        -- (session 12) "In the interview, ..." after "a telephone
        -- interview": the noun a call's cue puts after its medium names
        -- that call when the sentence opens with it
        if not named and DURING[tk.f[1]] and tk.f[2] == "the" and tk.f[4] == ","
            and aux.cue_heads()[tk.f[3]] then
          named, anchored = true, true
        end

        -- a sentence dated before the call tells another occasion, and so
        -- do those after it until one names a call or an account
        -- (session 19) in the lead sentences before any call is named, of
        -- the first call told after them, where their claims would go
        -- ("President X on Monday announced that ..." before "Y called X
        -- on Friday")
        st.day_call = st.call
        if not st.call and #here == 0 then
          for c_i = 1, #all_calls do
            if all_calls[c_i].sentence > si and all_calls[c_i].status ~= "denied" then st.day_call = all_calls[c_i] break end
          end
        end
        local day = #here == 0 and st.day_call and st.day_call.status == "held"
          and earlier_day(st.day_call, A.times or NONE, P.points[1] and P.points[1].a or tk.n + 1)
        -- (a lead sentence of the call's own day is no sign it is the call's)
        if day == "same" and st.day_call ~= st.call then day = nil end
        local away = day == "earlier"
        if day == "same" then st.elsewhere = false end
        -- a participant speaking on a later day ("On Sunday, Correa said
        -- ..." of a call on Saturday) speaks on another occasion, unless
        -- the point reports the call (as "told reporters")
        if day == "later" and src_who and src_who.kind == "person" and not src_who.spokes then venue = true end
        -- (session 17) and so does one whose own act the sentence tells,
        -- with no attribution ("Clinton, in remarks on Thursday, called
        -- the killing ... and said ..." of a call on Wednesday)
        if day == "later" and not src_who and st.day_call then
          for fr_i = 1, #P.frames do
            local mi = P.frames[fr_i].subj and P.frames[fr_i].subj.mi
            local w = mi and describe(tk, ms, mi)
            if w and w.kind == "person" and w.name and in_call(st.day_call, w.name) then venue = true end
            if mi then break end
          end
        end

        -- a reporter's question that takes up what a side said of the call
        -- ("a reporter asked whether she had in fact agreed to close the
        -- border", after "She has agreed to ... closing our Southern
        -- Border"): no claim, but the answer after it is about the call
        local asked = false
        if not anchored and st.call and #emitted > 0 then
          local q
          for x = 1, tk.n - 1 do
            if ASK_WORD[tk.f[x]] and not P.inq[x] then
              -- ("asked whether", "asked Lula whether", "asked her if")
              for y = x + 1, math.min(tk.n - 1, x + 4) do
                if tk.f[y] == "whether" or tk.f[y] == "if" then q = y + 1 break end
                if tk.k[y] ~= "w" then break end
              end
              if q then break end
            end
          end
          -- (the question alone: not "Asked whether ..., she said A")
          for x = q or tk.n + 1, tk.n do
            if tk.f[x] == "," then q = nil break end
          end
          if q and q <= tk.n then
            local qw = content_words(sent.text:sub(tk.s[q]), fold)
            for e_i = #emitted, math.max(1, #emitted - 11), -1 do
              local common = 0
              for w in pairs(content_words(emitted[e_i].text, fold)) do
                if qw[w] then common = common + 1 end
              end
              if common >= 2 then asked = true break end
            end
          end
        end
        -- (session 11) a question whether the other party said or did
        -- something ("Fox was asked whether the President had said anything
        -- about that idea"): about the call, whatever came before; the
        -- answer right after it, in its paragraph or the next, is too
        local mat_q = A_cur and A_cur.C and A_cur.C.mention_at
        -- (a participant of the call in play mentioned at token y)
        local function party_at(y)
          local w = mat_q[y] and ms[mat_q[y]].a == y and describe(tk, ms, mat_q[y])
          if not w then return false end
          if w.kind == "role" then return participant_of(st.call, w.side, not w.side and w.role) ~= nil end
          return w.kind == "person" and w.name and in_call(st.call, w.name) ~= nil
        end
        -- (the one asked the subject of a passive, the question alone: not
        -- "Trump asked whether Modi could stop ...", a request on the call,
        -- nor "Asked whether ..., Rudd said: ...")
        local asked_at
        for x = 2, (not asked and mat_q and st.call and st.call.status == "held") and tk.n - 1 or 0 do
          if tk.f[x] == "asked" and PASSIVE_BE[tk.f[x - 1]] and not P.inq[x]
              and (tk.f[x + 1] == "whether" or tk.f[x + 1] == "if") then
            asked_at = x + 2
            break
          end
        end
        local asked_call = false
        for y = asked_at or tk.n + 1, tk.n do
          if tk.f[y] == "," or tk.k[y] == "q" then asked_call = false break end
          if party_at(y) then asked_call = true end
        end
        if not anchored and ((st.asked_si == si - 1 and sentences[si - 1].paragraph ~= sent.paragraph)
            or st.asked_call_si == si - 1) then
          anchored = true
        end
        st.asked_si = asked and si or nil
        st.asked_call_si = asked_call and si or nil
        asked = asked or asked_call

        local skip
        -- (session 7) a section of other news under its own heading
        -- ("Other developments", "In other news"): its sentences that name
        -- no call are of other occasions; another short heading ends it
        do
          local t = sent.text:gsub("[%s:%.]+$", ""):lower()
          local one = (si == #sentences or sentences[si + 1].paragraph ~= sent.paragraph)
            and (si == 1 or sentences[si - 1].paragraph ~= sent.paragraph)
          -- (session 13) a briefing's section under a country's name
          -- ("**Pakistan", "Sri Lanka"): of other news when that country
          -- is no side of the call in play
          local bold = t:match("^%*%*+%s*(.-)%**$") or t:match("^#+%s*(.-)$")
          local hc = one and #t < 60 and st.call and #here == 0 and country_line(G, bold or t, text_mod)
          if hc then
            for p_i = 1, #st.call.people do
              if st.call.people[p_i].country == hc then hc = false break end
            end
          end
          if one and (OTHER_NEWS[t] or hc) then
            st.other_news = sent.paragraph
          elseif one and st.other_news and #t < 60 and not t:find("[%.!?\"]$") and (bold or not t:find("^[%-%*]")) then
            st.other_news = nil
          end
          -- (session 23) on an official site (a feed of its items), a
          -- heading of an occasion of another kind ("Telegram of
          -- condolences to ...", "Meeting with Minister ...", "King
          -- receives Prime Minister"): its item is other news; a heading
          -- naming a call ends it.  (A news page's deck, "Truce in focus
          -- after envoy's visit", heads no item.)
          if is_title and one and si > 1 and outlet then
            local occasion = other_occasion(tk)
            if #here > 0 or occasion == "call" then
              st.other_news = nil
            elseif occasion then
              st.other_news = sent.paragraph
            end
          end
        end
        if is_title then skip = "headline"
        elseif st.other_news and sent.paragraph >= st.other_news and #here == 0 then
          skip = "other developments"
        elseif asked then
          st.elsewhere = false
          skip = "a question about the call"
        elseif src and src.neg then skip = "negated report"
        -- (session 12) words said afterwards by the caller, in a verb
        -- coordinated after the call clause ("spoke by telephone with X,
        -- and afterwards said ..."): another occasion, though the
        -- sentence names the call
        elseif src and src.after and src.frame and src.frame.verb and not src.frame.purpose_of
            and tk.f[src.frame.verb - 1] and AFTER_WORD[tk.f[src.frame.verb - 1]]
            and tk.f[src.frame.verb - 2] == "and"
            and aux.cue_before(here, sent.text, tk, src.frame.verb) then
          st.elsewhere = true
          skip = "another occasion"
        elseif away then
          st.elsewhere = true
          skip = "a day before the call"
        elseif (before and not named) or ((venue or present) and not anchored) then
          st.elsewhere = true
          skip = "another occasion"
        elseif anchored or (src_who and src_who.kind == "body" and src_who.side and not src_who.anaphor) then
          st.elsewhere = false
        end
        if not skip and st.elsewhere then skip = "still another occasion" end

        -- Cue positions of this sentence's call mentions.
        cues = #here > 0 and {} or NONE
        for c_i = 1, #here do local c = here[c_i]
          local x = sent.text:find(c.cue, 1, true)
          local first
          if x then first = token_from(tk, x) end
          cues[#cues + 1] = { call = c, at = first or 0 }
        end



        -- "\"...\" / Trump wrote on Twitter.": a bare attribution takes the
        -- quotation the segmenter split off before it
        local points = P.points
        if not skip and src and src.bare and pending_quote and pending_quote.si >= si - 2 then
          points = pending_quote.points
        end
        local made, topics = NONE, NONE      -- (tables once something is put in)
        local prev_who
        local prev_told   -- (session 10) the subject that "told him" the point before
        local prev_hearer        -- the hearer of the sentence's point before
        if points ~= P.points and not skip then
          -- the quotation before, attributed here
          local who = src_who
          if who and who.kind == "role" then
            local rp = participant_of(st.call, who.side, not who.side and who.role)
            who = rp and { kind = "person", name = rp.name or who.text, side = rp.country } or nil
          end
          local call = st.call
          if who and call and (who.kind == "person" or (who.kind == "body" and who.side)) then
            local f = points[1].from
            local l = points[#points].from
            local parts = {}
            for p_i = 1, #points do local p = points[p_i]
              local t = speech.text(p.from.sent.text, p.from.tk, p.from.P, p.a, p.b)
              if t then parts[#parts + 1] = t end
            end
            local e = l.sent.offset + #l.sent.text
            local sides = call_sides(call)
            local side = who.via_side or who.side
            if #parts > 0 and side and call.status ~= "denied" and (not next(sides) or sides[side]) then
              if made == NONE then made = {} end
              made[#made + 1] = {
                call = call.id, speaker = { text = who.kind == "person" and who.name or "joint" },
                via = who.kind == "body" and who.via or (who.spokes and (who.via or who.text) or nil),
                text = table.concat(parts, " "), quote = true, kind = "statement", sentence = si,
                evidence = { offset = f.sent.offset, length = e - f.sent.offset },
                side = side, speaker_country = who.kind == "person" and who.side or nil,
              }
            end
          end
          points = {}
        end
        local listed = skip and NONE or points
        local sentence_src, sentence_src_who = src, src_who
        local inner_body      -- a point's own account body of a known side (for st.last_body)
        for p_i = 1, #listed do local p = listed[p_i]
          -- a point with its own account inside the sentence ("..., while
          -- the Kremlin said Putin had stressed ...")
          src, src_who = sentence_src, sentence_src_who
          if p.via then
            local w = resolve(p.via)
            if w and (w.kind == "body" or w.kind == "person") then
              src = { speaker = p.via, form = "inner", tense = "past" }
              src_who = w
              if w.kind == "body" and w.side and not w.guessed then inner_body = w end
            end
          end
          local text, ta, tb = speech.text(sent.text, tk, P, p.a, p.b)
          local ta0 = ta   -- (the point's start before an act after the cue)
          -- "A and B spoke by phone and agreed to X, the government said":
          -- the point is the act after the call's cue, not the cue
          local act_kind
          -- the first "and <act>" between from and tb becomes the point
          -- (session 8: or ", <act>", an act coordinated with the call
          -- verb: "spoke to X, conveyed his condolences and assured ...",
          -- or its participle: "had spoken to X by telephone, urging him
          -- not to ...")
          local function act_after(from)
            for x = from, tb - 1 do
              local aj, kind = nil, nil
              if tk.f[x] == "and" or (tk.f[x] == "," and not P.inq[x]) then aj, kind = phrases.match(SL.act, tk, x + 1) end
              if not aj and tk.f[x] == "and" and ADVISE_VERB[tk.f[x + 1]] and not P.inq[x]
                  and (tk.f[x + 2] == "him" or tk.f[x + 2] == "her") and tk.f[x + 3] == "to" then
                aj, kind = x + 1, "request"
              end
              if not aj and tk.f[x] == "," and not P.inq[x] then
                for fr_i = 1, #P.frames do local fr = P.frames[fr_i]
                  if fr.verb == x + 1 and fr.gerund and not fr.say then aj, kind = x + 1, "statement" end
                end
              end
              -- (session 21) in quoted words, the purpose of the call
              -- ('"I just spoke with X to reaffirm our commitment ...,"
              -- Y said'), as the purpose of one told unquoted
              if not aj and tk.f[x] == "to" and P.inq[x] and phrases.match(SL.purpose, tk, x + 1) then
                local _, akind = phrases.match(SL.act, tk, x + 1)
                aj, kind = x + 1, akind or "request"
              end
              -- (session 21) or what the speaker says he told the other
              -- on it ('"I told Mr Gorbachev on the telephone that we
              -- expect ...," Bush said'): the words after "that"
              if not aj and tk.f[x] == "that" and P.inq[x] then
                for y = from - 2, math.max(2, from - 12), -1 do
                  if EXCHANGE_VERB[tk.f[y]] and P.inq[y] and (tk.t[y - 1] == "I" or tk.f[y - 1] == "we") then
                    aj, kind = x + 1, "statement"
                    break
                  end
                end
              end
              if aj then
                text, ta, tb = speech.text(sent.text, tk, P, x + 1, tb)
                act_kind = kind
                return
              end
            end
          end
          if text then
            for cu_i = 1, #cues do local cu = cues[cu_i]
              if cu.at >= ta and cu.at <= tb and not cue_ok(cu) then act_after(cu.at + 1) end
            end
          end
          -- (session 14) "agreed Thursday during a 30-minute phone call to
          -- speed up the talks": the agreement's infinitive after the call
          -- phrase is the point, the call phrase its circumstance
          if text and not act_kind then
            local aj, kind = phrases.match(SL.act, tk, ta)
            for cu_i = 1, aj and kind == "agreement" and #cues or 0 do local cu = cues[cu_i]
              if cu.at > aj and cu.at <= tb and not cue_ok(cu) then
                for x = cu.at + 1, math.min(tb - 1, cu.at + 8) do
                  if tk.f[x] == "to" and tk.k[x + 1] == "w" and not tk.up[x + 1] then
                    local t2, a2, b2 = speech.text(sent.text, tk, P, x, tb)
                    if t2 then
                      text, ta, tb, act_kind = sent.text:sub(tk.s[ta], tk.e[aj]) .. " " .. t2, a2, b2, kind
                    end
                    break
                  end
                end
                break
              end
            end
          end
          -- "the two spoke for about 20 minutes and agreed to X": the act
          -- after the call's length
          if text and not act_kind then
            local d = length_at(ta, tb)
            if d then act_after(d + 1) end
          end
          -- (session 16) "... to keep him informed, but gave no details of
          -- what was said": a refusal after "but" closes the point, no
          -- part of it
          if text then
            local nx = phrases.find(SL.non_claim, tk, ta, tb)
            local purpose = false
            for fr_i = 1, nx and #P.frames or 0 do
              if P.frames[fr_i].verb == ta and P.frames[fr_i].purpose_of then purpose = true end
            end
            -- (session 18) and so does one coordinated right after the
            -- words with no subject of its own ("confirmed that the call took
            -- place and declined further comment")
            local coord = nx and nx > ta + 2 and (tk.f[nx - 1] == "and" or tk.f[nx - 1] == "but")
              and (tk.f[nx] == "declined" or tk.f[nx] == "refused")
            if (purpose or coord) and nx > ta + 2 and (tk.f[nx - 1] == "but" or coord) and not P.inq[nx] then
              local e = tk.f[nx - 2] == "," and nx - 3 or nx - 2
              local t2, a2, b2 = speech.text(sent.text, tk, P, ta, e)
              if t2 then text, ta, tb = t2, a2, b2 end
            end
          end
          -- a denial keeps its verb: the claim is that something did not
          -- happen (the sentence's teller's, or the point's own: "Putin
          -- denied that ..., the Kremlin said")
          local deny_v = (src and src.deny and src.frame.verb) or (p.deny and p.verb)
          if text and deny_v then text = speech.denial_text(SL, tk, deny_v, ta, text) end
          if text then
            -- the point's own subject
            local spk = p.speaker and resolve(p.speaker)
            if spk and spk.pronoun and spk.kind == "person" then
              -- "Lula thanked Xi and said he looked forward to ...", "Yoon
              -- told Kishida he hoped ...": he is the person who speaks
              local w = aux.reporter_before(p.a)
              if w then spk = w end
            end
            if p.speaker and p.speaker.coord and not spk then spk = prev_who end
            if p.speaker and p.speaker.soft and spk and spk.kind ~= "joint" and spk.kind ~= "person" and spk.kind ~= "third" then
              spk = nil
            end
            -- ("... and that Colonel Gaddafi had lost all legitimacy": a
            -- person not on the call is what the point is about, as for
            -- the content's subject after a source below)
            if p.speaker and p.speaker.soft and spk and spk.kind == "person" and st.call
                and not in_call(st.call, spk.name) then
              spk = nil
            end
            if not spk and p.cont then spk = prev_who end
            if not spk and not p.speaker and src and not src.deny then
              -- "Xinhua said Trump understood ...": the content's subject
              -- (of the call clause, for an act after its cue: "Obama had
              -- spoken to Putin ..., urging him ...")
              local sa = act_kind and ta0 or ta
              local mi = mention_at[sa]
              if mi and ms[mi].a == sa then
                local w = describe(tk, ms, mi)
                local nx = ms[mi].b + 1
                if w and w.kind == "person" and tk.f[nx] == "and" and mention_at[nx + 1] then
                  local w2 = describe(tk, ms, mention_at[nx + 1])
                  if w2 and w2.kind == "person" then w = { kind = "joint", text = "pair" } end
                end
                if w and (w.kind == "joint" or (w.kind == "person" and st.call and in_call(st.call, w.name))) then
                  spk = w
                end
              end
            end
            prev_who = spk or prev_who

            -- the call: this sentence's mention before the point (one whose
            -- cue is inside the point is its topic), else the latest
            local call = prev_call
            if #cues > 0 then
              local best, outside
              for cu_i = 1, #cues do local cu = cues[cu_i]
                if cu.at >= ta and cu.at <= tb then
                  if cue_ok(cu) then
                    if topics == NONE then topics = {} end
                    topics[cu.call] = true
                  end
                elseif not topics[cu.call] then
                  outside = outside or cu.call
                  if cu.at > 0 and cu.at <= ta then best = cu.call end
                end
              end
              call = best or outside or prev_call or cues[1].call
            end
            -- a person not on that call but on another of the document
            local sname = (spk and spk.kind == "person" and spk.name)
              or (not spk and src_who and src_who.kind == "person" and not src_who.spokes and src_who.name)
            if sname and call and not in_call(call, sname) then
              call = latest_call(si, function(c) return in_call(c, sname) end) or call
            end
            -- the hearer names the call among one caller's calls: "Clinton
            -- spoke to Blair and to Ahern. ... Clinton told Mr Blair that
            -- ..." is the call with Blair
            local hmi
            if p.verb then
              for fr_i = 1, #P.frames do
                if P.frames[fr_i].verb == p.verb then hmi = P.frames[fr_i].hearer_mi break end
              end
            end
            hmi = hmi or (not p.speaker and hearer) or nil
            local hw = hmi and describe(tk, ms, hmi)
            local hname = hw and hw.kind == "person" and hw.name or nil
            -- ("told Mr Blair that A and that B": B has A's hearer)
            if not hname and not p.speaker then hname = prev_hearer end
            prev_hearer = hname
            -- (session 11) "With Macron, he discussed ...": the person a
            -- sentence opens with is the other end of its call
            if not hname and tk.f[1] == "with" and ms[1] and ms[1].a == 2 and ms[1].kind == "person"
                and tk.f[ms[1].b + 1] == "," then
              local w1 = describe(tk, ms, 1)
              hname = w1 and w1.kind == "person" and w1.name or nil
            end
            if hname and call then
              if not in_call(call, hname) then
                call = latest_call(si, function(c) return in_call(c, hname) and (not sname or in_call(c, sname)) end)
                  or call
              end
            end
            -- (session 14) a call noun with a person before the point names
            -- the call: "During the first call with Putin, ..., the two men
            -- agreed ..."
            local wname = not hname and not sname and call and aux.call_with_person(ta)
            if wname and not in_call(call, wname) then
              call = latest_call(si, function(c) return in_call(c, wname) ~= nil end) or call
            end

            -- (session 10) offices of two sides as the speaker and the
            -- hearer ("Downing Street said the Prime Minister had told the
            -- President that ..."): the latest call with both sides
            local sw = spk and spk.kind == "role" and spk.side
            -- (session 15) and an office of one side as the speaker, a
            -- person as the hearer ("Orban's spokesman said the Prime
            -- Minister had informed Faymann that ..." after Faymann's
            -- call with Merkel): the latest call of that person with that
            -- side
            -- ("... and that B": B goes on with A's hearer)
            local sh = hname or (p.cont and st.side_hearer and st.side_hearer.si == si and st.side_hearer.name)
            if sw and sh and call and not call_sides(call)[sw] then
              call = latest_call(si, function(c) return in_call(c, sh) and call_sides(c)[sw] == true end)
                or call
            end
            if sw and hname then st.side_hearer = { si = si, name = hname } end
            local hr = hw and hw.kind == "role" and (hw.side or hw.role)
            local function both(c)
              local cs = call_sides(c)
              if not cs[sw] then return false end
              if hw.side then return hw.side ~= sw and cs[hw.side] == true end
              local p = participant_of(c, nil, hw.role)
              return p ~= nil and p.country ~= sw
            end
            if call and sw and hr and not both(call) then
              for k = #all_calls, 1, -1 do
                local c = all_calls[k]
                if c.sentence <= si and c.status ~= "denied" and both(c) then call = c break end
              end
            end

            -- whose account
            local src_person = src_who
            if src_person and src_person.kind == "role" then
              local rp = participant_of(call, src_person.side, not src_person.side and src_person.role)
              src_person = rp and { kind = "person", name = rp.name or src_person.text, side = rp.country }
                or { kind = "person", name = src_person.text, side = src_person.side }
            end
            local acc
            if src_who and src_who.kind == "body" then
              acc = { via = src_who.via, side = src_who.side, guessed = src_who.guessed }
              -- a body of no stated side quoting a participant: the
              -- participant's side ("State broadcaster CCTV quoted Xi")
              -- (session 11) or an office of a participant's country
              -- ("Government Buildings said the Taoiseach had told him")
              -- (session 25) and so is a government body of no stated
              -- country, its side only the page's home, that quotes one
              -- ("The foreign ministry quoted Xi as saying ...")
              if (src_who.guessed or ((src_who.home_guess or (src_who.anaphor and src_who.office))
                    and not src_who.at_place and src.frame and src.frame.quoted_mi)) and spk and spk.side
                  and (spk.kind == "person" and in_call(call, spk.name, spk.side)
                    or spk.kind == "role" and participant_of(call, spk.side, nil)) then
                acc.side, acc.guessed = spk.side, nil
              end
            elseif src_person and src_person.kind == "person"
                and (src_person.spokes or not in_call(call, src_person.name, src_person.side)) then
              acc = { via = src_person.via or src_person.text, side = src_person.via_side or src_person.side,
                person = src_person }
              -- (session 19) a spokesperson of no known side telling what a
              -- participant did ("The government spokesman, Kurt Weber,
              -- said the chancellor had told him ..."): that participant's
              -- spokesperson, of his side
              if not acc.side and src_person.spokes and spk and spk.kind == "person" and call then
                acc.side = (in_call(call, spk.name, spk.side) or NONE).country
              end
            elseif spk and spk.kind == "body" and spk.side and not (spk.inst or spk.noun or spk.account)
                and p.inner and p.speaker and p.speaker.a and p.speaker.a < ta
                and src_person and src_person.kind == "person" and in_call(call, src_person.name, src_person.side) then
              -- (session 22) a state as the subject inside what a
              -- participant tells ("Bush told Kohl that the United States
              -- supported unification", "... that Washington backed ..."):
              -- the teller's words, the state named in them, no account of
              -- the state's
              spk = nil
              local t0 = ta
              ta = p.speaker.a
              text = sent.text:sub(tk.s[ta], tk.s[t0] - 1) .. text
            elseif spk and spk.kind == "body" and spk.side then
              -- "The Kremlin's readout spoke of ...", "The Kremlin stressed
              -- ...": the act of an institution or of a body named by its
              -- noun (an office, a ministry, a spokesman, a readout) is its
              -- account; not that of a country or a capital ("Russia
              -- offered to host talks", "Paris recalled its ambassador":
              -- narrative), nor of a body of no stated side
              acc = { via = spk.via, side = spk.side, act = (spk.inst or spk.noun or spk.account)
                and not spk.guessed and not spk.anaphor and true or nil }
              spk = nil
              -- (session 18) a participant named as the subject of what
              -- the body says ("A spokesman at Matignon said Mr Jospin had
              -- listened ..."): he speaks, in the body's account
              local mi = acc.act and mention_at[ta]
              local w = mi and ms[mi].a == ta and describe(tk, ms, mi)
              if w and w.kind == "person" and in_call(call, w.name) then spk = w end
            end
            local who = spk or (src_person and src_person.kind ~= "body" and src_person) or nil
            -- (session 24) the words a body's account quotes, opening with
            -- an office in the third person and its verb ("Netanyahu's
            -- office said: \"The prime minister stressed that ...\"", "The
            -- White House said in a statement: \"The President expressed
            -- ...\""): the office's holder on the call speaks, as "the
            -- prime minister" unquoted does (an office a participant holds)
            if not who and acc and call and ta and ta < tb then
              local x = tk.k[ta] == "q" and ta + 1 or ta
              local mi = P.inq[x] and mention_at[x]
              local m = mi and ms[mi]
              if m and m.a == x and m.b < tb and tk.k[m.b + 1] == "w" and not tk.up[m.b + 1] then
                local w = describe(tk, ms, mi)
                local held = false
                for q_i = 1, w and w.kind == "role" and w.role and #call.people or 0 do
                  if holds_office(call.people[q_i], w.role) then held = true end
                end
                if held then who = w end
              end
            end
            -- a participant's own account: "Trump said the two had discussed ..."
            local own = src_person and src_person.kind == "person" and not acc
              and in_call(call, src_person.name, src_person.side)
            -- (session 7) "According to her, the Russian prime minister
            -- asked ...": the other leader speaks inside a participant's
            -- account; he stays the speaker, the side is the account's
            local own_side
            -- (session 9) so does the other participant as the subject
            -- inside what one tells ("Arce told a rally that Boric had
            -- promised to reopen ..."): his name stays in the words, which
            -- are not the teller's own
            local other = own and spk and spk.kind == "person" and p.inner and src.form ~= "according"
              and not (src_person.pronoun and src.form == "tail")
              and p.speaker and p.speaker.mi and ms[p.speaker.mi].a < ta and ta - ms[p.speaker.mi].b <= 3
              and in_call(call, spk.name) and not same_person(in_call(call, src_person.name), spk.name)
            -- (session 16) not a clause of its own after ", while", ", but"
            -- or ";" with a verb of saying: "Biden said the talks had been
            -- candid, while Xi said China would ..." is Xi's own account
            if other and p.verb and own_clause_says(tk, SL, ms[p.speaker.mi].a, p.verb) then
              other, own = false, false
              who, acc = spk, nil
            end
            -- (session 10) and so does the subject that "told him",
            -- "assured her" what the words say, set before a parenthetical
            -- attribution ("The Governor-General, he said, had told him
            -- that ...", "The President, she said, had assured her that
            -- ..."): the words are the subject's, the account the teller's
            -- (not yet without the parenthetical: "Howard said Yudhoyono
            -- had assured him ..." stays the teller's words)
            -- (an "and that ..." after such words goes on with the same subject)
            local told_cont = own and prev_told and p.cont and true
            if told_cont then spk, who = prev_told, prev_told end
            prev_told = nil
            local told = told_cont or own and spk and (spk.kind == "person" or spk.kind == "role") and p.inner
              and src.form ~= "according" and not (src_person.pronoun and src.form == "tail")
              and p.speaker and p.speaker.mi and tk.f[ms[p.speaker.mi].b + 1] == ","
              and p.verb and EXCHANGE_VERB[tk.f[p.verb]]
              and HEARER_PRON[tk.f[p.verb + 1]] and not P.inq[p.verb]
              and not (spk.kind == "person" and same_person(in_call(call, src_person.name), spk.name))
            if own and spk and (spk.kind == "person" or spk.kind == "role")
                and (src.form == "according" or other or told) and spk.name ~= src_person.name then
              own_side = src_person.side or (in_call(call, src_person.name) or NONE).country
              if other then
                local t0 = ta
                ta = ms[p.speaker.mi].a
                text = sent.text:sub(tk.s[ta], tk.s[t0] - 1) .. text
              end
              if told then prev_told = spk end
            elseif own then
              who = src_person
            end
            if who and who.kind == "role" then
              -- "the prime minister": of the stated country, else of the
              -- account's side, else the one holding that office
              -- (session 16) a side the text did not state yields to the
              -- account's, when its participant holds that office ("Khan's
              -- office ... In a statement, it said the prime minister had
              -- offered talks")
              local ap = who.side_guessed and acc and acc.side and acc.side ~= who.side
                and participant_of(call, acc.side, nil)
              local ap_rec = ap and ap.role ~= who.role and ap.name and G:person(ap.name)
              if ap and not (ap.role == who.role or (ap_rec and G:holds(ap_rec, nil, who.role, doc.published))) then
                ap = nil
              end
              -- (session 21) a side guessed yields to the one holder of
              -- the office the sentence does not name
              local rp = ap or ((not who.side or who.side_guessed) and aux.other_holder(call, who.role))
                or participant_of(call, who.side, nil)
                or (not who.side and acc and acc.side and participant_of(call, acc.side, nil))
                or (not who.side and participant_of(call, nil, who.role))
              -- (session 12: on its holder's site, the page's country)
              who = rp and { kind = "person", name = rp.name or who.text, side = rp.country or who.side
                  or (site and not rp.name and rp.role == site.office and site.side or nil) }
                or { kind = "person", name = who.text, side = who.side, office = true }
            end
            if who and who.kind == "pronoun" then who = nil end
            -- (session 19) a body's report opening with "he"/"she" and a
            -- verb the parse took for none ("said she had listened to
            -- ..."): the participant the pronoun can only be
            if not who and not spk and acc and call and ta and ta < tb and not P.inq[ta]
                and (tk.f[ta] == "he" or tk.f[ta] == "she") and tk.k[ta + 1] == "w"
                and tk.f[ta + 1] ~= "and" and tk.f[ta + 1] ~= "or" then
              local pw = aux.pronoun_participant(call, tk.f[ta], acc.side)
              -- (the text without the pronoun; its span kept for the
              -- tests of what the point is: "he later chaired a meeting")
              local t2 = pw and speech.text(sent.text, tk, P, ta + 1, tb)
              if t2 then who, text = pw, t2 end
            end
            local speaker, speaker_country, via, side
            -- (session 24) a spokesperson off the call speaking of the call
            -- itself (briefer_account; asked twice, as the run function has
            -- no room for another local)
            if briefer_account(acc, spk, call, text, in_call) and who == acc.person then
              speaker = "joint"
            elseif who and who.kind == "person" then
              speaker, speaker_country = who.name, who.side
              if not speaker_country and call then
                local pp = in_call(call, who.name)
                speaker_country = pp and pp.country
              end
            elseif who and who.kind == "joint" then
              speaker = "joint"
            end
            if acc and acc.person and not spk and not briefer_account(acc, spk, call, text, in_call) then
              speaker, speaker_country = acc.person.name, acc.person.side
            end
            speaker = speaker or "joint"
            if speaker ~= "joint" and call then
              local pp = in_call(call, speaker)
              if pp and pp.name then speaker = pp.name end
            end
            if acc then
              via, side = acc.via, acc.side
              -- (session 13) "according to a readout", no side named, right
              -- after a sentence a side told the call in ("Biden held a call
              -- with ..., the White House said. The leaders affirmed ...,
              -- according to a readout."): that side's
              local prior = st.announced or st.account
              if not side and acc.guessed and prior and prior.si == si - 1
                  and tostring(via):match("^an? %a+$") and phrases.match(SL.account, tk, src.b or 0) then
                via, side = prior.via, prior.side
                acc = setmetatable({ guessed = false, via = via, side = side }, { __index = acc })
              end
            elseif not src and st.according and st.according.para == sent.paragraph
                and st.according.si < si and not P.quoted then
              -- (session 7) "According to a statement from the Indian
              -- embassy, A. Mr Rumsfeld praised B.": an account named in
              -- the paragraph governs its sentences after it that name none
              via, side = st.according.via, st.according.side
            elseif not src and st.stated and st.stated.para == sent.paragraph and st.stated.si == si - 1
                and not P.quoted and not voice_of(si) then
              -- (session 7) "In a statement, State Department spokesman
              -- Ned Price said A. Blinken urged Aliyev B.": a sentence
              -- with no attribution right after a side's statement goes
              -- on with it (not with the outlet's home side)
              via, side = st.stated.via, st.stated.side
            elseif P.quoted and quote_before(si) then
              -- a quotation continuing the previous claim
              local q = quote_before(si)
              speaker, speaker_country = quoted_speaker(q, spk, call, tk.f[ta] == "he" or tk.f[ta] == "she")
              via, side = q.via, q.side
            elseif who and who.pronoun and st.last and st.last.speaker == who.name
                and st.last.para == sent.paragraph then
              via, side = st.last.via, st.last.side      -- "He added that ...": the same account
            elseif voice_account(si, call, call_sides(call)) then
              -- a transcript turn or statement: the voice's account
              side = voice_account(si, call, call_sides(call))
              -- (a post's words with no subject are its author's)
              if speaker == "joint" and not who and voices[si].post then
                local v = voice_of(si)
                if v and v.kind == "person" then speaker, speaker_country = v.name, v.side end
              end
            elseif outlet and not (own and phrases.find(SL.channel, tk, 1, tk.n)) then
              -- an official readout's account, the other leader's words in
              -- it included ("The US president made clear ..." on the
              -- Egyptian presidency's page); not a participant's own post
              -- it quotes ("In a post on Twitter, Zelensky said ...")
              via, side = outlet.via, outlet.side
            elseif st.account and st.account.para == sent.paragraph and st.account.si >= si - 2
                and (speaker == "joint" or st.account.side == speaker_country) then
              via, side = st.account.via, st.account.side
            else
              side = speaker_country
              if not side and speaker == "joint" then
                if st.account and st.account.si >= si - 1 then
                  via, side = st.account.via, st.account.side
                elseif st.announced and st.announced.si >= si - 1 then
                  via, side = st.announced.via, st.announced.side
                elseif home then
                  side = home
                elseif call and call.people[1] and #call.people > 2 then
                  -- "the three leaders said" with no home side: the
                  -- account of the leader the article names first
                  side = call.people[1].country
                elseif who and who.kind == "joint" then
                  side = aux.lead_side(call)
                end
              end
            end
            if own_side then side, via = own_side, nil end
            -- (session 19) "X said A and that B": B goes on in A's account;
            -- a continuation (or a point of the same report) that found no
            -- side of its own takes the side A was given ("The government spokesman, Mr N, said the
            -- premier had told her that A and that the two had agreed B")
            if not side and st.cont_side and st.cont_side.si == si and st.cont_side.call == call
                and (p.cont or (src and st.cont_side.src == src)) then
              side, via = st.cont_side.side, via or st.cont_side.via
            end
            -- (session 11) a person's spokesperson telling of "the two
            -- presidents" after the calls of several pairs ("Chirac and
            -- Schroeder each telephoned Putin ... Chirac's spokeswoman said
            -- the two presidents had agreed"): the latest call of that person
            local owner = src_who and src_who.owner_person
            if not owner and src_who and src_who.spokes then
              -- (the spokesperson apposed to an owned office: "Chirac's
              -- spokeswoman, Catherine Colonna,")
              for mi = 1, #ms do local m = ms[mi]
                if m.kind == "body" and m.owner and m.owner.kind == "person" and m.owner.person and not P.inq[m.a] then
                  owner = { name = m.owner.person.name }
                  break
                end
              end
            end
            if call and side and speaker == "joint" and acc and owner and owner.name
                and not in_call(call, owner.name) then
              local cs = call_sides(call)
              if next(cs) and not cs[side] then
                call = latest_call(si, function(c) return in_call(c, owner.name) end) or call
              end
            end
            -- (session 13) "the two had agreed", told by a side not on the
            -- call in play, when the last sentence telling calls told
            -- several ("Obama spoke with Cameron ..., and later with Merkel.
            -- ... A Downing Street spokesperson said the two had agreed"):
            -- the one of them that side is on
            local in_play = call and side and speaker == "joint" and acc and st.group and call_sides(call)
            if in_play and next(in_play) and not in_play[side] then
              local hit
              for c_i = 1, #st.group do local c = st.group[c_i]
                if call_sides(c)[side] then hit = (hit == nil) and c or false end
              end
              if hit then call = hit end
            end
            -- a lead sentence before any call mention: the first call after it with the speaker
            if not call then
              local sn = speaker ~= "joint" and speaker or nil
              for c_i = 1, #all_calls do local c = all_calls[c_i]
                if c.sentence > si and c.status ~= "denied" and (not sn or in_call(c, sn, speaker_country)) then
                  call = c
                  break
                end
              end
            end

            -- "Both ministries said ...": one claim for each side of the call
            local each_side = NONE
            if src_who and src_who.both and call then
              each_side = {}
              for sd in pairs(call_sides(call)) do each_side[#each_side + 1] = sd end
              table.sort(each_side)
              side, via = each_side[1], src_who.text
            end
            -- (session 18) a side within a former state on the call, in the
            -- words of that state's participant ("Bessmertnykh told Baker
            -- that Moscow regretted ..."): that state's
            -- (session 27) and in the words of both ("Both sides stressed
            -- ..., the Kremlin said" of Brezhnev's call: the Soviet Union's)
            if call and side and next(call_sides(call)) and not call_sides(call)[side] then
              local w = aux.within_side(side, call_sides(call))
              if w and (w == speaker_country or speaker == "joint") then side = w end
            end
            local cand = { call = call, side = side, who = who, own = spk ~= nil or own or (acc and acc.act),
              guessed = acc and acc.guessed,
              spokes = acc and acc.person and acc.person.spokes,
              outsider = src_who and src_who.outsider }
            local why = reject(cand, p, ta, tb)
            if why == "announces the call" and speaker ~= "joint" and side
                and speech.quoted_share(tk, P, ta, tb) > 0.8 then
              st.quote_open = { speaker = speaker, speaker_country = speaker_country, via = via, side = side,
                si = si, para = sent.paragraph }
            end
            if why == "announces the call" and acc and acc.via and side and not acc.guessed then
              -- "A and B spoke by phone, the government said": no point,
              -- but the account "the two leaders agreed ..." goes on with
              st.announced = { via = acc.via, side = side, si = si }
            end
            -- (session 10) words of a quotation the sentence opens and
            -- leaves open, for the attribution that closes it in the next
            -- (words that pass the other tests once a side of the call
            -- speaks them: not '"Had a good conversation with X.')
            local sd = (why == "no side" or why == "no attribution") and call and opens_quote(sent.text)
              and next(call_sides(call))
            if sd and not reject({ call = call, side = sd, who = who, own = true }, p, ta, tb) then
              st.open_quote = { si = si, para = sent.paragraph, text = text,
                kind = act_kind or p.kind or "statement",
                evidence = { offset = sent.offset + tk.s[ta] - 1, length = tk.e[tb] - tk.s[ta] + 1 } }
            end
            -- (session 20) the attribution closing a quotation the sentence
            -- before opened, on a call that did not take place: its own
            -- words may say nothing of the call ('"... is not yet. But we
            -- will be patient," X said'), the opened words still do
            if why == "denied call" and side and speaker and speaker ~= "joint" and call then
              st.quote_closer = { si = si, call = call.id, speaker = { text = speaker }, via = via, side = side,
                speaker_country = speaker_country, via_country = via and side or nil }
            end
            st.cont_side = not why and side and { si = si, side = side, via = via, call = call, src = src } or st.cont_side
            if why then
              ctx.log.debug(string.format("claims: sentence %d: point dropped (%s; side %s, call %s): %s", si, why,
                tostring(side), call and call.id:match("#(.*)") or "-", text))
            else
              -- one caller, several calls announced together ("Guterres
              -- called Sharif and Jaishankar"): the caller's words go to each
              local targets = { call }
              if st.group and speaker ~= "joint" then
                local inall, member = true, false
                for c_i = 1, #st.group do local c = st.group[c_i]
                  if c == call then member = true end
                  if not in_call(c, speaker) or #c.people ~= 2 then inall = false end
                end
                -- not when the point names the other party of one of them,
                -- nor when its hearer is one ("told Mr Blair that ...")
                if hname and not same_person({ name = speaker }, hname) then
                  for c_i = 1, #st.group do
                    if in_call(st.group[c_i], hname) then inall = false end
                  end
                end
                for x = ta, tb do
                  local mi = mention_at[x]
                  local w = mi and describe(tk, ms, mi)
                  if w and w.kind == "person" and not same_person({ name = speaker }, w.name) then
                    for c_i = 1, #st.group do
                      if in_call(st.group[c_i], w.name) then inall = false end
                    end
                  end
                end
                if member and inall then targets = st.group end
              elseif st.group and speaker == "joint" and p.speaker and p.speaker.a and p.speaker.mi
                  and ms[p.speaker.mi] and ms[p.speaker.mi].kind == "group" then
                -- the caller and the group he called: "Mr Obama and the
                -- three European leaders agreed in separate calls that
                -- ...": the same words on each of those calls
                local caller
                for x = p.speaker.a, ms[p.speaker.mi].a - 1 do
                  local mi = mention_at[x]
                  local w = mi and describe(tk, ms, mi)
                  if w and w.kind == "person" then caller = w.name break end
                end
                local inall, member = caller ~= nil, false
                for c_i = 1, #st.group do local c = st.group[c_i]
                  if c == call then member = true end
                  if not caller or not in_call(c, caller) or #c.people ~= 2 then inall = false end
                end
                if member and inall then targets = st.group; st.joint_group = si end
              elseif st.group and speaker == "joint" and p.cont and st.joint_group == si then
                targets = st.group      -- ("... and that B": B as well)
              end
              for tc_i = 1, #targets * math.max(1, #each_side) do
                local tc = targets[(tc_i - 1) % #targets + 1]
                if #each_side > 0 then side = each_side[(tc_i - 1) // #targets + 1] end
                if made == NONE then made = {} end
                made[#made + 1] = {
                  call = tc.id, speaker = { text = speaker }, via = via, text = text,
                  quote = speech.quoted_share(tk, P, ta, tb) > 0.8 and (P.inq[ta] or tk.k[ta - 1] == "q") or false,
                  kind = act_kind or p.kind or "statement", sentence = si, ta = ta, tb = tb,
                  evidence = { offset = sent.offset + tk.s[ta] - 1, length = tk.e[tb] - tk.s[ta] + 1 },
                  side = side, speaker_country = speaker_country, via_country = via and side or nil,
                }
                -- (for the account named by the next sentence's tail, below)
                if own and not acc and hname and speaker ~= "joint" and in_call(call, hname)
                    and not same_person({ name = speaker }, hname) then
                  to_hearer[made[#made]] = true
                elseif acc and via and side and src and src.form == "tail" and not own then
                  tail_account[made[#made]] = true
                end
              end
            end
          end
        end
        src, src_who = sentence_src, sentence_src_who
        if skip and #P.points > 0 then
          ctx.log.debug(string.format("claims: sentence %d skipped (%s)", si, skip))
        end

        -- An official readout goes on in the words of the speaker of the
        -- sentence before: "Hu Jintao pointed out that A. The pressing task
        -- now is B. China has proposed C." (a sentence of its paragraph
        -- with no attribution, call mention or claim of its own)
        if #made == 0 and outlet and not skip and not src and not is_title and #here == 0
            and not P.quoted and ends_like_sentence(sent.text) then
          local prev = emitted[#emitted]
          -- (a person's words: "the two sides agreed A. B." is narrative)
          if prev and prev.sentence == si - 1 and prev.speaker.text ~= "joint"
              and sentences[prev.sentence].paragraph == sent.paragraph then
            local text = sent.text:gsub("^%s+", ""):gsub("[%s%.]+$", "")
            local _, nw = text:gsub("%S+", "")
            if nw >= 4 then
              made = { {
                call = prev.call, speaker = { text = prev.speaker.text }, via = prev.via, text = text,
                quote = false, kind = "statement", sentence = si,
                evidence = { offset = sent.offset, length = #sent.text },
                side = prev.side, speaker_country = prev.speaker_country, via_country = prev.via_country,
              } }
            end
          end
        end

        -- A quotation with no attribution of its own waits for one.
        if P.quoted or (not src and P.quote_share > 0.8 and #made == 0) then
          local qp = {}
          local from = { sent = sent, tk = tk, P = P, ms = ms, mention_at = mention_at }
          if P.quoted then
            for p_i = 1, #P.points do
              local c = copy(P.points[p_i])
              c.from = from
              qp[#qp + 1] = c
            end
          else
            qp[1] = { a = 1, b = tk.n, from = from }
          end
          if pending_quote and pending_quote.si == si - 1 then
            for p_i = 1, #qp do local p = qp[p_i]; table.insert(pending_quote.points, p) end
            pending_quote.si = si
          else
            pending_quote = { si = si, points = qp }
          end
        elseif #made > 0 or src then
          pending_quote = nil
        end

        -- Points of one speaker in one sentence make one claim.
        local merged = #made > 0 and {} or NONE
        for c_i = 1, #made do local c = made[c_i]
          local last
          for m_i = 1, #merged do local m = merged[m_i]
            if m.call == c.call and m.side == c.side and m.via == c.via and m.speaker.text == c.speaker.text then
              last = m
            end
          end
          -- (only the latest claim of the sentence, so a new speaker in
          -- between starts a new claim)
          -- (the same words for the other side, "Both ministries said ...",
          -- are no new speaker)
          local lm = merged[#merged]
          if last and last ~= lm and lm.call == c.call
              and not (lm.speaker.text == c.speaker.text and lm.via == c.via) then
            last = nil
          end
          if last then
            last.points[#last.points + 1] = c.text
            last.text = last.text .. "; " .. c.text
            last.quote = last.quote and c.quote
            local e = c.evidence.offset + c.evidence.length
            last.evidence.length = e - last.evidence.offset
            if last.kind ~= c.kind and c.kind ~= "statement" and last.kind == "statement" then last.kind = c.kind end
          else
            c.points = { c.text }
            merged[#merged + 1] = c
          end
        end
        -- '"...," he said.' after a claim of the same speaker: the quotation
        -- is that claim's next point
        local pron_src = src and src.speaker and (src.speaker.pron
          or (src.speaker.mi and ms[src.speaker.mi] and ms[src.speaker.mi].kind == "pronoun"))
        if pron_src and #merged == 1 and merged[1].quote then
          local c = merged[1]
          local prev = emitted[#emitted]
          if prev and prev.sentence == si - 1 and prev.call == c.call and prev.side == c.side
              and prev.via == c.via and prev.speaker.text == c.speaker.text
              and sentences[prev.sentence].paragraph == sent.paragraph then
            for t_i = 1, #c.points do local t = c.points[t_i]; prev.points[#prev.points + 1] = t end
            prev.text = prev.text .. "; " .. c.text
            prev.evidence.length = c.evidence.offset + c.evidence.length - prev.evidence.offset
            prev.sentence = si
            merged = NONE
            st.last.si = si
          end
        end
        -- (session 10) '"A. B," X said.' across two sentences: A, left
        -- without a speaker in the quotation the sentence before opened,
        -- is X's too, in the same account (not a leader's post, whose
        -- first words announce the call: '"Had a good conversation with
        -- X. ...," Modi wrote on X.')
        local oq = st.open_quote
        local qc = st.quote_closer
        if qc and qc.si ~= si then qc = nil end
        if oq and oq.si == si - 1 and oq.para == sent.paragraph and (merged[1] or qc)
            and (merged[1] or qc).speaker.text ~= "joint" and closes_quote(sent.text)
            and not phrases.find(SL.channel, tk, 1, tk.n) and not written_post(tk) then
          local c = merged[1] or qc
          emitted[#emitted + 1] = { call = c.call, speaker = { text = c.speaker.text }, via = c.via,
            text = oq.text, points = { oq.text }, quote = true, kind = oq.kind, sentence = oq.si,
            evidence = oq.evidence, side = c.side, speaker_country = c.speaker_country,
            via_country = c.via_country }
        end
        if oq and oq.si < si then st.open_quote = nil end
        for c_i = 1, #merged do local c = merged[c_i]
          c.ta, c.tb = nil, nil
          emitted[#emitted + 1] = c
          st.last = { speaker = c.speaker.text, speaker_country = c.speaker_country, via = c.via,
            side = c.side, si = si, para = sent.paragraph }
          if c.via then st.account = { via = c.via, side = c.side, si = si, para = sent.paragraph } end
        end

        -- A statement of a side this sentence attributes its words to (a
        -- body of a stated side, a spokesperson), for the next sentence
        -- with no attribution of its own.
        st.stated = nil
        if src and src_who and ((src_who.kind == "body" and src_who.side and not src_who.guessed
              and not src_who.anaphor) or (src_who.kind == "person" and src_who.spokes
              and (src_who.via_side or src_who.side))) then
          st.stated = { via = src_who.via or src_who.text, side = src_who.via_side or src_who.side,
            si = si, para = sent.paragraph }
        end
        -- The account an according-phrase names, for the sentences of its
        -- paragraph after it that name none; another attribution ends it.
        if src and src.form == "according" and #merged > 0 and merged[1].side then
          st.according = { via = merged[1].via, side = merged[1].side, si = si, para = sent.paragraph }
        elseif src then
          st.according = nil
        end

        -- The call in play after this sentence: not one it mentions as a topic.
        if #here > 0 then
          local nc
          local group = {}
          for c_i = 1, #here do local c = here[c_i]
            if not topics[c] then
              nc = c
              group[#group + 1] = c
            end
          end
          st.group = #group >= 2 and group or nil
          st.call = nc or prev_call or here[#here]
          if nc then
            last_call_si = si
            st.elsewhere = false
          end
        end
        -- The latest sentence naming an account outside quotations ("The
        -- Kremlin has published its readout"), for "it says" after it.
        do
          local x = phrases.find(SL.account, tk, 1, tk.n)
          if x and not P.inq[x] then st.readout_si = si end
        end
        -- The latest account body and person, for "it" and "he" after.
        -- (and the body of several people that gave it: "officials",
        -- "sources", for "they said" next)
        local sb = src and src.speaker and src.speaker.b
        st.last_plural = src_who and src_who.kind == "body" and src_who.side and not src_who.guessed
          and sb and tk.k[sb] == "w" and not tk.up[sb] and tk.f[sb]:sub(-1) == "s"
          and { via = src_who.via, side = src_who.side, si = si } or nil
        if src_who and src_who.kind == "body" and src_who.side and not src_who.guessed then
          st.last_body = { via = src_who.via, side = src_who.side, si = si }
        elseif not src_who and inner_body then
          -- ("Administration officials said afterward that ...": the
          -- account of the sentence's only point)
          st.last_body = { via = inner_body.via, side = inner_body.side, si = si }
        end
        for mi = 1, #ms do local m = ms[mi]
          -- (and a body of a stated country named by its noun, the subject
          -- of a verb: "Mexico's foreign ministry rejected that account. In a
          -- statement it said"; not "at the German side's request")
          if m.kind == "body" and not P.inq[m.a] then
            local w = (m.account or m.inst or m.owner or m.country) and aux.shared_side(describe(tk, ms, mi))
            -- (session 19) or a body named by its country or capital, the
            -- subject (or the words opening the sentence before a verb) in
            -- a sentence that names an account ("Radio Mogadishu gave a
            -- shorter account. It said ...")
            if w and w.side and (m.account or m.inst or m.owner or (w.noun and subjects[mi])
                or (m.country and st.readout_si == si and (subjects[mi] or (m.a <= 2
                  and tk.k[m.b + 1] == "w" and not tk.up[m.b + 1])))) then
              st.last_body = { via = w.via, side = w.side, si = si }
            end
            -- (session 13) the subject of any verb, of several people:
            -- "White House officials described the call differently.
            -- They said ..."
            if w and w.side and subjects[mi] and not st.last_plural and tk.k[m.b] == "w"
                and not tk.up[m.b] and tk.f[m.b]:sub(-1) == "s" then
              st.last_plural = { via = w.via, side = w.side, si = si }
            end
          end
        end
        -- (session 20) a broadcaster named by its country or capital
        -- opening a sentence that reports nothing ("Radio Bangladesh gave
        -- a different emphasis.", "Cuban television struck another
        -- note."): the "it" of the next sentence, its subject
        if not src then
          local b = aux.broadcaster_opening(tk, sent.text)
          if b then st.last_body = { via = b.via, side = b.side, si = si } end
        end
        -- The latest spokesperson named with his side, for a bare "the
        -- press secretary" after (resolve)
        for mi = 1, #ms do local m = ms[mi]
          if m.kind == "person" and not P.inq[m.a] then
            local w = aux.shared_side(describe(tk, ms, mi))
            if w and w.kind == "person" and w.spokes and w.name and (w.via_side or w.side) then
              st.last_spokes = { name = w.name, side = w.via_side or w.side }
            end
          end
        end
        if src_who and src_who.kind == "person" and src_who.spokes and src_who.name
            and (src_who.via_side or src_who.side) then
          st.last_spokes = { name = src_who.name, side = src_who.via_side or src_who.side }
        end
        -- (session 22) an unnamed spokesperson of a side telling
        -- ("..., a State Department spokesman said in Washington"): "the
        -- spokesman" of the next sentence is that one, not one named before
        local spk_b = src and src.speaker and src.speaker.b
        if src_who and src_who.kind == "body" and src_who.side and spk_b and SPOKES_NOUN[tk.f[spk_b]]
            and tk.f[spk_b] ~= "secretary" then
          st.unnamed_spokes = { side = src_who.side, si = si }
        end
        -- (session 25) and "he"/"she" telling in the next sentence is
        -- that spokesperson ("A spokesman for Mr. Kohl said ... He said
        -- ..."), not a spokesperson named earlier
        if src_who and src_who.kind == "body" and src_who.side and not src_who.anaphor
            and spk_b and unnamed_spokes_span(tk, src.speaker.a, spk_b) then
          st.unnamed_teller = { side = src_who.side, via = src_who.via or src_who.text, si = si }
        end
        if st.last_spokes and st.last_spokes ~= st.spokes_seen[#st.spokes_seen] then
          st.spokes_seen[#st.spokes_seen + 1] = st.last_spokes
        end
        do
          local acc = opening_account(here)
          if acc then
            st.last_body = { via = acc.via, side = acc.side, si = si }
            if acc.plural then st.last_plural = st.last_body end
            st.readout_si = si
          end
        end
        local subj_person
        if src_who and src_who.kind == "person" and not src_who.spokes then subj_person = src_who end
        -- (an office that is one participant's: "the crown prince stressed
        -- ... He affirmed ...": he is that participant)
        local function as_person(w)
          if not (w and w.kind == "role") then return w end
          -- (of the stated country, else of the account's side, else the
          -- one holding that office, as a claim's speaker is found; on the
          -- call in focus, else the latest call of the document with one)
          local side = w.side or (src_who and src_who.side)
          for k = #all_calls + 1, 1, -1 do
            local c = k > #all_calls and st.call or all_calls[k]
            local rp = c and ((side and participant_of(c, side, nil))
              or (not w.side and participant_of(c, nil, w.role)))
            if rp and rp.name then return { kind = "person", name = rp.name, side = rp.country } end
          end
          return w
        end
        -- (session 11) the one asked ("Zapatero was asked whether Bush had
        -- said anything about it. He smiled and said ..."): the answer
        -- that follows is his, not the person the question names
        if not subj_person then
          local mat = A_cur and A_cur.C and A_cur.C.mention_at
          for x = 3, mat and tk.n or 0 do
            if tk.f[x] == "asked" and PASSIVE_BE[tk.f[x - 1]] and not P.inq[x] then
              local mi = mat[x - 2]
              local w = mi and ms[mi].b == x - 2 and as_person(describe(tk, ms, mi))
              if w and (w.kind == "person" or side_office(w)) then subj_person = w end
              break
            end
          end
        end
        if not subj_person then
          for p_i = 1, #P.points do local p = P.points[p_i]
            local w = p.speaker and not p.speaker.pron and p.speaker.mi and as_person(describe(tk, ms, p.speaker.mi))
            if w and (w.kind == "person" or side_office(w)) then subj_person = w break end
          end
        end
        if not subj_person then
          for fr_i = 1, #P.frames do local fr = P.frames[fr_i]
            local w = fr.subj and fr.subj.mi and as_person(describe(tk, ms, fr.subj.mi))
            if w and (w.kind == "person" or side_office(w)) then subj_person = w break end
          end
        end
        if not subj_person then
          for mi = 1, #ms do local m = ms[mi]
            if m.kind == "person" and m.person and not P.inq[m.a] then
              subj_person = describe(tk, ms, mi)
              break
            end
          end
        end
        if not subj_person and src_who and src_who.kind == "person" then subj_person = src_who end
        -- the source itself: as resolved (a spokesperson stays one for "she")
        if subj_person and src_who and src_who.kind == "person" and src_who.name == subj_person.name then
          subj_person = src_who
        end
        subj_person = with_claim_side(subj_person, merged)
        if subj_person and (subj_person.name or side_office(subj_person)) and not is_title then
          st.last_person = subj_person
        end
        -- the side in focus: the first subject of the sentence with a side,
        -- else its first person or body
        local focus
        for fr_i = 1, #P.frames do local fr = P.frames[fr_i]
          local w = fr.subj and fr.subj.mi and describe(tk, ms, fr.subj.mi)
          if w and w.side and (w.kind == "person" or (w.kind == "body" and not w.anaphor)) then
            focus = w
            break
          end
        end
        if not focus then
          for mi = 1, #ms do local m = ms[mi]
            local w = not P.inq[m.a] and (m.kind == "person" or m.kind == "body") and describe(tk, ms, mi)
            if w and w.side and (w.kind == "person" or (w.kind == "body" and not w.anaphor)) then
              focus = w
              break
            end
          end
        end
        if focus and not is_title then st.focus = { side = focus.side, si = si, name = focus.kind == "person" and focus.name or nil } end
      end
    end

    -- (session 7) A participant's words to the other leader ("Otunbayeva
    -- told Putin that A.") told in the account the next sentence of the
    -- paragraph names at its end ("At the same time she said that B,
    -- Peskov said."): that account's, as B is.
    for i = 1, #emitted - 1 do local c = emitted[i]
      if to_hearer[c] and not c.via then
        for j = i + 1, #emitted do local n = emitted[j]
          if n.sentence > c.sentence + 1 then break end
          if n.sentence == c.sentence + 1 and tail_account[n] and n.call == c.call and n.side ~= c.side
              and sentences[n.sentence].paragraph == sentences[c.sentence].paragraph then
            c.side, c.via, c.via_country = n.side, n.via, n.side
            break
          end
        end
      end
    end

    -- Drop a claim whose words another claim of the same call and side
    -- contains (the lead sentence and its fuller account).
    -- (the words of a claim only when another claim shares its call and side)
    local words, counts = {}, {}
    local function words_of(i)
      if not words[i] then words[i], counts[i] = content_words(emitted[i].text, fold) end
      return words[i], counts[i]
    end
    for i = 1, #emitted do local c = emitted[i]
      local dup = false
      for j = 1, #emitted do local o = emitted[j]
        if i ~= j and o.call == c.call and o.side == c.side then
          local wi, ni = words_of(i)
          local wj, nj = words_of(j)
          if nj > ni or (nj == ni and j < i) then
            local shared = 0
            for w in pairs(wi) do if wj[w] then shared = shared + 1 end end
            if ni > 0 and shared / ni >= 0.9 then dup = true break end
          end
        end
      end
      if not dup then ex.claims[#ex.claims + 1] = close_brackets(c) end
    end
    return ex
  end,
}
