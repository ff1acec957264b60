-- A page that is one government's readout, as its title gives the
-- issuer (session 8, round 9): the press service or office of a
-- country's leader ("Press Service of the President of the Republic of
-- Uzbekistan", "Office of the Prime Minister of Japan"), with a web
-- address run into the title line, or an institution beside words that
-- only say what kind of page it is ("Kremlin — Press Office", "Akorda |
-- Press releases").  Every claim on it is that side's account, the other
-- leader's words and the joint ones included.  A title part that says
-- more than the kind of page keeps the page no readout.

local function paras(a, b, a_said, joint)
  return { { a .. " had a telephone conversation with " .. b .. " on Monday." },
    { a_said }, { joint } }
end

-- {what, report's day, title, the paragraphs, the claim lines wanted}
local CASES = {
  { "the press service of a country's president",
    "2023-05-02", "Press Service of the President of the Republic of Uzbekistan",
    paras("President of Uzbekistan Shavkat Mirziyoyev", "President of Turkey Recep Tayyip Erdogan",
      "The Turkish leader congratulated Shavkat Mirziyoyev on the referendum.",
      "The parties agreed to raise trade to ten billion dollars."),
    { "Uzbekistan | Recep Tayyip Erdoğan | Press Service of the President of the Republic of Uzbekistan | congratulated Shavkat Mirziyoyev on the referendum",
      "Uzbekistan | joint | Press Service of the President of the Republic of Uzbekistan | agreed to raise trade to ten billion dollars" } },
  { "an office of a prime minister, a web address run into the title",
    "2023-03-14", "Office of the Prime Minister of Japan kantei.example/en/news/0314",
    paras("Prime Minister Fumio Kishida", "Australian Prime Minister Anthony Albanese",
      "Prime Minister Albanese thanked Prime Minister Kishida for the support of Japan.",
      "The two leaders agreed to hold a summit in Hiroshima."),
    { "Japan | Anthony Albanese | Office of the Prime Minister of Japan | thanked Prime Minister Kishida for the support of Japan",
      "Japan | joint | Office of the Prime Minister of Japan | agreed to hold a summit in Hiroshima" } },
  { "an institution and the kind of page, between dashes",
    "2022-02-21", "Kremlin \u{2014} Press Office",
    paras("Vladimir Putin", "French President Emmanuel Macron",
      "Emmanuel Macron proposed a summit with the United States.",
      "The presidents agreed to continue contacts."),
    { "Russia | Emmanuel Macron | Kremlin | proposed a summit with the United States",
      "Russia | joint | Kremlin | agreed to continue contacts" } },
  { "a part that says more than the kind of page",
    "2022-02-21", "Kremlin \u{2014} Our Moscow correspondent's notebook",
    paras("Russian President Vladimir Putin", "French President Emmanuel Macron",
      "Emmanuel Macron proposed a summit with the United States.",
      "The presidents agreed to continue contacts."),
    { "France | Emmanuel Macron | - | proposed a summit with the United States" } },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(claim_lines(extract(c[4], c[2], { title = c[3] })), c[5])
  end)
end
