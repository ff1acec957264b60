-- Content inside the call sentence (session 7): the purpose of a call
-- ("telephoned X to offer ...") is the caller's claim also when a time
-- phrase stands between the call and its purpose, set off by commas
-- ("..., hours after the quake struck, to offer ...", "..., shortly after
-- the vote, to congratulate ...").
-- A letter is another contact than the call: what a leader wrote ("also
-- wrote to the Turkish prime minister, urging ...", "In a letter to X,
-- he asked ...", "had written to X, calling for ...") is no claim of it.
-- Nor is a meeting in person after the call ("has since met X and set
-- out ...", "later visited X and ...").
-- A section of other news under its own heading ("Other developments",
-- "In other news") is of other occasions: its sentences that name no call
-- make no claims of the call told above it; another heading ends it.

-- {what, report's day, the paragraphs, the claim lines wanted}
local CASES = {
  { "'hours after' between the call and its purpose",
    "2005-10-09", {
      "Indian Prime Minister Manmohan Singh telephoned Pakistani President Pervez Musharraf on Saturday, hours after the flood struck, to offer help with the rescue." },
    { "India | Manmohan Singh | - | offer help with the rescue" } },
  { "'shortly after' between the call and its purpose",
    "2017-05-09", {
      "German Chancellor Angela Merkel telephoned Emmanuel Macron on Sunday evening, shortly after the results were announced, to congratulate him on his victory." },
    { "Germany | Angela Merkel | - | congratulate him on his victory" } },
  { "'only days after' between the call and its purpose",
    "2016-11-12", {
      "Japanese Prime Minister Shinzo Abe called Donald Trump on Thursday, only days after the election, to propose a meeting in New York." },
    { "Japan | Shinzo Abe | - | propose a meeting in New York" } },
  { "'also wrote to' another leader beside the call",
    "1998-06-15", {
      { "US President Bill Clinton telephoned Greek Prime Minister Costas Simitis on Sunday about the Cyprus dispute." },
      { "Clinton also wrote to the Turkish prime minister, urging him to resume talks." },
      { "Clinton asked Simitis to lift the veto, officials said." } },
    { "United States | Bill Clinton | officials | asked Simitis to lift the veto" } },
  { "'in a letter to' the other leader",
    "2019-06-12", {
      { "German Chancellor Angela Merkel spoke by telephone with French President Emmanuel Macron on Tuesday." },
      { "In a letter to Macron last month, Merkel had proposed a joint fund for the border regions." },
      { "Merkel urged Macron to back the budget compromise, her spokesman said." } },
    { "Germany | Angela Merkel | her spokesman | urged Macron to back the budget compromise" } },
  { "'had written to' the other leader before the call",
    "2016-08-10", {
      { "Russian President Vladimir Putin spoke by telephone with Turkish President Recep Tayyip Erdogan on Tuesday." },
      { "Erdogan had written to Putin in June, calling for closer energy ties." },
      { "Putin told Erdogan that Moscow would lift the ban on charter flights, the Kremlin said." } },
    { "Russia | Vladimir Putin | Kremlin | Moscow would lift the ban on charter flights" } },
  { "'has since met' in a point after the call",
    "2005-10-11", {
      { "Indian Prime Minister Manmohan Singh telephoned Pakistani President Pervez Musharraf on Saturday about the earthquake." },
      { "Indian officials said Singh had offered relief supplies.",
        "Officials said the Pakistani envoy in New Delhi has since met Dr Singh and handed over a list of needs." } },
    { "India | Manmohan Singh | Indian officials | offered relief supplies" } },
  { "'later visited' in a point after the call",
    "2022-03-02", {
      { "French President Emmanuel Macron spoke by telephone with Ukrainian President Volodymyr Zelensky on Tuesday." },
      { "The Elysee said Macron had promised more air defence systems.",
        "The Elysee said the French foreign minister later visited Kyiv and discussed the delivery schedule." } },
    { "France | Emmanuel Macron | The Elysee | promised more air defence systems" } },
  { "bullets under 'Other developments'",
    "2022-09-14", {
      { "Armenian Prime Minister Nikol Pashinyan spoke by telephone overnight with French President Emmanuel Macron." },
      { "Macron called for an immediate ceasefire, the Elysee said." },
      { "Other developments" },
      { "- Azerbaijan's defence ministry said its units had taken retaliatory measures." },
      { "- The Armenian government said it would ask its allies for help." } },
    { "France | Emmanuel Macron | Elysee | called for an immediate ceasefire" } },
  { "paragraphs under 'In other news:', then a new heading",
    "2019-06-12", {
      { "German Chancellor Angela Merkel spoke by telephone with French President Emmanuel Macron on Tuesday." },
      { "In other news:" },
      { "The German government said it would raise the minimum wage next year." },
      { "The call in detail" },
      { "Merkel urged Macron to back the budget compromise, her spokesman said." } },
    { "Germany | Angela Merkel | The German government | urged Macron to back the budget compromise" } },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(claim_lines(extract(c[3], c[2])), c[4])
  end)
end
