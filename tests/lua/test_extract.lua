-- Extract stage: call cues, participants, status, medium, time, initiator
-- and claims, on small articles written for the test.

local function names_of(call)
  local out = {}
  for _, p in ipairs(call.people) do out[#out + 1] = p.name or p.text end
  table.sort(out)
  return out
end

test("spoke by phone with", function()
  local ex = extract({ "Russian President Vladimir Putin spoke by phone with Turkish President Recep Tayyip Erdogan on Wednesday." }, "2020-10-14")
  eq(#ex.calls, 1)
  eq(names_of(ex.calls[1]), { "Recep Tayyip Erdoğan", "Vladimir Putin" })
  eq(ex.calls[1].status, "held")
  eq(ex.calls[1].medium, "phone")
  eq(ex.calls[1].time.kind, "weekday")
  eq(ex.calls[1].time.weekday, 3)
end)

test("held a telephone conversation; in a phone call", function()
  local ex = extract({ "Emmanuel Macron held a telephone conversation with Hassan Rouhani.",
    "Angela Merkel told Xi Jinping in a phone call that trade mattered." })
  eq(#ex.calls, 2)
  eq(names_of(ex.calls[2]), { "Angela Merkel", "Xi Jinping" })
end)

test("X called Y is a call, X called for / called on is not", function()
  local ex = extract({ "Donald Trump called Muhammadu Buhari on Monday.",
    "Vladimir Putin called for restraint and called on Ilham Aliyev to stop.",
    "Hassan Rouhani issued a call for calm after meeting Emmanuel Macron." })
  eq(#ex.calls, 1)
  eq(ex.calls[1].initiator, "Donald Trump")
end)

test("video link and videoconference are video calls", function()
  local ex = extract({ "Narendra Modi and Nepalese Prime Minister K.P. Sharma Oli opened the line by video link on Tuesday." }, "2019-09-10")
  eq(#ex.calls, 1)
  eq(ex.calls[1].medium, "video")
end)

test("planned calls", function()
  local ex = extract({ "Donald Trump will hold telephone calls on Saturday with Vladimir Putin, Angela Merkel and François Hollande.",
    "A call between Xi Jinping and Joe Biden is expected next week." }, "2017-01-27")
  eq(#ex.calls, 4)   -- three pairs, then one more
  for _, c in ipairs(ex.calls) do eq(c.status, "planned") end
end)

test("denied calls", function()
  local ex = extract({ "Spokesman Dmitry Peskov said no conversation between Vladimir Putin and Volodymyr Zelensky was planned.",
    "Vladimir Putin did not telephone Petro Poroshenko after the vote." })
  eq(#ex.calls, 2)
  eq(ex.calls[1].status, "denied")
  eq(ex.calls[2].status, "denied")
end)

test("meetings, letters and interviews are not calls", function()
  local ex = extract({ "Vladimir Putin met Recep Tayyip Erdogan in Sochi for talks.",
    "Kim Jong Un received a letter from Donald Trump.",
    "Emmanuel Macron said in an interview that Angela Merkel was right." })
  eq(#ex.calls, 0)
end)

test("initiator: at the initiative of the X side; placed by", function()
  local ex = extract({ "Sergey Lavrov and John Kerry discussed Ukraine in a telephone conversation.",
    "The call took place at the initiative of the American side." })
  ok(ex.calls[#ex.calls].initiator_country == "United States", "side initiator")
  local ex2 = extract({ "Volodymyr Zelensky and Vladimir Putin spoke by telephone.", "The call, on July 11, was placed by Zelensky." })
  eq(ex2.calls[2].initiator, "Volodymyr Zelensky")
  eq(ex2.calls[2].time.month, 7)
  eq(ex2.calls[2].ref, ex2.calls[1].id)
end)

test("role phrases: his Russian counterpart, the leaders of A and B", function()
  local ex = extract({ "In a telephone call, Turkey's president spoke to his Russian counterpart late Saturday.",
    "The leaders of Ukraine, Russia, France and Germany will discuss the truce in a four-way telephone conference on December 30." }, "2015-12-29")
  eq(#ex.calls[1].people, 2)
  eq(ex.calls[1].people[2].country, "Russia")
  eq(ex.calls[1].time.part, "late")
  eq(#ex.calls[2].people, 4)
  eq(ex.calls[2].status, "planned")
end)

test("a call in the background keeps its own date", function()
  local ex = extract({ "The decision came days after a Dec. 14 telephone conversation between Donald Trump and Recep Tayyip Erdogan." }, "2018-12-24")
  eq(ex.calls[1].time.day, 14)
end)

test("claims: told X that, the Kremlin said, the leaders agreed", function()
  local ex = extract({ "Vladimir Putin and Emmanuel Macron spoke by phone on Monday, the Kremlin said.",
    "The two leaders agreed to keep in close contact, the Kremlin said.",
    "Macron told Putin that the deal must be preserved, according to the Elysee." }, "2018-04-30")
  eq(#ex.claims, 2)
  eq(ex.claims[1].speaker.text, "joint")
  eq(ex.claims[1].side, "Russia")
  eq(ex.claims[2].side, "France")
  ok(ex.claims[2].text:find("deal must be preserved", 1, true), ex.claims[2].text)
end)

-- The parties of a call are what the grammar of its cue says ------------------

local function calls_of(ex)
  local out = {}
  for _, c in ipairs(ex.calls) do out[#out + 1] = table.concat(names_of(c), " + ") end
  return out
end

test("a verb of calling: subject and object, not a bystander in a time clause", function()
  local ex = extract({ "Netanyahu dialled Erdoğan from Ben Gurion Airport shortly before U.S. President Barack Obama, who had pressed both sides to mend ties, left Israel for Jordan." }, "2013-03-23")
  eq(calls_of(ex), { "Benjamin Netanyahu + Recep Tayyip Erdoğan" })
  eq(ex.calls[1].initiator, "Benjamin Netanyahu")
end)

test("called X and Y: one call each", function()
  local ex = extract({ "On Tuesday, UN Secretary-General António Guterres called Mr Sharif and Indian External Affairs Minister S. Jaishankar." }, "2025-05-01")
  eq(#ex.calls, 2)
  eq(ex.calls[2].people[2].name, "S. Jaishankar")
  eq(ex.calls[2].people[2].role, "foreign minister")
  eq(ex.calls[1].time.weekday, 2)
end)

test("called him: the person called is the latest other person; called him a name is no call", function()
  local ex = extract({ "Last Friday, after Hosni Mubarak dismissed his government, Barack Obama called him and urged reform." }, "2011-02-02")
  eq(calls_of(ex), { "Barack Obama + Hosni Mubarak" })
  eq(ex.calls[1].time.weekday, 5)
  local ex2 = extract({ "Donald Trump called him \"a terrific guy\", according to Nawaz Sharif.",
    "It said Vladimir Putin had explained what Moscow calls its special military operation." })
  eq(#ex2.calls, 0)
end)

test("spokespeople and reporters of a call are not on it", function()
  local ex = extract({ "Asked last week whether the president would speak with Crown Prince Mohammed bin Salman, White House Press Secretary Jen Psaki said that Biden's counterpart was King Salman and that no call with the crown prince was planned." }, "2021-02-26")
  eq(#ex.calls, 1)
  eq(ex.calls[1].status, "denied")
  eq(calls_of(ex), { "Mohammed bin Salman + the president" })
  local ex2 = extract({ "Kremlin spokesman Dmitry Peskov said Putin and Erdogan had discussed Idlib by phone.",
    "There are currently no plans for a phone call between Putin and Biden, Peskov said." }, "2021-02-26")
  eq(calls_of(ex2), { "Recep Tayyip Erdoğan + Vladimir Putin", "Joe Biden + Vladimir Putin" })
end)

test("a comma before the subject ends a phrase, not a list", function()
  local ex = extract({ "Shortly after Erdoğan's phone conversation with Putin, Turkish Foreign Minister Mevlüt Çavuşoğlu also spoke with his Russian counterpart Sergey Lavrov." })
  eq(calls_of(ex), { "Recep Tayyip Erdoğan + Vladimir Putin", "Mevlüt Çavuşoğlu + Sergey Lavrov" })
end)

test("the two leaders on another day, or again, is another call of the same people", function()
  local ex = extract({ "Joe Biden held a video call with Andrés Manuel López Obrador on Monday.",
    "On January 22 the two leaders spoke by phone.",
    "The two had first spoken by phone on December 19.",
    "The two leaders would talk again at 3 p.m., the White House said." }, "2021-03-02")
  eq(#ex.calls, 4)
  eq(ex.calls[2].time.month, 1)
  ok(ex.calls[2].distinct and ex.calls[2].ref == nil, "new call")
  eq(ex.calls[3].time.day, 19)
  eq(ex.calls[4].status, "planned")
  eq(ex.calls[4].time.kind, "relative")
  ok(ex.calls[4].distinct, "again")
end)

test("calls listed on their own days in a temporal phrase", function()
  local ex = extract({ "Joe Biden and Xi Jinping held a virtual summit on Monday.",
    "The summit was the third conversation between the two leaders since Biden took office, after phone calls on Feb. 10 and Sept. 9." }, "2021-11-16")
  eq(#ex.calls, 3)
  eq(ex.calls[2].time.month, 2)
  eq(ex.calls[3].time.month, 9)
  eq(names_of(ex.calls[3]), { "Joe Biden", "Xi Jinping" })
end)

test("an apposition gives the call its day", function()
  local ex = extract({ "The summit comes a month after Mr. Modi's first conversation with Mr. Biden, a telephone call on February 8." }, "2021-03-13")
  eq(#ex.calls, 1)
  eq(ex.calls[1].time.day, 8)
end)

test("separate contacts in one sentence: sessions, 'and, separately, with', 'each'", function()
  local ex = extract({ "European Council President Charles Michel and Commission President Ursula von der Leyen held the summit by videoconference, in two rounds: a morning session with Premier Li Keqiang, then a video meeting with President Xi Jinping." }, "2022-04-01")
  eq(calls_of(ex), { "Charles Michel + Li Keqiang + Ursula von der Leyen",
    "Charles Michel + Ursula von der Leyen + Xi Jinping" })
  eq(ex.calls[1].medium, "video")
  local ex2 = extract({ "Peskov said Putin had spoken by phone with Pashinyan on Thursday and, separately, with Aliyev on Friday.",
    "Pashinyan and Aliyev each spoke with Macron by phone." }, "2020-10-03")
  -- a bare "Aliyev" is Heydar or Ilham: the link stage settles it by the
  -- date (tests/lua/test_names.lua)
  eq(calls_of(ex2), { "Nikol Pashinyan + Vladimir Putin", "Aliyev + Vladimir Putin",
    "Emmanuel Macron + Nikol Pashinyan", "Aliyev + Emmanuel Macron" })
  local cands = {}
  for i, n in ipairs(ex2.calls[2].people[2].candidates or {}) do cands[i] = n end
  table.sort(cands)
  eq(cands, { "Heydar Aliyev", "Ilham Aliyev" })
  eq(ex2.calls[1].time.weekday, 4)
  eq(ex2.calls[2].time.weekday, 5)
end)

test("a country for its official; a request, then a refusal", function()
  local ex = extract({ "China refused to take a call from US Defense Secretary Lloyd Austin, the Pentagon said.",
    "The Pentagon submitted a request for a secure call between Secretary Austin and PRC Minister of National Defense Wei Fenghe on Saturday." }, "2023-02-08")
  eq(#ex.calls, 2)
  eq(ex.calls[1].status, "denied")
  ok(ex.calls[1].people[1].party and ex.calls[1].people[1].country == "China", "party")
  eq(ex.calls[1].initiator, "Lloyd Austin")
  eq(ex.calls[2].status, "planned")
  eq(ex.calls[2].people[2].role, "defence minister")
end)

test("speaking with named parties is a call unless they are together somewhere", function()
  local ex = extract({ "Prime Minister Boris Johnson spoke to President Trump this evening.",
    "Emmanuel Macron spoke with Angela Merkel in Paris on Friday." }, "2020-05-08")
  eq(calls_of(ex), { "Boris Johnson + Donald Trump" })
  eq(ex.calls[1].time.days, 0)
end)

test("headlines in title case; generic offices are nobody", function()
  local ex = extract({ "Readout of President Joseph R. Biden, Jr. Call with President Xi Jinping of the People's Republic of China",
    "No U.S. president is known to have spoken to a Taiwanese leader since 1979." }, "2021-09-10")
  eq(calls_of(ex), { "Joe Biden + Xi Jinping" })
end)

test("names: family name first, Arabic name chains, double surnames", function()
  local ex = extract({ "Moon is expected to speak with Chinese President Xi Jinping by phone later on Thursday.",
    "Saudi Arabia's King Salman received a phone call from US President Joe Biden.",
    "Secretary of State Antony Blinken spoke by telephone with Prince Faisal.",
    "López called Biden on Monday." }, "2021-02-26")
  -- "Moon" opens the sentence and is an English word: a candidate for
  -- the date to confirm at link time, not a certain name
  eq(ex.calls[1].people[1].candidates, { "Moon Jae-in" })
  eq(ex.calls[1].status, "planned")
  eq(ex.calls[2].people[1].role, "king")
  ok(ex.calls[2].people[1].name and ex.calls[2].people[1].name:find("Salman"), "King Salman")
  eq(ex.calls[2].initiator, "Joe Biden")
  local cands = table.concat(ex.calls[3].people[2].candidates or {}, ";")
  ok(cands:find("Faisal bin Farhan", 1, true), "Prince Faisal: " .. cands)
  eq(ex.calls[4].people[1].name, "Andrés Manuel López Obrador")
end)

test("initiator: at X's request, X initiated the call", function()
  local ex = extract({ "Vladimir Putin had a telephone conversation with Prime Minister of Israel Benjamin Netanyahu at Israel's request.",
    "Netanyahu initiated the call with Putin on Friday." }, "2020-10-03")
  eq(ex.calls[1].initiator_country, "Israel")
  eq(ex.calls[2].initiator, "Benjamin Netanyahu")
end)

test("a list of countries with 'the' in it", function()
  local ex = extract({ "The leaders of India, the United States, Japan and Australia held their first summit on Friday, meeting by videoconference." }, "2021-03-13")
  eq(#ex.calls, 1)
  eq(#ex.calls[1].people, 4)
  eq(ex.calls[1].medium, "video")
end)

test("names.surname_keys: the word a one-word mention uses", function()
  local names = require("callbrief.names")
  local T = ctx("extract").text
  local order = names.order_of({ name_order = { family_first = { "CN" }, double_surname = { "MX" },
    patronymic = { "bin" }, titles = { "King" } }, name_particles = { "de", "da" } }, T)
  eq(names.surname_keys("Xi Jinping", T, order, "CN"), { names.key("xi") })
  eq(names.surname_keys("Ban Ki Moon", T, order, "UN", nil, names.family_first_form("Ban Ki-moon")), { "ban" })
  eq({ names.surname_keys("King Salman bin Abdulaziz Al Saud", T, order, "SA") }, { { "salman" }, {} })
  eq({ names.surname_keys("Mohammed bin Salman", T, order, "SA") }, { { names.key("mohammed") }, { "bin Salman" } })
  eq({ names.surname_keys("Andrés Manuel López Obrador", T, order, "MX") },
    { { "obrador", "lopez" }, { "López Obrador" } })
  eq(names.surname_keys("Frederik X", T, order, "DK"), { "frederik" })
  eq(names.surname_keys("Joseph R. Biden Jr.", T, order, "US"), { "biden" })
  ok(not names.family_first_form("Karine Jean-Pierre"), "Western double name")
end)

test("honorifics, capitals and single letters are no names", function()
  local ex = extract({ "Prime Minister Narendra Modi had a telephone conversation today with His Excellency Mr. Emmanuel Macron, President of France.",
    "\"The President of Taiwan CALLED ME today,\" Donald Trump wrote on X." }, "2016-12-03")
  eq(#ex.calls, 1)
  eq(names_of(ex.calls[1]), { "Emmanuel Macron", "Narendra Modi" })
end)

test("a clock time alone is the report's day; next to a day it is dropped", function()
  local timex = require("callbrief.timex")
  local tokenize = require("callbrief.tokenize")
  local T = ctx("extract").text
  local s1 = "Trump said the two would talk again at 3 p.m. Eastern time."
  local t1 = timex.find(tokenize.run(s1, T), s1)
  eq(#t1, 1)
  eq(t1[1].kind, "relative")
  eq(t1[1].days, 0)
  local s2 = "They will speak on Tuesday at 15:00 GMT."
  local t2 = timex.find(tokenize.run(s2, T), s2)
  eq(#t2, 1)
  eq(t2[1].kind, "weekday")
end)

test("a hyphenated pair of names before a call noun", function()
  local ex = extract({ "Kremlin denies Putin-Trump phone call",
    "Israel apologizes to Turkey in Netanyahu-Erdoğan phone call",
    "A Russia-Ukraine call was held." })
  eq(calls_of(ex), { "Donald Trump + Vladimir Putin", "Benjamin Netanyahu + Recep Tayyip Erdoğan" })
  eq(ex.calls[1].status, "denied")
end)

test("a speaking verb in a coordinated clause shares the subject; a meeting in another clause is another event", function()
  local ex = extract({ "Erdogan met Zelensky on Thursday and spoke with Putin by phone on Friday.",
    "Erdogan spoke with Ukrainian President Volodymyr Zelensky on Thursday and hosted him in Istanbul last week." }, "2023-07-15")
  eq(calls_of(ex), { "Recep Tayyip Erdoğan + Vladimir Putin", "Recep Tayyip Erdoğan + Volodymyr Zelensky" })
  eq(ex.calls[1].time.weekday, 5)
end)

test("called X a name is no call; called X the next day is", function()
  local ex = extract({ "Joe Biden called Vladimir Putin a killer in an interview.",
    "Donald Trump calls Emmanuel Macron 'very nasty' after NATO remarks.",
    "Joe Biden called Vladimir Putin the next day." }, "2021-03-18")
  eq(calls_of(ex), { "Joe Biden + Vladimir Putin" })
  eq(ex.calls[1].sentence, 3)
end)

test("an office with a tenure word, then the name in apposition, is that person", function()
  local ex = extract({ "Justin Trudeau rang the incoming president, Lula da Silva, on Monday to congratulate him.",
    "Justin Trudeau rang the former president on Tuesday." }, "2022-11-02")
  eq(#ex.calls, 1)
  eq(names_of(ex.calls[1]), { "Justin Trudeau", "Luiz Inácio Lula da Silva" })
end)

test("a call 'set for' a day after the cue is planned", function()
  local ex = extract({ "Scholz-Macron phone talks set for Friday" }, "2022-04-25")
  eq(#ex.calls, 1)
  eq(ex.calls[1].status, "planned")
end)

test("'the two leaders' with no call before: the two people the sentence names before it", function()
  local ex = extract({ "Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan will meet in Sochi next week, after the two leaders spoke by phone on Tuesday." }, "2021-03-12")
  eq(calls_of(ex), { "Recep Tayyip Erdoğan + Vladimir Putin" })
  eq(ex.calls[1].status, "held")
  eq(ex.calls[1].time.weekday, 2)
  -- three people named: nobody can tell which two
  ex = extract({ "Macron, Scholz and Draghi will meet in Kyiv after the two leaders spoke by phone on Tuesday." }, "2022-06-10")
  eq(#ex.calls, 0)
  -- the time of the other clause is not the call's
  ex = extract({ "Angela Merkel will travel to Paris on Friday to meet Emmanuel Macron, after the two spoke by telephone about the pandemic." }, "2021-05-04")
  eq(#ex.calls, 1)
  eq(ex.calls[1].time.kind, "report")
end)

test("a call asked for and not answered is denied", function()
  local ex = extract({ "Ukrainian President Volodymyr Zelensky has asked for a phone call with Chinese President Xi Jinping, but Beijing has not responded." }, "2022-03-30")
  eq(calls_of(ex), { "Volodymyr Zelensky + Xi Jinping" })
  eq(ex.calls[1].status, "denied")
  ex = extract({ "U.S. Defense Secretary Lloyd Austin's call to Chinese Defense Minister Wei Fenghe went unanswered." }, "2021-06-01")
  eq(#ex.calls, 1)
  eq(ex.calls[1].status, "denied")
end)

test("a person's call to a person is a call; a call to action is not", function()
  local ex = extract({ "Russian President Vladimir Putin's call to Turkish President Recep Tayyip Erdogan lasted an hour.",
    "Erdogan's call to the international community went unheard." }, "2021-06-01")
  eq(calls_of(ex), { "Recep Tayyip Erdoğan + Vladimir Putin" })
  eq(ex.calls[1].status, "held")
end)

test("the dateline's date is the report's, not the call's time", function()
  local s = "KYIV, March 30, 2022 - Zelensky will speak with Scholz by phone in the coming days."
  local d = document({ s }, "2022-03-30")
  d.dateline = { place = "KYIV", text = "KYIV, March 30, 2022 -", date = { year = 2022, month = 3, day = 30 } }
  local ex = run_stage("extract", { document = d, calls = {}, claims = {} })
  eq(#ex.calls, 1)
  eq(ex.calls[1].status, "planned")
  eq(ex.calls[1].time.kind, "report")
end)

test("'that day' after a sentence stating a date is that date", function()
  local ex = extract({ "Relations collapsed on Nov. 24, 2015, when Turkish jets shot down a Russian bomber.",
    "Putin declined to take Erdogan's call that day." }, "2016-06-29")
  eq(#ex.calls, 1)
  eq(ex.calls[1].status, "denied")
  eq({ ex.calls[1].time.year, ex.calls[1].time.month, ex.calls[1].time.day }, { 2015, 11, 24 })
end)

test("the time of a telling is not the call's", function()
  local ex = extract({ "Zelensky has asked for a call with Xi Jinping, but Beijing has not responded, an official said on Wednesday.",
    "The Kremlin on Monday denied a report that Donald Trump had spoken with Vladimir Putin." }, "2022-03-30")
  eq(#ex.calls, 2)
  eq(ex.calls[1].time.kind, "report")
  eq(ex.calls[2].time.kind, "report")
end)

test("'earlier this month', 'last year', 'recently': a vague time, no day", function()
  local ex = extract({ "Donald Trump spoke with Narendra Modi by phone earlier this month.",
    "Joe Biden spoke with Olaf Scholz by phone last year.",
    "Emmanuel Macron recently spoke with Xi Jinping by phone.",
    "Boris Johnson spoke with Justin Trudeau by phone in March last year." }, "2020-06-20")
  eq(#ex.calls, 4)
  eq({ ex.calls[1].time.kind, ex.calls[2].time.kind, ex.calls[3].time.kind }, { "vague", "vague", "vague" })
  eq({ ex.calls[4].time.kind, ex.calls[4].time.month }, { "date", 3 })
  local b = run_stage("link", { extractions = { ex } })
  local undated = 0
  for _, c in ipairs(b.calls) do if not c.date then undated = undated + 1 end end
  eq(undated, 4)
end)

test("'the two presidents' after the sentence names two other people than the call before", function()
  local ex = extract({ "Donald Trump spoke by phone with Australian Prime Minister Malcolm Turnbull on Saturday.",
    "On Friday, a day after Enrique Pena Nieto cancelled a visit over Trump's demands, the two presidents spoke by phone." }, "2017-02-02")
  eq(calls_of(ex), { "Donald Trump + Malcolm Turnbull", "Donald Trump + Enrique Peña Nieto" })
  local pn
  for _, c in ipairs(ex.calls) do if c.sentence == 2 then pn = c end end
  eq(pn.time.weekday, 5)
end)

test("'that day' after a weekday is that weekday; an attempt met with silence is denied", function()
  local ex = extract({ "In his address late on Wednesday, Zelensky spoke of the attack.",
    "Zelensky said he had tried to arrange a telephone conversation with Putin that day, but the result was silence." }, "2022-02-24")
  eq(#ex.calls, 1)
  eq(ex.calls[1].status, "denied")
  eq({ ex.calls[1].time.kind, ex.calls[1].time.weekday }, { "weekday", 3 })
end)
