-- Whose account a point is (session 7): the side of a claim is the side
-- of the account it is told in, not the speaker's country.
--  * "According to her, the other leader asked ...": a participant's
--    account of what the other leader said (the object pronoun "her" /
--    "him" is the person named before); the other leader stays the
--    speaker, the side is the account's.
--  * A bare office anaphor ("According to the press secretary", "the
--    spokesman said") is the spokesperson the article named before with
--    that office ("his press secretary Dmitry Peskov"), with his side.
--  * "According to Narong, ...": a spokesperson named before in full
--    ("Thai government spokesman Narong Petchsri said ...") by one of
--    his names, with his side, the other leader speaking inside.
--  * A participant's words to the other leader ("Erdogan told Putin that
--    A.") in a paragraph whose next sentence names its account at the end
--    ("Putin in turn said B, Peskov said."): both are that account's.
--  * "According to a statement from the Indian embassy, A. Mr Rumsfeld
--    praised B.": an account named in a paragraph governs the sentences
--    after it there that name no attribution of their own.
--  * A sentence with no attribution right after a side's statement ("In a
--    statement, a State Department spokesman said A. B.") goes on with
--    that statement, not with the side the outlet is of.

-- {what, report's day, the paragraphs (a list: its sentences), the claim lines wanted}
local CASES = {
  { "'according to her' after the participant gave her own account",
    "2010-04-09", {
      "Russian Prime Minister Vladimir Putin held a telephone conversation with Roza Otunbayeva, the head of Kyrgyzstan's interim government, on Thursday.",
      { "Otunbayeva gave her own account of the conversation to a radio station on Thursday evening.",
        "According to her, the Russian prime minister offered to send grain and fuel." } },
    { "Kyrgyzstan | Vladimir Putin | - | offered to send grain and fuel" } },
  { "'according to him' after a president told reporters about the call",
    "2022-03-02", {
      "French President Emmanuel Macron spoke by telephone with Russian President Vladimir Putin on Tuesday.",
      { "Macron described the conversation to French television on Wednesday.",
        "According to him, Putin insisted that Ukraine recognise Crimea as Russian." } },
    { "France | Vladimir Putin | - | insisted that Ukraine recognise Crimea as Russian" } },
  { "'according to the press secretary' after 'his press secretary Dmitry Peskov'",
    "2015-03-04", {
      "MOSCOW - Russian President Vladimir Putin spoke by telephone on Tuesday with Turkish President Recep Tayyip Erdogan, his press secretary Dmitry Peskov told reporters.",
      "According to the press secretary, Putin urged Ankara to keep the border crossings open to aid convoys." },
    { "Russia | Vladimir Putin | the press secretary | urged Ankara to keep the border crossings open to aid convoys" } },
  { "'according to the spokesman' in an article datelined in the other capital",
    "2019-06-12", {
      "PARIS - German Chancellor Angela Merkel telephoned French President Emmanuel Macron on Tuesday, her spokesman Steffen Seibert said.",
      "According to the spokesman, Merkel asked Macron to support the budget compromise." },
    { "Germany | Angela Merkel | the spokesman | asked Macron to support the budget compromise" } },
  { "'according to' a spokesman's first name, named before in full",
    "2025-07-25", {
      { "Malaysian Prime Minister Anwar Ibrahim spoke by telephone on Thursday night with Thailand's acting prime minister, Phumtham Wechayachai.",
        "Thai government spokesman Narong Petchsri said the call lasted an hour." },
      { "According to Narong, Anwar proposed a ceasefire starting at midnight." } },
    { "Thailand | Anwar Ibrahim | Narong | proposed a ceasefire starting at midnight" } },
  { "'according to' a spokesman's surname",
    "2023-05-10", {
      { "Kenyan President William Ruto spoke by phone on Tuesday with Ethiopian Prime Minister Abiy Ahmed, Kenyan government spokesman Peter Kamau told reporters." },
      { "According to Kamau, Abiy asked Kenya to host the next round of talks." } },
    { "Kenya | Abiy Ahmed | Kamau | asked Kenya to host the next round of talks" } },
  { "a participant tells the other leader, the next sentence closes with the other side's spokesman",
    "2016-08-10", {
      { "Russian President Vladimir Putin spoke by telephone with Turkish President Recep Tayyip Erdogan on Tuesday." },
      { "Erdogan told Putin that Turkey would keep its airspace closed to military flights.",
        "Putin in turn said Moscow was ready to resume charter flights to Turkish resorts, Kremlin spokesman Dmitry Peskov said." } },
    { "Russia | Recep Tayyip Erdoğan | Kremlin spokesman | Turkey would keep its airspace closed to military flights",
      "Russia | Vladimir Putin | Kremlin spokesman | Moscow was ready to resume charter flights to Turkish resorts" } },
  { "the same with a prime minister telling a president, closed by a government spokesman",
    "2019-06-12", {
      { "German Chancellor Angela Merkel spoke by telephone with French President Emmanuel Macron on Tuesday." },
      { "Macron assured Merkel that France would back the budget compromise.",
        "Merkel welcomed this and asked for a joint letter to the Commission, government spokesman Steffen Seibert said." } },
    { "Germany | Emmanuel Macron | spokesman Steffen Seibert | France would back the budget compromise",
      "Germany | Angela Merkel | spokesman Steffen Seibert | welcomed this and asked for a joint letter to the Commission" } },
  { "no change when the next sentence's account is the participant's own",
    "2019-06-12", {
      { "German Chancellor Angela Merkel spoke by telephone with French President Emmanuel Macron on Tuesday." },
      { "Macron assured Merkel that France would back the budget compromise.",
        "Merkel asked for a joint letter to the Commission, she told reporters." } },
    { "France | Emmanuel Macron | - | France would back the budget compromise" } },
  { "a paragraph under 'according to a statement from' an embassy",
    "2005-10-11", {
      { "U.S. Defence Secretary Donald Rumsfeld telephoned India's Defence Minister Pranab Mukherjee on Monday about the floods." },
      { "According to a statement from the Indian embassy in Washington, Mr Mukherjee said the relief effort was going well.",
        "Mr Rumsfeld offered two transport aircraft for the relief effort." } },
    { "India | Pranab Mukherjee | the Indian embassy | the relief effort was going well",
      "India | Donald Rumsfeld | the Indian embassy | offered two transport aircraft for the relief effort" } },
  { "a paragraph under 'according to' a ministry, two sentences after it",
    "2019-06-12", {
      { "German Chancellor Angela Merkel spoke by telephone with French President Emmanuel Macron on Tuesday." },
      { "According to the French foreign ministry, Macron asked Merkel to support the budget compromise.",
        "Merkel promised an answer within a week.",
        "She also proposed a joint letter to the Commission." } },
    { "France | Emmanuel Macron | the French foreign ministry | asked Merkel to support the budget compromise",
      "France | Angela Merkel | the French foreign ministry | promised an answer within a week",
      "France | Angela Merkel | the French foreign ministry | proposed a joint letter to the Commission" } },
  { "the next paragraph is no longer under the account",
    "2019-06-12", {
      { "German Chancellor Angela Merkel spoke by telephone with French President Emmanuel Macron on Tuesday." },
      { "According to the French foreign ministry, Macron asked Merkel to support the budget compromise." },
      { "Merkel promised an answer within a week." } },
    { "France | Emmanuel Macron | the French foreign ministry | asked Merkel to support the budget compromise",
      "Germany | Angela Merkel | - | promised an answer within a week" } },
  { "an unattributed sentence after a foreign ministry's statement, on a page of the other side",
    "2022-09-14", {
      { "YEREVAN - Armenian Prime Minister Nikol Pashinyan spoke by telephone overnight with French President Emmanuel Macron." },
      { "In a statement, the French foreign ministry said Macron had called for an immediate ceasefire.",
        "Pashinyan asked France to send observers to the border." } },
    { "France | Emmanuel Macron | the French foreign ministry | called for an immediate ceasefire",
      "France | Nikol Pashinyan | the French foreign ministry | asked France to send observers to the border" } },
  { "the same after a named spokesman of the other side",
    "2022-09-14", {
      { "YEREVAN - Armenian Prime Minister Nikol Pashinyan spoke by telephone overnight with French President Emmanuel Macron." },
      { "Elysee spokesman Pierre Durand said Macron had called for an immediate ceasefire.",
        "Pashinyan thanked Macron for his support and asked for observers on the border." } },
    { "France | Emmanuel Macron | Elysee spokesman Pierre Durand | called for an immediate ceasefire",
      "France | Nikol Pashinyan | Elysee spokesman Pierre Durand | thanked Macron for his support and asked for observers on the border" } },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(claim_lines(extract(c[3], c[2])), c[4])
  end)
end
