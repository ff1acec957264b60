-- An opening "As <source> <verb of speech>," is the attribution of the
-- clause after it, as "According to <source>," is (session 9): "As the
-- chancellery reported, Merkel and Hollande agreed ...".

-- {what, report's day, the paragraphs, the claim lines wanted}
local CASES = {
  { "'As the chancellery reported,' before a joint act",
    "2015-03-04", {
      { "German Chancellor Angela Merkel spoke by telephone with French President Francois Hollande on Tuesday.",
        "As the chancellery reported, Merkel and Hollande agreed to press for a ceasefire in eastern Ukraine." } },
    { "Germany | joint | the chancellery | agreed to press for a ceasefire in eastern Ukraine" } },
  { "'As Tokyo said later,' with an adverb after the verb",
    "2009-05-12", {
      { "Japanese Prime Minister Taro Aso held a telephone conversation with South Korean President Lee Myung-bak on Monday.",
        "As Tokyo said later, the two leaders agreed to coordinate their response to the missile launch." } },
    { "Japan | joint | Tokyo | agreed to coordinate their response to the missile launch" } },
  { "'As the Kremlin press service announced,' before one leader's act",
    "1997-02-11", {
      { "Russian President Boris Yeltsin telephoned French President Jacques Chirac on Monday.",
        "As the Kremlin press service announced, Yeltsin invited Chirac to visit Moscow in the spring." } },
    { "Russia | Boris Yeltsin | Kremlin press service | invited Chirac to visit Moscow in the spring" } },
  { "'As the Turkish presidency stated,' of the other side's words",
    "2020-10-06", {
      { "Turkish President Recep Tayyip Erdogan spoke by phone with Russian President Vladimir Putin on Tuesday.",
        "As the Turkish presidency stated, Putin told Erdogan that Moscow wanted a ceasefire." } },
    { "Turkey | Vladimir Putin | the Turkish presidency | Moscow wanted a ceasefire" } },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(claim_lines(extract(c[3], c[2])), c[4])
  end)
end
