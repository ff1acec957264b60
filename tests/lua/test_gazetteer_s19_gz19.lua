-- Gazetteer, session 19 (gz19): defence ministers of 1960-2025, vice
-- presidents, and heads of government of the Caribbean and the Pacific
-- that name lists found missing.  Invented sentences.

local function pair(text, date)
  return sorted_call_pairs(briefing({ text }, date), "date")
end

test("defence ministers of Europe and the United States", function()
  eq(pair("Defense Secretary Robert McNamara spoke by telephone with Secretary-General U Thant on Monday.", "1965-05-05"),
    { "Robert McNamara + U Thant @ 1965-05-03" })
  eq(pair("Defence Secretary Geoff Hoon spoke by telephone with Secretary-General Kofi Annan on Monday.", "2003-02-05"),
    { "Geoff Hoon + Kofi Annan @ 2003-02-03" })
  eq(pair("Defence Minister Volker Ruehe spoke by telephone with Secretary-General Boutros Boutros-Ghali on Monday.", "1994-05-04"),
    { "Boutros Boutros-Ghali + Volker Rühe @ 1994-05-02" })
  eq(pair("Defence Minister Marshal Dmitri Yazov spoke by telephone with Secretary-General Javier Perez de Cuellar on Monday.", "1989-05-03"),
    { "Dmitry Yazov + Javier Pérez de Cuéllar @ 1989-05-01" })
  eq(pair("Defence Minister Carme Chacon spoke by telephone with Secretary-General Ban Ki-moon on Monday.", "2010-05-05"),
    { "Ban Ki-moon + Carme Chacón @ 2010-05-03" })
end)

test("defence ministers of Asia and the Pacific", function()
  eq(pair("General Chi Haotian spoke by telephone with Secretary-General Kofi Annan on Monday.", "1999-05-05"),
    { "Chi Haotian + Kofi Annan @ 1999-05-03" })
  eq(pair("Defence Minister Song Young Moo spoke by telephone with Secretary-General Antonio Guterres on Monday.", "2018-05-09"),
    { "António Guterres + Song Young-moo @ 2018-05-07" })
  eq(pair("Linda Reynolds spoke by telephone with Secretary-General Antonio Guterres on Monday.", "2020-05-06"),
    { "António Guterres + Linda Reynolds @ 2020-05-04" })
  eq(pair("Shaul Mofaz spoke by telephone with Secretary-General Kofi Annan on Monday.", "2004-05-05"),
    { "Kofi Annan + Shaul Mofaz @ 2004-05-03" })
end)

test("vice presidents", function()
  eq(pair("Wang Qishan spoke by telephone with Secretary-General Antonio Guterres on Monday.", "2020-05-06"),
    { "António Guterres + Wang Qishan @ 2020-05-04" })
  eq(pair("Fuat Oktay spoke by telephone with Secretary-General Antonio Guterres on Monday.", "2020-05-06"),
    { "António Guterres + Fuat Oktay @ 2020-05-04" })
  eq(pair("Vice President Omar Soliman spoke by telephone with Secretary-General Ban Ki-moon on Monday.", "2011-02-09"),
    { "Ban Ki-moon + Omar Suleiman @ 2011-02-07" })
end)

test("heads of government of the Caribbean and the Pacific", function()
  eq(pair("Prime Minister Bernard St. John spoke by telephone with Secretary-General Javier Perez de Cuellar on Monday.", "1985-05-08"),
    { "Bernard St. John + Javier Pérez de Cuéllar @ 1985-05-06" })
  eq(pair("Prime Minister Timoci Bavadra spoke by telephone with Secretary-General Javier Perez de Cuellar on Monday.", "1987-05-06"),
    { "Javier Pérez de Cuéllar + Timoci Bavadra @ 1987-05-04" })
  eq(pair("Prime Minister Prince Tu'ipelehake spoke by telephone with Secretary-General Kurt Waldheim on Monday.", "1975-05-07"),
    { "Fatafehi Tu'ipelehake + Kurt Waldheim @ 1975-05-05" })
end)
