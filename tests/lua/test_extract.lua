-- Extract stage: call cues, participants, status, medium, time, initiator
-- and claims, on small articles written for the test.

-- A Document from sentences: one paragraph each.
local function doc(sentences, published)
  local d = { id = "t.txt", path = "t.txt", published = published, paragraphs = {},
    sentences = {}, dropped = {}, meta = {} }
  local parts, off = {}, 1
  for i, s in ipairs(sentences) do
    d.paragraphs[i] = { text = s, offset = off }
    d.sentences[i] = { text = s, offset = off, paragraph = i }
    parts[#parts + 1] = s
    off = off + #s + 2
  end
  d.text = table.concat(parts, "\n\n")
  return d
end

local function extract(sentences, published)
  return run_stage("extract", { document = doc(sentences, published), calls = {}, claims = {} })
end

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
