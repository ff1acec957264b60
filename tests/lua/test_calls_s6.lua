-- Call grammar, session 6: the passive of a verb of calling, a bare call
-- noun dated by "on <day>" (not the appeal "call on X to"), and a call
-- noun in a fronted phrase whose main clause names the parties; short
-- invented sentences.

local function one(s, pub) return call_pairs(briefing({ s }, pub or "2023-03-15"), "basis") end

local function initiators(s, pub)
  local out = {}
  for _, c in ipairs(briefing({ s }, pub or "2023-03-15").calls) do out[#out + 1] = tostring(c.initiator) end
  return table.concat(out, ", ")
end

test("the passive of a verb of calling: the agent placed the call", function()
  eq(one("Zelensky was phoned by Sunak on Monday."), { "Rishi Sunak + Volodymyr Zelensky @ 2023-03-13 (relative)" })
  eq(initiators("Zelensky was phoned by Sunak on Monday."), "Rishi Sunak")
  eq(one("Lula was called by Macron late on Monday."),
    { "Emmanuel Macron + Luiz Inácio Lula da Silva @ 2023-03-13 (relative)" })
  eq(initiators("Lula was called by Macron late on Monday."), "Emmanuel Macron")
  -- a time between the participle and "by"; a role as the subject
  eq(one("The Turkish president was telephoned on Tuesday by Vladimir Putin, the Kremlin said."),
    { "Recep Tayyip Erdoğan + Vladimir Putin @ 2023-03-14 (relative)" })
  eq(initiators("Prime Minister Kishida had been rung earlier by President Yoon Suk Yeol, his office said.", "2023-03-15"),
    "Yoon Suk Yeol")
end)

test("a passive negated is a denied call; a passive of naming or of elections is none", function()
  local b = briefing({ "Zelensky was not called by Sunak, officials said." }, "2023-03-15")
  eq(#b.calls, 1)
  eq(b.calls[1].status, "denied")
  eq(one("Elections were called by the president on Monday."), {})
  eq(one("The measure, called by Putin a necessity, passed on Monday."), {})
  eq(one("Modi was called by reporters a reformer."), {})
end)

test("'a call on Monday' is a conversation, 'a call on Monday for a ceasefire' an appeal", function()
  eq(one("Biden and Netanyahu had a call on Monday about the reform."),
    { "Benjamin Netanyahu + Joe Biden @ 2023-03-13 (relative)" })
  eq(one("Ramaphosa said his call on Tuesday with Ruto had been cordial."),
    { "Cyril Ramaphosa + William Ruto @ 2023-03-14 (relative)" })
  eq(one("Macron's call on Monday for a ceasefire was rejected by Putin."), {})
  eq(one("Scholz repeated his call on Tuesday to end the war, and Putin dismissed it."), {})
end)

test("a call noun in a fronted phrase: the main clause's subject and the person told", function()
  eq(one("During a call on Monday, Erdogan told Putin that the corridor must stay open."),
    { "Recep Tayyip Erdoğan + Vladimir Putin @ 2023-03-13 (relative)" })
  eq(one("In their call on Tuesday, Biden and Netanyahu discussed the judicial reform."),
    { "Benjamin Netanyahu + Joe Biden @ 2023-03-14 (relative)" })
  eq(one("During the call on Monday, Lula urged Macron to back the trade deal."),
    { "Emmanuel Macron + Luiz Inácio Lula da Silva @ 2023-03-13 (relative)" })
  -- a call with reporters names no counterpart
  eq(one("In a call, Kirby told reporters that Biden would travel."), {})
end)

test("taking part by video in a session whose attendees are named next is one conference", function()
  local b = briefing({
    "Vladimir Putin took part, via videoconference, in an extraordinary session of the council on the situation in the region.",
    "The session, convened at the initiative of its chairman, Prime Minister Nikol Pashinyan, was attended by President Alexander Lukashenko and President Kassym-Jomart Tokayev." },
    "2022-01-10")
  eq(call_pairs(b), { "Alexander Lukashenko + Kassym-Jomart Tokayev + Nikol Pashinyan + Vladimir Putin" })
  eq(b.calls[1].medium, "video")
  eq(b.calls[1].initiator, "Nikol Pashinyan")
  b = briefing({
    "Narendra Modi participated by video link in a summit of the group on Tuesday.",
    "Also attending were Prime Minister Sheikh Hasina and President Ibrahim Mohamed Solih." }, "2021-03-17")
  eq(call_pairs(b, "date"), { "Ibrahim Mohamed Solih + Narendra Modi + Sheikh Hasina @ 2021-03-16" })
end)

test("a video address to a summit is no conference of its attendees", function()
  local b = briefing({
    "Volodymyr Zelensky addressed the summit via video link on Friday.",
    "The summit was attended by Chancellor Olaf Scholz and President Emmanuel Macron." }, "2022-06-25")
  eq(call_pairs(b), {})
end)

test("a sentence naming one person refers back only to a call that person is on", function()
  -- (the calls have no day of their own: the minister's Monday is not theirs)
  local b = briefing({
    "Ramaphosa spoke in turn with Ruto and Museveni, his office said.",
    "Naledi Pandor, who spent Monday on the telephone with foreign ministers in the region, said aid would follow." },
    "2023-05-11")
  eq(call_pairs(b, "basis"), { "Cyril Ramaphosa + William Ruto @ 2023-05-11 (reported)",
    "Cyril Ramaphosa + Yoweri Museveni @ 2023-05-11 (reported)" })
  -- the person on the call: the sentence tells more of it
  b = briefing({
    "President Ramaphosa spoke by telephone with President Ruto about the floods.",
    "The call, on Wednesday, was placed by Ruto." }, "2023-05-11")
  eq(call_pairs(b, "date"), { "Cyril Ramaphosa + William Ruto @ 2023-05-10" })
  eq(b.calls[1].initiator, "William Ruto")
end)

test("a call to a person after a determiner is a call to that person; a call to action is none", function()
  eq(one("Biden placed a call to Lula on Monday."), { "Joe Biden + Luiz Inácio Lula da Silva @ 2023-03-13 (relative)" })
  eq(initiators("Biden placed a call to Lula on Monday."), "Joe Biden")
  eq(one("Erdogan made a phone call to Netanyahu on Tuesday to offer condolences."),
    { "Benjamin Netanyahu + Recep Tayyip Erdoğan @ 2023-03-14 (relative)" })
  eq(one("The calls to Sunak and Scholz were made on Monday by Biden."),
    { "Joe Biden + Olaf Scholz @ 2023-03-13 (relative)", "Joe Biden + Rishi Sunak @ 2023-03-13 (relative)" })
  eq(one("Macron renewed his call to end the war on Monday."), {})
  eq(one("The president issued a call to action on Monday."), {})
end)

test("'initiated by the French side' names the initiator of a call told by its participants", function()
  eq(initiators("The conversation between Putin and Macron on Monday was initiated by the French side."),
    "Emmanuel Macron")
  eq(initiators("The telephone conversation between Xi Jinping and Joe Biden took place at the request of the American side."),
    "Joe Biden")
end)

test("a verb of calling with its purpose: 'phoned to congratulate X' calls X", function()
  eq(one("Ruto phoned to congratulate Tinubu on Monday.", "2023-06-07"),
    { "Bola Tinubu + William Ruto @ 2023-06-05 (relative)" })
  eq(initiators("Mirziyoyev telephoned to congratulate Tokayev on Monday."), "Shavkat Mirziyoyev")
  eq(one("On Tuesday Macron called to thank Modi for the invitation."),
    { "Emmanuel Macron + Narendra Modi @ 2023-03-14 (relative)" })
  local b = briefing({ "Erdogan will call to congratulate Netanyahu, his office said." }, "2023-03-15")
  eq(b.calls[1].status, "planned")
  eq(one("Scholz was called to testify before the committee on Monday."), {})
  eq(one("Putin called to account the officials responsible on Monday."), {})
end)

test("'his brother, President X' in Arab and Gulf readouts: X is the party", function()
  eq(one("His Majesty King Abdullah II received a phone call from his brother, President Abdel Fattah el-Sisi, on Monday."),
    { "Abdel Fattah al-Sisi + Abdullah II @ 2023-03-13 (relative)" })
  eq(initiators("Sheikh Mohamed bin Zayed received a phone call from his brother, His Majesty King Abdullah II, on Monday."),
    "Abdullah II")
  eq(one("Emir Tamim telephoned his brother, President Recep Tayyip Erdogan, on Monday."),
    { "Recep Tayyip Erdoğan + Tamim bin Hamad Al Thani @ 2023-03-13 (relative)" })
  eq(one("Erdogan spoke with his friend, Prime Minister Viktor Orban, by phone on Monday."),
    { "Recep Tayyip Erdoğan + Viktor Orbán @ 2023-03-13 (relative)" })
  -- a brother who is no office holder makes no call
  eq(one("Macron spoke with his brother on Monday."), {})
end)

test("a verb of calling with the office of several countries as its object is one call each", function()
  eq(one("Lula telephoned the presidents of Argentina, Chile and Colombia on Monday."),
    { "Alberto Fernández + Luiz Inácio Lula da Silva @ 2023-03-13 (relative)",
      "Gabriel Boric + Luiz Inácio Lula da Silva @ 2023-03-13 (relative)",
      "Gustavo Petro + Luiz Inácio Lula da Silva @ 2023-03-13 (relative)" })
  eq(one("Biden called the leaders of France and Germany on Monday."),
    { "Emmanuel Macron + Joe Biden @ 2023-03-13 (relative)", "Joe Biden + Olaf Scholz @ 2023-03-13 (relative)" })
  -- to a conference: one call of them all
  eq(one("Biden called the leaders of France and Germany to a video conference on Monday."),
    { "Emmanuel Macron + Joe Biden + Olaf Scholz @ 2023-03-13 (relative)" })
end)

test("'X's call to Y' was placed by X; 'In his call to Y, X ...' names X after the phrase", function()
  local cases = {
    { "Putin's call to Erdogan on Monday lasted an hour.", "Vladimir Putin" },
    { "Biden's phone call to Netanyahu on Monday lasted an hour.", "Joe Biden" },
    { "In his call to Erdogan on Monday, Putin stressed the grain deal.", "Vladimir Putin",
      "Recep Tayyip Erdoğan + Vladimir Putin @ 2023-03-13 (relative)" },
    { "During her phone conversation with Modi on Tuesday, Meloni raised the corridor project.", "nil",
      "Giorgia Meloni + Narendra Modi @ 2023-03-14 (relative)" },
  }
  for _, c in ipairs(cases) do
    eq(initiators(c[1]), c[2], c[1])
    if c[3] then eq(one(c[1]), { c[3] }, c[1]) end
  end
end)

test("an online summit or meeting is a video call; remarks posted online are none", function()
  eq(one("Modi and Morrison held an online summit on Monday.", "2021-03-17"),
    { "Narendra Modi + Scott Morrison @ 2021-03-15 (relative)" })
  local b = briefing({ "Lula and Petro held an online meeting on Monday." }, "2023-03-15")
  eq(b.calls[1].medium, "video")
  eq(one("Putin's remarks about Erdogan were posted online on Monday."), {})
  eq(one("Macron and Scholz launched an online petition on Monday."), {})
end)

test("two calls in one clause chain: a gapped verb, or a second subject of its own", function()
  eq(one("Biden called Macron on Monday and Scholz on Tuesday."),
    { "Emmanuel Macron + Joe Biden @ 2023-03-13 (relative)", "Joe Biden + Olaf Scholz @ 2023-03-14 (relative)" })
  eq(one("Lula spoke by phone with Petro on Friday, and Boric on Saturday."),
    { "Gustavo Petro + Luiz Inácio Lula da Silva @ 2023-03-10 (relative)",
      "Gabriel Boric + Luiz Inácio Lula da Silva @ 2023-03-11 (relative)" })
  eq(one("Lula spoke with Petro on Friday and Boric spoke with Milei on Saturday.", "2024-03-15"),
    { "Gabriel Boric + Javier Milei @ 2024-03-09 (relative)",
      "Gustavo Petro + Luiz Inácio Lula da Silva @ 2024-03-15 (relative)" })
  -- no call word after "and": one call
  eq(one("Lula spoke with Petro on Friday and Boric attended a rally on Saturday."),
    { "Gustavo Petro + Luiz Inácio Lula da Silva @ 2023-03-10 (relative)" })
end)

test("the owner of a thing that is no call, after the clause's subject, is no party", function()
  eq(one("Macron called Putin's actions unacceptable in a call with Scholz on Monday."),
    { "Emmanuel Macron + Olaf Scholz @ 2023-03-13 (relative)" })
  eq(one("Erdogan discussed Zelensky's peace plan in a phone call with Scholz on Monday."),
    { "Olaf Scholz + Recep Tayyip Erdoğan @ 2023-03-13 (relative)" })
  -- the owner who is the clause's subject is a party
  eq(one("Biden's decision came a day after a telephone conversation with Xi on Monday."),
    { "Joe Biden + Xi Jinping @ 2023-03-13 (relative)" })
end)

test("a sentence-initial 'he' is the subject of the sentence before; 'at the latter's request'", function()
  local b = briefing({ "Vladimir Putin offered condolences to Erdogan and to Syria's Bashar al-Assad in telegrams.",
    "He also spoke by phone with Assad this morning." }, "2023-02-07")
  eq(call_pairs(b, "basis"), { "Bashar al-Assad + Vladimir Putin @ 2023-02-07 (relative)" })
  b = briefing({ "Ramaphosa thanked Lula for his support in a letter.",
    "He then telephoned Macron on Friday." }, "2023-03-15")
  eq(call_pairs(b, "basis"), { "Cyril Ramaphosa + Emmanuel Macron @ 2023-03-10 (relative)" })
  eq(initiators("On March 14, President Xi Jinping held phone talks with President Lula at the latter's request."),
    "Luiz Inácio Lula da Silva")
  eq(initiators("Erdogan and Putin spoke by phone on Monday at the former's initiative."), "Recep Tayyip Erdoğan")
end)

test("'followed by one with X', 'then one with X': another call of the same subject", function()
  eq(one("Erdogan held a phone conversation with Putin, followed by one with Zelensky, on Monday."),
    { "Recep Tayyip Erdoğan + Vladimir Putin @ 2023-03-13 (relative)",
      "Recep Tayyip Erdoğan + Volodymyr Zelensky @ 2023-03-13 (relative)" })
  eq(one("Macron had a call with Scholz on Monday, then one with Meloni."),
    { "Emmanuel Macron + Giorgia Meloni @ 2023-03-13 (relative)", "Emmanuel Macron + Olaf Scholz @ 2023-03-13 (relative)" })
  -- "one" that is no call
  eq(one("Macron had a call with Scholz on Monday, one of many this month."),
    { "Emmanuel Macron + Olaf Scholz @ 2023-03-13 (relative)" })
end)

test("the government body that tells a call with one person named is the other side", function()
  local cases = {
    { "The Kremlin said a phone call with Erdogan took place on Monday.",
      "Recep Tayyip Erdoğan + Vladimir Putin @ 2023-03-13 (relative)" },
    { "Erdogan's office said a phone call with Putin took place on Monday.",
      "Recep Tayyip Erdoğan + Vladimir Putin @ 2023-03-13 (relative)" },
    -- an office without its country: the teller's
    { "Downing Street said the Prime Minister had a call with Biden on Monday.",
      "Joe Biden + Rishi Sunak @ 2023-03-13 (relative)" },
    { "The White House said the President spoke with Netanyahu on Monday.",
      "Benjamin Netanyahu + Joe Biden @ 2023-03-13 (relative)" },
  }
  for _, c in ipairs(cases) do eq(one(c[1]), { c[2] }, c[1]) end
  -- both named: the teller adds nobody; a teller of the same side as the
  -- one person named is no other side
  eq(one("The Kremlin said Putin had a call with Erdogan on Monday."),
    { "Recep Tayyip Erdoğan + Vladimir Putin @ 2023-03-13 (relative)" })
  eq(one("The Kremlin said a call with Lavrov took place on Monday."), {})
end)
