-- An aide named in apposition to his office ("Sharon's spokesman, X Y,
-- said"), when the gazetteer does not know him, speaks for that office's
-- side; met again by his surname alone ("..., Y said."), he still does
-- (session 9).

-- {what, report's day, the paragraphs, the claim lines wanted}
local CASES = {
  { "a prime minister's spokesman, then his surname in a tail",
    "1998-05-20", {
      { "Japanese Prime Minister Ryutaro Hashimoto spoke by phone with Chinese Premier Zhu Rongji on Tuesday." },
      { "Hashimoto's spokesman, Kazuo Kojima, said Hashimoto had urged restraint.",
        "The two leaders agreed to stay in close contact, Kojima said." } },
    { "Japan | Ryutaro Hashimoto | Hashimoto's spokesman | urged restraint",
      "Japan | joint | Kojima | agreed to stay in close contact" } },
  { "a president's press secretary, her surname two paragraphs on",
    "2004-11-23", {
      { "Ukrainian President Leonid Kuchma telephoned Polish President Aleksander Kwasniewski on Monday." },
      { "Kuchma's press secretary, Olena Hromnytska, said Kuchma had asked Kwasniewski to help mediate." },
      { "Kwasniewski offered to travel to Kiev, Hromnytska said." } },
    { "Ukraine | Leonid Kuchma | Kuchma's press secretary | asked Kwasniewski to help mediate",
      "Ukraine | Aleksander Kwaśniewski | Hromnytska | offered to travel to Kiev" } },
  { "a chancellor's spokeswoman, her surname opening the next sentence",
    "2009-01-08", {
      { "German Chancellor Angela Merkel held a telephone conversation with Israeli Prime Minister Ehud Olmert on Wednesday." },
      { "Merkel's spokeswoman, Sabine Hollweg, said Merkel had called for a lasting ceasefire.",
        "Hollweg said the two leaders agreed to remain in touch." } },
    { "Germany | Angela Merkel | Merkel's spokeswoman | called for a lasting ceasefire",
      "Germany | joint | Hollweg | agreed to remain in touch" } },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(claim_lines(extract(c[3], c[2])), c[4])
  end)
end
