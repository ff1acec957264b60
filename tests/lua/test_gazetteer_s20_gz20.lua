-- Gazetteer, session 20 (gz20): heads of international organisations
-- (the IMF, the World Bank, UN agencies, the Commonwealth, the OIC, the
-- GCC, ECOWAS), UN envoys and national security advisers that name lists
-- found missing.  Invented sentences: each name, written without its
-- office, is known only through the gazetteer.

local function pair(text, date)
  return sorted_call_pairs(briefing({ text }, date), "date")
end

test("heads of the IMF and the World Bank", function()
  eq(pair("Christine Lagarde spoke by telephone with Alexis Tsipras on Monday about the bailout.", "2015-06-10"),
    { "Alexis Tsipras + Christine Lagarde @ 2015-06-08" })
  eq(pair("Kristalina Georgieva had a phone call with Volodymyr Zelensky on Monday.", "2022-05-11"),
    { "Kristalina Georgieva + Volodymyr Zelensky @ 2022-05-09" })
  eq(pair("Michel Camdessus telephoned Boris Yeltsin on Monday to discuss the rouble.", "1998-08-19"),
    { "Boris Yeltsin + Michel Camdessus @ 1998-08-17" })
  eq(pair("Robert Zoellick spoke by phone with Gordon Brown on Monday.", "2009-03-11"),
    { "Gordon Brown + Robert Zoellick @ 2009-03-09" })
end)

test("heads of UN agencies", function()
  eq(pair("Filippo Grandi spoke by telephone with Recep Tayyip Erdogan on Monday about the refugees.", "2016-03-09"),
    { "Filippo Grandi + Recep Tayyip Erdoğan @ 2016-03-07" })
  eq(pair("Sadako Ogata telephoned Douglas Hurd on Monday.", "1993-04-14"),
    { "Douglas Hurd + Sadako Ogata @ 1993-04-12" })
  eq(pair("David Beasley held a phone call with Abiy Ahmed on Monday.", "2021-06-09"),
    { "Abiy Ahmed + David Beasley @ 2021-06-07" })
end)

test("secretaries-general of the Commonwealth, the OIC and the GCC; ECOWAS", function()
  eq(pair("Emeka Anyaoku spoke by telephone with Nelson Mandela on Monday.", "1995-11-15"),
    { "Emeka Anyaoku + Nelson Mandela @ 1995-11-13" })
  eq(pair("Ekmeleddin Ihsanoglu telephoned Hamid Karzai on Monday.", "2010-06-09"),
    { "Ekmeleddin İhsanoğlu + Hamid Karzai @ 2010-06-07" })
  eq(pair("Abdullah Bishara telephoned James Baker on Monday about the invasion.", "1990-08-08"),
    { "Abdullah Bishara + James Baker @ 1990-08-06" })
  eq(pair("Mohamed Ibn Chambas spoke by phone with Olusegun Obasanjo on Monday.", "2005-05-11"),
    { "Mohamed Ibn Chambas + Olusegun Obasanjo @ 2005-05-09" })
end)

test("UN envoys", function()
  eq(pair("Staffan de Mistura spoke by telephone with Sergei Lavrov on Monday.", "2016-02-10"),
    { "Sergey Lavrov + Staffan de Mistura @ 2016-02-08" })
  eq(pair("Hans Grundberg had a phone call with Faisal bin Farhan on Monday.", "2022-03-09"),
    { "Faisal bin Farhan Al Saud + Hans Grundberg @ 2022-03-07" })
end)

test("national security advisers and foreign-policy aides", function()
  eq(pair("Vladimir Rushailo spoke by telephone with Condoleezza Rice on Monday.", "2002-06-12"),
    { "Condoleezza Rice + Vladimir Rushailo @ 2002-06-10" })
  eq(pair("Christoph Heusgen spoke by telephone with Susan Rice on Monday.", "2014-03-12"),
    { "Christoph Heusgen + Susan Rice @ 2014-03-10" })
  eq(pair("Meir Ben-Shabbat spoke by phone with Robert O'Brien on Monday.", "2020-08-12"),
    { "Meir Ben-Shabbat + Robert O'Brien @ 2020-08-10" })
  -- the surname alone, the person named nowhere in full
  eq(pair("Bonne spoke by telephone with Jake Sullivan on Monday.", "2022-02-16"),
    { "Emmanuel Bonne + Jake Sullivan @ 2022-02-14" })
end)
