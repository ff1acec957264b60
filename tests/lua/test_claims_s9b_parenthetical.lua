-- The pronoun of an attribution set between commas after the subject it
-- interrupts ("Milei, he said, had invited ...", "and Putin, he added,
-- had promised ...") is the person or spokesperson named last before
-- that subject, in the sentence or else in the sentence before (session
-- 9): not the document's current source person, not the interrupted
-- subject (a person of the content), not the principal named in a
-- possessive ("Erdogan's spokesman"); an aide of no known side after his
-- principal's possessive speaks for that side.

local PUTIN_ERDOGAN = "Russian President Vladimir Putin held a telephone conversation with Turkish President Recep Tayyip Erdogan on Thursday."

-- {what, report's day, the paragraphs, the claim lines wanted}
local CASES = {
  { "after an account before a colon, the spokesman named before it",
    "2023-11-20", {
      { "Brazilian President Luiz Inacio Lula da Silva spoke by phone with Argentine President-elect Javier Milei on Sunday." },
      { "Lula's office said the two discussed trade." },
      { "Milei's spokesman, Manuel Adorni, offered a different emphasis: Milei, he said, had invited Lula to his inauguration and stressed that trade must not be held hostage to ideology." } },
    { "Brazil | joint | Lula's office | discussed trade",
      "Argentina | Javier Milei | Milei's spokesman | invited Lula to his inauguration; trade must not be held hostage to ideology" } },
  { "'he added' in a second clause: the spokesman who opened the sentence",
    "2021-04-02", { { PUTIN_ERDOGAN }, { "The Kremlin said Putin raised the situation in Syria." },
      { "Speaking after the call, Erdogan's spokesman Ibrahim Kalin said the two leaders had agreed on a ceasefire, and Putin, he added, had promised to restrain Damascus." } },
    { "Russia | Vladimir Putin | The Kremlin | raised the situation in Syria",
      "Turkey | joint | Ibrahim Kalin | agreed on a ceasefire",
      "Turkey | Vladimir Putin | Ibrahim Kalin | promised to restrain Damascus" } },
  { "'she said' after a sentence naming the spokeswoman, who says nothing in it",
    "2014-07-15", {
      { "German Chancellor Angela Merkel spoke by phone with U.S. President Barack Obama on Monday." },
      { "The White House said Obama thanked Merkel for her leadership." },
      { "Merkel's deputy spokeswoman Christiane Wirtz held a news conference in Berlin on Tuesday.",
        "Obama, she said, had promised to consult Germany on the sanctions." } },
    { "United States | Barack Obama | The White House | thanked Merkel for her leadership",
      "Germany | Barack Obama | deputy spokeswoman Christiane Wirtz | promised to consult Germany on the sanctions" } },
  { "'he said' after a sentence naming an aide the mentions leave out",
    "2021-04-02", { { PUTIN_ERDOGAN }, { "The Kremlin said Putin raised the situation in Syria." },
      { "Erdogan's communications director Fahrettin Altun spoke to reporters on Friday.",
        "Erdogan, he said, had urged Putin to halt the offensive." } },
    { "Russia | Vladimir Putin | The Kremlin | raised the situation in Syria",
      "Turkey | Recep Tayyip Erdoğan | - | urged Putin to halt the offensive" } },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(claim_lines(extract(c[3], c[2])), c[4])
  end)
end
