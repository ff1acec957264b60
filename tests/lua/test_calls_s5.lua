-- Call detection, session 5: follow-up sentences, dates of subordinate
-- clauses, refusals, pronouns; short invented articles (The Quay Courier).

local function find_call(list, pair)
  for _, c in ipairs(list) do
    local ps = {}
    for i, p in ipairs(c.participants or {}) do ps[i] = p end
    table.sort(ps)
    if table.concat(ps, " + ") == pair then return c end
  end
  return nil
end

test("a time right after the people of the call's own with-phrase dates it", function()
  local ex = extract({ "Emmanuel Macron said, after a telephone conversation with Chancellor Olaf Scholz on March 3, that the talks would resume." },
    "2022-03-10")
  eq(#ex.calls, 1)
  eq(who(ex.calls[1]), "Emmanuel Macron + Olaf Scholz")
  eq(ex.calls[1].time.text, "on March 3")
end)

test("a call sought and not taken is denied", function()
  local ex = extract({ "Days after the row began, Prime Minister Anthony Albanese sought a call with Emmanuel Macron, but the French president would not take it." },
    "2023-05-02")
  ok(#ex.calls >= 1, "no call")
  for _, c in ipairs(ex.calls) do eq(c.status, "denied") end
  local ex2 = extract({ "Justin Trudeau asked for a phone call with Xi Jinping, but Beijing refused." }, "2023-05-02")
  ok(#ex2.calls >= 1, "no call")
  for _, c in ipairs(ex2.calls) do eq(c.status, "denied") end
end)

test("a negation before the light verb reaches over adjectives of the call noun", function()
  local ex = extract({ "A week after the vote, Prime Minister Mark Rutte had still not received the traditional congratulatory phone call from President Donald Trump." },
    "2017-03-22")
  eq(#ex.calls, 1)
  eq(ex.calls[1].status, "denied")
  -- the determiner is needed: no adjective walk without one
  local ex2 = extract({ "Mark Rutte and Donald Trump held a cordial phone call on Monday." }, "2017-03-22")
  eq(ex2.calls[1].status, "held")
end)

test("a time of the main clause does not date a call in its after-phrase", function()
  local ex = extract({ "Ankara on Saturday recalled its ambassador, only hours after Recep Tayyip Erdogan and Vladimir Putin spoke by phone." },
    "2020-10-05")
  eq(#ex.calls, 1)
  eq(ex.calls[1].time.kind, "report")
  -- a comma closes the after-phrase: the time is the call's
  local ex2 = extract({ "On Monday, after weeks of silence, Vladimir Putin called Recep Tayyip Erdogan." }, "2020-10-07")
  eq(ex2.calls[1].time.text, "On Monday")
end)

test("a time in an as-clause after the cue dates that clause's event", function()
  local ex = extract({ "Ilham Aliyev and Nikol Pashinyan spoke by phone on Friday.",
    "The two had spoken before as shelling resumed along the border on March 3, in which two soldiers died." },
    "2021-05-15")
  for _, c in ipairs(ex.calls) do ok(c.time.text ~= "on March 3", "March 3 dated a call") end
  local ex2 = extract({ "Ilham Aliyev could speak with Nikol Pashinyan by phone as early as Monday." }, "2021-05-15")
  eq(ex2.calls[1].time.text, "Monday")
end)

test("their first conversation on another day is an earlier call of the same two", function()
  local b = briefing({ "Chancellor Olaf Scholz and President Joe Biden spoke by phone on Tuesday.",
    "Their first conversation, on January 12, had been brief." }, "2022-03-10")
  ok(find_call(b.calls, "Joe Biden + Olaf Scholz"), "no call")
  local days = {}
  for _, c in ipairs(b.calls) do days[#days + 1] = c.date end
  table.sort(days)
  eq(days, { "2022-01-12", "2022-03-08" })
end)

-- Pronouns and gender ------------------------------------------------------

test("'her call' is the woman's when a title shows who is one", function()
  local ex = extract({ "Prime Minister Jacinda Ardern faces questions over the deal.",
    "Deputy Prime Minister Grant Robertson will lead the government while she travels.",
    "At issue is her March 2 phone call with Scott Morrison.",
    "Ms Ardern has defended the call." }, "2021-03-20")
  ok(#ex.calls >= 1, "no call")
  eq(who(ex.calls[1]), "Jacinda Ardern + Scott Morrison")
end)

test("without gender evidence a pronoun keeps the latest person", function()
  -- people the gazetteer does not know, and no title that tells
  local ex = extract({ "Prime Minister Kari Lundqvist faces questions over the deal.",
    "Deputy Prime Minister Tomas Berglund will lead the government while she travels.",
    "At issue is her March 2 phone call with Scott Morrison." }, "2021-03-20")
  eq(who(ex.calls[1]), "Scott Morrison + Tomas Berglund")
end)

-- The stock gazetteer marks Angela Merkel `gender: f`; a copy whose
-- German file does not (the index text changes too, so that the gazetteer
-- is indexed afresh) shows it is the field that decides.
local people_plugin = plugin("plugins/extract/10-people.lua")
local calls_plugin = plugin("plugins/extract/20-calls.lua")
local function extract_without_gender(sentences, published)
  local c = ctx("extract", "people")
  local data = c.data
  c.data = function(rel)
    if rel == "gazetteer/people/index.txt" then
      local s = data(rel)
      return (s or "") .. "\n# test fixture: Angela Merkel without gender\n"
    end
    local s, err = data(rel)
    if rel == "gazetteer/people/de.yaml" and s then
      s = s:gsub("(%- name: Angela Merkel\n[^\n]*\n  country: DE\n)  gender: f\n", "%1")
    end
    return s, err
  end
  local ex = { document = document(sentences, published), calls = {}, claims = {} }
  ex = people_plugin.run(ex, c) or ex
  ex = calls_plugin.run(ex, ctx("extract", "calls")) or ex
  return ex
end

test("a gazetteer's gender: f sends 'she' to the woman, not the latest man", function()
  -- (session 6: a sentence-initial "she" is the subject of the sentence
  -- before when nothing tells its gender; the woman is the object here)
  local text = { "Emmanuel Macron met Angela Merkel in Paris on Monday.",
    "On Tuesday she spoke by phone with Joe Biden." }
  local ex = extract(text, "2021-03-10")
  eq(#ex.calls, 1)
  eq(who(ex.calls[1]), "Angela Merkel + Joe Biden")
  -- without the field: the subject before, as for any "he" or "she"
  local ex2 = extract_without_gender(text, "2021-03-10")
  eq(who(ex2.calls[1]), "Emmanuel Macron + Joe Biden")
end)

test("'he' skips a woman the gazetteer marks", function()
  local text = { "Angela Merkel welcomed Joe Biden to Berlin on Monday.",
    "On Tuesday he spoke by phone with Emmanuel Macron." }
  eq(who(extract(text, "2021-07-21").calls[1]), "Emmanuel Macron + Joe Biden")
  -- without the field: the subject before
  eq(who(extract_without_gender(text, "2021-07-21").calls[1]), "Angela Merkel + Emmanuel Macron")
end)

-- Several contacts in one sentence ------------------------------------------

test("two clauses, each with its own caller and counterpart, are two calls", function()
  local ex = extract({ "The chancellery says Olaf Scholz spoke with Volodymyr Zelensky this morning, and that he will call Vladimir Putin later today." },
    "2022-02-24")
  local got = {}
  for _, c in ipairs(ex.calls) do got[#got + 1] = who(c) .. " " .. c.status .. " " .. c.time.text end
  table.sort(got)
  eq(got, { "Olaf Scholz + Vladimir Putin planned later today",
    "Olaf Scholz + Volodymyr Zelensky held this morning" })
end)

test("one call told by two cues with one counterpart stays one", function()
  local ex = extract({ "Emmanuel Macron spoke by phone with Vladimir Putin on Monday, and he told Putin that the talks must go on." },
    "2022-03-08")
  eq(#ex.calls, 1)
  eq(who(ex.calls[1]), "Emmanuel Macron + Vladimir Putin")
end)

test("the subject of 'was the first leader to speak with' is on the call", function()
  local ex = extract({ "Australian Prime Minister Anthony Albanese was the first foreign leader to speak with Joe Biden after the result." },
    "2022-05-24")
  eq(#ex.calls, 1)
  eq(who(ex.calls[1]), "Anthony Albanese + Joe Biden")
  eq(ex.calls[1].status, "held")
end)

-- Follow-up sentences -------------------------------------------------------

test("'the calls with A and B followed': one call each with the person the calls share", function()
  local ex = extract({ "Pedro Sánchez called Emmanuel Macron on Monday.",
    "On Tuesday Sánchez spoke by phone with Olaf Scholz.",
    "The calls with Giorgia Meloni and Mark Rutte followed on Wednesday." }, "2023-07-28")
  local got = {}
  for _, c in ipairs(ex.calls) do got[#got + 1] = who(c) end
  table.sort(got)
  eq(got, { "Emmanuel Macron + Pedro Sánchez", "Giorgia Meloni + Pedro Sánchez",
    "Mark Rutte + Pedro Sánchez", "Olaf Scholz + Pedro Sánchez" })
end)

test("no call series, no caller for 'the calls with A and B'", function()
  local ex = extract({ "The calls with Giorgia Meloni and Mark Rutte followed on Wednesday." }, "2023-07-28")
  eq(#ex.calls, 0)
end)

test("people who also took part join the conference call told before", function()
  local b = briefing({ "Jacinda Ardern held a video conference with Scott Morrison and Justin Trudeau on Friday.",
    "Boris Johnson also took part." }, "2021-06-12")
  eq(call_pairs(b), { "Boris Johnson + Jacinda Ardern + Justin Trudeau + Scott Morrison" })
  -- in one room: not the call
  local b2 = briefing({ "Jacinda Ardern held a video conference with Scott Morrison and Justin Trudeau on Friday.",
    "Boris Johnson took part in a summit in Brussels." }, "2021-06-12")
  eq(call_pairs(b2), { "Jacinda Ardern + Justin Trudeau + Scott Morrison" })
end)

-- Names ---------------------------------------------------------------------

test("a middle initial without its dot stays inside the name", function()
  local ex = extract({ "Jean Chrétien spoke to President George W Bush by telephone last night." }, "2001-09-13")
  eq(#ex.calls, 1)
  eq(who(ex.calls[1]), "George W. Bush + Jean Chrétien")
end)

-- Dates ---------------------------------------------------------------------

local function brief_text(id, text)
  local doc = run_stage("source", { id = id, path = id, bytes = text, sha256 = "", format = "text" })
  local ex = run_stage("extract", { document = doc, calls = {}, claims = {} })
  return run_stage("link", { extractions = { ex } })
end

test("'new Prime Minister X' settles a dateline's year: X took office within the year", function()
  local text = "Kishida and Biden hold first phone talks\n\n"
    .. "TOKYO, Oct. 8 (Harbour Wire) -- President Joe Biden and new Japanese Prime Minister Fumio Kishida"
    .. " held a telephone conversation on Tuesday and agreed to strengthen the alliance.\n"
  local b = brief_text("s5-new.txt", text)
  eq(b.documents[1].published, "2021-10-08")
  eq(b.documents[1].published_basis, "dateline_inferred")
  -- without "new" the terms leave several years: no year
  local b2 = brief_text("s5-old.txt", (text:gsub("new Japanese", "Japanese")))
  eq(b2.documents[1].published, nil)
end)
