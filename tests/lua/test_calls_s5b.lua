-- Call detection, session 5b: calls told in a series without a call word,
-- the scorer's name comparison; short invented articles (The Harbour Post).
local eval = require("callbrief.eval")
local fold = ctx("link").text.fold

local function whos(ex)
  local t = {}
  for _, c in ipairs(ex.calls) do t[#t + 1] = who(c) end
  table.sort(t)
  return t
end

test("the scorer compares transliterations of a surname as one name", function()
  local function call(ps)
    return { participants = ps, date = "2021-04-02", date_basis = "relative", status = "held",
      medium = "phone", sources = { "docs/001.txt" }, claims = {} }
  end
  local gold = { calls = { call({ "Joe Biden", "Volodymyr Zelensky" }),
    call({ "Joe Biden", "Abdel Fattah el-Sisi" }) } }
  local pred = { calls = { call({ "Joe Biden", "Volodymyr Zelenskyy" }),
    call({ "Joe Biden", "Abdel Fattah al-Sisi" }) } }
  eq(eval.score(gold, pred, { fold = fold }).calls.matched, 2)
  -- other surnames stay apart
  local other = { calls = { call({ "Joe Biden", "Volodymyr Zelinsky" }) } }
  eq(eval.score({ calls = { call({ "Joe Biden", "Vladimir Putin" }) } }, other, { fold = fold }).calls.matched, 0)
end)

test("an order word and 'came' or 'was' tell the next call of a series", function()
  local ex = extract({ "Chancellor Olaf Scholz spent Monday on the phone.",
    "He spoke first with Prime Minister Mark Rutte.",
    "Next on the line was Spanish Prime Minister Pedro Sánchez.",
    "Last came Italy's Giorgia Meloni, who asked about energy prices." }, "2023-02-14")
  local got = whos(ex)
  ok(#got >= 3, table.concat(got, "; "))
  local want = { ["Giorgia Meloni + Olaf Scholz"] = true, ["Olaf Scholz + Pedro Sánchez"] = true }
  for _, c in ipairs(ex.calls) do
    if want[who(c)] then
      want[who(c)] = nil
      eq(c.status, "held")
    end
  end
  eq(next(want), nil, "series calls missing: " .. table.concat(got, "; "))
end)

test("without a call before it, an order word tells no call", function()
  local ex = extract({ "Last came Italy's Giorgia Meloni, who spoke about energy prices at the summit." }, "2023-02-14")
  eq(#ex.calls, 0)
end)

test("a plural call noun naming nobody announces the calls its paragraph tells", function()
  local ex = extract({ "President Joe Biden spoke with Chancellor Olaf Scholz on Monday.",
    "Biden also spoke with President Emmanuel Macron on Monday.",
    { "The Gulf calls came on Wednesday.",
      "Saudi Crown Prince Mohammed bin Salman told state media that Biden had praised the truce.",
      "Secretary of State Antony Blinken said the talks were useful." } }, "2023-02-17")
  local got = whos(ex)
  local found
  for _, c in ipairs(ex.calls) do
    if who(c) == "Joe Biden + Mohammed bin Salman" then found = c end
  end
  ok(found, table.concat(got, "; "))
  eq(found.time.text, "on Wednesday")
  -- an official of the same country as the person of the series is not one
  for _, g in ipairs(got) do ok(not g:find("Blinken", 1, true), g) end
end)

test("a video conference joined by one named leader gathers those the next sentences name", function()
  local ex = extract({ "Chancellor Olaf Scholz on Tuesday joined the leaders of other European states in a video conference on gas supplies.",
    "The conference was called by French President Emmanuel Macron, who hosted it from Paris.",
    "Italian Prime Minister Giorgia Meloni took part from Rome, as did Spanish Prime Minister Pedro Sánchez.",
    "Dutch Prime Minister Mark Rutte did not join; the Netherlands was represented by Polish President Andrzej Duda's envoy." },
    "2023-01-18")
  local biggest
  for _, c in ipairs(ex.calls) do
    if not biggest or #c.people > #biggest.people then biggest = c end
  end
  ok(biggest, "no call")
  eq(who(biggest), "Emmanuel Macron + Giorgia Meloni + Olaf Scholz + Pedro Sánchez")
  eq(biggest.medium, "video")
  eq(biggest.time.text, "on Tuesday")
end)

test("a repeated preposition joins the people of a verb of speaking: one call each", function()
  local ex = extract({ "Overnight, President Bill Clinton spoke by telephone to Tony Blair and to Bertie Ahern, the Taoiseach." },
    "1998-03-02")
  eq(whos(ex), { "Bertie Ahern + Bill Clinton", "Bill Clinton + Tony Blair" })
end)

test("'along with' after the person called adds people called, one call each", function()
  local ex = extract({ "On Monday night President Barack Obama telephoned Angela Merkel, along with David Cameron and Nicolas Sarkozy, to discuss Syria." },
    "2012-06-05")
  eq(whos(ex), { "Angela Merkel + Barack Obama", "Barack Obama + David Cameron", "Barack Obama + Nicolas Sarkozy" })
end)

test("a name modifying 'government' or 'regime' is no party, nor the 'his' of the next sentence", function()
  local ex = extract({ "President Barack Obama telephoned David Cameron on Monday.",
    "The two agreed in the call that the Assad government's shelling of Homs was unacceptable.",
    "In his call with Mr Cameron, Obama also raised Iran." }, "2012-02-08")
  for _, c in ipairs(ex.calls) do
    ok(not who(c):find("Assad", 1, true), who(c))
  end
end)

test("a call in a whether-clause is asked about, not reported", function()
  local ex = extract({ "Asked on Friday whether he had spoken to Vladimir Putin, Chancellor Olaf Scholz said he had not called him." },
    "2022-05-07")
  eq(#ex.calls, 1)
  eq(ex.calls[1].status, "denied")
  local ex2 = extract({ "It remained unclear whether Emmanuel Macron had spoken to Vladimir Putin by phone." }, "2022-05-07")
  eq(#ex2.calls, 0)
end)
