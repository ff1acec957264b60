-- Session 23: an outlet the gazetteer does not know, after its country in
-- the possessive, opening the sentence ("Russia's Interfax news agency
-- quoted Putin as saying ...", "China's state broadcaster CCTV quoted
-- ..."), is the account's source: the quoted participant speaks.  Before,
-- the subject began after "'s", did not open the clause, and the point
-- had no speaker and no side.  Sentences of our own.

local MA = "Prime Minister Abe spoke with President Moon by telephone on Friday."

test("'South Korea's Yonhap news agency quoted Moon as saying that ...'", function()
  eq(claim_lines(extract({ MA, "South Korea's Yonhap news agency quoted Moon as saying that the two countries should not let history block cooperation." }, "2018-03-11")),
    { "South Korea | Moon Jae-in | South Korea's Yonhap news agency | the two countries should not let history block cooperation" })
end)

test("'Japan's public broadcaster NHK quoted Abe as telling Moon that ...'", function()
  eq(claim_lines(extract({ MA, "Japan's public broadcaster NHK quoted Abe as telling Moon that Tokyo wanted a summit soon." }, "2018-03-11")),
    { "Japan | Shinzo Abe | Japan's public broadcaster NHK | Tokyo wanted a summit soon" })
end)

test("'China's state broadcaster CCTV quoted Xi as saying ...'", function()
  eq(claim_lines(extract({ "President Xi Jinping spoke with President Biden by video link on Monday.",
      "China's state broadcaster CCTV quoted Xi as saying that the two sides must respect each other." }, "2021-11-16")),
    { "China | Xi Jinping | China's state broadcaster CCTV | the two sides must respect each other" })
end)

test("'Russia's Interfax news agency quoted Putin as saying ...'", function()
  eq(claim_lines(extract({ "President Putin spoke by phone with President Macron on Tuesday.",
      "Russia's Interfax news agency quoted Putin as saying that Kyiv was sabotaging the talks." }, "2022-03-02")),
    { "Russia | Vladimir Putin | Russia's Interfax news agency | Kyiv was sabotaging the talks" })
end)

test("a one-word outlet ('Canada's CBC quoted Trudeau as saying ...'), as before", function()
  eq(claim_lines(extract({ "Prime Minister Trudeau spoke with President Biden on Friday.",
      "Canada's CBC quoted Trudeau as saying that the tariffs were unjustified." }, "2021-05-25")),
    { "Canada | Justin Trudeau | Canada's CBC | the tariffs were unjustified" })
end)

test("a person's office in the possessive, as before", function()
  eq(claim_lines(extract({ MA, "Abe's spokesman quoted him as saying that Tokyo wanted a summit soon." }, "2018-03-11")),
    { "Japan | Shinzo Abe | Abe's spokesman | Tokyo wanted a summit soon" })
end)

test("an outlet the gazetteer knows after its country, as before", function()
  eq(claim_lines(extract({ "President Putin spoke by phone with President Macron on Tuesday.",
      "France's presidency quoted Macron as saying that a ceasefire was needed." }, "2022-03-02")),
    { "France | Emmanuel Macron | France's presidency | a ceasefire was needed" })
end)
