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
