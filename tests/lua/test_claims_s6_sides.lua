-- Claims (session 6): a person named alone speaks for the side of the
-- office they held on the report's day.  Several people of the gazetteer
-- live in the file of their latest office and held an earlier one for
-- another side (Rutte: the Netherlands, then NATO; Kallas: Estonia, then
-- the EU; Tusk: Poland, the European Council, Poland again).  Before,
-- their words went to the file's side, so a quote of Prime Minister
-- Rutte in 2020 was NATO's and dropped as no party's.

-- {report's day, the call, the quote, the claim line wanted}
local CASES = {
  { "2020-07-02", "Dutch Prime Minister Mark Rutte spoke by phone with French President Emmanuel Macron on Thursday.",
    "\"We need a common answer on the budget,\" Rutte said after the call.",
    "Netherlands | Mark Rutte | - | We need a common answer on the budget" },
  { "2025-03-10", "NATO Secretary General Mark Rutte spoke by phone with Ukrainian President Volodymyr Zelensky on Monday.",
    "\"Allies will keep supporting Ukraine,\" Rutte said after the call.",
    "NATO | Mark Rutte | - | Allies will keep supporting Ukraine" },
  { "2022-05-10", "Estonia's Prime Minister Kaja Kallas and Latvian Prime Minister Krisjanis Karins held a phone call on Monday.",
    "\"Our grids must be synchronised,\" Kallas said after the call.",
    "Estonia | Kaja Kallas | - | Our grids must be synchronised" },
  -- an office of another side in the middle of a career, and back
  { "2018-10-16", "European Council President Donald Tusk spoke by telephone with British Prime Minister Theresa May on Tuesday.",
    "\"The door remains open,\" Tusk said after the call.",
    "European Union | Donald Tusk | - | The door remains open" },
  { "2024-01-16", "Polish Prime Minister Donald Tusk spoke by telephone with German Chancellor Olaf Scholz on Tuesday.",
    "\"The border must be protected,\" Tusk said after the call.",
    "Poland | Donald Tusk | - | The border must be protected" },
}

for _, c in ipairs(CASES) do
  test("the side of the office held that day: " .. c[4], function()
    eq(claim_lines(extract({ c[2], c[3] }, c[1])), { c[4] })
  end)
end

-- People the gazetteer does not know (a future cabinet, a small state's
-- new leader) take the country the document gave them when first named;
-- their office or spokesperson speaks for that country too.  Before, an
-- unknown person's office took the side of the latest account.
test("the office of a person the gazetteer does not know is of the country the article gave them", function()
  local ex = extract({
    "Latvian Prime Minister Ilze Ozola and Estonia's Prime Minister Mart Kuusk held a phone call on Monday.",
    "\"We agreed that our grids must be synchronised,\" Kuusk said after the call.",
    "Ozola's office said the two leaders had also discussed defence spending.",
    "Kuusk's spokeswoman said Estonia would host the next round of talks." }, "2029-05-12")
  eq(claim_lines(ex), {
    "Estonia | Mart Kuusk | - | We agreed that our grids must be synchronised",
    "Latvia | joint | Ozola's office | discussed defence spending",
    "Estonia | joint | Kuusk's spokeswoman | Estonia would host the next round of talks" })
  ex = extract({
    "Malawian President Joseph Mbewe spoke by telephone on Tuesday with Zambia's President Ruth Chanda.",
    "Chanda's office said the two presidents agreed to reopen the border post at Mwami." }, "2031-03-04")
  eq(claim_lines(ex), { "Zambia | joint | Chanda's office | agreed to reopen the border post at Mwami" })
end)
