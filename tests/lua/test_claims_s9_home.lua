-- The document's home side, session 9: the participant a report names
-- without a nationality is its own country's.  A surname several leaders
-- of one country share ("President Bush", "Prime Minister Sharif",
-- "President Aliyev") is that country's although the date has not yet
-- said which of them it is (session 12: extraction settles it when one of
-- them held that office on the report's day, "Mr. Bush" of 1995 stays as
-- written); unnamed officials then speak for it.  Short
-- invented paragraphs.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end

test("a surname shared within one country gives the home side", function()
  eq(lines({ "President Bush telephoned President Boris Yeltsin of Russia on Monday, officials said.",
      "Mr. Bush urged the Russian leader to halt the offensive, administration officials said." }, "1995-01-10"),
    { "United States | Mr. Bush | officials | urged the Russian leader to halt the offensive" })
  eq(lines({ "Prime Minister Sharif spoke by telephone with President Xi Jinping of China on Tuesday.",
      "Mr. Sharif assured the Chinese leader that the corridor projects would be protected, officials said." }, "2015-04-08"),
    { "Pakistan | Nawaz Sharif | officials | the corridor projects would be protected" })
  eq(lines({ "President Aliyev received a telephone call from President Emmanuel Macron of France on Friday.",
      "Mr. Aliyev told the French president that the talks should resume in Brussels, officials said." }, "2021-03-14"),
    { "Azerbaijan | Ilham Aliyev | officials | the talks should resume in Brussels" })
end)

-- A participant telling, on another occasion, what the other participant
-- said, promised or agreed in the call reports the call.
test("a participant telling what the other one had said in the call", function()
  eq(lines({ "President Luis Arce spoke by phone with President Gabriel Boric on Friday.",
      "Arce told a rally on Saturday that Boric had promised to reopen the border crossings." }, "2023-05-21"),
    { "Bolivia | Gabriel Boric | - | Boric had promised to reopen the border crossings" })
  eq(lines({ "Prime Minister Kishida Fumio held a telephone call with President Yoon Suk Yeol on Monday.",
      "Kishida told parliament the next day that Yoon had agreed to resume the shuttle visits." }, "2023-02-15"),
    { "Japan | Yoon Suk Yeol | - | Yoon had agreed to resume the shuttle visits" })
end)

-- "The President of Russia" is an office that speaks, not the Kremlin's
-- site as a news source of no side.
test("an office named as an official site is still the office", function()
  eq(lines({ "President Vladimir Putin had a telephone conversation with President Emmanuel Macron on Thursday.",
      "The President of Russia confirmed that Moscow was ready for further talks." }, "2022-03-04"),
    { "Russia | Vladimir Putin | - | Moscow was ready for further talks" })
  eq(lines({ "President Volodymyr Zelensky spoke by phone with Chancellor Olaf Scholz on Monday.",
      "The President of Ukraine said that air defence remained the first priority." }, "2023-01-10"),
    { "Ukraine | Volodymyr Zelensky | - | air defence remained the first priority" })
end)

-- What a point from another venue goes on with ("and that ...") reports
-- the call when the point before it does.
test("a continuation of a point that reports the call", function()
  eq(lines({ "President Emmanuel Macron spoke to President Vladimir Putin by phone on Thursday.",
      "An Elysee official told reporters that Macron had told Putin he was deceiving himself and that the worst is yet to come, according to the French presidency." }, "2022-03-04"),
    { "France | Emmanuel Macron | An Elysee official | he was deceiving himself",
      "France | Emmanuel Macron | the French presidency | the worst is yet to come" })
  eq(lines({ "Prime Minister Fumio Kishida held a phone call with President Joe Biden on Friday.",
      "Kishida told lawmakers on Monday that he had assured Biden Japan would double its defence budget and that the allies are planning joint drills, his office said." }, "2023-01-17"),
    { "Japan | Fumio Kishida | his office | Japan would double its defence budget; the allies are planning joint drills" })
end)

-- The purpose of a call verb that gave no call of the sentence belongs to
-- that other contact, not to the call the sentence reports.
test("the purpose of another contact in a relative clause", function()
  eq(lines({ "Prime Minister Tony Blair telephoned President Bill Clinton, who later called the party leader David Trimble to urge him to stay in the talks." }, "1998-04-09"),
    {})
  eq(lines({ "Chancellor Helmut Kohl telephoned President George H. W. Bush, who afterwards rang the opposition leader Hans Vogel to ask for his support." }, "1990-02-12"),
    {})
  -- the purpose of the call itself is kept
  eq(lines({ "Prime Minister Tony Blair telephoned President Bill Clinton on Tuesday to urge him to stay involved in the talks." }, "1998-04-09"),
    { "United Kingdom | Tony Blair | - | urge him to stay involved in the talks" })
end)

-- A dateline's place ("PARIS, Dec. 1 --") is where the report was filed:
-- no account that the aides of the next sentences would speak through.
test("a dateline's place is no account", function()
  local function dated(paras, pub, dl)
    local ex = extract(paras, pub, { dateline = { text = dl, place = dl:match("^(%u+)") } })
    return claim_lines(ex)
  end
  eq(dated({ "PARIS, Dec. 1 -- President François Mitterrand and Chancellor Helmut Kohl spoke by telephone on Friday.",
      "An aide to Mr. Mitterrand said the President had told the Chancellor that Europe came first." },
      "1989-12-02", "PARIS, Dec. 1 --"),
    { "France | François Mitterrand | An aide to Mr. Mitterrand | Europe came first" })
  eq(dated({ "MOSCOW, March 3 -- President Boris Yeltsin and Chancellor Helmut Kohl spoke by telephone on Thursday.",
      "A Kremlin aide said Mr. Yeltsin had asked for patience." },
      "1994-03-04", "MOSCOW, March 3 --"),
    { "Russia | Boris Yeltsin | A Kremlin aide | asked for patience" })
end)

-- "In Islamabad, the Prime Minister's Office said ...": the office of the
-- prime minister of the place the sentence opens in, not of the prime
-- minister the text named last.
test("an office of a bare title in a sentence opening in a capital", function()
  eq(lines({ "Prime Minister Narendra Modi on Monday telephoned his Pakistani counterpart Nawaz Sharif.",
      "In Islamabad, the Prime Minister's Office said Mr. Sharif had thanked Mr. Modi." }, "2017-06-27"),
    { "Pakistan | Nawaz Sharif | the Prime Minister's Office | thanked Mr. Modi" })
  eq(lines({ "Chancellor Olaf Scholz spoke by phone with President Emmanuel Macron on Friday.",
      "In Paris, the President's office said the two had agreed on the budget." }, "2023-03-04"),
    { "France | joint | the President's office | agreed on the budget" })
end)

-- A closing quotation mark whose opening one was left before the words
-- ("stressed that \"all issues, including Kashmir\", should be resolved")
-- opens the words, not closes them after their end.
test("a quotation whose opening mark is before the claim", function()
  eq(lines({ "Prime Minister Narendra Modi telephoned Prime Minister Nawaz Sharif on Monday.",
      "Pakistan's foreign office said Mr. Sharif stressed that \"all outstanding issues, including Kashmir\", must be resolved through dialogue." }, "2017-06-27"),
    { "Pakistan | Nawaz Sharif | Pakistan's foreign office | \"all outstanding issues, including Kashmir\", must be resolved through dialogue" })
end)

-- "according to" a norm ("according to Indonesian law", "according to
-- plan") is no account: the words stay whole.
test("'according to' a norm is no attribution", function()
  eq(lines({ "Prime Minister John Howard telephoned President Susilo Bambang Yudhoyono on Thursday.",
      "Mr Howard said afterwards that Dr Yudhoyono had assured him the cases would be handled according to Indonesian law." }, "2005-04-29"),
    { "Australia | John Howard | - | the cases would be handled according to Indonesian law" })
end)

-- The name first, its office in apposition after it: "Marlin Fitzwater,
-- the President's spokesman, said ..." is that office's account.
test("a name with its office after it, before the verb of saying", function()
  local C = "President Ronald Reagan spoke by phone with General Secretary Mikhail Gorbachev on Sunday."
  eq(lines({ C, "Marlin Fitzwater, the President's spokesman, said the call had been friendly and businesslike." }, "1987-11-23"),
    { "United States | joint | the President's spokesman | the call had been friendly and businesslike" })
  eq(lines({ C, "Larry Speakes, the White House spokesman, said the two leaders had agreed to meet in December." }, "1987-11-23"),
    { "United States | joint | the White House spokesman | agreed to meet in December" })
end)
