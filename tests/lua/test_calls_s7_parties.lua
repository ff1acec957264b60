-- Who is on a call, session 7: several people in one "with" phrase of a
-- verb of speaking (one conversation, or one call each when the sentence
-- deals them out), the subject of a participle clause, and a conference
-- told again with fewer of its people.  Short invented sentences.

local function pairs_of(paras, pub) return call_pairs(briefing(paras, pub or "2023-03-15"), "date") end

test("a verb of speaking with three people or more in its 'with' phrase is one conversation", function()
  eq(pairs_of({ "Chancellor Olaf Scholz spoke by telephone on Monday with President Emmanuel Macron, Prime Minister Rishi Sunak and President Joe Biden about Ukraine." }),
    { "Emmanuel Macron + Joe Biden + Olaf Scholz + Rishi Sunak @ 2023-03-13" })
  eq(pairs_of({ "Lula talked by phone on Tuesday with Gustavo Petro, Gabriel Boric and Alberto Fernández, his office said." }),
    { "Alberto Fernández + Gabriel Boric + Gustavo Petro + Luiz Inácio Lula da Silva @ 2023-03-14" })
  -- (the time after the list)
  eq(pairs_of({ "The White House says Biden spoke with Sunak, Scholz and Macron on Sunday evening." }),
    { "Emmanuel Macron + Joe Biden + Olaf Scholz + Rishi Sunak @ 2023-03-12" })
end)

test("two people in the 'with' phrase: one conversation only when something says so", function()
  -- nothing says so: one call each
  eq(pairs_of({ "The Kremlin said Putin also spoke by phone on Monday with Kassym-Jomart Tokayev and Shavkat Mirziyoyev." }),
    { "Kassym-Jomart Tokayev + Vladimir Putin @ 2023-03-13", "Shavkat Mirziyoyev + Vladimir Putin @ 2023-03-13" })
  -- the next sentence takes the three as one group
  eq(pairs_of({ { "Scholz spoke by phone on Monday with Macron and Sunak.",
    "The three leaders agreed to keep up their support for Kyiv." } }),
    { "Emmanuel Macron + Olaf Scholz + Rishi Sunak @ 2023-03-13" })
  eq(pairs_of({ { "Scholz spoke by phone on Monday with Macron and Sunak.",
    "According to Berlin, the leaders discussed the grain corridor." } }),
    { "Emmanuel Macron + Olaf Scholz + Rishi Sunak @ 2023-03-13" })
  -- a word of a joint contact
  eq(pairs_of({ "Ruto spoke by video together with Museveni and Samia Suluhu Hassan on Thursday." }),
    { "Samia Suluhu Hassan + William Ruto + Yoweri Museveni @ 2023-03-09" })
  -- one group: "the leaders of A and B"
  eq(pairs_of({ "President Biden speaks by phone with the leaders of France and Germany in the Oval Office on Friday." }),
    { "Emmanuel Macron + Joe Biden + Olaf Scholz @ 2023-03-10" })
  -- a following sentence about one of them is no group
  eq(pairs_of({ { "Putin spoke by phone on Monday with Tokayev and Mirziyoyev.",
    "According to the Kremlin, Tokayev said the unrest was an internal affair." } }),
    { "Kassym-Jomart Tokayev + Vladimir Putin @ 2023-03-13", "Shavkat Mirziyoyev + Vladimir Putin @ 2023-03-13" })
end)

test("a list dealt out is one call each: separately, in turn, plural calls, a verb of calling", function()
  eq(pairs_of({ "Scholz spoke separately by phone on Monday with Macron, Sunak and Biden." }),
    { "Emmanuel Macron + Olaf Scholz @ 2023-03-13", "Joe Biden + Olaf Scholz @ 2023-03-13",
      "Olaf Scholz + Rishi Sunak @ 2023-03-13" })
  eq(pairs_of({ "Ramaphosa spoke in turn with Ruto, Museveni and Hichilema on Wednesday." }),
    { "Cyril Ramaphosa + Hakainde Hichilema @ 2023-03-15", "Cyril Ramaphosa + William Ruto @ 2023-03-15",
      "Cyril Ramaphosa + Yoweri Museveni @ 2023-03-15" })
  eq(pairs_of({ "Biden held phone calls on Monday with Macron, Scholz and Sunak." }),
    { "Emmanuel Macron + Joe Biden @ 2023-03-13", "Joe Biden + Olaf Scholz @ 2023-03-13",
      "Joe Biden + Rishi Sunak @ 2023-03-13" })
  eq(pairs_of({ "Modi called Sunak and then Macron on Tuesday." }),
    { "Emmanuel Macron + Narendra Modi @ 2023-03-14", "Narendra Modi + Rishi Sunak @ 2023-03-14" })
  eq(pairs_of({ "Erdogan spoke one by one with Putin, Zelensky and Guterres on Friday." }),
    { "António Guterres + Recep Tayyip Erdoğan @ 2023-03-10", "Recep Tayyip Erdoğan + Vladimir Putin @ 2023-03-10",
      "Recep Tayyip Erdoğan + Volodymyr Zelensky @ 2023-03-10" })
  eq(pairs_of({ "Scholz talked by phone to Sunak on Monday and afterwards to Macron." }),
    { "Emmanuel Macron + Olaf Scholz @ 2023-03-13", "Olaf Scholz + Rishi Sunak @ 2023-03-13" })
  -- two sentences, two verbs: two calls
  eq(pairs_of({ { "Macron also spoke to Scholz on Monday.", "He later called Sunak." } }),
    { "Emmanuel Macron + Olaf Scholz @ 2023-03-13", "Emmanuel Macron + Rishi Sunak @ 2023-03-15" })
end)

test("the subject of the main clause is the subject of a participle clause with a call", function()
  eq(pairs_of({ "President Joe Biden announced on Friday that the two countries would restore ties, sealing the agreement in a telephone call with Benjamin Netanyahu and Mohammed bin Salman." }),
    { "Benjamin Netanyahu + Joe Biden + Mohammed bin Salman @ 2023-03-10" })
  eq(pairs_of({ "ANKARA - Erdogan said on Monday that the grain deal would be extended, ending weeks of doubt in a phone call with Vladimir Putin." }),
    { "Recep Tayyip Erdoğan + Vladimir Putin @ 2023-03-13" })
  -- the teller's own "adding" is no participle of the call's subject
  eq(pairs_of({ "Peskov said on Monday that relations were poor, adding in a phone call with reporters that Putin had no plans." }),
    {})
  -- "following" is a preposition: the clause before it tells, the call is
  -- between the two it names
  eq(pairs_of({ "Scholz announced the aid on Monday, following a call between Macron and Zelensky." }),
    { "Emmanuel Macron + Volodymyr Zelensky @ 2023-03-13" })
end)

test("a conference told again with fewer of its people is the same call", function()
  local b = briefing({ "President Joe Biden held a telephone call on Friday with Emmanuel Macron, Olaf Scholz and Rishi Sunak.",
    "President Biden speaks by phone with the leaders of France and Germany on Friday." }, "2023-03-11")
  eq(call_pairs(b, "date"), { "Emmanuel Macron + Joe Biden + Olaf Scholz + Rishi Sunak @ 2023-03-10" })
  eq(#b.calls[1].evidence, 2)
  -- a bilateral call beside the conference is a call of its own
  b = briefing({ "President Joe Biden held a telephone call on Friday with Emmanuel Macron, Olaf Scholz and Rishi Sunak.",
    "Biden later spoke by phone with Scholz alone on Friday." }, "2023-03-11")
  eq(call_pairs(b, "date"), { "Emmanuel Macron + Joe Biden + Olaf Scholz + Rishi Sunak @ 2023-03-10",
    "Joe Biden + Olaf Scholz @ 2023-03-10" })
  -- another day: another conference
  b = briefing({ "Biden held a telephone call on Friday with Macron, Scholz and Sunak.",
    "Biden spoke by phone with Macron and Scholz together on Monday." }, "2023-03-14")
  eq(call_pairs(b, "date"), { "Emmanuel Macron + Joe Biden + Olaf Scholz + Rishi Sunak @ 2023-03-10",
    "Emmanuel Macron + Joe Biden + Olaf Scholz @ 2023-03-13" })
end)

test("'the two leaders' with no call before: the subject and the person right after its verb", function()
  eq(pairs_of({ "LIMA - Japanese Prime Minister Ryutaro Hashimoto thanked President Alberto Fujimori for the rescue, but regretted that Tokyo was not told.",
    "The two leaders spoke by telephone on Tuesday night, officials in both capitals said." }, "1997-04-23"),
    { "Alberto Fujimori + Ryutaro Hashimoto @ 1997-04-22" })
  eq(pairs_of({ "President William Ruto congratulated Yoweri Museveni on the agreement.",
    "Both leaders spoke by phone on Monday, according to State House." }),
    { "William Ruto + Yoweri Museveni @ 2023-03-13" })
  eq(pairs_of({ { "Lula has also praised Petro for his mediation.", "The pair spoke by telephone on Friday." } }),
    { "Gustavo Petro + Luiz Inácio Lula da Silva @ 2023-03-10" })
  -- the sentence before names a place, not a person, after its verb
  eq(pairs_of({ "Olaf Scholz visited Paris on Monday.", "The two leaders spoke by phone on Tuesday." }), {})
end)

test("an office without its country is the holder the sentence, or the one before, has just named", function()
  eq(pairs_of({ "Russian President Vladimir Putin was not invited.",
    "French President Emmanuel Macron hosted the summit on Monday, and Scholz spoke by phone with the president on Tuesday." }, "2023-06-21"),
    { "Emmanuel Macron + Olaf Scholz @ 2023-06-20" })
  eq(pairs_of({ "Russian President Vladimir Putin was not invited.", "French President Emmanuel Macron hosted the summit on Monday.",
    "Scholz spoke by phone with the president on Tuesday." }, "2023-06-21"),
    { "Emmanuel Macron + Olaf Scholz @ 2023-06-20" })
  eq(pairs_of({ "Indian Prime Minister Narendra Modi sent a message.",
    "Albanese met Japanese Prime Minister Fumio Kishida on Monday, and Biden telephoned the prime minister later that day." }, "2023-06-21"),
    { "Fumio Kishida + Joe Biden @ 2023-06-19" })
end)

test("the preposition of a verb of speaking repeated after an appositive or a time: one call each", function()
  -- a call phrase apposed to the person is that call, its "the president" that person
  eq(pairs_of({ "Albanese spoke to Russian President Vladimir Putin last week.",
    "On Tuesday he said he had also spoken to US President Joe Biden, his first conversation with the president this year, and to Prime Minister Rishi Sunak." }, "2023-06-21"),
    { "Anthony Albanese + Joe Biden @ 2023-06-20", "Anthony Albanese + Rishi Sunak @ 2023-06-20",
      "Anthony Albanese + Vladimir Putin @ undated" })
  eq(pairs_of({ "Scholz said he had spoken to President Emmanuel Macron on Monday, their third call this month, and to Prime Minister Rishi Sunak and President Joe Biden." }, "2023-06-21"),
    { "Emmanuel Macron + Olaf Scholz @ 2023-06-19", "Joe Biden + Olaf Scholz @ 2023-06-19",
      "Olaf Scholz + Rishi Sunak @ 2023-06-19" })
  eq(pairs_of({ "Scholz said he had spoken to President Emmanuel Macron on Monday and to Prime Minister Rishi Sunak." }, "2023-06-21"),
    { "Emmanuel Macron + Olaf Scholz @ 2023-06-19", "Olaf Scholz + Rishi Sunak @ 2023-06-19" })
  eq(pairs_of({ "Clinton spoke by telephone to Tony Blair, to Bertie Ahern and to Jacques Chirac on Friday." }, "1998-04-11"),
    { "Bertie Ahern + Bill Clinton @ 1998-04-10", "Bill Clinton + Jacques Chirac @ 1998-04-10",
      "Bill Clinton + Tony Blair @ 1998-04-10" })
  -- an appositive that is no call: still one call each
  eq(pairs_of({ "Lula spoke by phone with Gustavo Petro, the Colombian president, and with Gabriel Boric on Friday." }, "2023-06-21"),
    { "Gabriel Boric + Luiz Inácio Lula da Silva @ 2023-06-16", "Gustavo Petro + Luiz Inácio Lula da Silva @ 2023-06-16" })
end)

test("a call with a country's leaders is the one of them the next sentences name the caller wanted", function()
  local b = briefing({ "WASHINGTON - President Bush said last night that he had tried to telephone China's leaders earlier in the day, but could not get through.",
    "Officials said afterward that Mr. Bush had hoped to speak directly to Deng Xiaoping, China's senior leader." }, "1989-06-09")
  -- one attempt, denied, on the day of "last night" ("earlier in the day")
  eq(call_pairs(b, "basis"), { "Deng Xiaoping + George H. W. Bush @ 1989-06-08 (relative)" })
  eq(b.calls[1].status, "denied")
  b = briefing({ "Chancellor Kohl said on Tuesday that he had tried in vain to telephone the Soviet leaders on Monday.",
    "Aides said Kohl had wanted to talk to Mikhail Gorbachev about the troops." }, "1990-09-12")
  eq(call_pairs(b, "basis"), { "Helmut Kohl + Mikhail Gorbachev @ 1990-09-10 (relative)" })
  eq(b.calls[1].status, "denied")
  -- a person of another country is not one of those leaders
  local ex = extract({ "Scholz tried to telephone China's leaders on Monday but could not get through.",
    "Officials said Scholz had hoped to speak to Narendra Modi as well." }, "2023-06-21")
  eq(ex.calls[1].people[2].text, "China's leaders")
  eq(ex.calls[1].people[2].name, nil)
end)

test("tried to call and could not get through, tried in vain: a denied attempt", function()
  local b = briefing({ "Macron said this morning that he had tried to call Putin yesterday but could not get through." }, "2023-06-21")
  eq(call_pairs(b, "date"), { "Emmanuel Macron + Vladimir Putin @ 2023-06-20" })
  eq(b.calls[1].status, "denied")
  b = briefing({ "Erdogan tried in vain to telephone Assad on Sunday." }, "2023-06-21")
  eq(b.calls[1].status, "denied")
  b = briefing({ "Erdogan tried to telephone Assad on Sunday, without success." }, "2023-06-21")
  eq(b.calls[1].status, "denied")
  -- tried and reached him: held
  b = briefing({ "Erdogan tried to telephone Assad on Sunday and spoke to him for an hour." }, "2023-06-21")
  eq(b.calls[1].status, "held")
end)

test("a transcript's label standing alone opens a turn: 'I' after it is the person the header names", function()
  eq(pairs_of({ "TRANSCRIPT OF THE PRIME MINISTER", "THE HON JOHN HOWARD MP", "PRIME MINISTER:",
    "Ladies and gentlemen, I spoke by telephone to the Indonesian President, Dr Habibie, earlier this afternoon." }, "1999-04-19"),
    { "B. J. Habibie + John Howard @ 1999-04-19" })
  -- the turn goes on over the next paragraphs, up to the next label
  eq(pairs_of({ "REMARKS BY PRESIDENT BIDEN ON UKRAINE", "THE PRESIDENT:", "Thank you all for coming.",
    "Earlier today I spoke by phone with Chancellor Scholz about air defence.",
    "REPORTER:", "Sir, I spoke to President Zelensky's aides on Monday." }, "2023-03-15"),
    { "Joe Biden + Olaf Scholz @ 2023-03-15" })
end)

test("a plan to talk again is another call than the one held", function()
  local b = briefing({ "BONN - Chancellor Helmut Kohl and President Mikhail Gorbachev discussed the troop costs by telephone on Friday, officials said.",
    "A spokesman said the chancellor would telephone Gorbachev again early next week." }, "1990-09-08")
  eq(call_pairs(b, "date"), { "Helmut Kohl + Mikhail Gorbachev @ 1990-09-07", "Helmut Kohl + Mikhail Gorbachev @ undated" })
  eq(b.calls[2].status, "planned")
  b = briefing({ "Ruto spoke with Museveni by phone on Monday.", "He will call Museveni again after the summit." }, "2023-03-15")
  eq(#b.calls, 2)
  -- the plan that was carried out is that call
  b = briefing({ "Ruto said on Sunday he would telephone Museveni.", "Ruto and Museveni spoke by phone on Monday." }, "2023-03-15")
  eq(call_pairs(b, "date"), { "William Ruto + Yoweri Museveni @ 2023-03-13" })
end)
