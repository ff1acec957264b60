-- Claims (session 5): attribution forms and the occasion of a statement,
-- each on a small article written for the test.  Each test fails without
-- the rule it names (plugins/extract/30-claims.lua, lua/speech.lua,
-- lua/clauses.lua, data/extract/speech.yaml).

local lines = claim_lines

local CALL = "French President Emmanuel Macron and Russian President Vladimir Putin spoke by telephone on Monday."

test("an institution's own speech act is its account: 'The Kremlin stressed ...'", function()
  local ex = extract({ CALL, "The Kremlin stressed the need for a political settlement in Syria." }, "2021-03-02")
  eq(lines(ex), { "Russia | joint | The Kremlin | stressed the need for a political settlement in Syria" })
end)

test("a country or a capital acting is narrative, no account: 'Moscow offered ...'", function()
  local ex = extract({ CALL, "Meanwhile, Moscow offered to host talks between the two sides in the spring." }, "2021-03-02")
  eq(lines(ex), {})
end)

test("a body's second verb keeps its account: '... described ... and said the two had agreed'", function()
  local ex = extract({ CALL,
    "A source in the French presidency described the conversation as frank and said the two presidents had agreed to keep talking." },
    "2021-03-02")
  local l = lines(ex)
  eq(#l, 1)
  ok(l[1]:find("^France | joint | A source in the French presidency | described the conversation as frank; agreed to keep talking"), l[1])
end)

test("the subject of a second verb is no possessive nor a preposition's object", function()
  local ex = extract({ "U.S. President Joe Biden spoke with Ukrainian President Volodymyr Zelensky on Friday.",
    "Biden praised his government's commitment to reform in Ukraine and underscored that the fight against corruption was essential to its future." },
    "2021-04-03")
  local l = lines(ex)
  eq(#l, 1)
  ok(l[1]:find("^United States | Joe Biden | %- | praised his government's commitment to reform in Ukraine; the fight against corruption was essential"), l[1])
end)

test("an adverb of time on the first verb holds for the second: 'initially accused ... and warned'", function()
  local ex = extract({ CALL,
    "The Russian Defence Ministry initially accused French pilots of reckless flying and warned it would respond." },
    "2021-03-02")
  eq(lines(ex), {})
end)

test("a page titled as a government body is that body's readout, whatever outlet the scraper found", function()
  local ex = extract({ "Prime Minister Narendra Modi spoke with Russian President Vladimir Putin today.",
    "The two leaders agreed to remain in close touch on regional issues." }, "2024-03-20",
    { title = "Government of India", outlet = "Press Information" })
  eq(lines(ex), { "India | joint | Government of India | agreed to remain in close touch on regional issues" })
end)

test("a point that is nothing but its verb and the call says nothing: 'confirmed the call'", function()
  local ex = extract({ CALL, "The Kremlin confirmed the call." }, "2021-03-02")
  eq(lines(ex), {})
end)

test("'had earlier described' is before the call even in a sentence naming it", function()
  local ex = extract({ CALL,
    "The call followed a tense week, and Macron had earlier described the Russian plan as reckless." }, "2021-03-02")
  eq(lines(ex), {})
end)

test("a reporting verb after 'hours after' is background, not an account of the call", function()
  local ex = extract({ CALL,
    "The conversation took place hours after a Kremlin source briefed that a summit was out of the question." },
    "2021-03-02")
  eq(lines(ex), {})
end)

test("'in his televised address' places the words on another occasion", function()
  local ex = extract({ CALL,
    "In his weekly televised address, Putin urged Western countries to lift their sanctions." }, "2021-03-02")
  eq(lines(ex), {})
end)

test("'told the Commons' is another occasion, and the sentence after it stays there", function()
  -- (Johnson is on a call of the article, Putin on the other: naming
  -- Putin does not make Johnson's words an account of Putin's call)
  local ex = extract({ "British Prime Minister Boris Johnson spoke by phone with Ukrainian President Volodymyr Zelensky early on Monday.",
    CALL, {
    "Johnson told the Commons that Putin's plan must end in failure.",
    "He called on allies to cut Russian banks off from payment systems." } }, "2021-03-02")
  eq(lines(ex), {})
end)

test("'it' after a ministry that rejected an account is that ministry, not the account", function()
  local ex = extract({ "U.S. President Donald Trump and Mexican President Enrique Pena Nieto spoke by phone on Friday.",
    "On Wednesday, a news agency published what it said was the US account of the call.",
    { "Mexico's foreign ministry rejected that account.",
      "In a statement it said the assertions that Trump had threatened Mexico were false." } },
    "2017-02-02")
  local l = lines(ex)
  eq(#l, 1)
  ok(l[1]:find("^Mexico | joint | Mexico's foreign ministry | the assertions that Trump had threatened Mexico were false"), l[1])
end)

test("before a planned call, words said elsewhere are a standing line unless they name the call", function()
  local ex = extract({ "Italian Prime Minister Mario Draghi will hold phone talks with Canadian Prime Minister Justin Trudeau on Friday, officials said.",
    "Draghi told reporters on Wednesday he hoped to work closely with Trudeau on energy security." }, "2022-03-09")
  eq(lines(ex), {})
end)

test("'A and B spoke and agreed ...': the second verb is the pair's, not the nearer name's", function()
  local ex = extract({ "Russian President Vladimir Putin and Turkish President Tayyip Erdogan spoke by telephone on Wednesday for the first time in months, and agreed to start repairing ties that had sunk to a low point.",
    "According to the Kremlin, Putin offered his condolences over the airport attack." }, "2016-06-29")
  for _, c in ipairs(ex.claims) do
    if c.text:find("repairing") then ok(c.speaker.text == "joint", c.speaker.text .. ": " .. c.text) end
  end
end)
