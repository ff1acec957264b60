-- Call grammar, session 6 (b): plural calls received from several people,
-- a counterpart whose office had ended by the call's date, a telephone
-- "interview" with an official, "called her that morning", the people of
-- what was said, "the two leaders" after a sentence whose subject is a
-- pair, talks at the end of a journey, "I" in a transcript turn; short
-- invented sentences.

local function one(s, pub) return call_pairs(briefing({ s }, pub or "2023-03-15"), "basis") end

test("plural calls received from several people are one call each", function()
  eq(one("Chancellor Olaf Scholz received telephone calls on Tuesday from President Emmanuel Macron and Prime Minister Giorgia Meloni."),
    { "Emmanuel Macron + Olaf Scholz @ 2023-03-14 (relative)", "Giorgia Meloni + Olaf Scholz @ 2023-03-14 (relative)" })
  eq(one("Lula also took calls from Petro, Boric and Lasso."),
    { "Gabriel Boric + Luiz Inácio Lula da Silva @ 2023-03-15 (reported)",
      "Guillermo Lasso + Luiz Inácio Lula da Silva @ 2023-03-15 (reported)",
      "Gustavo Petro + Luiz Inácio Lula da Silva @ 2023-03-15 (reported)" })
  -- one call from several people stays one contact
  eq(#briefing({ "Zelensky received a call from Macron and Scholz on Monday." }, "2023-03-15").calls, 1)
end)

test("a counterpart in an office ended by the call's date is that country's leader", function()
  -- Turkey's premiership ended in 2018: its president after that
  eq(one("Swedish Prime Minister Ulf Kristersson phoned his Turkish counterpart on Monday.", "2023-01-18"),
    { "Recep Tayyip Erdoğan + Ulf Kristersson @ 2023-01-16 (relative)" })
  eq(one("Greek Prime Minister Kyriakos Mitsotakis spoke by phone with his Turkish counterpart on Tuesday.", "2023-02-08"),
    { "Kyriakos Mitsotakis + Recep Tayyip Erdoğan @ 2023-02-07 (relative)" })
  -- while the office was held, its holder
  eq(one("Greek Prime Minister Alexis Tsipras called his Turkish counterpart on Monday.", "2017-06-14"),
    { "Alexis Tsipras + Binali Yıldırım @ 2017-06-12 (relative)" })
end)

test("a telephone interview with an official is a call; with the press it is none", function()
  eq(one("Xi Jinping held a telephone interview with Vietnamese President Vo Van Thuong on Tuesday."),
    { "Võ Văn Thưởng + Xi Jinping @ 2023-03-14 (relative)" })
  eq(one("In a phone interview with President Erdogan, Putin discussed the grain corridor."),
    { "Recep Tayyip Erdoğan + Vladimir Putin @ 2023-03-15 (reported)" })
  eq(one("In a telephone interview with Reuters on Monday, Putin said the talks would go on."), {})
  eq(one("Trump said in a phone interview with Fox News host Sean Hannity that the deal was done."), {})
  eq(one("Macron gave a telephone interview to the newspaper on Sunday."), {})
end)

test("the people of what was said in the call, after 'that', are no parties", function()
  eq(one("Putin suggested to Macron during their phone call on Monday that the opposition leader Alexei Navalny might have poisoned himself."),
    { "Emmanuel Macron + Vladimir Putin @ 2023-03-13 (relative)" })
  eq(one("Scholz told Ramaphosa in a telephone call on Tuesday that Lavrov had misled the G20."),
    { "Cyril Ramaphosa + Olaf Scholz @ 2023-03-14 (relative)" })
  -- with one person before 'that', the one after still makes the pair
  eq(one("Officials said on Monday that Biden had called Netanyahu."),
    { "Benjamin Netanyahu + Joe Biden @ 2023-03-13 (reported)" })
end)

test("'the two leaders' with no call before: the pair the sentence before has as subject", function()
  local b = briefing({
    "SEOUL -- President Yoon Suk Yeol and Prime Minister Fumio Kishida agreed to respond firmly to the launch.",
    "The two leaders spoke by telephone for 25 minutes on Monday, the presidential office said." }, "2023-03-14")
  eq(call_pairs(b, "basis"), { "Fumio Kishida + Yoon Suk Yeol @ 2023-03-13 (relative)" })
  b = briefing({
    "Chancellor Olaf Scholz and President Emmanuel Macron want a common line on the subsidies.",
    "The two spoke by phone on Sunday." }, "2023-03-15")
  eq(call_pairs(b, "basis"), { "Emmanuel Macron + Olaf Scholz @ 2023-03-12 (relative)" })
  -- a subject of one person gives no pair
  b = briefing({ "Macron wants a common line on the subsidies.", "The two leaders spoke by phone on Sunday." }, "2023-03-15")
  eq(call_pairs(b, "basis"), {})
end)

test("talks at the end of a journey are a meeting, not a call", function()
  eq(one("Lula is due to fly to Beijing on Friday, where he will hold talks with Xi Jinping."), {})
  eq(one("Scholz will travel to Delhi next week to hold talks with Modi."), {})
  -- a medium still makes it a call
  eq(one("Before he flew to Kyiv, Scholz spoke by phone with Biden on Monday."),
    { "Joe Biden + Olaf Scholz @ 2023-03-13 (relative)" })
end)

test("'called her that morning': a pronoun object before a time", function()
  local b = briefing({ "Ardern said at a news conference on Saturday that Trump had called her that morning." }, "2019-03-17")
  eq(call_pairs(b, "basis"), { "Donald Trump + Jacinda Ardern @ 2019-03-16 (relative)" })
  eq(b.calls[1].initiator, "Donald Trump")
  eq(one("Meloni said Biden telephoned her this morning."), { "Giorgia Meloni + Joe Biden @ 2023-03-15 (relative)" })
  -- naming, not calling
  eq(one("Biden called him that name twice."), {})
end)

test("'I' in a transcript turn is the speaker its label names", function()
  local b = briefing({ "Transcript of the briefing",
    { "PRESIDENT EMMANUEL MACRON: Good morning.", "Yesterday I spoke by telephone with President Lula about the trade deal." },
    { "QUESTION: Did he agree?" },
    { "PRESIDENT JOE BIDEN: I spoke by phone with Prime Minister Justin Trudeau on Monday." } }, "2023-03-15")
  eq(call_pairs(b, "basis"), { "Joe Biden + Justin Trudeau @ 2023-03-13 (relative)",
    "Emmanuel Macron + Luiz Inácio Lula da Silva @ 2023-03-14 (relative)" })
  -- without a label, "I" is nobody known: no call
  eq(call_pairs(briefing({ "Yesterday I spoke by telephone with President Emmanuel Macron." }, "2023-03-15"), "basis"), {})
end)
