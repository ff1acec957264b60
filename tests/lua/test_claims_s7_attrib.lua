-- Claims (session 7): attribution that reporting spreads over two
-- sentences.  Each article is written for the test and fails without the
-- rule it names (plugins/extract/30-claims.lua).

local lines = claim_lines

-- The claim lines of an article.
local function said(paras, published) return lines(extract(paras, published)) end

test("'it says' / 'it said' is the body that opened the sentence before by giving its account of the call", function()
  -- a body named by its country and noun, the subject of no verb of
  -- saying; "it says" in the present is the live report of that account
  eq(said({
    "Turkish President Recep Tayyip Erdogan spoke by telephone on Monday with Israeli President Isaac Herzog.",
    { "The Turkish Directorate of Communications later gave its account of the call.",
      "Erdogan told Herzog that relations mattered for the region's stability, it said." } }, "2021-07-12"), { "Turkey | Recep Tayyip Erdoğan | The Turkish Directorate of Communications | relations mattered for the region's stability" })
  -- the call named by its people; "it says" in the middle, two points
  eq(said({ {
    "Egypt's presidency released its own readout of the conversation between Abdel Fattah al-Sisi and Emmanuel Macron.",
    "Sisi urged Macron to back a political settlement in Libya, it says, and the two agreed to coordinate on grain supplies." } },
    "2022-05-03"), {
    "Egypt | Abdel Fattah al-Sisi | Egypt's presidency | urged Macron to back a political settlement in Libya",
    "Egypt | joint | Egypt's presidency | agreed to coordinate on grain supplies" })
  -- an account noun ("a summary") of a call dated by a possessive
  eq(said({ {
    "Kenya's foreign ministry published a summary of Sunday's phone call between William Ruto and Olaf Scholz.",
    "Ruto thanked Scholz for Germany's help with the drought, it said." } }, "2022-05-03"), { "Kenya | William Ruto | Kenya's foreign ministry | thanked Scholz for Germany's help with the drought" })
end)

test("a body opening a sentence about something else is no account of the call", function()
  eq(said({
    { "German Chancellor Olaf Scholz spoke by phone with Kenyan President William Ruto on Sunday.",
      "Scholz said Germany would send more aid." },
    { "Russia's foreign ministry summoned the German ambassador on Monday.", "It says Berlin is arming Kyiv." } },
    "2022-05-03"), { "Germany | Olaf Scholz | - | Germany would send more aid" })
end)

test("a title alone after the call sentence ('The Secretary', 'The Taoiseach') is the participant who holds it", function()
  eq(said({ {
    "Taoiseach Leo Varadkar spoke by telephone with British Prime Minister Theresa May on Thursday evening.",
    "The Taoiseach stressed that there could be no return to a hard border on the island of Ireland." } }, "2019-05-03"), { "Ireland | Leo Varadkar | - | there could be no return to a hard border on the island of Ireland" })
  -- a speech act with its object; a title no participant has is nobody
  eq(said({ {
    "Secretary of State Mike Pompeo spoke today with Sudanese Prime Minister Abdalla Hamdok.",
    "The Secretary welcomed the transitional government's steps toward reform.",
    "The Governor said that the port would reopen." } }, "2019-12-03"), { "United States | Mike Pompeo | - | welcomed the transitional government's steps toward reform" })
end)

test("'he said' in the middle of the next sentence is the aide whose words came before, for the same side", function()
  -- an aide the gazetteer does not know: the side his first claim found
  eq(said({
    "Chancellor Helmut Kohl and Soviet President Mikhail Gorbachev discussed troop costs by telephone on Friday, officials said on Saturday.",
    { "Government spokesman Dieter Halbach said the two leaders had held a frank conversation.",
      "Bonn was ready to pay for new housing, he said, and the chancellor expected a settlement within weeks." } },
    "1990-09-08"), {
    "Germany | Dieter Halbach | - | the two leaders had held a frank conversation",
    "Germany | Dieter Halbach | spokesman Dieter Halbach | Bonn was ready to pay for new housing and the chancellor expected a settlement within weeks" })
  -- "she said", the words at the end
  eq(said({
    "Prime Minister Stefan Lofven spoke by phone with Finnish Prime Minister Sanna Marin on Tuesday.",
    { "Government spokeswoman Maria Ekdahl said the two prime ministers had discussed the border controls.",
      "Stockholm wanted the crossings reopened before the summer, she said." } }, "2020-05-12"), {
    "Sweden | joint | - | discussed the border controls",
    "Sweden | Maria Ekdahl | spokeswoman Maria Ekdahl | Stockholm wanted the crossings reopened before the summer" })
end)

test("a published account that came out 'later' is still the account of the call; an office of a title is its holder's side", function()
  -- "later" dates the release, not the words (which name neither
  -- leader); "the Prime Minister's Office" is the office of the
  -- participant who is prime minister, though the article names both
  -- with their nationality
  eq(said({
    "Sri Lankan President Ranil Wickremesinghe spoke by phone with Indian Prime Minister Narendra Modi on Friday.",
    "A release from the Prime Minister's Office later said New Delhi would extend a new credit line to Colombo." },
    "2024-08-17"), { "India | joint | the Prime Minister's Office | New Delhi would extend a new credit line to Colombo" })
  eq(said({
    "Ukrainian President Volodymyr Zelensky spoke by telephone with German Chancellor Olaf Scholz on Thursday.",
    "A statement from the Chancellor's office later said Berlin would send two more air defence systems." },
    "2022-03-17"), { "Germany | joint | the Chancellor's office | Berlin would send two more air defence systems" })
end)

test("'It said' after an office placed in a capital is that country's account", function()
  eq(said({
    "German Chancellor Olaf Scholz spoke by telephone with Ukrainian President Volodymyr Zelensky on Thursday.",
    "A statement from the Chancellor's office later said the two leaders had agreed on new humanitarian corridors.",
    { "The president's press office in Kyiv gave a different emphasis.",
      "It said Zelensky had asked Scholz for more air defence systems." } }, "2022-03-17"), {
    "Germany | joint | the Chancellor's office | agreed on new humanitarian corridors",
    "Ukraine | Volodymyr Zelensky | The president's press office in Kyiv | asked Scholz for more air defence systems" })
  -- an office the body list does not hold ("press wing")
  eq(said({
    "Prime Minister Narendra Modi spoke by phone with Bangladesh's interim leader Muhammad Yunus on Friday.",
    { "The chief adviser's press wing in Dhaka put the stress elsewhere.",
      "It said Yunus told Modi that reports of attacks on minorities had been exaggerated." } }, "2024-08-17"), { "Bangladesh | Muhammad Yunus | The chief adviser's press wing in Dhaka | reports of attacks on minorities had been exaggerated" })
end)

test("leaders named by a bare plural after a name ('Hamas leaders') are not the parties of the call", function()
  -- "The two leaders" are; "Hamas leaders" speak for Hamas, not on the call
  eq(said({
    "Israeli Prime Minister Ariel Sharon telephoned Palestinian leader Mahmoud Abbas on Tuesday.",
    { "The two leaders agreed to meet soon, officials said.",
      "Hamas leaders called on Abbas to reject any security deal." } }, "2005-01-11"), { "Israel | joint | officials | agreed to meet soon" })
end)

test("an account whose subject runs long ('A joint statement issued ... after the call said') is still the account", function()
  -- a joint statement: the parties' joint words, quoted or not
  eq(said({
    "President Donald Trump spoke by phone with Sudanese Prime Minister Abdalla Hamdok on Friday.",
    "A joint statement issued by the two governments after the call said the leaders \"agreed to open embassies in both capitals\"." },
    "2020-10-23"), { "United States | joint | - | agreed to open embassies in both capitals" })
  eq(said({
    "President Donald Trump spoke by phone with Sudanese Prime Minister Abdalla Hamdok on Friday.",
    "A joint statement released in both capitals after the call said the two leaders agreed to lift the travel ban." },
    "2020-10-23"), { "United States | joint | - | agreed to lift the travel ban" })
  -- a body named after "by" is the account; a body not on the call is no side of it
  eq(said({
    "Russian President Vladimir Putin spoke by phone with Turkish President Recep Tayyip Erdogan on Tuesday.",
    "A statement issued by the Kremlin after the call said Putin had stressed the need to keep the ceasefire in Idlib.",
    "A statement released by Hamas after the raid on Tuesday said the group would retaliate." }, "2019-07-03"), { "Russia | Vladimir Putin | Kremlin | Putin had stressed the need to keep the ceasefire in Idlib" })
end)
