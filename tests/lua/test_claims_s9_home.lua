-- The document's home side, session 9: the participant a report names
-- without a nationality is its own country's.  A surname several leaders
-- of one country share ("President Bush", "Prime Minister Sharif",
-- "President Aliyev") is that country's although the date has not yet
-- said which of them it is; unnamed officials then speak for it.  Short
-- invented paragraphs.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end

test("a surname shared within one country gives the home side", function()
  eq(lines({ "President Bush telephoned President Boris Yeltsin of Russia on Monday, officials said.",
      "Mr. Bush urged the Russian leader to halt the offensive, administration officials said." }, "1995-01-10"),
    { "United States | Mr. Bush | officials | urged the Russian leader to halt the offensive" })
  eq(lines({ "Prime Minister Sharif spoke by telephone with President Xi Jinping of China on Tuesday.",
      "Mr. Sharif assured the Chinese leader that the corridor projects would be protected, officials said." }, "2015-04-08"),
    { "Pakistan | Mr. Sharif | officials | the corridor projects would be protected" })
  eq(lines({ "President Aliyev received a telephone call from President Emmanuel Macron of France on Friday.",
      "Mr. Aliyev told the French president that the talks should resume in Brussels, officials said." }, "2021-03-14"),
    { "Azerbaijan | Mr. Aliyev | officials | the talks should resume in Brussels" })
end)
