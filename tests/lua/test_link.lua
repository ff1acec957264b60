-- Link stage: actors, dates and merging, on small hand-made extractions.

local function doc(id, sentences, published)
  local d = { id = id, path = id, published = published, paragraphs = {}, sentences = {},
    dropped = {}, meta = {} }
  local off = 1
  for i, s in ipairs(sentences) do
    d.paragraphs[i] = { text = s, offset = off }
    d.sentences[i] = { text = s, offset = off, paragraph = i }
    off = off + #s + 2
  end
  return d
end

local function briefing(docs)
  local exs = {}
  for _, d in ipairs(docs) do
    exs[#exs + 1] = run_stage("extract", { document = d, calls = {}, claims = {} })
  end
  return run_stage("link", { extractions = exs })
end

test("relative weekday resolves before publication; unknown without it", function()
  local b = briefing({
    doc("a.txt", { "Vladimir Putin spoke by phone with Emmanuel Macron on Wednesday." }, "2020-10-01"),
    doc("b.txt", { "Xi Jinping spoke by phone with Emmanuel Macron on Wednesday." }, nil),
  })
  eq(#b.calls, 2)
  eq(b.calls[1].date, "2020-09-30")
  eq(b.calls[1].date_basis, "relative")
  eq(b.calls[2].date, nil)
  eq(b.calls[2].date_basis, "unknown")
end)

test("no expression: the report's date, basis reported", function()
  local b = briefing({ doc("a.txt", { "Vladimir Putin and Emmanuel Macron held a telephone conversation." }, "2020-10-01") })
  eq(b.calls[1].date, "2020-10-01")
  eq(b.calls[1].date_basis, "reported")
end)

test("the same call from two outlets is one call; another day stays apart", function()
  local b = briefing({
    doc("a.txt", { "Recep Tayyip Erdogan and Donald Trump spoke by telephone on Sunday." }, "2018-12-24"),
    doc("b.txt", { "Donald Trump and Tayyip Erdogan agreed in a phone call on Sunday to coordinate.",
      "It came days after a Dec. 14 telephone conversation between Trump and Erdogan." }, "2018-12-24"),
  })
  eq(#b.calls, 2)
  eq(b.calls[1].date, "2018-12-14")
  eq(b.calls[2].sources, { "a.txt", "b.txt" })
end)

test("role phrases resolve by date and by the other participant", function()
  local b = briefing({ doc("a.txt", { "The Turkish president spoke by phone with his Russian counterpart on Saturday." }, "2020-10-31") })
  eq(b.calls[1].participants, { "Recep Tayyip Erdoğan", "Vladimir Putin" })
end)

test("officials of one country talking is not a call", function()
  local b = briefing({ doc("a.txt", { "Sergey Lavrov spoke by phone with Vladimir Putin on Monday." }, "2020-10-01") })
  eq(#b.calls, 0)
end)

test("claims get the side of the body that published them", function()
  local b = briefing({ doc("a.txt", { "Vladimir Putin and Emmanuel Macron spoke by phone on Monday.",
    "The two presidents came out in favour of preserving the deal, the Kremlin said." }, "2018-04-30") })
  eq(#b.calls[1].claims, 1)
  eq(b.calls[1].claims[1].side, "Russia")
  eq(b.calls[1].claims[1].via, "Kremlin")
  eq(b.calls[1].claims[1].speaker, "joint")
end)

-- Articles of our own (tests/fixtures/extract/) through the whole chain.
local function article(name)
  local bytes = read("tests/fixtures/extract/" .. name)
  local d = run_stage("source", { id = "docs/" .. name, path = name, bytes = bytes, sha256 = "0",
    format = "text" })
  return run_stage("extract", { document = d, calls = {}, claims = {} })
end

local function calls_by_date(b)
  local out = {}
  for _, c in ipairs(b.calls) do
    out[#out + 1] = (c.date or "undated") .. " " .. c.status .. " " .. table.concat(c.participants, " + ")
  end
  return out
end

test("a series of calls of the same pair, a denial, calls to two people", function()
  local b = run_stage("link", { extractions = { article("readout-series.txt") } })
  eq(calls_by_date(b), {
    "2020-12-19 held Andrés Manuel López Obrador + Joe Biden",
    "2021-01-22 held Andrés Manuel López Obrador + Joe Biden",
    "2021-03-08 held Andrés Manuel López Obrador + Joe Biden",
    "2021-03-09 held António Guterres + Imran Khan",
    "2021-03-09 held António Guterres + S. Jaishankar",
    "undated denied Joe Biden + Mohammed bin Salman",
  })
end)

test("a country for its official; a refused request is denied; again is another call", function()
  local b = run_stage("link", { extractions = { article("refused-call.txt") } })
  eq(calls_by_date(b), {
    "2023-02-04 denied Lloyd Austin + Wei Fenghe",
    "2023-02-06 held Joe Biden + Justin Trudeau",
    "2023-02-08 planned Joe Biden + Justin Trudeau",
  })
  eq(b.calls[1].initiator, "Lloyd Austin")
end)

test("a dateline without a year takes it from a dated report of the same call", function()
  local b = run_stage("link", { extractions = { article("dateline-no-year-a.txt"), article("dateline-no-year-b.txt") } })
  eq(calls_by_date(b), {
    "2018-12-14 held Donald Trump + Recep Tayyip Erdoğan",
    "2018-12-23 held Donald Trump + Recep Tayyip Erdoğan",
  })
  eq(b.calls[1].date_basis, "stated")
  eq(b.calls[2].sources, { "docs/dateline-no-year-a.txt", "docs/dateline-no-year-b.txt" })
end)

test("a headline naming some of the people joins the call; a dated call of fewer people does not", function()
  local b = briefing({ doc("a.txt", {
    "Telephone conversation with Angela Merkel and Emmanuel Macron",
    "Vladimir Putin had a telephone conversation with Angela Merkel and Emmanuel Macron.",
    "It came a month after Putin's telephone conversation with Macron on May 2." }, "2018-06-02") })
  eq(calls_by_date(b), {
    "2018-05-02 held Emmanuel Macron + Vladimir Putin",
    "2018-06-02 held Angela Merkel + Emmanuel Macron + Vladimir Putin",
  })
end)

test("an office without a country is the one person of the article holding it", function()
  local b = briefing({ doc("a.txt", { "Joe Biden met reporters on Monday.",
    "Asked whether the president would speak with Crown Prince Mohammed bin Salman, Jen Psaki said no call was planned." }, "2021-02-26") })
  eq(b.calls[1].participants, { "Joe Biden", "Mohammed bin Salman" })
  eq(b.calls[1].status, "denied")
end)

test("display names: the gazetteer's canonical name, whatever the source writes", function()
  -- (a briefing prints one name for one person: diacritics the source
  -- dropped, another transliteration, an Arabic article written el-)
  local b = briefing({ doc("a.txt", { "Turkish President Tayyip Erdogan spoke by phone with Vladimir Putin on Monday." }, "2020-10-01"),
    doc("b.txt", { "ERDOĞAN AND PUTIN HOLD PHONE CALL ON SYRIA" }, "2020-10-05"),
    doc("c.txt", { "Ukrainian President Volodymyr Zelenskiy spoke by phone with Emmanuel Macron on Monday." }, "2020-10-06"),
    doc("d.txt", { "Egyptian President Abdel Fattah el-Sisi spoke by phone with Emmanuel Macron on Tuesday." }, "2020-10-07"),
    doc("e.txt", { "Recep Tayyip Erdoğan spoke by phone with Volodymyr Zelenskyy on Thursday." }, "2022-10-14") })
  local shown = {}
  for _, c in ipairs(b.calls) do
    for _, p in ipairs(c.participants) do shown[#shown + 1] = p end
  end
  table.sort(shown)
  eq(shown, { "Abdel Fattah al-Sisi", "Emmanuel Macron", "Emmanuel Macron", "Recep Tayyip Erdoğan",
    "Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan", "Vladimir Putin", "Vladimir Putin",
    "Volodymyr Zelensky", "Volodymyr Zelensky" })
end)

test("'the same night' takes the day of the call told before it", function()
  local b = briefing({ doc("a.txt", { "Olaf Scholz called Emmanuel Macron on Saturday evening.",
    "Justin Trudeau telephoned Macron the same night and invited him to Ottawa." }, "2022-04-25") })
  local days = {}
  for _, c in ipairs(b.calls) do days[table.concat(c.participants, "+")] = c.date end
  eq(days["Emmanuel Macron+Olaf Scholz"], "2022-04-23")
  eq(days["Emmanuel Macron+Justin Trudeau"], "2022-04-23")
end)

test("a headline naming the people of two calls told one by one is those calls, not one of three", function()
  local b = briefing({ doc("a.txt", { "Scholz and Trudeau on the phone to Macron",
    "Olaf Scholz called Emmanuel Macron on Saturday evening.",
    "Justin Trudeau telephoned Macron on Sunday and invited him to Ottawa." }, "2022-04-25") })
  eq(#b.calls, 2)
  for _, c in ipairs(b.calls) do eq(#c.participants, 2) end
end)
