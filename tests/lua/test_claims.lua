-- Claims: the forms of reported speech news writing uses, each on a small
-- article written for the test (extract stage, and link for canonical
-- names).  lua/speech.lua parses a sentence; plugins/extract/30-claims.lua
-- decides speaker, via, side and call.

local brief = briefing

local lines = claim_lines

local function find(ex, pattern)
  for _, c in ipairs(ex.claims) do
    if c.text:find(pattern) then return c end
  end
  return nil
end

local CALL = "Turkish President Recep Tayyip Erdogan spoke by phone with Russian President Vladimir Putin on Saturday."

test("X told Y that ...: the speaker's own account, without the reporting words", function()
  local ex = extract({ CALL, "Erdogan told Putin that Armenia must withdraw from the lands it occupies." }, "2020-10-31")
  eq(lines(ex), { "Turkey | Recep Tayyip Erdoğan | - | Armenia must withdraw from the lands it occupies" })
end)

test("..., the Kremlin said: the body's account; the attribution leaves the text", function()
  local ex = extract({ CALL, "The two leaders agreed to keep in close contact, the Kremlin said on Sunday." }, "2020-10-31")
  eq(lines(ex), { "Russia | joint | Kremlin | agreed to keep in close contact" })
  eq(ex.claims[1].kind, "agreement")
end)

test("according to X, at either end, with an appendix after a dash", function()
  local ex = extract({ CALL,
    "According to the Turkish presidency, Erdogan urged Putin to help end the occupation of Azerbaijani lands.",
    "The two leaders \"stressed the need for a lasting ceasefire,\" according to a Kremlin readout of the call — their first since the fighting began." },
    "2020-10-31")
  eq(lines(ex), {
    "Turkey | Recep Tayyip Erdoğan | the Turkish presidency | urged Putin to help end the occupation of Azerbaijani lands",
    "Russia | joint | a Kremlin readout | The two leaders \"stressed the need for a lasting ceasefire\"",
  })
end)

test("a spokesperson speaks for the side; what he told reporters about something else is no claim", function()
  local ex = extract({ CALL,
    "Kremlin spokesman Dmitry Peskov said the conversation had been \"businesslike and frank\".",
    "Earlier on Saturday Peskov told reporters that Russia would not recognise the election in Moldova." },
    "2020-10-31")
  eq(#ex.claims, 1)
  eq(ex.claims[1].side, "Russia")
  eq(ex.claims[1].speaker.text, "Dmitry Peskov")
  ok(ex.claims[1].text:find("businesslike", 1, true), ex.claims[1].text)
end)

test("told reporters: kept when it reports the call, not otherwise", function()
  local ex = extract({ "US President Barack Obama spoke by telephone with Iranian President Hassan Rouhani on Friday.",
    "Obama told reporters afterwards that the two presidents had discussed the nuclear programme.",
    "Obama also told reporters that the economy was recovering strongly." }, "2013-09-28")
  eq(lines(ex), { "United States | Barack Obama | - | discussed the nuclear programme" })
end)

test("a claim continued in the next sentence: He also said, he added", function()
  local ex = extract({ CALL, { "The Turkish presidency said Erdogan told Putin that Armenia must withdraw from the occupied lands.",
    "He also said a permanent solution was of key importance." } }, "2020-10-31")
  eq(#ex.claims, 2)
  eq(ex.claims[2].speaker.text, "Recep Tayyip Erdoğan")
  eq(ex.claims[2].side, "Turkey")
  eq(ex.claims[2].via, "The Turkish presidency")
  eq(ex.claims[2].text, "a permanent solution was of key importance")
end)

test("a list of points in one sentence is one claim with its points", function()
  local ex = extract({ CALL,
    "Erdogan told Putin that Armenia must negotiate with Azerbaijan, adding that the ceasefire must be respected, and also accused Armenia of attacking civilians." },
    "2020-10-31")
  eq(#ex.claims, 1)
  eq(ex.claims[1].points, { "Armenia must negotiate with Azerbaijan", "the ceasefire must be respected",
    "accused Armenia of attacking civilians" })
  eq(ex.claims[1].text, "Armenia must negotiate with Azerbaijan; the ceasefire must be respected; accused Armenia of attacking civilians")
end)

test("\"and that\" starts a new claim when the speaker changes", function()
  local ex = extract({ "Chinese President Xi Jinping spoke by phone with US President Donald Trump on Friday.",
    "Xinhua said Trump understood China's efforts on the issue and that the two leaders agreed to stay in close contact." },
    "2017-08-12")
  eq(lines(ex), {
    "China | Donald Trump | Xinhua | Trump understood China's efforts on the issue",
    "China | joint | Xinhua | agreed to stay in close contact",
  })
end)

test("direct quotes are marked; a quotation after a claim continues it", function()
  local ex = extract({ CALL, { "\"Issues of settling the conflict were discussed,\" the Kremlin said.",
    "\"It was agreed to continue this work at the expert level.\"" } }, "2020-10-31")
  eq(lines(ex), {
    "Russia | joint | Kremlin | Issues of settling the conflict were discussed",
    "Russia | joint | Kremlin | It was agreed to continue this work at the expert level",
  })
  eq(ex.claims[1].quote, true)
  eq(ex.claims[2].quote, true)
end)

test("indirect speech is not a quote", function()
  local ex = extract({ CALL, "Erdogan told Putin that Armenia must withdraw from the occupied lands." }, "2020-10-31")
  eq(ex.claims[1].quote, false)
end)

test("middle parentheticals: \"X, Peskov said, is ...\", \"in which, officials told reporters, ...\"", function()
  local ex = extract({ "Russian President Vladimir Putin spoke by phone with Ukrainian President Volodymyr Zelensky on Monday.",
    "Crimea, Peskov said, is one of Russia's regions and \"no such question exists\"." }, "2019-07-15")
  eq(lines(ex), { "Russia | Dmitry Peskov | Peskov | Crimea is one of Russia's regions and \"no such question exists\"" })
  local ex2 = extract({ "Trump's decision came days after a Dec. 14 telephone conversation with Turkish President Recep Tayyip Erdogan in which, U.S. officials later told reporters, the Turkish leader questioned why Washington was still backing Kurdish fighters." },
    "2018-12-24")
  eq(#ex2.claims, 1)
  eq(ex2.claims[1].side, "United States")
  eq(ex2.claims[1].text, "questioned why Washington was still backing Kurdish fighters")
end)

test("nested speakers: the Kremlin said Putin told Netanyahu that ...", function()
  local ex = extract({ "Israeli Prime Minister Benjamin Netanyahu spoke by telephone with Russian President Vladimir Putin on Tuesday.",
    "The Kremlin said Putin told Netanyahu that such operations violated Syria's sovereignty." }, "2018-09-18")
  eq(lines(ex), { "Russia | Vladimir Putin | The Kremlin | such operations violated Syria's sovereignty" })
end)

test("\"it said\" refers back to the account the sentence before named", function()
  local ex = extract({ CALL, { "The Kremlin's account of the conversation struck a different note.",
    "It said Putin stressed the need for an immediate ceasefire." } }, "2020-10-31")
  eq(#ex.claims, 1)
  eq(ex.claims[1].side, "Russia")
  eq(ex.claims[1].speaker.text, "Vladimir Putin")
end)

test("described X as Y, called X \"Y\"", function()
  local ex = extract({ "Russian President Vladimir Putin and Chinese President Xi Jinping spoke by video link on Monday.",
    "Xi described the pipeline as a landmark project of energy cooperation.",
    "Putin called the launch \"a genuinely historic event\"." }, "2019-12-02")
  eq(#ex.claims, 2)
  eq(ex.claims[1].side, "China")
  ok(ex.claims[1].text:find("landmark project", 1, true), ex.claims[1].text)
  eq(ex.claims[2].side, "Russia")
  ok(ex.claims[2].text:find("historic event", 1, true), ex.claims[2].text)
end)

test("words from an interview, a speech or earlier are not attached to the call", function()
  local ex = extract({ CALL,
    "Earlier on Saturday, at a party congress, Erdogan said victory was near.",
    "Erdogan said that the army would liberate more villages.",
    "In an interview with CNN, Putin said Russia had never sought a war.",
    "Erdogan has said Turkey will stand by Azerbaijan." }, "2020-10-31")
  eq(#ex.claims, 0)
end)

test("the sentence announcing the call is not a claim about it", function()
  local ex = extract({ "Russian President Vladimir Putin on Wednesday called for international cooperation to end the clashes, during a telephone call with Turkish President Recep Tayyip Erdogan, the Kremlin said.",
    "Both sides confirmed the importance of the humanitarian truce, the Kremlin said." }, "2020-10-14")
  eq(lines(ex), { "Russia | joint | Kremlin | confirmed the importance of the humanitarian truce" })
end)

test("two calls in one article: each claim on its own call", function()
  local ex = extract({ "German Chancellor Angela Merkel phoned US President Barack Obama on Wednesday.",
    "According to her spokesman Steffen Seibert, Merkel told Obama that such practices were completely unacceptable.",
    "On Monday, Obama and French President Francois Hollande held a telephone conversation.",
    "According to the Elysee, Hollande expressed his profound disapproval of the practices." }, "2013-10-24")
  eq(#ex.calls, 2)
  eq(#ex.claims, 2)
  eq(ex.claims[1].call, ex.calls[1].id)
  eq(ex.claims[1].side, "Germany")
  eq(ex.claims[2].call, ex.calls[2].id)
  eq(ex.claims[2].side, "France")
end)

test("a published readout speaks for its side; an aide of no stated country for the home side", function()
  local ex = extract({ "Vladimir Putin had a telephone conversation with President of South Africa Cyril Ramaphosa.",
    "The leaders exchanged congratulations on the 30th anniversary of diplomatic relations." }, "2022-03-10",
    { outlet = "Kremlin" })
  eq(lines(ex), { "Russia | joint | Kremlin | exchanged congratulations on the 30th anniversary of diplomatic relations" })
  local ex2 = extract({ "President Muhammadu Buhari on Monday spoke on telephone with U.S. President Donald Trump, the presidency said.",
    "Mr. Trump invited him to Washington at a mutually convenient date, Mr. Adesina said." }, "2017-02-14")
  eq(#ex2.claims, 1)
  eq(ex2.claims[1].side, "Nigeria")
  eq(ex2.claims[1].speaker.text, "Donald Trump")
end)

test("link: speakers become the participants' canonical names, vias the institutions'", function()
  local b = brief({ CALL, { "The Turkish presidency said the Turkish president told Putin that talks must begin.",
    "In a separate statement, the Kremlin said Putin had informed Erdogan about the situation." } }, "2020-10-31")
  local call = b.calls[1]
  eq(#call.claims, 2)
  local erdogan = call.participants[1]:find("Erdo") and call.participants[1] or call.participants[2]
  eq(call.claims[1].speaker, erdogan)
  eq(call.claims[2].speaker, "Vladimir Putin")
  eq(call.claims[2].via, "Kremlin")
end)

test("\"X phoned Y to demand ...\": the purpose of the call in the caller's name", function()
  local ex = extract({ "German Chancellor Angela Merkel phoned US President Barack Obama on Wednesday to demand an immediate clarification, after reports that her phone was monitored." },
    "2013-10-24")
  eq(lines(ex), { "Germany | Angela Merkel | - | demand an immediate clarification" })
  eq(ex.claims[1].kind, "request")
end)

test("a quotation after a claim of the same speaker is its next point", function()
  local ex = extract({ "Chinese President Xi Jinping held a virtual summit with US President Joe Biden on Monday.",
    { "Xi said some people in the United States intended to use Taiwan to control China.",
      "\"Whoever plays with fire will get burnt,\" he said." } }, "2021-11-16")
  eq(#ex.claims, 1)
  eq(ex.claims[1].points, { "some people in the United States intended to use Taiwan to control China",
    "Whoever plays with fire will get burnt" })
end)

test("a quotation the segmenter split from its attribution gets it back", function()
  local ex = extract({ "US President-elect Donald Trump spoke by telephone with Taiwan's President Tsai Ing-wen on Friday.",
    { "\"The President of Taiwan called me today to wish me congratulations on winning the Presidency.",
      "Thank you!\"", "Trump wrote on Twitter late on Friday, as criticism of the call mounted." } }, "2016-12-03")
  eq(#ex.claims, 1)
  eq(ex.claims[1].side, "United States")
  eq(ex.claims[1].speaker.text, "Donald Trump")
  ok(ex.claims[1].text:find("wish me congratulations", 1, true), ex.claims[1].text)
end)

test("one caller, two calls announced together: the caller's words go to both", function()
  local ex = extract({ "On Tuesday, UN Secretary-General Antonio Guterres called Pakistani Prime Minister Shehbaz Sharif and Indian External Affairs Minister S. Jaishankar.",
    "Spokesman Stephane Dujarric said Guterres expressed deep concern at rising tensions and offered his good offices." },
    "2025-04-30")
  eq(#ex.calls, 2)
  eq(#ex.claims, 2)
  eq(ex.claims[1].call, ex.calls[1].id)
  eq(ex.claims[2].call, ex.calls[2].id)
  eq(ex.claims[1].side, "United Nations")
end)

test("an opening adverbial before the speaker is no point of its own", function()
  local ex = extract({ "Israeli Prime Minister Benjamin Netanyahu spoke by phone with Turkish Prime Minister Recep Tayyip Erdogan on Friday.",
    "In light of an inquiry that found operational errors, Netanyahu apologized to the Turkish people, the Israeli statement said." },
    "2013-03-23")
  eq(lines(ex), { "Israel | Benjamin Netanyahu | the Israeli statement | apologized to the Turkish people" })
end)

test("\"X quoted Y as saying ...\": the quoting body carries the quoted participant's words", function()
  local ex = extract({ "Chinese President Xi Jinping and US President Joe Biden held a phone call on Thursday.",
    "State broadcaster CCTV quoted Xi as saying that those who play with fire will perish by it." }, "2022-07-29")
  eq(lines(ex), { "China | Xi Jinping | State broadcaster CCTV | those who play with fire will perish by it" })
end)

test("the Kremlin denied that ...: the denial stays in the claim", function()
  local ex = extract({ "French President Emmanuel Macron and Russian President Vladimir Putin spoke by telephone on Thursday.",
    "The Kremlin denied that Putin had agreed to any truce." }, "2022-03-04")
  eq(lines(ex), { "Russia | joint | The Kremlin | denied that Putin had agreed to any truce" })
end)

test("\"A and B spoke by phone and agreed to X, the government said\": the agreement, not the call", function()
  local ex = extract({ "Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol spoke by phone on Friday and agreed to strengthen security cooperation, the Japanese government said." }, "2023-03-03")
  eq(lines(ex), { "Japan | joint | the Japanese government | agreed to strengthen security cooperation" })
  eq(ex.claims[1].kind, "agreement")
end)

test("an opening phrase, then \"the two leaders agreed to ...\": the agreement is the point", function()
  local ex = extract({ "Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol spoke by phone on Friday, the Japanese government said.",
    "During the conversation, the two leaders agreed to resume shuttle diplomacy." }, "2023-03-03")
  eq(lines(ex), { "Japan | joint | the Japanese government | agreed to resume shuttle diplomacy" })
end)

test("a joint point with no account: the side of the capital the dateline names", function()
  local ex = extract({ "Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol spoke by phone on Friday.",
    "The two leaders agreed to resume shuttle diplomacy." }, "2023-03-03", { dateline = { place = "TOKYO", text = "TOKYO, March 3 (Kyodo) --" } })
  eq(lines(ex), { "Japan | joint | - | agreed to resume shuttle diplomacy" })
  ex = extract({ "Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol spoke by phone on Friday.",
    "The two leaders agreed to resume shuttle diplomacy." }, "2023-03-03", { dateline = { place = "GENEVA", text = "GENEVA, March 3 (Reuters) -" } })
  eq(lines(ex), {})
end)

test("a call verb after \"to\" is what was wished or agreed, not the call announced", function()
  local ex = extract({ "Chilean President Gabriel Boric spoke by video link with Spanish Prime Minister Pedro Sanchez on Tuesday.",
    "In a post on X after the video link, Boric said he had reaffirmed Chile's wish to talk with all its partners in Europe.",
    "The two leaders agreed not to speak publicly about the mining dispute, the Spanish government said." }, "2024-03-12")
  eq(lines(ex), {
    "Chile | Gabriel Boric | - | reaffirmed Chile's wish to talk with all its partners in Europe",
    "Spain | joint | the Spanish government | agreed not to speak publicly about the mining dispute",
  })
  -- a call that is scheduled stays an announcement
  ex = extract({ "Chilean President Gabriel Boric spoke by video link with Spanish Prime Minister Pedro Sanchez on Tuesday.",
    "Boric is expected to speak with Sanchez again next month, the Chilean presidency said." }, "2024-03-12")
  eq(lines(ex), {})
end)

test("\"X told Y in a telephone call on Sunday that ...\": the content starts after \"that\"", function()
  local ex = extract({ "Dutch Prime Minister Mark Rutte told Turkish President Recep Tayyip Erdogan in a telephone call on Sunday that the grain corridor must stay open, his office said." }, "2023-07-16")
  eq(lines(ex), { "Netherlands | Mark Rutte | his office | the grain corridor must stay open" })
end)

test("a page titled by a body of a country is that body's readout, the other leader's words included", function()
  local ex = extract({ "Prime Minister Petteri Orpo held a phone call with Swedish Prime Minister Ulf Kristersson on Monday.",
    "Kristersson underlined that the two countries must protect the undersea cables together.",
    "In a post on X, Kristersson said the call had been \"excellent\"." },
    "2023-10-16", { title = "Government of Finland" })
  eq(lines(ex), {
    "Finland | Ulf Kristersson | Government of Finland | the two countries must protect the undersea cables together",
    "Sweden | Ulf Kristersson | - | the call had been \"excellent\"",
  })
end)

test("\"On trade, the two leaders agreed on ...\": an opening phrase is no content of a tail", function()
  local ex = extract({ "Kenyan President William Ruto spoke by phone with Indian Prime Minister Narendra Modi on Friday, the Indian foreign ministry said.",
    "On trade, the two leaders agreed on the importance of opening markets to farm produce from the member states of the African Union." }, "2023-08-04")
  eq(lines(ex), { "India | joint | the Indian foreign ministry | agreed on the importance of opening markets to farm produce from the member states of the African Union" })
end)

test("\"his office said\" speaks for that person's side, and \"the office\" after it too", function()
  local ex = extract({ "Japanese Prime Minister Fumio Kishida spoke by phone with South Korean President Yoon Suk Yeol on Friday.",
    "Yoon told Kishida he hoped the two governments would settle the wartime labour dispute soon, his office said.",
    "He also said that regular visits by business leaders should resume, the office said." },
    "2023-03-03", { dateline = { place = "TOKYO", text = "TOKYO, March 3 (Kyodo) --" } })
  eq(lines(ex), {
    "South Korea | Yoon Suk Yeol | his office | hoped the two governments would settle the wartime labour dispute soon",
    "South Korea | Yoon Suk Yeol | his office | regular visits by business leaders should resume",
  })
end)

test("\"X's spokeswoman, Name, told reporters\": the spokeswoman's office speaks for the side", function()
  local ex = extract({ "Italian Prime Minister Giorgia Meloni telephoned Tunisian President Kais Saied on Thursday.",
    "The call was cordial, Meloni's spokeswoman, Chiara Bellini, told reporters.",
    "She called it \"a step forward\" and said the Italian leader had told Saied that Rome would fund new coastguard boats." },
    "2023-06-08")
  -- (a name the gazetteer does not know: the office speaks)
  eq(lines(ex)[1], "Italy | joint | Meloni's spokeswoman | The call was cordial")
  -- the past perfect after "said" is reported speech, not a time before the call
  ok(find(ex, "^Rome would fund new coastguard boats") or find(ex, "; Rome would fund new coastguard boats$"),
    "the reported past perfect is kept")
end)

test("\"During the call, X expressed ..., according to Y\": the opening phrase alone is dropped", function()
  local ex = extract({ "Italian Prime Minister Giorgia Meloni telephoned Tunisian President Kais Saied on Thursday.",
    "During the half-hour conversation, Saied expressed his \"gratitude for the help of the Italian people,\" according to the Tunisian presidency." },
    "2023-06-08")
  eq(lines(ex), { "Tunisia | Kais Saied | the Tunisian presidency | expressed his \"gratitude for the help of the Italian people\"" })
end)

test("\"X said A, while the Kremlin said Putin had B\": the second account is the Kremlin's", function()
  local ex = extract({ "French President Emmanuel Macron spoke by phone with Russian President Vladimir Putin on Friday.",
    "Macron said afterwards that he had demanded a halt to strikes on power plants, while the Kremlin said Putin had described the strikes as a response to attacks on Crimea." },
    "2022-10-14")
  eq(lines(ex), {
    "France | Emmanuel Macron | - | demanded a halt to strikes on power plants",
    "Russia | Vladimir Putin | Kremlin | described the strikes as a response to attacks on Crimea",
  })
end)

test("\"A statement released by X said the two leaders agreed ...\": X's account", function()
  local ex = extract({ "US President Joe Biden spoke by phone with German Chancellor Olaf Scholz on Monday.",
    "A joint statement released by the White House afterwards said the two leaders agreed that the alliance \"must stay united\"." },
    "2022-10-10")
  eq(lines(ex), { "United States | joint | White House | agreed that the alliance \"must stay united\"" })
end)

test("a live blog's present tense: \"It says X told Y that ...\" reports the call; \"Ankara says ...\" alone does not", function()
  local ex = extract({ "Canadian Prime Minister Justin Trudeau spoke by phone with Indian Prime Minister Narendra Modi last night.",
    { "The Indian readout of the call is cool.", "It says Modi told Trudeau that extremist groups in Canada must be reined in." },
    "New Delhi says the diaspora question is an internal matter." }, "2023-09-11")
  eq(lines(ex), { "India | Narendra Modi | The Indian readout | extremist groups in Canada must be reined in" })
end)

test("the purpose after a name in apposition, an act after \"telephoned X and\", \"complained\"", function()
  local ex = extract({ "Leaders abroad moved quickly after the vote.",
    "Biden also phoned the outgoing prime minister, Mark Rutte, on Thursday to thank him for his leadership, the White House said.",
    "French President Emmanuel Macron, who had campaigned with Rutte, telephoned Dutch Prime Minister Dick Schoof the same night and invited him to visit Paris.",
    "A newspaper reported that Schoof complained the farm rules were \"written in Paris\"." }, "2024-07-05")
  eq(lines(ex), {
    "United States | Joe Biden | White House | thank him for his leadership",
    "France | Emmanuel Macron | - | invited him to visit Paris",
    "Netherlands | Dick Schoof | - | the farm rules were \"written in Paris\"",
  })
end)

test("\"received a call from X, who congratulated him and stressed ...\": X's words, not the call announced", function()
  local ex = extract({ "Egyptian President Abdel Fattah al-Sisi received a phone call on Monday from French President Emmanuel Macron, who congratulated him on his re-election and stressed the depth of the partnership between the two countries, the Egyptian presidency said." },
    "2023-12-18")
  eq(lines(ex), { "Egypt | Emmanuel Macron | the Egyptian presidency | congratulated him on his re-election and stressed the depth of the partnership between the two countries" })
end)

test("\"Both ministries said ...\": the claim is each side's", function()
  local paras = { "Indian External Affairs Minister S. Jaishankar spoke by phone with Chinese Foreign Minister Wang Yi on Wednesday.",
    "Both ministries said the two men agreed that patrols would be coordinated and that talks between commanders would continue." }
  local ex, b = extract(paras, "2020-09-02"), brief(paras, "2020-09-02")
  eq(lines(ex), {
    "China | joint | Both ministries | agreed that patrols would be coordinated; talks between commanders would continue",
    "India | joint | Both ministries | agreed that patrols would be coordinated; talks between commanders would continue",
  })
  eq(#b.calls[1].claims, 2)
end)

test("a call that did not take place: a side's words about that are a claim, its other words are not", function()
  local ex = extract({ "Seoul says Pyongyang ignored call",
    "South Korean Unification Minister Kim Yung-ho said North Korea refused to take a phone call from him on Monday.",
    "\"Unfortunately, the North has declined our request for a call,\" the ministry said in a statement, adding that the hotline would remain open.",
    "The ministry said the minister also wants better ties with Japan." }, "2024-05-13")
  eq(ex.calls[1].status, "denied")
  -- (", adding that ..." continues the denial and stays with it)
  eq(lines(ex), { "South Korea | joint | the ministry | Unfortunately, the North has declined our request for a call; the hotline would remain open" })
end)

test("\"the chancellor wrote\" after \"Scholz rang Sunak\": the participant who holds that office", function()
  local ex = extract({ "Germany live",
    { "Olaf Scholz rang Rishi Sunak early this morning.",
      "\"We agreed to coordinate our support for Kyiv closely,\" the chancellor wrote on X." } }, "2023-05-02")
  eq(lines(ex), { "Germany | Olaf Scholz | - | We agreed to coordinate our support for Kyiv closely" })
end)

test("a quotation the segmenter split: the part before the attribution is quoted; a denial told to reporters is about the call", function()
  local ex = extract({ "Kremlin denies Putin spoke with Macron",
    { "MOSCOW (Reuters) - The Kremlin on Tuesday denied a French media report that Russian President Vladimir Putin had spoken by phone with French President Emmanuel Macron, saying no such conversation had taken place.",
      "\"This report is false.",
      "There was simply no call, nothing of the kind,\" Kremlin spokesman Dmitry Peskov told reporters on a conference call when asked about the report." } },
    "2024-03-05")
  local c = find(ex, "^There was simply no call")
  ok(c, "the split quotation is attributed to Peskov")
  eq({ c.side, c.speaker.text, c.via }, { "Russia", "Dmitry Peskov", "Kremlin spokesman" })
end)

test("\"He invited X to visit Kyiv; Y's office said ...\": the account after a semicolon is not the first clause's", function()
  local ex = extract({ "Ukrainian President Volodymyr Zelensky spoke by video link with Indonesian President Joko Widodo on Friday.",
    "Zelensky invited the Indonesian leader to visit Kyiv; Widodo's office said the president would consider the invitation." },
    "2022-06-10")
  eq(lines(ex), {
    "Ukraine | Volodymyr Zelensky | - | invited the Indonesian leader to visit Kyiv",
    "Indonesia | joint | Widodo's office | the president would consider the invitation",
  })
end)

test("agentless passives: \"It was agreed that ...\", \"The need for X was stressed.\"; a narrated event is none", function()
  local ex = extract({ "Russian President Vladimir Putin held a telephone conversation with Kazakh President Kassym-Jomart Tokayev on Monday, the Kremlin said.",
    "It was agreed that the energy ministers would meet in Astana next month.",
    "It was noted that trade between the two countries had grown by a fifth.",
    "The importance of the Caspian pipeline consortium was stressed.",
    "The new pipeline route was agreed last year." }, "2023-06-12")
  eq(lines(ex), {
    "Russia | joint | Kremlin | agreed that the energy ministers would meet in Astana next month",
    "Russia | joint | Kremlin | trade between the two countries had grown by a fifth",
    "Russia | joint | Kremlin | The importance of the Caspian pipeline consortium was stressed",
  })
end)

test("\"Per the readout, ...\" is an account; \"is reported to have said\" reports", function()
  local ex = extract({ "Turkish President Recep Tayyip Erdogan spoke by phone with Russian President Vladimir Putin on Sunday.",
    "Per the Turkish readout, Erdogan urged an immediate ceasefire in Gaza.",
    "Putin is reported to have said that the grain corridor could be revived." }, "2023-11-05")
  eq(lines(ex), {
    "Turkey | Recep Tayyip Erdoğan | the Turkish readout | urged an immediate ceasefire in Gaza",
    "Russia | Vladimir Putin | - | the grain corridor could be revived",
  })
end)

test("readout verbs: extended, looked forward, sought, lauded", function()
  local ex = extract({ "Indian Prime Minister Narendra Modi spoke by phone with Australian Prime Minister Anthony Albanese on Tuesday, the Indian foreign ministry said.",
    "Modi extended an invitation to Albanese to visit India for the Quad summit.",
    "Modi sought Australia's support for India's bid for a permanent seat.",
    "Albanese lauded India's role in the Indo-Pacific.",
    "Modi looked forward to meeting Albanese in person soon." }, "2023-03-07")
  eq(lines(ex), {
    "India | Narendra Modi | - | extended an invitation to Albanese to visit India for the Quad summit",
    "India | Narendra Modi | - | sought Australia's support for India's bid for a permanent seat",
    "Australia | Anthony Albanese | - | lauded India's role in the Indo-Pacific",
    "India | Narendra Modi | - | looked forward to meeting Albanese in person soon",
  })
end)

test("\"and said he looked forward to ...\": he is the one who said it; \"reached consensus\" is an agreement", function()
  local ex = extract({ "Chinese President Xi Jinping held a phone call with Brazilian President Luiz Inacio Lula da Silva on Friday, Xinhua said.",
    "The two sides reached consensus on expanding cooperation in renewable energy.",
    "Lula thanked Xi for the call and said he looked forward to visiting Beijing." }, "2023-03-10")
  eq(lines(ex), {
    "China | joint | Xinhua | reached consensus on expanding cooperation in renewable energy",
    "Brazil | Luiz Inácio Lula da Silva | - | thanked Xi for the call; looked forward to visiting Beijing",
  })
  eq(ex.claims[1].kind, "agreement")
end)

test("a plural's possessive apostrophe opens no quotation (\"the ministers' announcement, and X said ...\")", function()
  local ex = extract({ "Seoul deal",
    "President Yoon Suk Yeol received a call from Japanese Prime Minister Fumio Kishida hours after the foreign ministers' announcement, and South Korea's presidential office said Kishida had expressed his \"sincere regret\" over the dispute." },
    "2023-03-06")
  eq(lines(ex), { "South Korea | Fumio Kishida | South Korea's presidential office | expressed his \"sincere regret\" over the dispute" })
end)
