-- Claims (session 7): contact announced for the future.  Ongoing contact
-- ("agreed to continue talking", "will be speaking regularly to") is
-- something a side says, not a call to come; one call to come ("will
-- call him again on Friday", "a call is being arranged") stays a planned
-- call.  And a leader's calls to people who are no counterpart ("began
-- telephoning the families of the victims") are neither a call nor a
-- claim about one (lua/cues.lua: ongoing, private_call).
-- Each article is written for the test.

local lines = claim_lines

-- The status of each call mention, "A + B: status", in order.
local function statuses(ex)
  local out = {}
  for _, c in ipairs(ex.calls) do out[#out + 1] = who(c) .. ": " .. c.status end
  return out
end

test("ongoing contact agreed or promised is a claim, not a planned call", function()
  -- an aspectual verb before the verb of speaking
  local ex = extract({
    "New Zealand Prime Minister Jacinda Ardern spoke by phone with Canadian Prime Minister Justin Trudeau on Tuesday.",
    "The two leaders agreed they would continue talking in the coming weeks, Ardern's office said." }, "2019-03-19")
  eq(statuses(ex), { "Jacinda Ardern + Justin Trudeau: held" })
  eq(lines(ex), { "New Zealand | joint | Ardern's office | agreed they would continue talking in the coming weeks" })
  -- "keep" and "continue to" + infinitive
  ex = extract({
    "Dutch Prime Minister Mark Rutte spoke by telephone with German Chancellor Olaf Scholz on Monday.",
    "Rutte said the two would keep speaking as the crisis unfolded." }, "2022-03-01")
  eq(statuses(ex), { "Mark Rutte + Olaf Scholz: held" })
  eq(lines(ex), { "Netherlands | Mark Rutte | - | the two would keep speaking as the crisis unfolded" })
  ex = extract({
    "Brazilian President Luiz Inacio Lula da Silva spoke by phone with Argentine President Alberto Fernandez on Thursday.",
    "Both presidents agreed to continue to talk about the debt, the Brazilian presidency said." }, "2023-04-14")
  eq(statuses(ex), { "Alberto Fernández + Luiz Inácio Lula da Silva: held" })
  eq(#ex.claims, 1)
  ok(ex.claims[1].text:find("continue to talk about the debt", 1, true), ex.claims[1].text)
end)

test("a habitual adverb makes talking ongoing contact, not one call to come", function()
  local ex = extract({
    "Australian Prime Minister Anthony Albanese spoke by phone with Indonesian President Joko Widodo on Friday.",
    "\"I will be speaking regularly to the president about the region,\" Albanese said." }, "2022-06-03")
  eq(statuses(ex), { "Anthony Albanese + Joko Widodo: held" })
  eq(lines(ex), { "Australia | Anthony Albanese | - | I will be speaking regularly to the president about the region" })
  -- the adverb before the verb, and "on a regular basis" after it
  ex = extract({
    "Italian Prime Minister Giorgia Meloni spoke by phone with Ukrainian President Volodymyr Zelensky on Monday.",
    "Meloni said she would talk on a regular basis with Zelensky until the spring." }, "2023-01-09")
  eq(statuses(ex), { "Giorgia Meloni + Volodymyr Zelensky: held" })
  eq(#ex.claims, 1)
  ex = extract({
    "Japanese Prime Minister Fumio Kishida spoke by phone with South Korean President Yoon Suk Yeol on Tuesday.",
    "The two leaders said they would frequently talk with each other in the months ahead, the Japanese foreign ministry said." }, "2023-03-21")
  eq(statuses(ex), { "Fumio Kishida + Yoon Suk Yeol: held" })
end)

test("one call to come stays a planned call", function()
  -- a call on a named day, and a call being arranged: no claim either
  local ex = extract({
    "Spanish Prime Minister Pedro Sanchez will call Moroccan King Mohammed VI on Friday, his office said." }, "2022-03-16")
  eq(statuses(ex), { "Mohammed VI + Pedro Sánchez: planned" })
  eq(lines(ex), {})
  ex = extract({
    "A telephone call between French President Emmanuel Macron and Chinese President Xi Jinping is being arranged, the Elysee said." }, "2022-03-02")
  eq(statuses(ex), { "Emmanuel Macron + Xi Jinping: planned" })
  -- "again": the next call, not ongoing contact
  ex = extract({
    "Polish President Andrzej Duda said he would speak with Lithuanian President Gitanas Nauseda again on Monday." }, "2021-11-12")
  eq(statuses(ex), { "Andrzej Duda + Gitanas Nausėda: planned" })
end)

test("calls to families, victims or voters are no leaders' call and no claim", function()
  local ex = extract({
    "Canadian Prime Minister Justin Trudeau spoke by phone with Iranian President Hassan Rouhani on Friday.",
    { "Trudeau told Rouhani that Canada demanded a full and transparent investigation, his office said.",
      "Trudeau said he had begun telephoning the families of the victims on Thursday evening.",
      "\"I intend to call every one of the families that would like a call from their prime minister,\" he said." } },
    "2020-01-11")
  eq(statuses(ex), { "Hassan Rouhani + Justin Trudeau: held" })
  eq(lines(ex), { "Canada | Justin Trudeau | his office | Canada demanded a full and transparent investigation" })
  -- speaking to survivors, ringing relatives
  ex = extract({
    "Norwegian Prime Minister Erna Solberg spoke by phone with Swedish Prime Minister Stefan Lofven on Sunday.",
    { "Solberg said the two countries would share rescue teams.",
      "She also spoke with survivors in hospital and rang relatives of the missing, her office said." } }, "2020-01-05")
  eq(statuses(ex), { "Erna Solberg + Stefan Löfven: held" })
  eq(lines(ex), { "Norway | Erna Solberg | - | the two countries would share rescue teams" })
end)

test("words spoken after meeting someone in person are of that occasion, not the call", function()
  -- the gerund "after meeting X" places the words at a meeting
  local ex = extract({
    "U.S. President George W. Bush telephoned Palestinian leader Mahmoud Abbas on Monday.",
    { "Abbas thanked Bush for the call, his office said.",
      "Speaking later after meeting foreign election observers, Abbas said: \"We are ready for peace with our neighbours.\"" } },
    "2005-01-11")
  eq(lines(ex), { "Palestine | Mahmoud Abbas | his office | thanked Bush for the call" })
  -- the noun "meeting" (the video meeting itself) is no other occasion
  ex = extract({
    { "German Chancellor Olaf Scholz held a video meeting with French President Emmanuel Macron on Monday.",
      "After the meeting with Macron, Scholz said the two had agreed to coordinate gas storage." } }, "2022-09-05")
  eq(lines(ex), { "Germany | Olaf Scholz | - | agreed to coordinate gas storage" })
end)
