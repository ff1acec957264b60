-- Gazetteer, session 18 (gz18): foreign ministers of 1959-2025 and leaders
-- that name lists found missing: Iceland's, Tanzania's, Cuba's,
-- Venezuela's, Kosovo's and Kyrgyzstan's foreign ministers, Luxembourg's
-- Poos and Grand Duke Jean, Greece's prime ministers of 1965-1967,
-- Lebanon's Takieddin el-Solh, Mongolia's Batmönkh, and the press's
-- spellings "Kais Saeid" and "Sheikh Nawaf".  Invented sentences.

local function pair(text, date)
  return sorted_call_pairs(briefing({ text }, date), "date")
end

test("foreign ministers of Europe and Central Asia", function()
  eq(pair("Foreign Minister Ossur Skarphedinsson spoke by telephone with Secretary-General Ban Ki-moon on Monday.", "2011-05-04"),
    { "Ban Ki-moon + Össur Skarphéðinsson @ 2011-05-02" })
  eq(pair("Foreign Minister Jacques Poos telephoned Secretary-General Boutros Boutros-Ghali on Monday.", "1992-05-06"),
    { "Boutros Boutros-Ghali + Jacques Poos @ 1992-05-04" })
  eq(pair("Foreign Minister Donika Gervalla spoke by telephone with Secretary-General Antonio Guterres on Monday.", "2022-05-04"),
    { "António Guterres + Donika Gërvalla-Schwarz @ 2022-05-02" })
  eq(pair("Foreign Minister Ruslan Kazakbayev spoke by telephone with Secretary-General Antonio Guterres on Monday.", "2021-05-05"),
    { "António Guterres + Ruslan Kazakbaev @ 2021-05-03" })
end)

test("foreign ministers of Africa and the Americas", function()
  eq(pair("Foreign Minister Bernard Membe spoke by telephone with Secretary-General Ban Ki-moon on Monday.", "2012-05-09"),
    { "Ban Ki-moon + Bernard Membe @ 2012-05-07" })
  eq(pair("Foreign Minister Louise Mushikiwabo telephoned Secretary-General Ban Ki-moon on Monday.", "2015-05-06"),
    { "Ban Ki-moon + Louise Mushikiwabo @ 2015-05-04" })
  eq(pair("Foreign Minister Isidoro Malmierca spoke by telephone with Secretary-General Javier Perez de Cuellar on Monday.", "1985-05-08"),
    { "Isidoro Malmierca + Javier Pérez de Cuéllar @ 1985-05-06" })
  eq(pair("Foreign Minister Aristides Calvani spoke by telephone with Secretary-General U Thant on Monday.", "1971-05-05"),
    { "Arístides Calvani + U Thant @ 1971-05-03" })
end)

test("leaders of the 1960s-1980s", function()
  eq(pair("Premier Stephanopoulos spoke by telephone with Secretary-General U Thant on Monday.", "1966-05-04"),
    { "Stefanos Stefanopoulos + U Thant @ 1966-05-02" })
  eq(pair("Prime Minister Takieddin Solh telephoned Secretary-General Kurt Waldheim on Monday.", "1974-03-06"),
    { "Kurt Waldheim + Takieddin el-Solh @ 1974-03-04" })
  eq(pair("Chairman Batmonkh spoke by telephone with Secretary-General Javier Perez de Cuellar on Monday.", "1987-05-06"),
    { "Jambyn Batmönkh + Javier Pérez de Cuéllar @ 1987-05-04" })
  eq(pair("Grand Duke Jean spoke by telephone with Secretary-General Javier Perez de Cuellar on Monday.", "1985-05-08"),
    { "Grand Duke Jean + Javier Pérez de Cuéllar @ 1985-05-06" })
end)

test("the press's spellings of leaders", function()
  eq(pair("President Kais Saeid spoke by telephone with Secretary-General Antonio Guterres on Monday.", "2021-05-05"),
    { "António Guterres + Kais Saied @ 2021-05-03" })
  eq(pair("Crown Prince Sheikh Nawaf spoke by telephone with Secretary-General Ban Ki-moon on Monday.", "2010-05-05"),
    { "Ban Ki-moon + Nawaf Al-Ahmad Al-Jaber Al-Sabah @ 2010-05-03" })
end)

test("foreign ministers of the 1960s", function()
  eq(pair("Foreign Secretary Lord Home spoke by telephone with Secretary-General U Thant on Monday.", "1962-10-24"),
    { "Alec Douglas-Home + U Thant @ 1962-10-22" })
  eq(pair("Foreign Minister Fernando Maria Castiella telephoned Secretary-General U Thant on Monday.", "1965-05-05"),
    { "Fernando María Castiella + U Thant @ 1965-05-03" })
  eq(pair("Foreign Minister Adam Rapacki spoke by telephone with Secretary-General U Thant on Monday.", "1965-05-05"),
    { "Adam Rapacki + U Thant @ 1965-05-03" })
end)
