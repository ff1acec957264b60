-- Claims (session 6): the grammar of attributions written after the words
-- they attribute.  Each case is a small article written for the test and
-- fails without the rule it names (lua/speech.lua).

-- "side | speaker | via | text" of each claim.
local lines = claim_lines

test("a tail before 'according to X' names the speaker inside X's account", function()
  -- "..., Trudeau told Lopez Obrador, according to ...": the person who
  -- said the words, not "joint"
  local ex = extract({
    "Canadian Prime Minister Justin Trudeau spoke by phone with Mexican President Andres Manuel Lopez Obrador on Monday.",
    "\"We will not accept new tariffs,\" Trudeau told Lopez Obrador, according to the prime minister's office." }, "2019-06-03")
  eq(lines(ex), { "Canada | Justin Trudeau | the prime minister's office | We will not accept new tariffs" })
  -- an inverted tail, "said X", whose words were kept in the text before
  ex = extract({
    "German Chancellor Olaf Scholz spoke by phone with French President Emmanuel Macron on Tuesday.",
    "\"Europe must stay united,\" said Scholz, according to his office." }, "2022-03-01")
  eq(lines(ex), { "Germany | Olaf Scholz | his office | Europe must stay united" })
  -- French quotation marks, the hearer after the verb
  ex = extract({
    "French President Emmanuel Macron spoke by phone with Spanish Prime Minister Pedro Sanchez on Friday.",
    "«The border will stay open», Macron told Sanchez, according to the Elysee." }, "2020-03-13")
  eq(lines(ex), { "France | Emmanuel Macron | Elysee | The border will stay open" })
  -- unquoted words, and an account named before by its full name
  ex = extract({
    "Turkish President Recep Tayyip Erdogan spoke by telephone on Monday with Israel's new president, Isaac Herzog.",
    { "The Turkish presidency said Erdogan told Herzog that relations mattered for the whole region.",
      "There was room for far more trade, Erdogan said, according to the presidency." } }, "2021-07-12")
  eq(lines(ex), {
    "Turkey | Recep Tayyip Erdoğan | The Turkish presidency | relations mattered for the whole region",
    "Turkey | Recep Tayyip Erdoğan | The Turkish presidency | There was room for far more trade" })
end)

test("a body whose name goes on with 'of ...' is the subject of the verb after it", function()
  -- "The Indian Ministry of External Affairs said": the mention stops at
  -- "Ministry"; before, the sentence had no attribution and was dropped
  local ex = extract({
    "Indian Prime Minister Narendra Modi spoke by phone with Nepal's Prime Minister K. P. Sharma Oli on Monday.",
    "The Indian Ministry of External Affairs said the two leaders agreed to speed up work on the pipeline." }, "2019-09-10")
  eq(lines(ex), { "India | joint | The Indian Ministry of External Affairs | agreed to speed up work on the pipeline" })
  ex = extract({
    "Turkish President Recep Tayyip Erdogan spoke by telephone on Monday with Israel's new president, Isaac Herzog.",
    "The Turkish Directorate of Communications said the two presidents agreed to keep talking." }, "2021-07-12")
  eq(lines(ex), { "Turkey | joint | The Turkish Directorate of Communications | agreed to keep talking" })
end)

test("words told to another audience ('told a parliamentary committee', 'told a ceremony') are no claim about the call", function()
  local call = "Greek Prime Minister Kyriakos Mitsotakis spoke by phone with Italian Prime Minister Mario Draghi on Tuesday."
  local ex = extract({ call,
    { "Mitsotakis told Draghi that the two countries should share the burden of arrivals, his office said.",
      "Greek Migration Minister Notis Mitarachis told a parliamentary committee on Tuesday that the camps on the islands were full.",
      "Mitsotakis told a ceremony in Athens later that day that the economy was recovering." } }, "2021-06-08")
  eq(lines(ex), { "Greece | Kyriakos Mitsotakis | his office | the two countries should share the burden of arrivals" })
  ex = extract({ call,
    { "Draghi told Mitsotakis that Rome backed a common European asylum system, Palazzo Chigi said.",
      "Italian Economy Minister Daniele Franco told a radio station on Tuesday morning that growth would top five percent." } }, "2021-06-08")
  eq(#ex.claims, 1)
  ok(ex.claims[1].text:find("common European asylum system", 1, true), ex.claims[1].text)
end)

test("words recorded before the calls are no claim about them", function()
  local ex = extract({
    "Lithuanian President Gitanas Nauseda spoke by phone with Latvian President Egils Levits late on Sunday.",
    { "Nauseda told Levits that the two countries would act together on the border, his office said.",
      "In his weekly radio address, recorded before the calls, Nauseda said that the border fence would be finished by autumn." } }, "2021-08-02")
  eq(#ex.claims, 1)
  ok(ex.claims[1].text:find("act together on the border", 1, true), ex.claims[1].text)
end)

test("holding a call with someone announces it: no claim, quoted or not", function()
  -- an announcement opening a post, after a sentence that named the
  -- call: before, "I had a conversation with President Maia Sandu" was
  -- a claim of Moldova's
  local ex = extract({
    "Romanian President Klaus Iohannis says he has spoken by phone with Sandu.",
    { "\"I had a conversation with President Maia Sandu.",
      "I expressed my support for Moldova's bid to join the European Union,\" Iohannis wrote on Facebook." } }, "2022-06-16")
  eq(lines(ex), { "Romania | Klaus Iohannis | - | I expressed my support for Moldova's bid to join the European Union" })
  ex = extract({
    "Czech Prime Minister Petr Fiala says he has spoken by phone with Heger.",
    { "\"I had a long conversation with Prime Minister Eduard Heger.",
      "I told him the Czech Republic and Slovakia will buy gas together,\" Fiala wrote on Twitter." } }, "2022-05-16")
  eq(lines(ex), { "Czech Republic | Petr Fiala | - | I told him the Czech Republic and Slovakia will buy gas together" })
end)

test("a byline's desk ('By Political News Department') is no government body publishing a readout", function()
  -- as the outlet of an official readout, the desk made the paper's home
  -- side the side of every unattributed line, the other leader's words too
  local paras = {
    "Prime Minister Srettha Thavisin spoke by phone with Chinese Premier Li Qiang on Tuesday.",
    { "Srettha told Li that Thailand wanted more Chinese tourists, the government spokesman said.",
      "Li said China was willing to extend the visa waiver for Thai travellers." } }
  for _, desk in ipairs({ "Political News Department", "Foreign Affairs Department" }) do
    local ex = extract(paras, "2023-11-14", { outlet = desk,
      dropped = { { reason = "byline", text = "By " .. desk } } })
    eq(#ex.claims, 2)
    eq(ex.claims[2].side, "China")
  end
  -- (the same name as the outlet of a page with no such byline is still
  -- read as a government department)
  local ex = extract(paras, "2023-11-14", { outlet = "Political News Department" })
  eq(ex.claims[2].side, "Thailand")
end)

test("what 'the three leaders' said, in an article that names no home side, is the account of the leader named first", function()
  -- every leader named without a nationality: the article has no home
  -- side, and the joint words had no side at all (dropped)
  local ex = extract({
    "Anthony Albanese, Christopher Luxon and Justin Trudeau held a video call on Thursday on the war in Gaza.",
    "Afterwards, the three leaders said that a ceasefire was urgently needed.",
    "\"We will not stand by while civilians starve,\" they said." }, "2023-12-14")
  eq(lines(ex), {
    "Australia | joint | - | a ceasefire was urgently needed",
    "Australia | joint | - | We will not stand by while civilians starve" })
  -- (a bilateral call keeps the rule it had: the joint words of an article
  -- with no home side and no account take no side)
  ex = extract({
    "Anthony Albanese and Christopher Luxon held a phone call on Thursday on the war in Gaza.",
    "The two leaders said that a ceasefire was urgently needed." }, "2023-12-14")
  eq(#ex.claims, 0)
end)

test("words of a meeting in person ('met X and Y in Rome, where the three leaders called for ...') are no claim about a call", function()
  local ex = extract({
    "French President Emmanuel Macron spoke by phone with U.S. President Joe Biden on Tuesday.",
    { "Macron told Biden that Europe would carry more of the burden, the Elysee said.",
      "Macron met Olaf Scholz and Giorgia Meloni in Rome, where the three leaders called for a summit on migration.",
      "Biden hosted the Japanese and Korean leaders at Camp David, where the three leaders pledged to consult in a crisis." } }, "2023-09-05")
  eq(lines(ex), { "France | Emmanuel Macron | Elysee | Europe would carry more of the burden" })
end)

test("a heading that is a bare quotation ('\"A wartime summit\"') is a heading, not the last speaker's words", function()
  for _, heading in ipairs({ "\"A wartime summit\"", "“Frank and direct”", "« Pas de compromis »" }) do
    local ex = extract({
      "U.S. President Joe Biden spoke by phone with Chinese President Xi Jinping on Friday.",
      "Biden told Xi that there would be consequences if China helped Russia, the White House said.",
      heading,
      "Xi told Biden that the crisis was not something China wanted to see, according to Xinhua." }, "2022-03-19")
    eq(#ex.claims, 2, heading)
  end
end)

test("a side's spokesperson or official telling reporters about the call just told gives that side's account", function()
  local ex = extract({
    "Prime Minister Fumio Kishida spoke by phone with South Korean President Yoon Suk Yeol on Tuesday.",
    { "\"The two leaders agreed to respond firmly to the North's provocations,\" government spokesman Hiro Tanaka told reporters.",
      "Kishida also raised the fate of Japanese abducted by the North, a government official told reporters." } }, "2023-04-18")
  eq(#ex.claims, 2)
  eq(ex.claims[1].side, "Japan")
  ok(ex.claims[1].text:find("respond firmly", 1, true), ex.claims[1].text)
  ok(ex.claims[2].text:find("abducted", 1, true), ex.claims[2].text)
  -- (far from the call, a spokesperson telling reporters speaks on another
  -- occasion, as before)
  ex = extract({
    "Prime Minister Fumio Kishida spoke by phone with South Korean President Yoon Suk Yeol on Tuesday.",
    "The two leaders last met in Tokyo in March.",
    "Trade between the two countries fell last year.",
    "Fuel prices rose again in April.",
    "\"Rice prices will be watched closely,\" government spokesman Hiro Tanaka told reporters." }, "2023-04-18")
  eq(#ex.claims, 0)
end)

test("'he' after an office that is one participant's ('the crown prince stressed ... He affirmed ...') is that participant", function()
  local ex = extract({
    "Iraqi Prime Minister Mohammed Shia al-Sudani spoke by telephone on Sunday with Saudi Crown Prince Mohammed bin Salman, both governments said.",
    { "Sudani also spoke with Jordan's King Abdullah on Saturday, his office said.",
      "According to the Saudi Press Agency, the crown prince stressed that the Kingdom wanted calm on the border.",
      "He affirmed the Kingdom's support for Iraq's stability and sovereignty." } }, "2023-10-16")
  local got = {}
  for _, c in ipairs(ex.claims) do
    if c.text:find("stability and sovereignty", 1, true) then got[#got + 1] = c.side .. " | " .. c.speaker.text end
  end
  eq(got, { "Saudi Arabia | Mohammed bin Salman" })
end)

test("a live blog's heading naming a call ('Beijing gives its version of the Scholz call') turns the entry below to that call", function()
  -- newest entry first: the call mentioned last before the entry is
  -- another one (Biden's, in the list of key events)
  local ex = extract({
    "Live: markets fall as Berlin looks east",
    "Key events",
    "- Scholz-Xi call ends",
    "- Scholz speaks to Biden",
    "21.10 CET",
    "Beijing gives its version of the Scholz call",
    { "Xinhua has published its account of the conversation.",
      "Xi Jinping told Olaf Scholz that China opposed any bloc confrontation, it says.",
      "\"The two sides agreed to keep in close touch.\"" },
    "18.30 CET",
    "Scholz speaks to Biden",
    { "Olaf Scholz spoke by phone with Joe Biden this afternoon, a government spokesman said.",
      "Biden thanked Scholz for German support, the White House said." } }, "2022-11-04")
  local got = {}
  for _, c in ipairs(ex.claims) do
    if c.side == "China" then got[#got + 1] = c.text end
  end
  eq(got, { "China opposed any bloc confrontation", "The two sides agreed to keep in close touch" })
end)

test("a tail attribution to a medium named by its noun ('..., Martin told Irish broadcaster RTE.') names the speaker", function()
  local call = "Irish Taoiseach Micheal Martin spoke by phone with U.S. President Joe Biden on Tuesday."
  local ex = extract({ call,
    "Biden was very clear about protecting the peace agreement, Martin told Irish broadcaster RTE." }, "2020-11-11")
  eq(lines(ex), { "Ireland | Micheál Martin | - | Biden was very clear about protecting the peace agreement" })
  ex = extract({ call,
    "Biden was warm and well briefed on the border, Martin told the radio station Newstalk." }, "2020-11-11")
  eq(lines(ex), { "Ireland | Micheál Martin | - | Biden was warm and well briefed on the border" })
end)

test("a spokesperson whose surname opens with an Arabic article ('spokesman Majed al-Ansari said') is the subject", function()
  local ex = extract({
    "Israeli Prime Minister Benjamin Netanyahu spoke by phone with Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani on Monday.",
    "Qatar's foreign ministry spokesman Majed al-Ansari said the prime minister had stressed that Qatar rejects any violation of its sovereignty." }, "2025-09-29")
  eq(lines(ex), { "Qatar | Mohammed bin Abdulrahman Al Thani | Qatar's foreign ministry spokesman | Qatar rejects any violation of its sovereignty" })
end)

test("a reporter's question that takes up what a side said of the call makes the answer after it a claim about the call", function()
  local paras = {
    "Brazilian President Luiz Inacio Lula da Silva spoke by phone with Argentine President Javier Milei on Friday.",
    "Milei wrote afterwards that Lula had agreed to drop the tariff on Argentine wheat.",
    "At his news conference on Saturday, a journalist asked Lula whether he had agreed to drop the wheat tariff.",
    "\"No. Brazil has not changed its tariffs and will not,\" Lula replied." }
  local ex = extract(paras, "2024-06-08")
  local got = {}
  for _, c in ipairs(ex.claims) do got[#got + 1] = c.side .. " | " .. c.text end
  eq(got, {
    -- (claims 2.69.0: the other participant's name stays in the words)
    "Argentina | Lula had agreed to drop the tariff on Argentine wheat",
    "Brazil | No. Brazil has not changed its tariffs and will not" })
  -- (a question on another matter leaves the answer on another occasion)
  paras[3] = "At his news conference on Saturday, a journalist asked Lula whether the floods in the south were under control."
  paras[4] = "\"No. The rains will go on for a week,\" Lula replied."
  ex = extract(paras, "2024-06-08")
  eq(#ex.claims, 1)
end)
