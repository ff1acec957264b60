-- A short name for a person the document names in full, session 10:
-- "Zia" in a headline over "President Zia-ul-Haq of Pakistan", and
-- "President Zia" after it, are that president, though the gazetteer's
-- only person whose surname is "Zia" is Khaleda Zia (not in office in the
-- 1980s); a hyphenated name written whole ("Zia-ul-Haq") names its person
-- in full.  Short invented articles.

test("a headline's short name is the person the article names in full", function()
  eq(sorted_call_pairs(briefing({ "Mrs Gandhi speaks to Zia",
      "NEW DELHI — The Prime Minister, Mrs Indira Gandhi, had a telephone conversation with President Zia-ul-Haq of Pakistan last night, a spokesman said today.",
      "Radio Pakistan said President Zia had assured the Prime Minister of Pakistan's desire for good relations." },
      "1984-06-23"), "date"),
    { "Indira Gandhi + Muhammad Zia-ul-Haq @ 1984-06-22" })
  eq(sorted_call_pairs(briefing({ "Rajiv Gandhi phones Zia over border",
      "NEW DELHI — Prime Minister Rajiv Gandhi spoke by telephone with President Zia-ul-Haq of Pakistan on Sunday, an official said today.",
      "The Pakistani news agency said President Zia had told the Prime Minister that troops would be pulled back." },
      "1987-02-03"), "date"),
    { "Muhammad Zia-ul-Haq + Rajiv Gandhi @ 1987-02-01" })
end)

test("without the headline, the title and the short name later in the article", function()
  eq(sorted_call_pairs(briefing({
      "Prime Minister Rajiv Gandhi spoke by telephone with President Zia-ul-Haq of Pakistan on Sunday.",
      "Radio Pakistan said President Zia had assured Mr Gandhi that troops would be pulled back from the border." },
      "1987-02-03"), "date"),
    { "Muhammad Zia-ul-Haq + Rajiv Gandhi @ 1987-02-01" })
end)
