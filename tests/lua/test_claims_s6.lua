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
