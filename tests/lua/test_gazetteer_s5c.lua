-- The gazetteer before 1992 and the namesakes the date tells apart: the two
-- Presidents Bush, the Soviet Union, East Germany, Czechoslovakia and the
-- last Yugoslav presidency, the 1980s.  Short articles written for the test.

local function pairs_on(s, d) return call_pairs(briefing({ s }, d)) end

test("father and son Bush, by the date", function()
  eq(pairs_on("President Bush spoke by telephone with Prime Minister Major on Monday.", "1991-03-11"),
    { "George H. W. Bush + John Major" })
  eq(pairs_on("George Bush spoke by telephone with John Major on Monday.", "1991-03-11"),
    { "George H. W. Bush + John Major" })
  eq(pairs_on("President Bush spoke by telephone with Prime Minister Blair on Monday.", "2003-03-10"),
    { "George W. Bush + Tony Blair" })
  eq(pairs_on("George Bush spoke by telephone with Tony Blair on Monday.", "2003-03-10"),
    { "George W. Bush + Tony Blair" })
  eq(pairs_on("Bush spoke by telephone with Blair on Monday.", "2003-03-10"),
    { "George W. Bush + Tony Blair" })
  -- the full names still name each one
  eq(pairs_on("George W. Bush spoke by telephone with Tony Blair on Monday.", "2003-03-10"),
    { "George W. Bush + Tony Blair" })
  eq(pairs_on("George H. W. Bush spoke by telephone with John Major on Monday.", "1991-03-11"),
    { "George H. W. Bush + John Major" })
end)

test("other namesakes in office at different times", function()
  eq(pairs_on("Assad spoke by telephone with Clinton on Monday.", "1995-03-13"), { "Bill Clinton + Hafez al-Assad" })
  eq(pairs_on("President Assad spoke by telephone with Putin on Monday.", "2015-03-16"), { "Bashar al-Assad + Vladimir Putin" })
  eq(pairs_on("President Aliyev spoke by telephone with Clinton on Monday.", "1995-03-13"), { "Bill Clinton + Heydar Aliyev" })
  eq(pairs_on("Kabila spoke by telephone with Clinton on Monday.", "1998-03-16"), { "Bill Clinton + Laurent-Désiré Kabila" })
  eq(pairs_on("President Kabila spoke by telephone with Obama on Monday.", "2010-03-15"), { "Barack Obama + Joseph Kabila" })
  eq(pairs_on("Papandreou spoke by telephone with Kohl on Monday.", "1994-03-14"), { "Andreas Papandreou + Helmut Kohl" })
  eq(pairs_on("Prime Minister Papandreou spoke by telephone with Merkel on Monday.", "2010-03-15"), { "Angela Merkel + George Papandreou" })
  eq(pairs_on("President Karamanlis spoke by telephone with Kohl on Monday.", "1994-03-14"), { "Constantine Karamanlis + Helmut Kohl" })
  eq(pairs_on("Karamanlis spoke by telephone with Merkel on Monday.", "2006-03-13"), { "Angela Merkel + Kostas Karamanlis" })
end)

test("the Soviet Union", function()
  eq(pairs_on("President Bush spoke by telephone with President Gorbachev on Wednesday.", "1991-08-21"),
    { "George H. W. Bush + Mikhail Gorbachev" })
  eq(pairs_on("The Soviet leader spoke by telephone with the American president on Wednesday.", "1991-12-25"),
    { "George H. W. Bush + Mikhail Gorbachev" })
  eq(pairs_on("The Soviet foreign minister spoke by telephone with Baker on Monday.", "1990-03-12"),
    { "Eduard Shevardnadze + James Baker" })
  eq(pairs_on("The Soviet foreign minister spoke by telephone with Baker on Monday.", "1991-03-11"),
    { "Alexander Bessmertnykh + James Baker" })
  eq(pairs_on("The Soviet prime minister spoke by telephone with Kohl on Monday.", "1990-03-12"),
    { "Helmut Kohl + Nikolai Ryzhkov" })
  eq(pairs_on("The Soviet president spoke by telephone with Thatcher on Monday.", "1986-06-09"),
    { "Andrei Gromyko + Margaret Thatcher" })
  eq(pairs_on("Vice President Yanayev spoke by telephone with Mitterrand on Monday.", "1991-08-19"),
    { "François Mitterrand + Gennady Yanayev" })
end)

test("East Germany, Czechoslovakia and the SFRY presidency", function()
  eq(pairs_on("Gorbachev spoke by telephone with the East German prime minister on Monday.", "1990-06-11"),
    { "Lothar de Maizière + Mikhail Gorbachev" })
  eq(pairs_on("Chancellor Kohl spoke by telephone with de Maizière on Monday.", "1990-06-11"),
    { "Helmut Kohl + Lothar de Maizière" })
  eq(pairs_on("Panetta spoke by telephone with de Maizière on Monday.", "2012-06-11"),
    { "Leon Panetta + Thomas de Maizière" })
  eq(pairs_on("The East German leader spoke by telephone with Chancellor Kohl on Thursday.", "1989-10-26"),
    { "Egon Krenz + Helmut Kohl" })
  eq(pairs_on("The Czechoslovak president spoke by telephone with Gorbachev on Monday.", "1990-06-11"),
    { "Mikhail Gorbachev + Václav Havel" })
  eq(pairs_on("The Yugoslav president spoke by telephone with Gorbachev on Monday.", "1991-08-05"),
    { "Mikhail Gorbachev + Stjepan Mesić" })
  eq(pairs_on("The Yugoslav president spoke by telephone with Gorbachev on Monday.", "1990-09-10"),
    { "Borisav Jović + Mikhail Gorbachev" })
end)

test("the 1980s: role phrases", function()
  eq(pairs_on("The Chinese premier spoke by telephone with the Japanese prime minister on Monday.", "1984-03-12"),
    { "Yasuhiro Nakasone + Zhao Ziyang" })
  eq(pairs_on("The Indian prime minister spoke by telephone with the Pakistani president on Monday.", "1987-03-16"),
    { "Muhammad Zia-ul-Haq + Rajiv Gandhi" })
  eq(pairs_on("The Indian prime minister spoke by telephone with the British prime minister on Monday.", "1983-03-14"),
    { "Indira Gandhi + Margaret Thatcher" })
  eq(pairs_on("The West German chancellor spoke by telephone with the French president on Monday.", "1981-03-16"),
    { "Helmut Schmidt + Valéry Giscard d'Estaing" })
  eq(pairs_on("The Italian prime minister spoke by telephone with the NATO secretary-general on Monday.", "1985-03-11"),
    { "Bettino Craxi + Lord Carrington" })
  eq(pairs_on("The Israeli prime minister spoke by telephone with the Egyptian president on Monday.", "1985-03-11"),
    { "Hosni Mubarak + Shimon Peres" })
  eq(pairs_on("The Canadian prime minister spoke by telephone with the American president on Monday.", "1983-03-14"),
    { "Pierre Trudeau + Ronald Reagan" })
  eq(pairs_on("The UN secretary-general spoke by telephone with the French foreign minister on Monday.", "1981-03-16"),
    { "Jean François-Poncet + Kurt Waldheim" })
  eq(pairs_on("The British foreign secretary spoke by telephone with the American secretary of state on Monday.", "1985-03-11"),
    { "Geoffrey Howe + George Shultz" })
end)

test("the 1980s: fathers and sons, and Begin", function()
  eq(pairs_on("Trudeau spoke by telephone with Reagan on Monday.", "1983-03-14"), { "Pierre Trudeau + Ronald Reagan" })
  eq(pairs_on("Trudeau spoke by telephone with Obama on Monday.", "2016-03-14"), { "Barack Obama + Justin Trudeau" })
  eq(pairs_on("Abe spoke by telephone with Shultz on Monday.", "1984-03-12"), { "George Shultz + Shintaro Abe" })
  eq(pairs_on("Abe spoke by telephone with Obama on Monday.", "2015-03-16"), { "Barack Obama + Shinzo Abe" })
  eq(pairs_on("Gandhi spoke by telephone with Reagan on Monday.", "1987-03-16"), { "Rajiv Gandhi + Ronald Reagan" })
  eq(pairs_on("Begin spoke by telephone with Carter on Monday.", "1980-03-10"), { "Jimmy Carter + Menachem Begin" })
  eq(pairs_on("Talks begin on Monday. Reagan spoke by telephone with Thatcher on Monday.", "1985-03-11"),
    { "Margaret Thatcher + Ronald Reagan" })
end)

test("Bhutan", function()
  eq(pairs_on("The Bhutanese prime minister spoke by telephone with the Indian prime minister on Monday.", "2020-03-16"),
    { "Lotay Tshering + Narendra Modi" })
  eq(pairs_on("The Bhutanese king spoke by telephone with the Indian prime minister on Monday.", "2020-03-16"),
    { "Jigme Khesar Namgyel Wangchuck + Narendra Modi" })
end)
