-- Surnames against the document and the date: a name whose other words
-- contradict the gazetteer person, a bare surname of someone out of office,
-- a place or an ordinary word at the start of a sentence name nobody; the
-- real uses (a surname after a full mention, a surname in office, father
-- and son by the date) still do.  The articles are short ones written for
-- the test; the outlets are invented.

-- Gazetteer people the extraction names for certain (a set).
local function named(ex)
  local set = {}
  for _, p in ipairs(ex.people or {}) do
    if p.name then set[p.name] = true end
  end
  return set
end

-- Everyone a briefing puts on a call (a set).
local function on_calls(b)
  local set = {}
  for _, c in ipairs(b.calls) do
    for _, p in ipairs(c.participants) do set[p] = true end
  end
  return set
end

test("a first name that is not the person's: Tim Cook, George Stephanopoulos, Graham Norton", function()
  local ex = extract({
    "Apple chief executive Tim Cook said on Monday that he had not been told of the call.",
    "George Stephanopoulos asked the president about the conversation with Macron.",
    "Graham Norton joked about the phone call on his show.",
  }, "2019-06-10")
  local set = named(ex)
  for _, who in ipairs({ "Robin Cook", "Kostis Stephanopoulos", "David Cameron" }) do
    ok(not set[who], who .. " is not mentioned")
  end
end)

test("a first name that fits still names the person", function()
  local ex = extract({ "Tayyip Erdogan and Sergei Lavrov met in Ankara on Monday.",
    "Yesterday Erdogan spoke with Muhammad Shahbaz Sharif by phone." }, "2023-06-10")
  local set = named(ex)
  ok(set["Recep Tayyip Erdoğan"], "Tayyip Erdogan")
  ok(set["Sergey Lavrov"], "Sergei Lavrov")
  -- another spelling of a given name, an adverb opening the sentence
  ok(set["Shehbaz Sharif"], "Muhammad Shahbaz Sharif")
  eq(#ex.calls, 1)
  -- a local title before the first name says nothing against the person
  ex = extract({ "Taoiseach Leo Varadkar spoke by phone with Boris Johnson on Tuesday." }, "2019-10-08")
  ok(named(ex)["Leo Varadkar"], "Taoiseach Leo Varadkar")
end)

test("a descriptive alias gives no surname: 'David Cameron of Chipping Norton'", function()
  local G = require("callbrief.gazetteer").load(ctx("extract"))
  for _, p in ipairs(G:by_surname("norton")) do
    ok(p.name ~= "David Cameron", "norton is no key of David Cameron")
  end
  local found = false
  for _, p in ipairs(G:by_surname("cameron")) do found = found or p.name == "David Cameron" end
  ok(found, "cameron still is")
end)

test("a bare surname of someone out of office on the date names nobody", function()
  local b = briefing({ "Walker said the call with Macron lasted an hour, the Daily Lantern reported." }, "2019-05-14")
  ok(not on_calls(b)["Ignacio Walker"], "Ignacio Walker on no call in 2019")
  -- not even when the surname is not an ordinary word
  b = briefing({ "Stephanopoulos spoke by phone with Macron on Tuesday." }, "2019-05-14")
  ok(not on_calls(b)["Kostis Stephanopoulos"], "Stephanopoulos out of office in 2019")
end)

test("the same surnames in office, or named in full before, are the people", function()
  local b = briefing({ "Walker spoke by phone with Lavrov on Tuesday about trade." }, "2005-05-10")
  eq(call_pairs(b), { "Ignacio Walker + Sergey Lavrov" })
  -- named in full first, the surname alone later: whatever the date
  b = briefing({ "Former Chilean foreign minister Ignacio Walker recalled a call with Jack Straw.",
    "Walker said he had spoken by phone with Straw about the Security Council." }, "2019-05-14")
  ok(on_calls(b)["Ignacio Walker"], "Walker after his full name")
end)

test("a place is no person: in Lagos, in Toledo", function()
  local ex = extract({ "The president spoke by phone with Macron from his residence in Lagos.",
    "Talks in Toledo ended on Friday, and a summit near Toledo was planned." }, "2019-05-14")
  local set = named(ex)
  ok(not set["Ricardo Lagos"], "Lagos the city")
  ok(not set["Alejandro Toledo"], "Toledo the city")
  -- the person owns something: "in Lagos's view" is Ricardo Lagos
  ex = extract({ "Chilean President Ricardo Lagos spoke with Bush.", "In Lagos's view the call went well." }, "2003-03-10")
  ok(named(ex)["Ricardo Lagos"], "Ricardo Lagos")
end)

test("ordinary words opening a sentence name nobody", function()
  local ex = extract({
    "Parts of the city were without power when Macron called Merkel.",
    "Gross domestic product fell in the first quarter.",
    "Mesa and plateau country stretches north of the border.",
    "Song lyrics were quoted in the statement.",
    "Rice prices rose sharply after Putin spoke by phone with Xi.",
    "Straw polls put the ruling party ahead.",
    "Levy rates on imported steel were raised.",
  }, "2004-11-02")
  local set = named(ex)
  for _, who in ipairs({ "Juhan Parts", "Stanislav Gross", "Carlos Mesa", "Song Min-soon",
      "Susan Rice", "Condoleezza Rice", "Jack Straw", "David Levy" }) do
    ok(not set[who], who .. " is not mentioned")
  end
  -- and such a sentence gives no call to the namesake either
  local b = briefing({ "Parts of the city were without power when Macron called Merkel." }, "2004-11-02")
  ok(not on_calls(b)["Juhan Parts"], "no Juhan Parts")
end)

test("an ordinary word is the person after a full mention, or as a speaker in office", function()
  -- named with a title first: the later sentence-initial surname is hers
  local ex = extract({ "Secretary of State Condoleezza Rice spoke by phone with Jack Straw on Monday.",
    "Rice told Straw that the talks would resume." }, "2005-06-07")
  local hers = 0
  for _, p in ipairs(ex.people) do if p.text == "Rice" and p.name == "Condoleezza Rice" then hers = hers + 1 end end
  eq(hers, 1)
  -- "Gross said" with no full mention: a candidate the date settles
  local b = briefing({ "Gross said he had spoken by telephone with Schroeder on Monday." }, "2004-10-12")
  eq(call_pairs(b), { "Gerhard Schröder + Stanislav Gross" })
  b = briefing({ "Gross said he had spoken by telephone with Macron on Monday." }, "2019-10-14")
  ok(not on_calls(b)["Stanislav Gross"], "no Stanislav Gross in 2019")
end)

test("Blair spoke to Chirac by telephone; Lavrov said", function()
  local b = briefing({ "Blair spoke to Chirac by telephone on Sunday, Downing Street said." }, "2003-03-17")
  eq(call_pairs(b), { "Jacques Chirac + Tony Blair" })
  local ex = extract({ "Lavrov said the call with Blinken had been useful." }, "2021-05-20")
  ok(named(ex)["Sergey Lavrov"], "Lavrov")
end)

test("father and son, Bush and Bush: a bare surname by the date", function()
  local b = briefing({ "Putin spoke by telephone with Aliyev on Tuesday." }, "2001-06-06")
  eq(call_pairs(b), { "Heydar Aliyev + Vladimir Putin" })
  b = briefing({ "Putin spoke by telephone with Aliyev on Tuesday." }, "2005-06-07")
  eq(call_pairs(b), { "Ilham Aliyev + Vladimir Putin" })
  b = briefing({ "Bush spoke by telephone with Blair on Tuesday." }, "2005-06-07")
  eq(call_pairs(b), { "George W. Bush + Tony Blair" })
  -- 1990: the gazetteer's Bush took office in 2001, so the call is not his
  b = briefing({ "Bush spoke by telephone with Gorbachev on Tuesday." }, "1990-08-07")
  ok(not on_calls(b)["George W. Bush"], "no George W. Bush in 1990")
end)
