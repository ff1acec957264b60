-- Call detection, session 5c: offices named without their country (a
-- government's own page, an office mentioned before), questions, and
-- other reporting grammar; short invented sentences.

local function pairs_of(sentences, published)
  return call_pairs(briefing(sentences, published))
end

test("a government's own page names its leader by the bare office", function()
  local got = pairs_of({ "Prime Minister's Office, Government of India",
    "Prime Minister spoke by telephone with President Emmanuel Macron this evening.",
    "The two leaders discussed climate finance." }, "2019-08-21")
  ok(has(got, "Emmanuel Macron + Narendra Modi"), table.concat(got, "; "))
end)

test("'The President' on a presidency's page is that country's president", function()
  local got = pairs_of({ "Presidency of the Arab Republic of Egypt",
    "The President received a phone call on Monday from Chancellor Angela Merkel of Germany." },
    "2019-03-06")
  ok(has(got, "Abdel Fattah al-Sisi + Angela Merkel"), table.concat(got, "; "))
end)

test("a news page's bare office is nobody's own leader", function()
  -- no page header: the capitalised office alone finds nobody certain
  local got = pairs_of({ "Prime Minister spoke by telephone with President Emmanuel Macron this evening." },
    "2019-08-21")
  ok(not has(got, "Emmanuel Macron + Narendra Modi"), table.concat(got, "; "))
end)

test("'the crown prince' is the crown prince mentioned before, not a namesake named later", function()
  local sentences = { "Qatar's emir and the Saudi crown prince held talks by phone on Friday.",
    "The Saudi Press Agency said the crown prince had received a call from the emir, who had asked for dialogue.",
    "Trump had spoken by telephone on Friday with Abu Dhabi's crown prince, Sheikh Mohammed bin Zayed Al Nahyan." }
  local ex = extract(sentences, "2017-09-09")
  local second
  for _, c in ipairs(ex.calls) do if c.sentence == 2 then second = c end end
  ok(second, "no call in the second sentence")
  local countries = {}
  for _, p in ipairs(second.people) do countries[#countries + 1] = p.country or "?" end
  table.sort(countries)
  eq(countries, { "Qatar", "Saudi Arabia" })
  local got = pairs_of(sentences, "2017-09-09")
  ok(has(got, "Mohammed bin Salman + Tamim bin Hamad Al Thani"), table.concat(got, "; "))
  for _, g in ipairs(got) do
    ok(not (g:find("Zayed", 1, true) and g:find("Tamim", 1, true)), g)
  end
end)

test("a capital's office with the name in apposition is that person", function()
  local got = pairs_of({ "Trump spoke separately by telephone on Friday with Sheikh Tamim and with Abu Dhabi's crown prince, Sheikh Mohammed bin Zayed Al Nahyan." },
    "2017-09-09")
  ok(has(got, "Donald Trump + Mohamed bin Zayed Al Nahyan"), table.concat(got, "; "))
  ok(has(got, "Donald Trump + Tamim bin Hamad Al Thani"), table.concat(got, "; "))
end)

test("a yes/no question asks about a call, it reports none", function()
  local ex = extract({ "Question: Did Prime Minister Narendra Modi speak to President Ashraf Ghani by phone about the visit?" },
    "2015-12-25")
  eq(#ex.calls, 0)
end)

test("a modal's that-clause with a call in the past perfect is a call held", function()
  local ex = extract({ "You will recall that President Vladimir Putin had called Chancellor Angela Merkel on 3rd May." },
    "2018-05-20")
  eq(#ex.calls, 1)
  eq(ex.calls[1].status, "held")
end)

test("a call from someone posing as a minister is no call of the minister: denied", function()
  local ex = extract({ "Chancellor Angela Merkel took a phone call from a man posing as Ukrainian President Petro Poroshenko, her office said." },
    "2016-03-01")
  eq(#ex.calls, 1)
  eq(ex.calls[1].status, "denied")
  local ex2 = extract({ "A hoax caller claiming to be President Emmanuel Macron reached Prime Minister Boris Johnson on Friday." },
    "2021-05-03")
  for _, c in ipairs(ex2.calls) do eq(c.status, "denied") end
end)

test("'the caller rang the presidency' on a day refers back to the call told before", function()
  local ex = extract({ "President Asif Ali Zardari received a phone call from Prime Minister Manmohan Singh, officials said.",
    "The call came through to the presidency from New Delhi.",
    "Singh rang the presidency late on November 28." }, "2008-12-06")
  local dated
  for _, c in ipairs(ex.calls) do
    if c.time and c.time.month == 11 and c.time.day == 28 then dated = c end
  end
  ok(dated, "no call on November 28")
  eq(dated.ref, ex.calls[1].id)
end)

test("a call the other side denies took place is denied, on the day reported", function()
  local b = briefing({ "The Kremlin on Tuesday denied a newspaper report that President Joe Biden had spoken by phone with President Vladimir Putin, saying no such conversation had taken place.",
    "The newspaper had reported that Biden spoke with Putin on Saturday, citing two officials.",
    "Peskov said no call between the two was planned for now." }, "2021-03-09")
  local found
  for _, c in ipairs(b.calls) do
    if c.date == "2021-03-06" then found = c end
  end
  ok(found, "no call on Saturday")
  eq(found.status, "denied")
end)

test("'the three European leaders ... in separate calls' are the people called before, not the EU", function()
  local got = pairs_of({ "On Monday night Chancellor Olaf Scholz telephoned Emmanuel Macron, along with Mark Rutte and Pedro Sánchez.",
    "His office said Scholz and the three European leaders agreed in separate calls that gas prices must be capped." },
    "2022-10-04")
  for _, g in ipairs(got) do
    ok(not g:find("Michel", 1, true) and not g:find("von der Leyen", 1, true), g)
  end
  ok(has(got, "Mark Rutte + Olaf Scholz"), table.concat(got, "; "))
end)

test("a denial does not undo a call a side itself reports held", function()
  local b = briefing({ "President Vladimir Putin spoke with President Joe Biden by phone on Saturday, the Kremlin said.",
    "Peskov later denied that Putin had spoken to Biden about sanctions." }, "2021-03-09")
  local found
  for _, c in ipairs(b.calls) do
    if c.date == "2021-03-06" then found = c end
  end
  ok(found, "no call on Saturday")
  eq(found.status, "held")
end)
