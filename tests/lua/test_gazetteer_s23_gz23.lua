-- Gazetteer, session 23 (gz23): the spokespeople who tell calls.  White
-- House press secretaries and State Department spokespeople, Soviet and
-- Russian spokesmen, German government spokesmen, Downing Street press
-- secretaries, Chinese and Indian foreign ministry spokespeople, Japanese
-- chief cabinet secretaries, the UN's and NATO's.  A named spokesperson
-- whose words do not name a leader ("According to X, the two leaders
-- discussed ...") gives the account of the spokesperson's side; the
-- call stays the leaders'.  Invented sentences.

local function lines(paras, date)
  return claim_lines(extract(paras, date))
end

local function pairs_of(paras, date)
  return sorted_call_pairs(briefing(paras, date), "date")
end

test("White House press secretaries: Ziegler, Nessen, Lockhart", function()
  local l = lines({ "President Nixon spoke by telephone with Chancellor Brandt on Monday.",
    "Ziegler told reporters that the two leaders agreed to keep in close touch." }, "1971-06-16")
  eq(l, { "United States | joint | Ziegler | agreed to keep in close touch" })
  l = lines({ "President Ford telephoned Chancellor Schmidt on Monday.",
    "According to Ron Nessen, the two leaders discussed the economic summit." }, "1975-07-16")
  eq(l, { "United States | joint | Ron Nessen | discussed the economic summit" })
  eq(pairs_of({ "President Ford telephoned Chancellor Schmidt on Monday.",
    "According to Ron Nessen, the two leaders discussed the economic summit." }, "1975-07-16"),
    { "Gerald Ford + Helmut Schmidt @ 1975-07-14" })
  l = lines({ "President Clinton spoke by phone with President Yeltsin on Monday.",
    "Joe Lockhart said Washington welcomed the agreement on Chechnya." }, "1999-11-17")
  eq(l, { "United States | joint | Joe Lockhart | welcomed the agreement on Chechnya" })
end)

test("State Department spokespeople: Tutwiler", function()
  local l = lines({ "James Baker spoke by telephone with Eduard Shevardnadze on Monday.",
    "Tutwiler told reporters that the two ministers agreed to meet in Houston." }, "1990-06-13")
  eq(l, { "United States | joint | Tutwiler | agreed to meet in Houston" })
end)

test("Soviet and Russian spokesmen: Gerasimov, Yastrzhembsky, Gromov, Lukashevich", function()
  local l = lines({ "Mikhail Gorbachev spoke by telephone with George Bush on Monday.",
    "Gennadi Gerasimov told reporters that the two leaders agreed to continue the dialogue." }, "1989-12-13")
  eq(l, { "Soviet Union | joint | Gennadi Gerasimov | agreed to continue the dialogue" })
  l = lines({ "Boris Yeltsin spoke by telephone with Bill Clinton on Monday.",
    "According to Yastrzhembsky, the two presidents discussed NATO enlargement." }, "1997-03-12")
  eq(l, { "Russia | joint | Yastrzhembsky | discussed NATO enlargement" })
  l = lines({ "Vladimir Putin had a telephone conversation with George W. Bush on Monday.",
    "Gromov said Moscow favoured a political settlement." }, "2003-03-12")
  eq(l, { "Russia | joint | Gromov | favoured a political settlement" })
  l = lines({ "Sergei Lavrov spoke by telephone with John Kerry on Monday.",
    "Alexander Lukashevich told reporters that the ministers agreed to work on a conference." }, "2013-05-15")
  eq(l, { "Russia | joint | Alexander Lukashevich | agreed to work on a conference" })
end)

test("German government spokesmen and a Downing Street press secretary", function()
  local l = lines({ "Chancellor Schmidt telephoned President Carter on Monday.",
    "According to Herr Bölling, the two men discussed the Olympic boycott." }, "1980-01-16")
  eq(#l, 1)
  ok(l[1]:find("^West Germany | joint | Herr Bölling |") or l[1]:find("^Germany | joint | Herr Bölling |"), l[1])
  l = lines({ "Chancellor Schröder spoke by telephone with President Bush on Monday.",
    "Heye told reporters that the chancellor and the president agreed to keep in touch." }, "2001-09-19")
  eq(l, { "Germany | joint | Heye | agreed to keep in touch" })
  l = lines({ "Mrs Thatcher spoke by telephone with President Reagan on Monday.",
    "Bernard Ingham said London supported the American mediation." }, "1982-04-21")
  eq(l, { "United Kingdom | joint | Bernard Ingham | supported the American mediation" })
end)

test("Chinese foreign ministry spokespeople, full names only; Mao Ning is not Mao", function()
  local l = lines({ "Xi Jinping spoke by phone with Joe Biden on Monday.",
    "Mao Ning told reporters that the two presidents agreed to keep communication open." }, "2023-11-15")
  eq(l, { "China | joint | Mao Ning | agreed to keep communication open" })
  l = lines({ "Xi Jinping spoke by telephone with Donald Trump on Monday.",
    "According to Zhao Lijian, the two leaders discussed the epidemic." }, "2020-04-01")
  eq(l, { "China | joint | Zhao Lijian | discussed the epidemic" })
end)

test("a Japanese chief cabinet secretary and an Indian MEA spokesman", function()
  local l = lines({ "Prime Minister Obuchi spoke by telephone with President Clinton on Monday.",
    "Nonaka told reporters that the two leaders agreed to cooperate on North Korea." }, "1998-09-02")
  eq(l, { "Japan | joint | Nonaka | agreed to cooperate on North Korea" })
  l = lines({ "Narendra Modi spoke by phone with Barack Obama on Monday.",
    "Akbaruddin said New Delhi welcomed the climate initiative." }, "2014-09-17")
  eq(l, { "India | joint | Akbaruddin | welcomed the climate initiative" })
end)

test("Ukraine's presidential spokesman, the UN's and NATO's", function()
  local l = lines({ "Volodymyr Zelensky spoke by phone with Emmanuel Macron on Monday.",
    "Serhiy Nykyforov told reporters that the two presidents discussed air defence." }, "2023-03-15")
  eq(l, { "Ukraine | joint | Serhiy Nykyforov | discussed air defence" })
  l = lines({ "Kofi Annan spoke by telephone with Tony Blair on Monday.",
    "According to Fred Eckhard, the two men discussed the inspectors' report." }, "2003-02-12")
  eq(l, { "United Nations | joint | Fred Eckhard | discussed the inspectors' report" })
  l = lines({ "Jens Stoltenberg spoke by phone with Recep Tayyip Erdogan on Monday.",
    "Oana Lungescu told reporters that the two leaders discussed Sweden's membership." }, "2023-03-15")
  eq(l, { "NATO | joint | Oana Lungescu | discussed Sweden's membership" })
end)

test("a briefing by phone is no call with the spokesman", function()
  local b = { "President Ford telephoned Chancellor Schmidt on Monday.",
    "Nessen told reporters by phone that the two leaders discussed the economic summit." }
  eq(pairs_of(b, "1975-07-16"), { "Gerald Ford + Helmut Schmidt @ 1975-07-14" })
  eq(lines(b, "1975-07-16"), { "United States | joint | Nessen | discussed the economic summit" })
end)
