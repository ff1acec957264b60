-- 20-calls.lua — CallMentions: a cue ("spoke by telephone", "in a phone
-- call", "X called Y"), the people on the call, who placed it, its status
-- (held / planned / denied), medium and time expression.
--
-- One sentence gives one main mention (all its cues describe the same
-- contact) plus one per self-contained call phrase ("Erdogan's phone
-- conversation with Putin", "his phone calls with the leaders of A and
-- B") and one per call in a temporal phrase with days of its own ("after
-- phone calls on Feb. 10 and Sept. 9", "two days after Putin telephoned
-- Erdogan on Sunday").
--
-- Who is on the call (general rules, in this order):
--   * the grammar of the cue (cues.arguments): the subject and object of a
--     verb of calling, the subject and "with"/"to" people of a verb of
--     speaking, the subject of a light verb and the "with"/"from" people of
--     a call noun ("received a call from").  When it gives both parties,
--     they are the parties: a bystander elsewhere in the sentence is not;
--   * several objects of a verb of calling ("called Sharif and
--     Jaishankar", "called Sunak and then Macron"), a distributive
--     subject ("each spoke with"), or "with" phrases that each name a
--     contact of their own ("a session with Li, then a meeting with Xi";
--     "with A and, separately, with B"), and plural calls from several
--     people ("received calls from A and B") are one call each; several
--     people in the "with" phrase of a verb of speaking are one
--     conversation when something tells so (one_conversation);
--   * a participle clause with a call takes the main clause's subject
--     ("Trump announced ..., sealing the deal in a call with A and B");
--   * a country's leaders, nobody named ("tried to telephone China's
--     leaders"), are the person of that country a mention of the same
--     caller names in the next three sentences ("had hoped to speak
--     directly to Deng"), which refers back (name_vague_leaders);
--   * the preposition of a verb of speaking repeated after an appositive
--     or a time puts more people on its list, one call each
--     (apposed_more); a call phrase apposed to such a person is that
--     call ("spoke to Obama, his second conversation with the president,
--     and to Cameron");
--   * "the two leaders", "the two": the people of the latest call (with
--     an office word, "the two foreign ministers", the latest call of
--     people holding that office); on
--     another day, or with "again", "a second call", it is another call
--     of the same people (`distinct`); with no call before, the pair the
--     subject of one of the two sentences before names, or its subject
--     and the person right after its verb ("X thanked Y");
--   * in a transcript turn ("PRESIDENT X: ..."), "I" or "my" before the
--     cue is the person the label names (a label alone in its paragraph,
--     "PRIME MINISTER:", opens a turn up to the next label; a bare office
--     is the one person the page's header names), else 10-people's voice
--     (a statement's author, an interview's "A:");
--   * else the people of the cue's clause (a relative clause on a call
--     noun, "a video call on 7 June in which A, B and C discussed", is
--     the call's: relative_on_call), without those who only report
--     it: attribution clauses, the subject of a verb of saying ("Peskov
--     said ..."), spokespeople, companions ("accompanied by", "with X at
--     his side") and a role apposed to the person before it ("Hun Sen,
--     the former Cambodian prime minister"), and the people of what was
--     said, after a "that" following the cue, when two are named before;
--   * a country as the subject of a light verb ("China refused to take a
--     call from Austin") is a `party`: 10-actors finds its official in
--     another mention of the document.
-- A sentence naming fewer than two people ("The call, on July 11, was
-- placed by Zelenskiy") refers back to the latest mention of the
-- document: it copies that mention's people and sets `ref` to its id.
-- A stance (cues.lua: "ready to talk", "speaking to reporters") makes no
-- mention and sets no status.
-- A weak cue (a verb of speaking, "conversation") needs support: a medium,
-- a plan or denial, an earlier call of the same people, or both parties
-- named by its grammar with nothing that puts them in one room (a visit
-- told in a relative clause on a person, ", who is cutting short a
-- visit", is that person's, not the contact's).
--
-- This file is the pipeline: per sentence, the cues (cues.find, then
-- lua/call_cues.lua), sorted into self-contained call phrases, main cues
-- and calls in a temporal phrase (call_cues.sort_cues); for each, its people (lua/call_people.lua,
-- the latest call for a reference back: lua/call_series.lua), time
-- (lua/call_times.lua) and status (lua/call_status.lua); then `emit`
-- makes the mention.  lua/call_offices.lua gives bare offices their
-- country first.  `state` holds what the call_series and call_people
-- functions read and keep of the document.

local cues = require("callbrief.cues")
local gazetteer = require("callbrief.gazetteer")
local lexicon = require("callbrief.lexicon")
local call_times = require("callbrief.call_times")
local dates = require("callbrief.dates")
local call_people = require("callbrief.call_people")
local call_status = require("callbrief.call_status")
local call_cues = require("callbrief.call_cues")
local call_offices = require("callbrief.call_offices")
local call_series = require("callbrief.call_series")
local labels = require("callbrief.labels")
local phrases = require("callbrief.phrases")
local in_span, pick_time, filed_day, mark_event_dates =
  call_times.in_span, call_times.pick_time, call_times.filed_day, call_times.mark_event_dates
local own_times, time_record, conjunct_times, heading_time =
  call_times.own_times, call_times.time_record, call_times.conjunct_times, call_times.heading_time
local same_day, call_time =
  call_times.same_day, call_times.call_time
local people_genders, conference_opening, entries, teller_party =
  call_people.people_genders, call_people.conference_opening, call_people.entries, call_people.teller_party
local key_of, dedupe, outside, TEMPORAL_WORD =
  call_people.key_of, call_people.dedupe, call_people.outside, call_people.TEMPORAL_WORD
local relative_on_call, owner_of_thing, content_start, purpose_start, beside_party, sender_of_thing =
  call_people.relative_on_call, call_people.owner_of_thing, call_people.content_start,
  call_people.purpose_start, call_people.beside_party, call_people.sender_of_thing
-- (session 26) Whether a sentence opens "It was placed by", "It had been
-- requested by", "It was made at the request of", "It was initiated at
-- Kohl's request": a passive of placing with its agent or its asker.
local IT_PLACED = { placed = true, initiated = true, made = true, requested = true, arranged = true }
local IT_ASK = { request = true, initiative = true, instance = true, invitation = true }
local function it_placed(tk)
  if tk.f[1] ~= "it" then return false end
  local k = 2
  if tk.f[k] == "had" and tk.f[k + 1] == "been" then k = k + 2
  elseif tk.f[k] == "was" then k = k + 1
  else return false end
  if tk.f[k] == "originally" or tk.f[k] == "first" or tk.f[k] == "also" then k = k + 1 end
  if not IT_PLACED[tk.f[k]] then return false end
  local f = tk.f[k + 1]
  if f == "by" or f == "from" and tk.f[k] == "placed" then return true end
  if f == "at" or f == "on" or f == "upon" then
    for j = k + 2, math.min(tk.n, k + 8) do
      if IT_ASK[tk.f[j]] then return true end
      if tk.f[j] == "," or tk.f[j] == ";" then break end
    end
  end
  return false
end

local names_before, initiator_of, initiator_entry, round_of_calls =
  call_people.names_before, call_people.initiator_of, call_people.initiator_entry, call_people.round_of_calls
local one_conversation, participle_subject, name_vague_leaders, tells_person =
  call_people.one_conversation, call_people.participle_subject, call_people.name_vague_leaders, call_people.tells_person
local speaker_only, turn_speaker, note_sentence, topic_names, label_speaker, header_participant =
  call_people.speaker_only, call_people.turn_speaker, call_people.note_sentence, call_people.topic_names,
  call_people.label_speaker, call_people.header_participant
local briefer_label = call_people.briefer_label
local quote_speaker, first_person_before, i_called =
  call_people.quote_speaker, call_people.first_person_before, call_people.i_called
local attempted, impersonated, prospective, occurrence_denied =
  call_status.attempted, call_status.impersonated, call_status.prospective, call_status.occurrence_denied
local hearsay, one_more, status_of, has_in_person, person_relatives, in_person_besides_hosting =
  call_status.hearsay, call_status.one_more, call_status.status_of, call_status.has_in_person,
  call_status.person_relatives, call_status.in_person_besides_hosting
local located =
  call_status.located

-- (session 24) A noun that needs a medium, with none, right after a
-- sentence telling a meeting in person and no call ("X and Y met for two
-- hours at Chequers. The communiqué spoke of a full and frank exchange of
-- views"): that meeting, no call of the pair named before.
local function meeting_before(state, A_all, si, cue, status, L)
  return cue.weak_noun and not cue.medium and status == "held" and not state.prev_had_call
    and A_all[si - 1] ~= nil and in_person_besides_hosting(A_all[si - 1], L)
end
local CALL_DET, merge_cues, sentence_cues, sort_cues =
  call_cues.CALL_DET, call_cues.merge_cues, call_cues.sentence_cues, call_cues.sort_cues
local home_country, office_countries =
  call_offices.home_country, call_offices.office_countries
local held_root, antecedent, distinct_words, series_person =
  call_series.held_root, call_series.antecedent, call_series.distinct_words, call_series.series_person
local joined_conference, next_in_series, in_announced_series, joint_office =
  call_series.joined_conference, call_series.next_in_series, call_series.in_announced_series, call_series.joint_office
local holds_office, joint_antecedent, other_day, counted_second =
  call_series.holds_office, call_series.joint_antecedent, call_series.other_day, call_series.counted_second
local ordinal_call, subject_pair_before, twice_days =
  call_series.ordinal_call, call_series.subject_pair_before, call_series.twice_days

local PERSONISH = { person = true, role = true, group = true, joint = true, pronoun = true }
-- Words that make a call another contact than the one reported before
-- (call_series.distinct_words); of these, the words that make a plan
-- another contact.
local ANOTHER = { again = true, another = true, second = true, third = true, ["follow-up"] = true,
  further = true, fresh = true }

-- Prepositions placing something in a call ("in this call", "during that
-- conversation").
local DURING_PREP = { ["in"] = true, on = true, during = true }

local RETURN_VERB = { returned = true, ["return"] = true, returns = true, returning = true }
-- (session 24) Verbs addressing the person after them: on the call even
-- when the call noun after them names its own party ("told Scholz in a
-- conference call with Macron and Sunak").
local ADDRESS_VERB = { told = true, tells = true, assured = true, reassured = true, urged = true,
  asked = true, informed = true, thanked = true, congratulated = true, pressed = true,
  warned = true, reminded = true, briefed = true, invited = true, lobbied = true, promised = true,
  ["to"] = true, with = true, ["and"] = true }
local COMPLEMENT_PREP = { with = true, between = true, among = true }

return {
  name = "calls",
  stage = "extract",
  version = "1.201.0",
  api = 1,
  description = "call mentions: cue, participants, initiator, status, medium, time",
  run = function(ex, ctx)
    local an = ex.analysis or {}
    local G = an.gazetteer or gazetteer.load(ctx)
    local L = an.lexicon or lexicon.load(ctx)
    local doc = ex.document
    local A_all = ex.analysis and ex.analysis.sentences or {}
    local calls = ex.calls
    office_countries(G, A_all, home_country(G, doc, A_all, ctx.text), doc.published,
      ex.analysis and ex.analysis.voice, L, call_offices.dateline_country(G, doc))
    mark_event_dates(A_all, L)
    local filed = filed_day(doc)
    local topics = {}            -- people[] entries of the sentences' topics, in order
    local topic_name             -- {[si] = the name of its topic}, made when needed
    local n = 0

    -- The day of the section heading above (call_times.heading_time).
    local section_time

    local function emit(si, A, cue, people, status, t, init_name, init_country, ref)
      n = n + 1
      -- (session 15) the subject an ordinal phrase describes: "Merkel was
      -- the first European leader to speak to Obama"; not the phrase
      local osub, np_a, np_b = call_people.ordinal_subject(A.tk, A.ms, A.C, cue)
      local oe = osub and entries(G, doc.sentences[si], A.tk, osub, {})[1]
      if oe then
        local off = doc.sentences[si].offset
        local from, to = off + A.tk.s[np_a] - 1, off + A.tk.e[np_b] - 1
        local kept = { oe }
        for _, p in ipairs(people) do
          if not (p.offset and p.offset >= from and p.offset <= to) then kept[#kept + 1] = p end
        end
        people = dedupe(kept)
      end
      if status == "held" and impersonated(A, doc.sentences[si], people) then status = "denied" end
      -- A reference back to a held call whose negation is of a phrase
      -- naming it ("Q: Did he ask for anything specific? A: Not in this
      -- call.", "not during that conversation"): what was not said or
      -- done in the call is denied, not the call.
      local j = cue.a and cue.a - 1 or 0
      if CALL_DET[A.tk.f[j] or ""] then j = j - 1 end
      if ref and status == "denied" and DURING_PREP[A.tk.f[j] or ""]
          and (A.tk.f[j - 1] == "not" or A.tk.f[j - 1] == "n't") then
        for k = #calls, 1, -1 do
          if calls[k].id == ref and calls[k].status == "held" then status = "held" break end
        end
      end
      local told
      t, told = call_time(A_all, calls, si, A, cue, status, t, section_time)
      local sent = doc.sentences[si]
      -- (session 12) a held call with no time of its own in a timeline's
      -- entry ("5 April\nA and B speak again by telephone."): the entry's day
      local entry = not t and status == "held" and doc.paragraphs and doc.paragraphs[sent.paragraph]
      if entry and entry.date_from == "timeline" and entry.date then
        local y, mo, d = entry.date:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)$")
        if y then
          t = { kind = "date", year = tonumber(y), month = tonumber(mo), day = tonumber(d), text = entry.date }
        end
      end
      -- (session 12) or in a turn a verbless answer dated ("A: In Oslo,
      -- on the night of the third of May. ... I telephoned X")
      if not t and status == "held" then t = call_times.answer_time(doc, A_all, si) end
      -- (session 14) or the day a sentence just before frames the account
      -- with: "X spent Wednesday on the telephone. He called Y ...", "On
      -- Thursday it was X's turn. In a telephone conversation with Y, X
      -- ...", "X then called Y" (call_times.frame_day)
      if not t and status == "held" then
        t = call_times.frame_day(A_all, calls, si, A, cue, function(k)
          for _, m in ipairs(A_all[k].ms) do
            local e = m.kind == "person" and entries(G, doc.sentences[k], A_all[k].tk, m, {})[1]
            for _, p in ipairs(e and people or {}) do
              if key_of(e) == key_of(p) then return true end
            end
          end
          return false
        end)
      end
      local tk = A.tk
      local call = {
        id = doc.id .. "#c" .. n, sentence = si,
        evidence = { offset = sent.offset, length = #sent.text },
        cue = sent.text:sub(tk.s[cue.a], tk.e[cue.b]),
        people = people, initiator = init_name, initiator_country = init_country,
        time = time_record(t, told), status = status, medium = cue.medium or "phone", ref = ref,
        -- the day it is told on: its sentence's narrative day, else its
        -- paragraph's (a readout feed's item, a live blog's entry)
        -- (and a call with no time of its own, reported: on or shortly
        -- before the day the story was filed, "WASHINGTON, Feb. 25 --"
        -- above a morning paper's "Wednesday, February 26")
        published = sent.date or (doc.paragraphs and doc.paragraphs[sent.paragraph] or {}).date
          or ((t and t.kind == "relative" or not t) and filed or nil),
      }
      local ct = call.time
      if not doc.published and ct.kind == "date" and ct.month and ct.day and not ct.year then
        call.text_year = call_times.text_year(A_all, si)
        -- (session 16) else the copyright line's year, when the weekday
        -- told falls on that day in it ("on Wednesday 22 September")
        local fy = doc.footer_year
        if not call.text_year and fy and ct.weekday and dates.valid(fy, ct.month, ct.day)
            and dates.weekday(dates.iso(fy, ct.month, ct.day)) == ct.weekday then
          call.text_year = fy
        end
      end
      -- a denial of a contact in the past ("denied that Trump had spoken
      -- with Putin", "no such conversation took place"), not of a plan
      -- ("no call is planned"): 30-merge lets it deny the same people's
      -- call the document reports held
      if status == "denied" and attempted(A.tk, L) then call.attempt = true end
      -- (session 25) a denied call whose own clause gives its day ("reports
      -- that X spoke to Y on Sunday", "X and Y did not speak on Monday"),
      -- not the saying's ("said on Saturday he had not called Y"): it
      -- keeps that day (`own_day`; 20-dates)
      if status == "denied" and not prospective(A.tk, L) and call_times.denied_own_day(A, cue, t) then
        call.own_day = true
      end
      if status == "denied" and not prospective(A.tk, L) and occurrence_denied(A.tk, cue) then
        call.retro = true
      elseif status == "held" and hearsay(A.tk) then
        call.hearsay = true
      end
      -- (session 18) a call back ("X called Y back", "Y rang back") after
      -- a held call that Y placed to X: another contact (`callback`:
      -- 30-merge keeps it apart), unless the text between says the first
      -- was missed ("I missed it, but I called him back": one
      -- conversation).  (The other end may still be an office here, "the
      -- President": its country then.)
      if status == "held" and cue.kind == "verb" and cue.a and init_name
          and (tk.f[(cue.rb or cue.b) + 1] == "back" or tk.f[cue.b + 1] == "back") then
        local function on(list, name, country)
          for _, p in ipairs(list) do
            if p.name == name or (not p.name and country and p.country == country) then return true end
          end
          return false
        end
        for k = #calls, 1, -1 do
          local c = calls[k]
          if c.status == "held" and c.initiator and c.initiator ~= init_name and #c.people == 2
              and on(c.people, init_name) and on(people, c.initiator, c.initiator_country) then
            local missed = false
            for sj = c.sentence, si do
              local B = A_all[sj]
              for i = 1, B and not missed and B.tk.n or 0 do
                missed = B.tk.f[i] == "missed" or phrases.match(L.unanswered, B.tk, i) ~= nil
                if missed then break end
              end
            end
            if not missed then call.callback, call.distinct = true, true end
            break
          end
        end
      end
      -- a plan (or refusal) of another contact, "would telephone
      -- Gorbachev again early next week": not the call held before it
      if status ~= "held" and cue.a then
        for i = math.max(1, cue.a - 4), math.min(tk.n, (cue.rb or cue.b) + 4) do
          if ANOTHER[tk.f[i]] and not A.C.attr[i] then call.distinct = true end
        end
      end
      calls[#calls + 1] = call
      return call
    end

    -- Named people of the document so far, latest last (for "him").
    local recent = {}

    -- Who the document shows to be a woman or a man (people_genders).
    local TOPIC_PREP = { of = true, on = true, about = true, over = true }
    local gender = people_genders(A_all)
    -- The one other person named with `who` in the first two sentences
    -- after the document's title, when `sent` is that title.
    local function lead_partner(who, si, sent)
      -- (session 12) a memorandum's header: its participants
      if si <= 4 then
        local other = header_participant(G, doc, A_all, who)
        if other then return other end
      end
      if not (doc.title and sent.text == doc.title) then return nil end
      for k = si + 1, math.min(si + 2, #A_all) do
        local B, bs = A_all[k], doc.sentences[k]
        local has, other = false, nil
        for _, m in ipairs(B and B.ms or {}) do
          if m.kind == "person" then
            local e = entries(G, bs, B.tk, m, {})[1]
            if e and key_of(e) == key_of(who) then has = true
            elseif e then
              if other and key_of(other) ~= key_of(e) then return nil end
              other = e
            end
          end
        end
        if has and other then return other end
      end
      return nil
    end
    local function is_female(e) return gender[e.name or ""] == "f" end
    local function not_female(e) return gender[e.name or ""] ~= "f" end
    local function anyone() return true end

    -- What the call_series and call_people functions read and keep of
    -- this document.
    local state = {
      doc = doc, A_all = A_all, calls = calls, G = G, L = L, emit = emit,
      turns = { memo = {}, label_kind = {} },
      recent = recent, topics = topics,
      is_female = is_female, not_female = not_female, anyone = anyone,
      last_person = nil,           -- people[] entry of the latest named person
      prev_subject = nil,          -- the first person the sentence before names
      prev_had_call = false,       -- whether the sentence before told a call
      last_in_object = false,      -- last_person was named after its sentence's topic
      prev_in_object = false,      -- so was prev_subject
    }

    local series                  -- the announced series, if any (in_announced_series)

    -- The analysis of the sentence after si when it is in the same
    -- paragraph, else nil.
    local function next_in_paragraph(si)
      local s, nx = doc.sentences[si], doc.sentences[si + 1]
      if nx and s.paragraph and nx.paragraph == s.paragraph then return A_all[si + 1] end
      return nil
    end

    for si, sent in ipairs(doc.sentences or {}) do
      local A = A_all[si]
      if A then
        local tk, ms, C = A.tk, A.ms, A.C
        local lower = sent.text:lower()
        local para = doc.paragraphs and doc.paragraphs[sent.paragraph]
        section_time = heading_time(A, para and para.date_from == "timeline"
          and (si == 1 or doc.sentences[si - 1].paragraph ~= sent.paragraph)) or section_time
        -- (the answer to a question: the next paragraph's first sentence)
        local nx = doc.sentences[si + 1]
        local answer = nx and nx.paragraph and nx.paragraph ~= sent.paragraph and A_all[si + 1]
        -- (past a label with a full stop that is a sentence of its own,
        -- "Answer. No, he has not.")
        if answer and (labels.dot(answer.tk, answer.ms) or 0) > answer.tk.n then
          answer = next_in_paragraph(si + 1) or answer
        end
        local found = sentence_cues(A, lower, L, G, answer)
        -- (session 26) "It was placed by Mr. Wilson", "It was initiated by
        -- the Chinese side", "It was made at the request of Mr. Bush":
        -- right after a sentence that told a call, "it" opening a passive
        -- of placing is that call, as "The call was placed by ..." is
        if #found == 0 and state.prev_had_call and #calls > 0 and it_placed(tk) then
          local c = { a = 1, b = 1, head = 1, kind = "noun", det = "def", plural = false, strong = true,
            medium = calls[#calls].medium }
          cues.arguments(c, tk, ms, C, A.times, G)
          found = { c }
        end
        A.found_cues = found      -- (call_times: a call told in an earlier clause)
        local before_sentence = #calls
        if #found == 0 and #calls > 0 then
          next_in_series(state, si, A)
          local c, t, v = call_series.telling_day(state, si, A)
          if c then emit(si, A, { a = v, b = v, head = v, medium = c.medium }, c.people, "held", t, nil, nil, c.id) end
        end
        A.stances = {}
        for _, c in ipairs(found) do
          if c.stance then A.stances[#A.stances + 1] = { c.a - 1, c.b } end
        end
        local selfs, mains, pps, excl, any_strong = sort_cues(A, sent, found, G, ctx.text.fold)

        local function people_of(mis) return call_people.people_of(state, sent, A, mis) end
        local function args_people(c) return call_people.args_people(state, sent, A, c) end

        -- Self-contained phrases: their own people.
        for _, c in ipairs(selfs) do
          local side = {}
          if c.possessor then side = people_of({ c.cataphor or c.possessor }) end
          local others = c.pair or people_of(c.between or c.with or {})
          local t = pick_time(A, c, {}, true)
          if not t and c.appos then t = pick_time(A, c.appos, {}, true) end
          if not t and #mains == 0 and #pps == 0 and #selfs == 1 then t = pick_time(A, c, {}, false) end
          A.picked_time = t
          local status = status_of(A, c, L)
          -- ("The conversation between Putin and Macron was initiated by
          -- the French side": the sentence's one call)
          local init_name, init_country
          if #selfs == 1 and #mains == 0 then
            init_name, init_country = initiator_entry(G, A, sent, initiator_of(A, G, c, nil))
          end
          if c.between or c.pair then
            local ppl = dedupe(others)
            if #ppl >= 2 then emit(si, A, c, ppl, status, t, init_name, init_country) end
          elseif #side >= 1 and #others >= 1 then
            if c.plural and #others >= 2 then
              for _, o in ipairs(others) do emit(si, A, c, dedupe({ side[1], o }), status, t) end
            else
              local ppl = dedupe({ side[1], table.unpack(others) })
              if #ppl >= 2 then emit(si, A, c, ppl, status, t, init_name, init_country) end
            end
          end
        end

        -- Two cues in separate clauses whose grammar each names a subject
        -- and a counterpart, the counterparts apart: two contacts, each
        -- with its own time and status ("Macron spoke with Zelensky this
        -- morning, and he will call Putin later today").
        local function separate_contacts()
          local list, seen = {}, {}
          for _, c in ipairs(mains) do
            if c.complete and not c.joint_subj and not c.stance and (c.strong or c.kind == "speak") then
              local subj, counter = args_people(c)
              if #subj == 0 or #counter == 0 then return false end
              -- (session 10) the same counterpart again, in a clause of
              -- its own with a day of its own: another call ("in April he
              -- spoke with Obama ...; last Friday he called Obama again")
              local own_t = pick_time(A, c, excl, true)
              if not own_t then
                own_t = pick_time(A, c, excl, false)
                if own_t and C.seg[own_t.a] ~= C.seg[c.head] then own_t = nil end
              end
              -- (session 16) unless another calls that counterpart: "he had
              -- spoken with Merkel, and that Netanyahu had called her"
              local by = {}
              for _, e in ipairs(subj) do by[key_of(e)] = true end
              for _, e in ipairs(counter) do
                local was = seen[key_of(e)]
                local other_caller = false
                if was then
                  other_caller = next(by) ~= nil
                  for k in pairs(was.by) do if by[k] or k == key_of(e) then other_caller = false end end
                end
                if was and not other_caller and not (own_t and was.t and was.t.text ~= own_t.text
                    and C.seg[was.head] ~= C.seg[c.head]) then
                  return false
                end
              end
              for _, e in ipairs(counter) do seen[key_of(e)] = { t = own_t, head = c.head, by = by } end
              list[#list + 1] = { cue = c, subj = subj, counter = counter }
            end
          end
          if #list < 2 then return false end
          -- (in one segment: a gapped verb, or a clause of its own whose
          -- subject comes after the first cue: "Lula spoke with Petro on
          -- Friday and Boric spoke with Milei on Saturday")
          for k = 2, #list do
            local c, p = list[k].cue, list[k - 1].cue
            local own_clause = c.subj and c.subj[1] and ms[c.subj[1]].a > (p.rb or p.b)
            -- (session 13) or of another status: "Cameron rang Merkel and
            -- is expected to speak to Putin in the coming days"
            if C.seg[c.head] == C.seg[p.head] and not c.gapped and not own_clause
                and status_of(A, c, L) == status_of(A, p, L) then
              return false
            end
          end
          for _, x in ipairs(list) do
            local ppl = {}
            for _, e in ipairs(x.subj) do ppl[#ppl + 1] = e end
            for _, e in ipairs(x.counter) do ppl[#ppl + 1] = e end
            ppl = dedupe(ppl)
            local c = x.cue
            -- (session 13) several objects of a verb of calling are one
            -- call each, as in a sentence of one contact ("rang Merkel and
            -- Hollande, and is expected to speak to Putin")
            local each = c.kind == "verb" and c.objects and #x.counter >= 2 and #x.subj == 1
            local t = pick_time(A, c, excl, true)
            if not t then
              t = pick_time(A, c, excl, false)
              if t and C.seg[t.a] ~= C.seg[c.head] then t = nil end
              -- (session 16) nor past the next clause's subject: "he had
              -- spoken with Pinera and that Netanyahu had called him on
              -- Friday"
              for _, y in ipairs(list) do
                local s1 = y.cue.subj and y.cue.subj[1] and ms[y.cue.subj[1]].a
                if t and s1 and s1 > (c.rb or c.b) and s1 <= t.a then t = nil end
              end
            end
            -- a series told in one breath ("a conversation with Putin,
            -- followed by one with Zelensky, on Monday"): the one day of
            -- the sentence is the day of each call without its own
            if not t and #A.times == 1 then
              for _, y in ipairs(list) do
                if y.cue.gapped then t = A.times[1] end
              end
            end
            A.picked_time = t
            local status = status_of(A, c, L)
            local init_name, init_country = initiator_entry(G, A, sent,
              initiator_of(A, G, c, c.kind == "verb" and c.subj and c.subj[1] or nil))
            if each then
              for _, e in ipairs(x.counter) do
                emit(si, A, c, dedupe({ x.subj[1], e }), status, t, init_name, init_country)
              end
            elseif #ppl >= 2 then
              emit(si, A, c, ppl, status, t, init_name, init_country)
            end
          end
          return true
        end

        local main_people, main_source
        -- (session 26) main cues that are all stances, beside a call phrase
        -- of its own ("Asked whether X had spoken with Y, the spokesman said
        -- there had been no telephone conversation between X and Y"): the
        -- question names the people, the phrase tells what happened
        local only_stances = #mains > 0 and #selfs + #pps > 0
        for _, c in ipairs(mains) do if not c.stance then only_stances = false end end
        if #mains > 0 and not only_stances and not separate_contacts() then
          -- the parties each cue's grammar gives, before merging the cues
          local argful = {}
          for _, c in ipairs(mains) do if c.complete then argful[#argful + 1] = c end end
          local verb_split, first_split
          for _, c in ipairs(argful) do
            if c.kind == "verb" and c.objects and #c.objects >= 2 then verb_split = c end
            -- "received phone calls from Mitsotakis and Herzog": plural
            -- calls taken from several people, one call each
            if c.kind == "noun" and c.light and c.from_list and not c.joint_subj then verb_split = c end
            -- (session 18) or from a plural office of several countries:
            -- "receives calls of solidarity from the Presidents of
            -- Algeria, Egypt and Turkey"
            if c.kind == "noun" and c.light and c.plural and c.from and not c.joint_subj
                and ms[c.from].kind == "group" and #people_of({ c.from }) >= 2 then
              verb_split = c
            end
            -- "telephoned the presidents of Argentina, Chile and Colombia":
            -- a plural office of several countries, one call each
            -- (not a conference: "called the G7 leaders to a video conference")
            if c.kind == "verb" and c.objects and #c.objects == 1 and ms[c.objects[1]].kind == "group"
                and #people_of(c.objects) >= 2 and not lower:find("conferenc", 1, true)
                and not lower:find("joint", 1, true) and not lower:find("together", 1, true) then
              verb_split = c
            end
          end
          local cue = merge_cues(mains)
          -- An object-less verb of calling: the person called is the one
          -- the account is about, the topic of most of its sentences who
          -- is not the caller ("Howard ... At 10.15pm Tony Blair rang to
          -- offer his sympathy").
          -- So is the other end of an indefinite call noun naming one
          -- person, with no subject ("A call with Premier Li is being
          -- arranged, an official said"; "the call with Xi", "the
          -- Taoiseach's call with Cameron" are told before or owned),
          -- in the main clause, not after a temporal preposition ("which
          -- is not unusual after a first conversation with Trump" is no
          -- call), when the topic is of another country.
          local implied, implied_each
          local first_party, first_caller = false, nil
          local function account_topic(other)
            -- (the topic of most sentences, the latest of those; the
            -- sentences after this one count too)
            topic_name = topic_name or topic_names(G, doc, A_all)
            local count, best, most = {}, nil, 0
            local function add(e, latest)
              -- (a name with candidates counts as one person: "Bush")
              local k = e.name or (e.candidates and table.concat(e.candidates, "|"))
              if k and k ~= key_of(other) then
                count[k] = (count[k] or 0) + 1
                if count[k] > most or (latest and count[k] == most) then best, most = e, count[k] end
              end
            end
            for k = si + 1, #A_all do
              if topic_name[k] then add(topic_name[k], false) end
            end
            for _, e in ipairs(topics) do add(e, true) end
            return best
          end
          for _, c in ipairs(mains) do
            -- (not "X called me": the one called is the speaker, or nobody)
            if not implied and c.bare and not c.me then
              local subj = dedupe(people_of(c.callers or c.subj or { c.bare }))
              -- (session 17) "A and B also called": each called the topic
              local best = #subj >= 2 and account_topic(subj[1])
              if best then
                for _, e in ipairs(subj) do if key_of(e) == key_of(best) then best = nil break end end
              end
              if best then implied_each = { subj = subj, hub = best } end
              if #subj == 1 then
                best = account_topic(subj[1])
                if best then implied = { subj[1], best } end
              end
            elseif not implied and c.kind == "noun" and c.det == "indef" and not c.subj and not c.party
                and not c.plural and not c.pp and not C.sub[c.head] and c.with and #c.with == 1 then
              local w = dedupe(people_of(c.with))
              local best = #w == 1 and w[1].name and w[1].country and account_topic(w[1])
              if best and best.country and best.country ~= w[1].country then implied = { w[1], best } end
            end
          end
          local t = pick_time(A, cue, excl, cue.pp ~= nil)
          A.picked_time = t
          local in_person = has_in_person(A, L, cue, t)
          -- every cue of the sentence has a say: "the two would talk again
          -- ..., and Ottawa confirmed the second call" is planned
          local status = "held"
          for _, c in ipairs(mains) do
            local st = c.stance and "held" or c == cue and status_of(A, cue, L) or status_of(A, c, L)
            if st == "denied" or (st == "planned" and status == "held") then status = st end
          end
          -- (session 16) a call noun told in the past by its own relative
          -- clause ("The conversation, which lasted about half an hour,
          -- had been requested ...: ... said the two would talk") was
          -- held, whatever a plan told later in the sentence says
          if status == "planned" and call_status.told_past(tk, cue) and status_of(A, cue, L) == "held" then
            status = "held"
          end
          local list, source = {}, nil
          local joint = false
          local joint_with = {}
          local subject_mi
          if #argful > 0 then
            local ppl = {}
            for _, c in ipairs(argful) do
              -- "The leaders held a call on 3 March in which A, B and C
              -- discussed ...": a roster in a relative clause on the call
              -- names the people the joint subject stands for
              local roster = {}
              if c.joint_subj then
                for mi, m in ipairs(ms) do
                  if (m.kind == "person" or m.kind == "role" or m.kind == "group") and m.a > c.b
                      and relative_on_call(tk, C, c, A.times or {}, m.a) then
                    roster[#roster + 1] = mi
                  end
                end
                roster = dedupe(people_of(roster))
              end
              if #roster >= 2 then
                for _, e in ipairs(roster) do ppl[#ppl + 1] = e end
              elseif c.joint_subj then
                joint = true
                -- "they held a video call with Scholz": the two and Scholz
                local _, counter = args_people(c)
                for _, e in ipairs(counter) do joint_with[#joint_with + 1] = e end
              else
                local subj, counter = args_people(c)
                for _, e in ipairs(subj) do ppl[#ppl + 1] = e end
                for _, e in ipairs(counter) do ppl[#ppl + 1] = e end
                if not subject_mi and c.subj and c.kind == "verb" then subject_mi = c.subj[1] end
              end
            end
            if #ppl >= 2 then
              for _, e in ipairs(joint_with) do ppl[#ppl + 1] = e end
            end
            list = dedupe(ppl)
            source = (joint and #list < 2) and "joint" or "args"
          end
          local cand, soft = {}, {}
          -- (session 11) an object-less verb's other end is not in another
          -- clause of the sentence ("President gets pledge ...; Gorbachev
          -- also called"): it is the account's topic (`implied`)
          local bare_cue = false
          for _, c in ipairs(mains) do if c.bare then bare_cue = true end end
          local function across_semicolon(i)
            if not bare_cue then return false end
            for k = math.min(i, cue.head), math.max(i, cue.head) do
              if tk.f[k] == ";" then return true end
            end
            return false
          end
          if not source then
            -- Candidates: people of the cue's clause.
            source = "clause"
            for mi, m in ipairs(ms) do
              if PERSONISH[m.kind] and not across_semicolon(m.a)
                  and (not outside(C, m.a, cue.head) or relative_on_call(tk, C, cue, A.times or {}, m.a))
                  and not in_span(m.a, excl)
                  and not beside_party(tk, ms, m) and not owner_of_thing(tk, ms, C, m, cue)
                  and not sender_of_thing(tk, m, cue)
                  -- (session 24) a briefer's turn label is no party: "MR
                  -- FUKUDA: No, there has been no telephone talk with ..."
                  and not briefer_label(tk, m, doc.published) then
                if m.kind == "joint" then
                  joint = true
                elseif (C.attr_soft[m.a] and not tells_person(A, L, m)) or speaker_only(A, L, m, cue, doc.published) then
                  soft[#soft + 1] = mi
                else
                  cand[#cand + 1] = mi
                  if m.b < cue.a and not subject_mi then subject_mi = mi end
                end
              end
            end
            -- (the people of what was said are not on the call)
            local cut = content_start(tk, C, cue)
            local pcut = purpose_start(tk, C, cue)
            if pcut and not (cut and cut < pcut) then cut = pcut end
            if cut then
              local before = {}
              for _, mi in ipairs(cand) do if ms[mi].b < cut then before[#before + 1] = mi end end
              -- (session 26: with "I" as one party, "I spoke with X to
              -- convey our concern at the detention of Y")
              if #before < #cand and (#dedupe(people_of(before)) >= 2
                  or #before >= 1 and first_person_before(tk, C, cue)) then
                cand = before
              end
            end
            -- (session 24) a call noun with its own party in a phrase
            -- after the main verb ("Kohl put in a good word for Bush in a
            -- call with Mitterrand", "praised Bush during a phone call with
            -- Mitterrand"): the people between the clause's subject and
            -- the phrase are what the call was about, not its parties; a
            -- person addressed stays ("told Scholz in a conference call
            -- with Macron")
            if cue.kind == "noun" and cue.with and #cue.with >= 1 and DURING_PREP[tk.f[cue.a - 1] or ""] then
              local subj = cues.clause_subject(tk, ms, C, A.times)
              local se = subj and ms[subj[#subj]].b
              if se and se < cue.a - 1 then
                local kept = {}
                for _, mi in ipairs(cand) do
                  local m = ms[mi]
                  if not (m.a > se and m.b < cue.a and m.kind ~= "pronoun"
                      and not ADDRESS_VERB[tk.f[m.a - 1] or ""]) then
                    kept[#kept + 1] = mi
                  end
                end
                -- (the subject, a teller of the call's words, is on it:
                -- "Kohl complained about Bush in a call with Mitterrand")
                local has_subj = false
                for _, mi in ipairs(kept) do if mi == subj[1] then has_subj = true end end
                if not has_subj and ms[subj[1]].kind ~= "pronoun" then
                  for _, mi in ipairs(subj) do table.insert(kept, 1, mi) end
                end
                if #dedupe(people_of(kept)) >= 2 then cand = kept end
              end
            end
            if cue.between and #cue.between >= 2 then
              list = people_of(cue.between)
            else
              list = people_of(cand)
            end
            list = dedupe(list)
            -- (the subject of a participle clause the cue is in)
            local psub = #list >= 1 and participle_subject(tk, ms, C, cue)
            -- (a spokesperson "describing the call with Erdogan" is none)
            if psub and not speaker_only(A, L, psub, { a = 0 }) then
              local e = entries(G, sent, tk, psub, {})[1]
              if e then table.insert(list, 1, e); list = dedupe(list) end
              -- (session 27) a verb of calling with several objects in
              -- the participle clause ("worked the phones, calling A and
              -- B"): one call each, as "telephoned A and B" is
              if e and cue.kind == "verb" and cue.objects and #cue.objects >= 2 and not cue.with
                  and not lower:find("conferenc", 1, true) and not lower:find("joint", 1, true)
                  and not lower:find("together", 1, true) then
                cue.with, cue.dealt = cue.objects, true
              end
            end

            if #list < 2 and #soft > 0 and not joint then
              for _, e in ipairs(people_of(soft)) do list[#list + 1] = e end
              list = dedupe(list)
            end
            -- in a transcript turn, "I" or "my" before the cue is the
            -- speaker the label names ("LÓPEZ OBRADOR: ... last night I
            -- spoke by telephone with President Trump")
            if #list == 1 and not joint then
              local speaker = turn_speaker(state, sent.paragraph)
              -- (else whose "I" the sentence speaks in: 10-people's voice,
              -- a label or header above it, "PRIME MINISTER:" of "THE HON
              -- JOHN HOWARD MP")
              local v = not speaker and ex.analysis and ex.analysis.voice and ex.analysis.voice[si]
              if v and v.person then
                -- (session 11) a byline's author ("By John Major")
                local c = G:country(v.person.country)
                speaker = { text = v.text, offset = sent.offset, name = v.person.name,
                  country = c and c.name or v.person.country }
              elseif v and A_all[v.si] then
                speaker = entries(G, doc.sentences[v.si], A_all[v.si].tk, A_all[v.si].ms[v.mi], {})[1]
              end
              -- (session 21) else the one a quotation around the cue is
              -- attributed to ('"I spoke with Zelensky," Trudeau wrote')
              speaker = speaker or quote_speaker(G, sent, tk, ms, C, cue.a)
              local first_person = first_person_before(tk, C, cue)
              -- (session 14) "me" as the one called: "The President of
              -- Indonesia rang me this morning", "X telephoned me"; the
              -- one named placed the call
              local called_me = cue.me and not first_person and not C.attr[cue.a]
              -- (not one's own prime minister: "Brundtland called me in
              -- Stockholm" of her foreign minister)
              if called_me and speaker and speaker.country and speaker.country == list[1].country then
                called_me = false
              end
              if speaker and called_me and key_of(speaker) ~= key_of(list[1]) then
                list = { list[1], speaker }
                first_party = true
                first_caller = list[1]
              elseif speaker and first_person and key_of(speaker) ~= key_of(list[1]) then
                list = { speaker, list[1] }
                -- (session 11) "I spoke to him this morning": the speaker
                -- and the one spoken to, as a verb's own parties
                first_party = true
                -- (session 12) "I telephoned X": the speaker placed the call
                if i_called(tk, cue) then first_caller = speaker end
              end
            elseif #list >= 2 and not joint and cue.kind == "verb" and cue.objects and #cue.objects >= 2
                and not cue.subj then
              -- (session 12) "I telephoned A and B" in a transcript turn:
              -- the speaker the label names called each of them
              local j = cue.a - 1
              if tk.k[j] == "w" and not tk.up[j] and tk.t[j - 1] == "I" then j = j - 1 end
              local speaker = tk.t[j] == "I" and not C.attr[j] and turn_speaker(state, sent.paragraph)
              if speaker then
                -- (the label itself may be a mention of the sentence)
                local objs = dedupe(people_of(cue.objects))
                local others = {}
                for _, e in ipairs(list) do
                  if key_of(e) ~= key_of(speaker) then others[#others + 1] = e end
                end
                local fresh = #objs == #others and #objs >= 2
                for _, o in ipairs(objs) do if key_of(o) == key_of(speaker) then fresh = false end end
                if fresh then
                  first_split = { speaker = speaker, objects = objs }
                  list = { speaker }
                  for _, o in ipairs(objs) do list[#list + 1] = o end
                  first_party = true
                end
              end
            end
            -- (session 12) the label is a mention of its own when the
            -- page named its person before ("The Foreign Minister,
            -- Alexander Downer, joins us ... DOWNER: I spoke to Alatas"):
            -- the same speaker and the one spoken to
            if #list == 2 and not joint and label_speaker(tk, ms, C, cand, cue) then first_party = true end
            -- (session 21) so is the person a quotation is attributed to,
            -- whose "I" speaks before the cue ('Trudeau said: "I spoke
            -- with Zelensky"')
            if #list == 2 and not joint and not first_party and first_person_before(tk, C, cue) then
              local qs = quote_speaker(G, sent, tk, ms, C, cue.a)
              if qs and (key_of(qs) == key_of(list[1]) or key_of(qs) == key_of(list[2])) then
                first_party = true
                if i_called(tk, cue) then first_caller = qs end
              end
            end
            if #list == 1 and not joint and implied and key_of(implied[1]) == key_of(list[1]) then
              list = implied
            end
            if implied_each and not joint and #list == #implied_each.subj then
              for _, e in ipairs(implied_each.subj) do
                emit(si, A, cue, { e, implied_each.hub }, status, t, e.name, e.country)
              end
              list = {}
            end
          end
          -- A weak cue ("spoke with", "conversation") needs support: a
          -- medium or call noun in the sentence, a negation or plan with
          -- named people, or an earlier call of the same people.
          local accept = cue.strong or any_strong
          -- (session 10) a weak noun of a topic, nobody with it ("would take
          -- Moscow's interests into account in any discussion of German
          -- unity"): no contact a plan or a denial could support
          local of_topic = cue.kind == "noun" and not cue.with and not cue.between and not cue.from
            and TOPIC_PREP[tk.f[(cue.rb or cue.b) + 1] or ""]
          if not accept and not in_person then
            if status ~= "held" and (#list >= 2 or joint) and not of_topic then accept = true end
            if cue.between and #list >= 2 and #people_of(cue.between) >= 2 then accept = true end
            -- "the conversation", "the planned conversation", "the two
            -- leaders would speak": back to an earlier call
            if #calls > 0 and (joint or ((cue.det == "def" or cue.det == "poss") and cue.kind ~= "speak"))
                and tk.f[cue.head] ~= "talks" then
              accept = true
            end
            -- (session 24) "No such conversation took place", nobody
            -- named: the denial of the call told before
            if #calls > 0 and #list == 0 and cue.kind == "noun" and cue.negated and status == "denied" then
              accept = true
            end
            -- (session 11) so does a conversation "with" the other of them
            -- ("Trump said he would call Zelenskyy ... Zelenskyy said he had
            -- a meaningful conversation with Trump")
            if #calls > 0 and #list >= 2 and (cue.kind == "speak" or (cue.kind == "noun" and cue.with)) then
              local prev = antecedent(state, nil, list[1])
              if prev then
                for _, p in ipairs(prev.people) do
                  if key_of(p) == key_of(list[2]) then accept = true end
                end
              end
            end
            -- "Canada's prime minister also spoke with Trump", "The Prime
            -- Minister spoke to President Trump this evening": a verb of
            -- speaking whose grammar names both parties, officials of two
            -- sides, with nothing placing them in one room ("in Paris")
            -- ("held talks" is a meeting more often than not)
            if (source == "args" or first_party) and #list >= 2 and not located(A, G, cue)
                and cue.kind == "speak" and tk.f[cue.head] ~= "talks" then
              accept = true
            end
            -- (session 17) "He spoke with Bush and Thatcher ... Mr. Kohl
            -- also had a long conversation with Gorbachev": a conversation
            -- "also" had by a party of a call told just before, nowhere
            -- placed, is one more of the same
            local last = calls[#calls]
            if last and last.sentence >= si - 2 and cue.kind == "noun" and #list >= 2
                and not located(A, G, cue) then
              local also = false
              for k = math.max(1, cue.a - 3), cue.a - 1 do if tk.f[k] == "also" then also = true end end
              local shared = false
              for _, p in ipairs(last.people) do
                if key_of(p) == key_of(list[1]) then shared = true end
              end
              if also and shared then accept = true end
            end
          end
          -- Separate contacts, each with a "with" phrase of its own: "a
          -- morning session with Li, then a video meeting with Xi".
          local groups = accept and cues.with_groups(tk, ms, C) or {}
          -- (session 14) not one inside a relative clause on a person:
          -- "talked by phone with Mubarak, who had flown to Alexandria for
          -- talks with Ramadan" tells that person's own contact
          local rel = #groups >= 2 and person_relatives(A)
          if rel then
            local kept = {}
            for _, g in ipairs(groups) do if not rel[g.a] then kept[#kept + 1] = g end end
            groups = #kept >= 2 and kept or {}
          end
          local split_subject
          if #groups >= 2 then
            for _, c in ipairs(mains) do
              if c.subj and not c.joint_subj then split_subject = split_subject or c.subj end
            end
            split_subject = split_subject or cues.clause_subject(tk, ms, C, A.times)
            -- (session 19) "to A, and to B" with a subject: left to the
            -- verb's objects; with none, the one who placed the calls is
            -- the hub ("those made by X on Friday to A, and to B")
            local bare = false
            for _, g in ipairs(groups) do if g.bare then bare = true end end
            if bare and split_subject then
              groups, split_subject = {}, nil
            elseif not split_subject then
              local by = initiator_of(A, G, cue, nil)
              if type(by) == "number" then
                split_subject = { by }
                for _, g in ipairs(groups) do
                  for _, mi in ipairs(g.list) do if mi == by then split_subject = nil end end
                end
              end
            end
          end
          if accept and split_subject then
            local subj = people_of(split_subject)
            local init_mi = initiator_of(A, G, cue, nil)
            local init_name, init_country = initiator_entry(G, A, sent, init_mi)
            for k, g in ipairs(groups) do
              local ppl = {}
              for _, e in ipairs(subj) do ppl[#ppl + 1] = e end
              for _, e in ipairs(people_of(g.list)) do ppl[#ppl + 1] = e end
              ppl = dedupe(ppl)
              -- a time of its own: between this phrase and the next one
              local gt = t
              local stop = groups[k + 1] and groups[k + 1].a or tk.n + 1
              for _, x in ipairs(A.times) do
                if x.a > g.b and x.a < stop then gt = x break end
              end
              if #ppl >= 2 then emit(si, A, cue, ppl, status, gt, init_name, init_country) end
            end
            main_people, main_source = subj, "args"
          elseif accept and source == "joint" then
            -- "the two leaders spoke by phone on January 22": the people of
            -- the latest call; another day, or "again", makes it another
            -- contact of the same people.
            local prev = joint_antecedent(state, joint_office(state, tk, ms))
            -- "Q: ... President Duterte, has he talked to BBM? A: They spoke
            -- by phone yesterday": "they" after a sentence naming someone
            -- who is not on the latest call is not that call's people
            if prev and si > 1 and A_all[si - 1] then
              local they = false
              for _, m in ipairs(ms) do
                if m.kind == "joint" and (tk.f[m.a] == "they" or tk.f[m.a] == "them") then they = true end
              end
              local B = A_all[si - 1]
              for _, m in ipairs(they and B.ms or {}) do
                if m.kind == "person" then
                  local e = entries(G, doc.sentences[si - 1], B.tk, m, {})[1]
                  local on = false
                  for _, q in ipairs(prev.people) do if e and key_of(e) == key_of(q) then on = true end end
                  if e and not on then prev = nil break end
                end
              end
            end
            local init_mi = initiator_of(A, G, cue, nil)
            local init_name, init_country = initiator_entry(G, A, sent, init_mi)
            -- "A and B will meet next week, after the two leaders spoke by
            -- phone": the two people the sentence names before the cue,
            -- when it names exactly two, rather than the call before
            local before = {}
            for mi, m in ipairs(ms) do
              if (m.kind == "person" or m.kind == "role") and m.b < cue.a and not in_span(m.a, excl) then
                before[#before + 1] = mi
              end
            end
            local pair = dedupe(people_of(before))
            if #pair == 2 and prev then
              local same = 0
              for _, p in ipairs(pair) do
                for _, q in ipairs(prev.people) do if key_of(p) == key_of(q) then same = same + 1 end end
              end
              if same == 2 then pair = {} end
            end
            if #pair == 2 then prev = nil end
            local met_before = #pair ~= 2 and meeting_before(state, A_all, si, cue, status, L)
            if met_before then prev, implied = nil, nil end
            local just = #pair ~= 2 and not met_before and call_series.pair_just_before(state, si, prev)
            if just then pair, prev = just, nil end
            -- no call told before: the pair the sentence before has as
            -- its subject ("Moon and Abe agreed on Monday to ... . The two
            -- leaders spoke by telephone")
            if implied then pair, prev = implied, nil end
            if not prev and #pair ~= 2 and not met_before then pair = subject_pair_before(state, si) or pair end
            if not prev then
              if #pair == 2 then
                main_people, main_source = pair, "joint"
                -- a cue in a subordinate clause ("A will travel to Paris on
                -- Friday, after the two spoke") takes no time from before it
                local own_t = t
                if t and A.C.sub[cue.head] and A.C.sub[t.a] ~= A.C.sub[cue.head] then own_t = nil end
                emit(si, A, cue, pair, status, own_t, init_name, init_country)
              end
            elseif prev then
              main_people, main_source = prev.people, "joint"
              if #joint_with > 0 then
                local ppl = {}
                for _, e in ipairs(prev.people) do ppl[#ppl + 1] = e end
                for _, e in ipairs(joint_with) do ppl[#ppl + 1] = e end
                ppl = dedupe(ppl)
                if #ppl > #prev.people then
                  local c = emit(si, A, cue, ppl, status, t, init_name, init_country)
                  c.distinct = true
                end
              elseif other_day(state, t, prev) or distinct_words(tk, C, cue.a, cue.b) then
                local c = emit(si, A, cue, prev.people, status, t, init_name, init_country)
                c.distinct = true
              else
                local t2 = pick_time(A, cue, excl, true)
                local p2 = antecedent(state, t2, nil, status) or prev
                local st = status
                if p2 and st == "held" then st = p2.status end
                local adds = (t2 ~= nil) or init_name ~= nil or init_country ~= nil
                  or (p2 and st ~= p2.status)
                -- (session 17) the call before was itself the try, its
                -- outcome untold there ("X tried on Friday to speak to Y by
                -- telephone. The call was not put through."): this tells
                -- how that try ended, the same contact
                local pA = p2 and p2.status == "held" and A_all[p2.sentence]
                if pA and st == "denied" and attempted(pA.tk, L) then
                  local c = emit(si, A, cue, p2.people, st, t2, init_name, init_country, p2.id)
                  c.attempt, p2.status, p2.attempt = true, "denied", true
                elseif p2 and st == "denied" and held_root(state, p2) and attempted(tk, L) then
                  -- (a refused attempt: another contact, see below)
                  local c = emit(si, A, cue, p2.people, st, t2, init_name, init_country)
                  c.distinct = true
                elseif p2 and adds then
                  emit(si, A, cue, p2.people, st, t2, init_name, init_country, p2.id)
                end
              end
            end
          elseif accept then
            local init_mi = initiator_of(A, G, cue, subject_mi)
            -- (session 17) "X tried to speak to Y by telephone": the
            -- subject of the verb of speaking tried it
            local try_mi = subject_mi
            for _, c in ipairs(argful) do
              if not try_mi and c.kind == "speak" and c.subj and #c.subj == 1 then try_mi = c.subj[1] end
            end
            if not init_mi and call_people.reached_by_medium(A, L, cue, try_mi) then init_mi = try_mi end
            local init_name, init_country = initiator_entry(G, A, sent, init_mi)
            -- (session 13) "Menem said he had telephoned Wasmosy": the
            -- pronoun subject of the verb of calling is its person
            if type(init_mi) == "number" and ms[init_mi].kind == "pronoun" and not init_name then
              local e = people_of({ init_mi })[1]
              if e then init_name, init_country = e.name or e.text, e.country end
            end
            if not init_name and not init_country and first_caller then
              init_name, init_country = first_caller.name, first_caller.country
            end
            local with_people = cue.with and dedupe(people_of(cue.with)) or {}
            local anaphoric = #calls > 0 and cue.det == "def" and not cue.with and not cue.between
              and cue.kind == "noun" and source == "clause"
            if source == "clause" and (cue.plural or cue.kind == "speak") and #with_people >= 2
                and #list == #with_people then
              -- "will speak with the leaders of A, B and C" with no subject
              -- named: nothing certain to report; but "The calls with
              -- Macron and Merkel followed" in an article telling one
              -- person's calls: that person's, one call each
              local hub = cue.plural and cue.kind == "noun" and series_person(state, with_people)
              if hub then
                for _, w in ipairs(with_people) do
                  emit(si, A, cue, { hub, w }, status, t, init_name, init_country)
                end
              end
              list = {}
            elseif anaphoric then
              list = {}
            elseif source == "clause" and #mains == 1 and cue.plural and cue.kind == "noun" and #with_people == 0
                and not cue.possessor and not cue.between and #list >= 2 then
              -- "the calls ran one way: the crisis centre, Foreign Minister
              -- Downer, Defence Minister Hill, his own staff": a list after
              -- a colon that follows plural calls names their other ends,
              -- each a call of someone else, no call between them
              local colon
              for k = cue.b + 1, tk.n do
                if not colon and (tk.f[k] == ":" or tk.f[k] == "\226\128\148") then colon = k end
              end
              local after = colon ~= nil
              for _, e in ipairs(list) do
                if not colon or e.offset < sent.offset + tk.s[colon] - 1 then after = false end
              end
              if after or names_before(tk, C, cue) then list = {} end
            end
            -- (a call noun with a complement of its own, "contacts with the
            -- administration", announces no series)
            local complement = COMPLEMENT_PREP[tk.f[(cue.rb or cue.b) + 1] or ""]
            if cue.plural and cue.kind == "noun" and #list == 0 and #with_people == 0 and not joint
                and not complement then
              local hub = series_person(state, {})
              if hub then
                series = { hub = hub, time = time_record(same_day(A_all, si, t) or section_time), status = status,
                  medium = cue.medium or "phone", paragraph = sent.paragraph, sentence = si }
              end
            end
            -- (the lead's other person, for a title's call with one person)
            local lead = #list == 1 and not joint and #calls == 0 and cue.kind == "noun"
              and lead_partner(list[1], si, sent)
            -- (the one who returns a call and the call returned: below)
            local returner = #list <= 1 and RETURN_VERB[cue.light or ""] and status == "held" and cue.subj
              and people_of(cue.subj)[1]
            local returned_from = returner and antecedent(state, nil, returner, nil)
            if #list == 1 and conference_opening(tk, ms, C, cue) then
              -- "Oli joined the leaders of the other South Asian countries
              -- in a video conference": one party named, the others to
              -- come (joined_conference); alone it is no call (10-actors)
              local c = emit(si, A, cue, list, status, t, init_name, init_country)
              c.conference = true
            elseif #list >= 2 then
              main_people, main_source = list, source
              local each
              for _, c in ipairs(argful) do if c.each and not c.joint_subj then each = c end end
              local _, listed_callers = call_people.callers_listed(tk, ms, C, cue)
              if each then
                -- "Pashinyan and Aliyev each spoke with Putin"
                local subj, counter = args_people(each)
                for _, e in ipairs(subj) do
                  local ppl = { e }
                  for _, o in ipairs(counter) do ppl[#ppl + 1] = o end
                  ppl = dedupe(ppl)
                  if #ppl >= 2 then emit(si, A, cue, ppl, status, t, init_name, init_country) end
                end
              elseif first_split then
                for _, o in ipairs(first_split.objects) do
                  emit(si, A, cue, { first_split.speaker, o }, status, t, first_split.speaker.name,
                    first_split.speaker.country)
                end
              elseif verb_split then
                -- "Guterres called Sharif and Jaishankar": one call each
                local subj, counter = args_people(verb_split)
                for _, o in ipairs(counter) do
                  local ppl = {}
                  for _, e in ipairs(subj) do ppl[#ppl + 1] = e end
                  ppl[#ppl + 1] = o
                  ppl = dedupe(ppl)
                  -- (session 18) calls taken from several people: each
                  -- placed by its caller
                  local iname, icountry = init_name, init_country
                  if verb_split.from_list or (verb_split.from and verb_split.kind == "noun") then
                    iname, icountry = o.name or o.text, o.country
                  end
                  if #ppl >= 2 then emit(si, A, cue, ppl, status, t, iname, icountry) end
                end
              elseif (cue.plural or cue.kind == "speak" or cue.spoken or cue.dealt
                  or (cue.kind == "medium" and round_of_calls(A, cue, next_in_paragraph(si))))
                  and #with_people >= 2
                  and #list == #with_people + 1
                  and not one_conversation(A, cue, with_people, next_in_paragraph(si), doc.published) then
                -- plural calls to a list of people: one call per pair
                local subject
                for _, p in ipairs(list) do
                  local inw = false
                  for _, w in ipairs(with_people) do if key_of(w) == key_of(p) then inw = true end end
                  if not inw then subject = p end
                end
                local own = conjunct_times(A, ms, cue.with, sent.offset)
                for _, w in ipairs(with_people) do
                  emit(si, A, cue, { subject, w }, status, own[w.offset] or t, init_name, init_country)
                end
              elseif listed_callers then
                -- "Among those who telephoned Obama were A and B"
                local to = people_of({ cue.object })[1]
                for _, m in ipairs(listed_callers) do
                  local e = entries(G, sent, tk, m, {})[1]
                  if to and e and key_of(e) ~= key_of(to) then
                    emit(si, A, cue, { e, to }, status, t, e.name or e.text, e.country)
                  end
                end
              else
                emit(si, A, cue, list, status, t, init_name, init_country)
              end
            elseif #list == 1 and not joint and one_more(tk, cue) and series_person(state, list)
                and not antecedent(state, nil, list[1], nil) then
              -- "A third call, with Erdoğan, is expected on Monday", "another
              -- call with Scholz": one more of the calls of the document's
              -- hub (the person on most of them)
              emit(si, A, cue, { series_person(state, list), list[1] }, status, t, init_name, init_country)
            elseif lead then
              -- (session 10) a headline telling a call with one person
              -- ("Telephone conversation with President of Kazakhstan
              -- Nursultan Nazarbayev"), then a lead naming that person and
              -- one other ("Dmitry Medvedev and Nursultan Nazarbayev
              -- discussed ..."): their call
              emit(si, A, cue, { lead, list[1] }, status, t, init_name, init_country)
            elseif #list == 1 and not joint and cue.from_seat
                and call_people.seat_entry(G, sent, tk, ms[cue.from_seat])
                and call_people.seat_entry(G, sent, tk, ms[cue.from_seat]).country ~= list[1].country then
              -- (session 25) "a call from the White House to Mrs. Meir": the
              -- seat's leader called
              local seat = call_people.seat_entry(G, sent, tk, ms[cue.from_seat])
              emit(si, A, cue, { seat, list[1] }, status, t, seat.text, seat.country)
            elseif #list == 1 and not joint and not antecedent(state, nil, list[1], nil)
                and teller_party(G, sent, tk, ms, C, list[1]) then
              local teller = teller_party(G, sent, tk, ms, C, list[1])
              emit(si, A, cue, { teller, list[1] }, status, t, init_name, init_country)
            elseif returned_from then
              -- (session 13) "Mr Reagan returned the call on Tuesday", "Kohl
              -- returned her call": a call back to the other party of the
              -- latest call of the one who returns it, another contact
              local who, prev = returner, returned_from
              local other
              for _, p in ipairs(prev.people) do
                if key_of(p) ~= key_of(who) then other = other or p end
              end
              if other then
                local c = emit(si, A, cue, { who, other }, status, pick_time(A, cue, excl, false),
                  who.name or who.text, who.country)
                c.distinct = true
              end
            elseif #calls > 0 and (joint or #list <= 1) and (cue.det ~= "indef" or joint or status ~= "held")
                -- "The Asia-Pacific calls came on Thursday": several calls,
                -- not a reference back to the latest one
                and not (cue.plural and cue.kind == "noun" and not joint) then
              -- A reference back: only its own time counts ("Sunday's
              -- conversation", "The call, on July 11,").
              t = pick_time(A, cue, excl, true)
              -- (a person named in it is on the call it refers to: "Powell,
              -- who spent Monday on the telephone with foreign ministers"
              -- refers to none of the president's calls)
              -- (the temporal preposition may stand before an owner: "after
              -- the G7 leaders' video call")
              local strict = cue.pp ~= nil
              for j = cue.a - 1, math.max(1, cue.a - 6), -1 do
                if tk.f[j] == "," or tk.f[j] == ";" then break end
                if TEMPORAL_WORD[tk.f[j]] then strict = true break end
              end
              local prev = antecedent(state, t, list[1], status, strict) or (not list[1] or not list[1].name)
                and antecedent(state, t, nil, status, strict) or nil
              -- ("The two defence ministers agreed to speak again": the
              -- latest call of people holding that office)
              local office = not (list[1] and list[1].name) and prev and joint_office(state, tk, ms)
              if office and not holds_office(state, prev, office) then
                local o = joint_antecedent(state, office)
                if holds_office(state, o, office) then prev = o end
              end
              -- "Their first conversation, on July 30, ...": "their" is
              -- the people of the latest call; a day of its own that is
              -- not that call's makes it another call of theirs
              local pair = not prev and t and tk.f[cue.a] == "their" and joint_antecedent(state)
              if pair and other_day(state, t, pair) then
                local c = emit(si, A, cue, pair.people, status, t, init_name, init_country)
                c.distinct = true
              end
              -- (session 13) "the two leaders" after a sentence naming
              -- two others: those two (call_series.pair_just_before)
              local just = joint and not meeting_before(state, A_all, si, cue, status, L)
                and call_series.pair_just_before(state, si, prev)
              if just then
                emit(si, A, cue, just, status, t, init_name, init_country)
                main_people, main_source, prev = just, "joint", nil
              end
              if prev and status == "held" then status = prev.status end
              -- Only worth a mention when it adds a time, an initiator or
              -- a status.
              local adds = (t ~= nil) or init_name ~= nil or init_country ~= nil
                or (prev and status ~= prev.status)
              local pA = prev and prev.status == "held" and A_all[prev.sentence]
              if pA and status == "denied" and attempted(pA.tk, L) then
                -- (session 17) how the try told before ended (as above)
                local c = emit(si, A, cue, prev.people, status, t, init_name, init_country, prev.id)
                c.attempt, prev.status, prev.attempt = true, "denied", true
              elseif prev and status == "denied" and held_root(state, prev) and attempted(tk, L) then
                -- a call refused or unanswered before the one held ("Beijing
                -- declined Clinton's requests for a call earlier in the
                -- week"): another contact of the same people
                local c = emit(si, A, cue, prev.people, status, t, init_name, init_country)
                c.distinct = true
              elseif prev and adds then
                emit(si, A, cue, prev.people, status, t, init_name, init_country, prev.id)
              end
              if prev and joint then main_people, main_source = prev.people, "joint" end
            end
          end
        end

        -- Calls in a temporal phrase with days of their own: "the third
        -- conversation between the two leaders, after phone calls on Feb.
        -- 10 and Sept. 9".  Their people are their own, or those of a
        -- series the sentence is about ("the two leaders"); else they
        -- refer back to a call already reported.
        for _, c in ipairs(pps) do
          local ts = own_times(A, c)
          if #ts > 0 then
            local subj, counter = args_people(c)
            local own = {}
            if c.possessor then own = people_of({ c.possessor }) end
            for _, e in ipairs(subj) do own[#own + 1] = e end
            for _, e in ipairs(counter) do own[#own + 1] = e end
            own = dedupe(own)
            local ppl = #own >= 2 and own or (main_source == "joint" and main_people) or nil
            -- (the subject of a verb of calling placed the call)
            local init_name, init_country
            if c.clause_pp then
              init_name, init_country = initiator_entry(G, A, sent, initiator_of(A, G, c, c.subj[1]))
            end
            if ppl then
              for _, t in ipairs(ts) do
                A.picked_time = t
                local status = status_of(A, c, L)
                local prev = antecedent(state, t, ppl[1], status)
                if not (prev and prev.time and prev.time.kind ~= "report") then
                  local m = emit(si, A, c, ppl, status, t, init_name, init_country)
                  m.distinct = true
                end
              end
            end
          end
        end

        -- (also after a cue that only refers back: "The conference was
        -- proposed by Modi, who hosted it")
        if #calls == before_sentence then joined_conference(state, si, A, lower) end
        if #calls == before_sentence then in_announced_series(state, si, A, series) end
        if #calls == before_sentence then ordinal_call(state, si, A) end
        if #calls == before_sentence then counted_second(state, si, A) end
        if #calls > before_sentence then twice_days(state, si, A, before_sentence) end

        -- The latest named person and the sentence's subject and topic, for
        -- "he" in later sentences; whether it told a call.
        note_sentence(state, sent, A)
        state.prev_had_call = #calls > before_sentence
      end
    end
    name_vague_leaders(calls, A_all)
    call_people.name_offices_by_earlier_call(calls)
    return ex
  end,
}
