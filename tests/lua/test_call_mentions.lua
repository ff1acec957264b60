-- Call mentions that must not be made, or not dated, and the real uses
-- that must stay; short invented articles (Harbour Wire, The Lantern).

local function times_of(ex)
  local out = {}
  for _, c in ipairs(ex.calls) do out[#out + 1] = c.time and c.time.text or "-" end
  return out
end

-- A call noun inside a prepositional phrase is not the subject of the
-- verb after it: the time dates that verb's event.
test("the way to the call was opened on Monday: Monday is not the call's", function()
  local ex = extract({ "Vladimir Putin and Recep Tayyip Erdogan held their first phone call since the crisis.",
    "The way to the call was opened on Monday, when an aide said Erdogan had sent Putin a letter." },
    "2016-06-29")
  eq(times_of(ex), { "-" })
end)

test("plans for the call were announced on Friday: no date for the call", function()
  local ex = extract({ "Angela Merkel held a phone call with Xi Jinping.",
    "Plans for the call had been announced on Friday by the chancellery." }, "2019-03-12")
  eq(#ex.calls, 1)
  for _, c in ipairs(ex.calls) do ok(not (c.time and c.time.text == "on Friday"), "Friday dated a call") end
end)

test("the call was held on Tuesday; the call on Tuesday: dated", function()
  local ex = extract({ "Justin Trudeau spoke by phone with Joe Biden.",
    "The call was held on Tuesday, a Canadian official said." }, "2021-01-27")
  eq(times_of(ex)[#ex.calls], "on Tuesday")
  local ex2 = extract({ "Emmanuel Macron and Olaf Scholz discussed energy in a phone call on Tuesday." }, "2022-09-07")
  eq(#ex2.calls, 1)
  eq(ex2.calls[1].time.text, "on Tuesday")
  eq(who(ex2.calls[1]), "Emmanuel Macron + Olaf Scholz")
end)

-- People beside a party are not parties.
test("a companion at a leader's side is no participant of the video call", function()
  local ex = extract({ "Alberto Fernández and Jair Bolsonaro held a videoconference on Monday.",
    "Fernández joined from Buenos Aires, with Foreign Minister Felipe Solá at his side; Bolsonaro spoke via video link from Brasília, accompanied by his foreign minister, Ernesto Araújo." },
    "2020-12-01")
  for _, c in ipairs(ex.calls) do eq(who(c), "Alberto Fernández + Jair Bolsonaro") end
  ok(#ex.calls >= 1)
end)

test("flanked by aides: the aides are not on the call", function()
  local ex = extract({ "Boris Johnson spoke by video link from Downing Street, flanked by Foreign Secretary Dominic Raab, while Emmanuel Macron listened." },
    "2020-05-04")
  for _, c in ipairs(ex.calls) do ok(not who(c):find("Raab"), "Raab made a participant: " .. who(c)) end
end)

test("a role in apposition is the person before it, not a third party", function()
  local ex = extract({ "BANGKOK - The court suspended Prime Minister Paetongtarn Shinawatra on Tuesday.",
    "At the heart of the case is her June 15 phone call with Hun Sen, the former Cambodian prime minister who now heads the Senate." },
    "2025-07-01")
  eq(#ex.calls, 1)
  eq(#ex.calls[1].people, 2)
end)

test("a video conference with the leaders of several countries keeps them all", function()
  local ex = extract({ "Narendra Modi held a video conference on Sunday with Sheikh Hasina, Imran Khan and Ashraf Ghani." },
    "2020-03-16")
  eq(#ex.calls, 1)
  eq(who(ex.calls[1]), "Ashraf Ghani + Imran Khan + Narendra Modi + Sheikh Hasina")
end)

-- "before <event> on <day>": the day is the event's.
test("speak to Putin before his inauguration on Jan. 20: the call is undated", function()
  local ex = extract({ "Donald Trump has not said whether he intends to speak to Vladimir Putin before his inauguration on Jan. 20." },
    "2024-11-08")
  eq(#ex.calls, 1)
  eq(ex.calls[1].status, "planned")
  eq(ex.calls[1].time.text, nil)   -- no day of its own (the report's)
end)

test("will speak by phone on Monday, before the summit: Monday stays", function()
  local ex = extract({ "Olaf Scholz will speak by phone with Emmanuel Macron on Monday, before the summit in Brussels." },
    "2023-03-17")
  eq(#ex.calls, 1)
  eq(ex.calls[1].time.text, "on Monday")
end)

-- A wish, a readiness or a manner of speaking is no call.
test("ready to talk, a desire to talk, peace and dialogue: no call mention", function()
  local ex = extract({ "Vladimir Putin said on Thursday that he was ready to talk to Donald Trump.",
    "Luiz Inácio Lula da Silva reaffirmed his desire to talk with Volodymyr Zelensky and to build peace and dialogue." },
    "2024-11-08")
  eq(#ex.calls, 0)
end)

test("agreed not to talk publicly about the wall is no denied call", function()
  local ex = extract({ "Enrique Peña Nieto and Donald Trump agreed not to talk publicly about the payment for the wall." },
    "2017-01-28")
  eq(#ex.calls, 0)
end)

test("pleased to be able to speak with: the call is held, not planned", function()
  local ex = extract({ "Scott Morrison spoke by phone with Emmanuel Macron last night.",
    "A spokesperson said the prime minister was pleased to be able to speak with President Macron and that the two had a candid discussion." },
    "2021-10-29")
  for _, c in ipairs(ex.calls) do eq(c.status, "held") end
end)

test("will speak by phone, plans to talk with: still planned calls", function()
  local ex = extract({ "Joe Biden will speak by phone with Xi Jinping on Thursday.",
    "Olaf Scholz plans to talk with Emmanuel Macron by video link next week." }, "2021-09-07")
  eq(#ex.calls, 2)
  for _, c in ipairs(ex.calls) do eq(c.status, "planned") end
end)

-- Explainers listing several calls.
test("section headings date the calls told under them", function()
  local ex = extract({ "Who has the president-elect called?",
    "Monday, Nov. 9: Canada",
    "Joe Biden spoke by phone with Canadian Prime Minister Justin Trudeau.",
    "Tuesday: Europe",
    "Biden spoke by phone with British Prime Minister Boris Johnson." }, "2020-11-13")
  eq(#ex.calls, 2)
  eq(ex.calls[1].time.day, 9)
  eq(ex.calls[1].time.month, 11)
  eq(ex.calls[2].time.weekday, 2)
  eq(who(ex.calls[2]), "Boris Johnson + Joe Biden")
end)

test("a call's own day beats the section heading", function()
  local ex = extract({ "Tuesday: Europe",
    "Joe Biden spoke by phone with Angela Merkel on Wednesday." }, "2020-11-13")
  eq(#ex.calls, 1)
  eq(ex.calls[1].time.weekday, 3)
end)

test("the Asia-Pacific calls on Thursday are no reference back to the Johnson call", function()
  local ex = extract({ "Joe Biden spoke by phone with Boris Johnson.",
    "The Asia-Pacific calls came early on Thursday." }, "2020-11-13")
  eq(#ex.calls, 1)
  eq(ex.calls[1].time.text, nil)
end)

test("the first leader to speak with Biden: not a planned call", function()
  local ex = extract({ "Justin Trudeau was the first foreign leader to speak by phone with Joe Biden." }, "2020-11-13")
  for _, c in ipairs(ex.calls) do eq(c.status, "held") end
end)

-- Speaking to the press is no call; telling the press dates the telling.
test("speaking to reporters about the other leader is no call", function()
  local ex = extract({ "Moon Jae-in and Yoshihide Suga held a telephone conversation on Thursday.",
    "Speaking to reporters in Tokyo shortly afterwards, Suga said he had told Moon that the ties mattered." },
    "2020-09-24")
  eq(#ex.calls, 1)
end)

test("told reporters on Tuesday that a requested call was not granted: denied, undated", function()
  local ex = extract({ "Trade Minister Simon Birmingham says Chinese Commerce Minister Zhong Shan has not agreed to a phone call.",
    "Simon Birmingham told reporters on Tuesday that he had made a formal request, through officials, for a telephone conversation with China's Commerce Minister Zhong Shan, but that the call had not been granted." },
    "2020-05-20")
  ok(#ex.calls >= 1)
  for _, c in ipairs(ex.calls) do
    eq(c.status, "denied")
    eq(c.time.text, nil)
  end
end)

test("spoke by phone on Monday and told reporters afterwards: Monday stays", function()
  local ex = extract({ "Leo Varadkar spoke by phone with Boris Johnson on Monday, and later told reporters the talk was useful." },
    "2019-10-09")
  eq(#ex.calls, 1)
  eq(ex.calls[1].time.text, "on Monday")
end)

-- Status and time from another verb of the sentence.
test("will meet after the two spoke by phone last night: a held call of last night", function()
  local ex = extract({ "Leo Varadkar and Boris Johnson will meet face to face in England later this week after the two leaders spoke by phone for about 40 minutes last night." },
    "2019-10-09")
  eq(#ex.calls, 1)
  eq(ex.calls[1].status, "held")
  eq(ex.calls[1].time.text, "last night")
end)

test("will speak by phone after the summit: still planned", function()
  local ex = extract({ "Olaf Scholz will speak by phone with Joe Biden after the summit ends." }, "2022-06-20")
  eq(#ex.calls, 1)
  eq(ex.calls[1].status, "planned")
end)

-- Letters, messages and meetings in person are not calls, and give a
-- call neither its status nor its day.
test("sent a letter, in a message, met in person: no call mentions", function()
  local ex = extract({ "Recep Tayyip Erdogan sent Vladimir Putin a letter on Monday.",
    "In a message on social media, Luiz Inácio Lula da Silva thanked Volodymyr Zelensky.",
    "Emmanuel Macron met Olaf Scholz in person in Berlin on Friday." }, "2022-06-20")
  eq(#ex.calls, 0)
end)

test("a letter's day and a meeting's plan do not pass to the call", function()
  local ex = extract({ "Vladimir Putin spoke by phone with Recep Tayyip Erdogan on Wednesday, two days after Erdogan sent him a letter on Monday.",
    "Leo Varadkar spoke by phone with Boris Johnson last night; the two will meet in person on Thursday." },
    "2016-06-30")
  eq(#ex.calls, 2)
  eq(ex.calls[1].time.text, "on Wednesday")
  eq(ex.calls[2].status, "held")
  eq(ex.calls[2].time.text, "last night")
end)
