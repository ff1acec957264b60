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
