-- 10-people.lua — tokenize every sentence and find the people, offices,
-- speaking bodies and time expressions in it.
--
-- Adds to the Extraction:
--   people[]   {sentence, text, offset, kind, name, country, role}: every
--              person or office mentioned (kind "person", "role",
--              "group"); name is the gazetteer's canonical name when the
--              words name a known person.  Link uses it to resolve
--              surnames and role phrases against the whole document.
--   analysis   working data for the later extract plugins (tokens,
--              mentions, clauses, times per sentence; `gazetteer` and
--              `lexicon`, the indexed data, to reuse instead of loading
--              them again); `voice`: whose "I" each sentence speaks in
--              (below); 90-tidy drops it.
--
-- First person (analysis.voice[si] = {si, mi}: the mention, in sentence
-- si, of the person who says "I" in sentence si):
--   * a transcript: turns labelled by a line in capitals and a colon
--     ("PRIME MINISTER:", "MR HOWARD: I spoke ...", "Official Spokesperson
--     (Shri X):"), at least two labels in the document; a turn goes on
--     over the paragraphs after its label until the next label or an
--     editor's note in brackets.  A label naming a person is that
--     person, and so is a bare surname the gazetteer does not know
--     ("REPPAS:", "MR HRDINA:") of a person named in full before it
--     (only then is it a label: "Update:" is none); one naming an office of no country ("PRIME MINISTER:", "THE
--     PRESIDENT:") is the person the header above the first label names
--     ("THE HON JOHN HOWARD MP"), the one holding that office on the
--     report's day when it names several; with no person in the header,
--     the one holder of the office on that day in the page's country
--     (the government publishing it, else the one country the header's
--     headings name: "PRESS CONFERENCE, PARLIAMENT HOUSE, CANBERRA"),
--     unless the turns name that holder as someone else.  A
--     questioner's label ("JOURNALIST:", "QUESTION:", "Q:", also with a
--     full stop: "Q.", "Question.") is a turn of no one known; an
--     interview's "A:" ("A.", "Answer.") is the one person its header names;
--   * a post embedded in the page, signed "— Name (@handle) Date" on its
--     last line: its paragraph (a leader's post is first person without
--     "I": "Received a call from X. Reiterated our support ...");
--   * a statement, remarks or transcript whose header names its author
--     ("Statement by President X", "Remarks of Prime Minister X") and
--     whose body speaks in the first person outside quotations: every
--     sentence after the header.

local tokenize = require("callbrief.tokenize")
local mentions = require("callbrief.mentions")
local timex = require("callbrief.timex")
local clauses = require("callbrief.clauses")
local gazetteer = require("callbrief.gazetteer")
local lexicon = require("callbrief.lexicon")
local names = require("callbrief.names")
local memo = require("callbrief.memo")
local phrases = require("callbrief.phrases")
local dot_labels = require("callbrief.labels")
local call_offices = require("callbrief.call_offices")

-- Labels of a questioner's turn: no one the document names.
local ASKER = { journalist = true, journalists = true, question = true, questions = true, q = true,
  reporter = true, reporters = true, interviewer = true, moderator = true, questioner = true,
  audience = true, participant = true, host = true }
-- Genre words of a header that make its person the author ("Statement
-- by ...", "Remarks of ...", "Transcript of ...").
local GENRE = { statement = true, remarks = true, transcript = true, message = true, address = true,
  speech = true }
local LABEL_TITLE = { mr = true, mrs = true, ms = true, dr = true, mister = true, madam = true }
local FIRST_PERSON = { i = true, we = true, my = true, our = true, me = true, us = true }
-- (session 22) The words around a name on a release's header line: "The
-- Hon Malcolm Turnbull MP", "H.E. Uhuru Kenyatta", "Senator the Hon ...".
local HONORIFIC = { the = true, hon = true, honourable = true, honorable = true, rt = true, right = true,
  mp = true, h = true, e = true, ["h.e"] = true, ["h.e."] = true, his = true, her = true, excellency = true, senator = true,
  dr = true, mr = true, mrs = true, ms = true, qc = true, kc = true, ac = true, mla = true, td = true }

-- The label of a transcript turn at the start of sentence k's tokens:
-- capitalised words (and a name in brackets) before a colon.  Returns
-- {mi = the person or office mention of the label, role = an office
-- title of no mention, asker = true}, or nil.
local function turn_label(tk, ms, G)
  -- a questioner's or an answer's label with a full stop ("Q. Did ...?",
  -- "A. No.", "Question.", "Answer. ...")
  local _, word = dot_labels.dot(tk, ms)
  if word then return (word == "a" or word == "answer") and { answer = true } or { asker = true } end
  local colon
  local paren = false
  for j = 2, math.min(tk.n, 14) do
    -- (session 11) Hansard's dash after the name: "Mr HOWARD—I spoke
    -- ...", "Mr BEAZLEY (2.14 p.m.)—My question is ..."
    if tk.f[j] == ":" or (tk.f[j] == "\226\128\148" and not paren and tk.e[j - 1] + 1 == tk.s[j]) then
      colon = j
      break
    end
    local w = tk.k[j] == "w" and tk.up[j]
    if tk.f[j] == "(" then paren = true elseif tk.f[j] == ")" then paren = false end
    -- (a time in brackets: "(2.14 p.m.)")
    if not (w or paren or tk.f[j] == "." or tk.f[j] == ")" or tk.f[j] == "'s") then return nil end
  end
  if not colon or not (tk.k[1] == "w" and tk.up[1]) then return nil end
  for mi, m in ipairs(ms) do
    if m.a < colon and (m.kind == "person" or (m.kind == "role" and m.country)) then return { mi = mi } end
  end
  for j = 1, colon - 1 do
    local e, role = phrases.match(G.roles.titles, tk, j, colon - 1)
    if e and type(role) == "string" then return { role = role, colon = colon } end
  end
  for j = 1, colon - 1 do
    if ASKER[tk.f[j]] then return { asker = true } end
  end
  -- "A:" after "Q:": the one the interview is with
  if colon == 2 and (tk.f[1] == "a" or tk.f[1] == "answer") then return { answer = true } end
  -- a bare surname ("REPPAS:", "MR HRDINA:"): find_voices looks for the
  -- person of that surname named in full before
  local j = 1
  while j < colon and (LABEL_TITLE[tk.f[j]] or tk.f[j] == ".") do j = j + 1 end
  -- (a time or constituency in brackets after it: "Mr BEAZLEY (2.14 p.m.)—")
  local e = colon
  for x = j + 1, colon - 1 do
    if tk.f[x] == "(" and tk.f[colon - 1] == ")" then e = x break end
  end
  if e - j == 1 and tk.k[j] == "w" then return { surname = tk.f[j] } end
  return nil
end

-- The latest person of that surname named in full before sentence k:
-- {si, mi}, or nil.
local function surname_person(S, k, surname)
  for h = k - 1, 1, -1 do
    local B = S[h]
    for i = #B.ms, 1, -1 do
      local m = B.ms[i]
      if m.kind == "person" and m.b > m.a and B.tk.f[m.b] == surname then return { si = h, mi = i } end
    end
  end
  return nil
end

-- (session 11) The one person of the gazetteer with that surname (a
-- folded word) in office on the date, as a voice {person, text}, or nil.
local function office_holder_named(G, surname, date)
  if not date then return nil end
  local hit
  for _, p in ipairs(G:by_surname(names.key(surname))) do
    if G:holds(p, nil, nil, date) then
      if hit and hit ~= p then return nil end
      hit = p
    end
  end
  return hit and { person = hit, text = hit.name } or nil
end

-- Does sentence A speak in the first person outside quotations?
local function first_person(tk)
  local inq = false
  for j = 1, tk.n do
    if tk.k[j] == "q" then inq = not inq
    elseif not inq and FIRST_PERSON[tk.f[j]] and tk.k[j] == "w" then return true end
  end
  return false
end

-- The people the header (the lines before `upto`, in the first eight
-- paragraphs) names: {si, mi} per distinct person.
local function header_people(sentences, S, upto)
  local out, seen = {}, {}
  for k = 1, upto - 1 do
    if (sentences[k].paragraph or 1) > 8 then break end
    for mi, m in ipairs(S[k].ms) do
      local key = m.kind == "person" and (m.person and m.person.name or m.name)
      if key and not seen[key] then
        seen[key] = true
        out[#out + 1] = { si = k, mi = mi, person = m.person }
      end
    end
  end
  return out
end

-- The header person holding `role` on the day (or the one person the
-- header names), or nil.
local function header_holder(G, header, role, date)
  local fit
  for _, h in ipairs(header) do
    if h.person and role and G:holds(h.person, nil, role, date) then
      if fit then return nil end
      fit = h
    end
  end
  if fit then return fit end
  -- (session 12: not one in another office that day, "PARTICIPANTS: The
  -- President / Helmut Kohl, Chancellor" above "The President:")
  local h = header[1]
  if #header == 1 and not (h.person and role and date and G:holds(h.person, nil, nil, date)) then return h end
  return nil
end

-- Is a line a heading: no lower-case word of more than three letters
-- ("PRIME MINISTER'S PRESS CONFERENCE, PARLIAMENT HOUSE, CANBERRA", not
-- "Subjects: the search in the southern Indian Ocean")?
local function heading(tk)
  for i = 1, tk.n do
    if tk.k[i] == "w" and #tk.f[i] > 3 and not tk.up[i] then return false end
  end
  return true
end

-- The one country the header's headings (the lines before `upto`, in the
-- first eight paragraphs) name, by name or capital, or nil.
local function header_country(sentences, S, G, upto)
  local found
  for k = 1, upto - 1 do
    if (sentences[k].paragraph or 1) > 8 then break end
    local tk = S[k].tk
    local j = heading(tk) and 1 or tk.n + 1
    while j <= tk.n do
      local cj, id = G:country_at(tk, j)
      if cj and tk.up[j] then
        if found and found ~= id then return nil end
        found, j = id, cj
      end
      j = j + 1
    end
  end
  return found
end

-- The one holder of `role` on the day in the page's country: the
-- government publishing it, else the country the header names.  Not
-- someone a turn names as a third person ("I spoke to the Prime Minister
-- of Japan, Fumio Kishida": the speaker is no Japanese prime minister).
local function home_holder(G, home, role, date, S)
  if not (home and role and date) then return nil end
  local hs = G:holders(home, role, date)
  if #hs ~= 1 then return nil end
  for _, A in ipairs(S) do
    for _, m in ipairs(A.ms) do
      if m.person == hs[1] or (m.kind == "role" and not m.label and m.country == home and m.role
          and G:role_key(m.role) == G:role_key(role)) then
        return nil
      end
    end
  end
  return hs[1]
end

-- The country of the government publishing the page (its outlet is a
-- presidency, government office or ministry), or nil.
local HOME_KIND = { presidency = true, government = true, ["foreign ministry"] = true,
  ministry = true, ["royal court"] = true }
local function outlet_country(G, outlet, text)
  if not outlet then return nil end
  local tk = tokenize.run(outlet, text)
  local ij, inst = G:institution_at(tk, 1)
  if ij == tk.n and HOME_KIND[inst.kind or ""] then return inst.side end
  return nil
end

-- (session 22) The country of an outlet that names a government by its
-- country ("Australian Government", "Government of Pakistan", "The
-- Presidency, Republic of Ghana"), or nil.
local GOVERNMENT_WORD = { government = true, presidency = true, cabinet = true }
local function government_country(G, outlet, text)
  if not outlet then return nil end
  local tk = tokenize.run(outlet, text)
  local gov, found = false, nil
  local j = 1
  while j <= tk.n do
    if GOVERNMENT_WORD[tk.f[j]] then gov = true end
    local cj, id = G:country_at(tk, j)
    if cj then
      if found and found ~= id then return nil end
      found, j = id, cj
    end
    j = j + 1
  end
  return gov and found or nil
end

-- A post embedded in the page: a paragraph whose last line signs it
-- "— Name (@handle) Date" (a social-media embed as scraped).  Sets
-- voice[k] = {si, mi, post = true} for the paragraph's sentences.
local function embedded_posts(sentences, S, voice)
  for k, sent in ipairs(sentences) do
    local last = not sentences[k + 1] or sentences[k + 1].paragraph ~= sent.paragraph
    local t = sent.text
    local signed = last and t:find("%(@[%w_]+%)") and (t:find("^%s*[\226%-]") or t:find("%s[\226][\128][\147\148]%s"))
    local mi = 1
    while signed and S[k].ms[mi] and S[k].ms[mi].kind ~= "person" do mi = mi + 1 end
    if signed and S[k].ms[mi] then
      -- (the signature's paragraph, back from its last line)
      local v, j = { si = k, mi = mi, post = true }, k
      while j >= 1 and sentences[j].paragraph == sent.paragraph do
        voice[j] = voice[j] or v
        j = j - 1
      end
    end
  end
end

-- analysis.voice (see the head of this file).
-- The gazetteer person a dropped byline names alone ("By John Major",
-- "John Major"), or nil.
local function byline_person(dropped, G, text)
  for _, d in ipairs(dropped or {}) do
    if d.reason == "byline" and type(d.text) == "string" and #d.text < 60 then
      local tk = tokenize.run(d.text, text)
      local i = tk.f[1] == "by" and 2 or 1
      local j, ps = G:person_at(tk, i)
      if j == tk.n and ps and #ps == 1 then return ps[1] end
    end
  end
  return nil
end

local function find_voices(sentences, S, G, date, outlet, text, dropped)
  local voice = {}
  embedded_posts(sentences, S, voice)
  local labels, first_label = {}, nil
  for k, sent in ipairs(sentences) do
    local para = sent.paragraph
    if k == 1 or sentences[k - 1].paragraph ~= para then
      -- (a label alone, or words after it that end like a sentence: a
      -- live blog's heading "Johnson: \"I have spoken to Zelenskyy\"" is
      -- no turn)
      local last = k
      while sentences[last + 1] and sentences[last + 1].paragraph == para do last = last + 1 end
      local tk = S[k].tk
      local alone = last == k and (tk.f[tk.n] == ":" or (dot_labels.dot(tk, S[k].ms) or 0) > tk.n)
      local lb = (alone or sentences[last].text:find("[%.!?][\"”'’%)%]]?%s*$"))
        and turn_label(tk, S[k].ms, G)
      -- (a surname label only of a person named in full before it; else,
      -- session 11, of the one person of that surname in office on the
      -- report's day: Hansard's "Mr HOWARD—")
      -- (one of neither is still a turn, of nobody known)
      if lb and lb.surname then
        lb = surname_person(S, k, lb.surname) or office_holder_named(G, lb.surname, date) or { nobody = true }
      end
      if lb then
        labels[k] = lb
        first_label = first_label or k
      end
    end
  end
  local n_labels = 0
  for _ in pairs(labels) do n_labels = n_labels + 1 end
  if n_labels >= 2 then
    local header = header_people(sentences, S, first_label)
    local cur = nil
    for k, sent in ipairs(sentences) do
      local lb = labels[k]
      if lb then
        if lb.si or lb.person then
          cur = lb
        elseif lb.mi then
          cur = { si = k, mi = lb.mi }
        elseif lb.role or lb.answer then
          local h = header_holder(G, header, lb.role, date)
          cur = h and { si = h.si, mi = h.mi } or false
          if not h and lb.role then
            -- no person in the header: the label is the office of the
            -- page's country, as a mention of its own
            local home = outlet_country(G, outlet, text) or header_country(sentences, S, G, first_label)
              or call_offices.place_country(G, dropped, text)
            if home_holder(G, home, lb.role, date, S) then
              -- (the label's own mention when it has one: "PRIME MINISTER: I ...")
              local tk, m = S[k].tk, S[k].ms[1]
              if m and m.a == 1 and m.kind == "role" and not m.country then
                m.country, m.label = home, true
              else
                table.insert(S[k].ms, 1, { kind = "role", a = 1, b = lb.colon - 1, role = lb.role,
                  country = home, label = true, text = sentences[k].text:sub(tk.s[1], tk.e[lb.colon - 1]) })
              end
              cur = { si = k, mi = 1 }
            end
          end
        else
          cur = false
        end
      elseif sent.text:find("^%s*%[") and (k == 1 or sentences[k - 1].paragraph ~= sent.paragraph) then
        cur = false     -- "[Later that day, ...]": the editor's words
      end
      if cur then voice[k] = cur end
    end
    return voice
  end
  -- a statement whose header names its author: "Statement by President X"
  local author, body
  for k, sent in ipairs(sentences) do
    if (sent.paragraph or 1) > 3 then break end
    local tk, ms = S[k].tk, S[k].ms
    if sent.text:find("[%.!?]%s*$") then break end
    for j = 1, tk.n - 1 do
      if GENRE[tk.f[j]] and (tk.f[j + 1] == "by" or tk.f[j + 1] == "from" or tk.f[j + 1] == "of") then
        for mi, m in ipairs(ms) do
          if m.kind == "person" and m.a > j + 1 and m.a <= j + 5 then author = { si = k, mi = mi } break end
        end
      end
      if author then break end
    end
    if author then body = k + 1 break end
  end
  if not author then
    -- (session 11) a byline naming a person the gazetteer knows ("By John
    -- Major" over a memoir's extract, a leader's article): the author is
    -- the "I" of the text
    local p = byline_person(dropped, G, text)
    if p then author, body = { person = p, text = p.name }, 1 end
  end
  -- (session 22) the header lines of a release: the short lines, in the
  -- first six paragraphs, before its first sentence
  local head_lines = {}
  for k, sent in ipairs(sentences) do
    if (sent.paragraph or 1) > 6 or sent.text:find("[%.!?][\"”'’%)]?%s*$") then break end
    head_lines[#head_lines + 1] = k
  end
  if not author then
    -- (session 22) a line of the header that is one person the
    -- gazetteer knows and nothing else but honorifics ("The Hon Malcolm
    -- Turnbull MP", "H.E. President Uhuru Kenyatta"): the author, when
    -- the header has no other such line
    local found
    for _, k in ipairs(head_lines) do
      local tk, ms = S[k].tk, S[k].ms
      local one, other
      for mi, m in ipairs(ms) do
        if m.kind == "person" and m.person then
          if one then one = false break end
          one = mi
        elseif m.kind == "person" then
          one, other = false, true
          break
        end
      end
      -- (a person the gazetteer does not know on a line of its own: a
      -- second author, "Joint media release")
      if other and tk.n <= 10 then found = false break end
      if one then
        local m = ms[one]
        for j = 1, tk.n do
          if (j < m.a or j > m.b) and not (HONORIFIC[tk.f[j]] or tk.f[j] == "." or tk.f[j] == ",") then
            one = false
            break
          end
        end
      end
      if one then
        local p = ms[one].person
        if found ~= nil and found.person ~= p then found = false break end
        found = found or { si = k, mi = one, person = p }
      end
    end
    if found then author, body = { si = found.si, mi = found.mi }, found.si + 1 end
  end
  if not author then
    -- (session 19) a release under an office's masthead ("PRIME MINISTER
    -- OF AUSTRALIA" as its outlet): the one holder of that office in
    -- that country on the release's date (session 22: or on a line of
    -- the header, "Prime Minister of Australia" under the name)
    local heads = { outlet }
    if sentences[1] and not sentences[1].text:find("[%.!?]%s*$") then heads[#heads + 1] = sentences[1].text end
    for _, k in ipairs(head_lines) do
      if k > 1 then heads[#heads + 1] = sentences[k].text end
    end
    for _, d in ipairs(dropped or {}) do
      if d.reason == "masthead" then heads[#heads + 1] = d.text end
    end
    for _, h in ipairs(date and heads or {}) do
      -- (session 22) the office after a genre: "Statement by the Prime
      -- Minister of Australia", and "Statement by the Prime Minister"
      -- under a header naming the country ("Australian Government")
      local genre, rest = h:match("^%s*(%a+) [Bb][Yy] (.+)$")
      local by = genre and GENRE[genre:lower()]
      if by then h = rest:gsub("^[Tt]he ", "") end
      local role, place = h:match("^(%a[%a ]-) [Oo][Ff] (.+)$")
      if role and not author then
        local tk = tokenize.run(place, text)
        local j, id = G:country_at(tk, 1)
        if id and j == tk.n then
          local hs = G:holders(id, G:role_key(role, id), date)
          if #hs == 1 then author, body = { person = hs[1], text = hs[1].name }, 1 end
        end
      elseif by and not author and h:match("^[%a ]+$") then
        local home = outlet_country(G, outlet, text) or government_country(G, outlet, text)
          or header_country(sentences, S, G, #head_lines + 1)
        local key = home and G:role_key(h, home)
        local hs = key and G:holders(home, key, date) or {}
        if #hs == 1 then author, body = { person = hs[1], text = hs[1].name }, 1 end
      end
    end
  end
  if not author then return voice end
  local speaks = false
  for k = body, #sentences do
    if first_person(S[k].tk) then speaks = true break end
  end
  if not speaks then return voice end
  for k = body, #sentences do voice[k] = author end
  return voice
end

local function country_name(G, id)
  local c = id and G:country(id)
  return c and c.name or id
end

-- Remember people the gazetteer does not know, so "Cavusoglu" later in
-- the document finds "Turkish Foreign Minister Mevlut Cavusoglu".
local function remember(known, m, tk, G, text)
  if m.kind == "person" and not m.person and not m.cands and m.name and m.full then
    local key = names.key(tk.f[m.b])
    -- (session 13) keyed by the surname when the mention ends past the
    -- name: "President Mohamed Siad Barre of Somalia"
    if not m.name:find(tk.t[m.b], 1, true) then key = names.key(names.surname(m.name, text)) end
    known[key] = known[key] or { name = m.name, country = m.country, role = m.role }
  end
  local _ = G
end

-- (session 13) An office without a name ("the Somali president") whose
-- holder on the report's day the gazetteer does not know is the one
-- person of that office and country the document named before
-- ("President Mohamed Siad Barre of Somalia").
local function named_holder(G, known, m, date)
  if m.kind ~= "role" or not m.role or not m.country or m.generic then return nil end
  if date and #G:holders(m.country, G:office_of(m.role, m.country), date) > 0 then return nil end
  local hit
  for _, k in pairs(known) do
    if k.role == m.role and k.country == m.country then
      if hit and hit ~= k then return nil end
      hit = k
    end
  end
  return hit
end

-- (session 21) The side on `date` of the one candidate who held an office
-- then, or nil when none or several did.  Candidates whose names have the
-- word as written (`f`, folded) go first: "Lee" is Lee Myung-bak, not Le
-- Duan, whose surname only keys alike.
-- The folded words of a person's name and aliases (a set), kept per
-- gazetteer record: asked for every namesake of every bare surname.
local name_words = memo.weak(function(p, text)
  local set = {}
  for _, nm in ipairs({ p.name, table.unpack(p.aliases or {}) }) do
    for w in text.fold(tostring(nm)):gmatch("[^%s,]+") do set[w] = true end
  end
  return set
end)

local function in_office_side(G, cands, date, f)
  local spelt = {}
  for _, p in ipairs(cands) do
    if name_words(p, G.text)[f] then spelt[#spelt + 1] = p end
  end
  if #spelt > 0 then cands = spelt end
  local fit
  for _, p in ipairs(cands) do
    if G:holds(p, nil, nil, date) then
      if fit then return nil end
      fit = p
    end
  end
  return fit and G:side_at(fit, date) or nil
end

-- Gazetteer people named in full or with a title ("Ricardo Lagos",
-- "President Lagos"): a later bare "Lagos" is that person.
local function note_seen(seen, m)
  if m.kind == "person" and m.person and (not m.bare or m.role) then seen[m.person] = true end
end

return {
  name = "people",
  stage = "extract",
  version = "1.94.0",
  api = 1,
  description = "people, offices, speaking bodies and time expressions in each sentence",
  run = function(ex, ctx)
    local G = gazetteer.load(ctx)
    local L = lexicon.load(ctx)
    local doc = ex.document
    local known, seen = {}, {}
    local analysis = { sentences = {} }
    ex.people = ex.people or {}
    local dateline = doc.dateline and doc.dateline.text
    for si, sent in ipairs(doc.sentences or {}) do
      local s = sent.text
      local tk = tokenize.run(s, ctx.text)
      local ms = mentions.find(tk, s, G, L, known, seen)
      for _, m in ipairs(ms) do
        -- the side a person of the gazetteer speaks for on the report's
        -- day (Rutte: the Netherlands until 2024, then NATO), for calls
        -- and claims
        -- (session 12) namesakes after a title, one of whom held that
        -- office on the report's day: "President Bush" in 1991
        if m.cands and m.role and doc.published then
          local fit
          for _, p in ipairs(m.cands) do
            if G:holds(p, nil, m.role, doc.published) then
              if fit then fit = false break end
              fit = p
            end
          end
          if fit then m.person, m.cands = fit, nil end
        end
        if m.person then m.person_side = G:side_at(m.person, doc.published) end
        -- (session 21) a bare surname of namesakes ("Mr Hu", "Mr Kim"),
        -- one of whom held an office on the report's day: that one's side
        -- (the choice of the person stays with link; after a title, only
        -- a holder of that office fits, above)
        if m.kind == "person" and m.cands and not m.person and not m.country and not m.role
            and doc.published then
          local side = in_office_side(G, m.cands, doc.published, tk.f[m.b])
          if side then m.person_side = side end
        end
        local k = named_holder(G, known, m, doc.published)
        if k then m.name, m.known = k.name, k end
        -- (a person named before in full keeps the country given then)
        if m.known and not m.country then m.country = m.known.country end
        if m.owner and m.owner.person then m.owner.person_side = G:side_at(m.owner.person, doc.published) end
        remember(known, m, tk, G, ctx.text)
        note_seen(seen, m)
        if m.kind == "person" or m.kind == "role" or m.kind == "group" then
          ex.people[#ex.people + 1] = {
            sentence = si, text = m.text, offset = sent.offset + tk.s[m.a] - 1, kind = m.kind,
            name = m.person and m.person.name or m.name, country = country_name(G, m.country),
            role = m.role,
          }
        end
      end
      local C = clauses.analyse(tk, ms, L)
      local times = timex.find(tk, s)
      if dateline and s:sub(1, #dateline) == dateline then
        -- "KYIV, March 30, 2022 - ...": the dateline's date is the
        -- report's, not a time of what the sentence tells
        local kept = {}
        for _, t in ipairs(times) do
          if tk.s[t.a] > #dateline then kept[#kept + 1] = t end
        end
        times = kept
      end
      -- (audience: the lexicon's hearers of another occasion, for
      -- call_times: "told reporters on Tuesday")
      analysis.sentences[si] = { tk = tk, ms = ms, C = C, times = times, audience = L.audience }
    end
    -- the indexed gazetteer and lexicon, for the later extract plugins
    -- (each plugin has its own module cache: building the index again
    -- costs more than extracting a document)
    analysis.gazetteer, analysis.lexicon = G, L
    analysis.voice = find_voices(doc.sentences or {}, analysis.sentences, G, doc.published, doc.outlet,
      ctx.text, doc.dropped)
    ex.analysis = analysis
    return ex
  end,
}
