-- Gazetteer, session 21 (gz21): deputy heads of government (vice-premiers,
-- deputy prime ministers, vice-presidents, the European Commission's
-- vice-presidents), leaders' chiefs of staff and advisers, and special
-- envoys that name lists found missing.  Invented sentences: each name,
-- written without its office, is known only through the gazetteer.

local function pair(text, date)
  return sorted_call_pairs(briefing({ text }, date), "date")
end

test("China's vice-premiers", function()
  eq(pair("Liu He spoke by phone with Mike Pompeo on Monday about the trade talks.", "2019-05-15"),
    { "Liu He + Mike Pompeo @ 2019-05-13" })
  eq(pair("Sun Chunlan had a telephone conversation with Antony Blinken on Monday.", "2021-05-12"),
    { "Antony Blinken + Sun Chunlan @ 2021-05-10" })
end)

test("deputy prime ministers of Russia, Britain and Ukraine", function()
  eq(pair("Igor Shuvalov spoke by telephone with Hillary Clinton on Monday.", "2011-06-15"),
    { "Hillary Clinton + Igor Shuvalov @ 2011-06-13" })
  eq(pair("Nick Clegg spoke by phone with Joe Biden on Monday.", "2013-04-10"),
    { "Joe Biden + Nick Clegg @ 2013-04-08" })
  eq(pair("Iryna Vereshchuk held a phone call with Antony Blinken on Monday about the prisoners.", "2022-06-15"),
    { "Antony Blinken + Iryna Vereshchuk @ 2022-06-13" })
end)

test("vice-presidents of Nigeria and of the European Commission", function()
  eq(pair("Yemi Osinbajo spoke by telephone with Mike Pence on Monday.", "2018-05-09"),
    { "Mike Pence + Yemi Osinbajo @ 2018-05-07" })
  eq(pair("Maros Sefcovic spoke by telephone with Boris Johnson on Monday.", "2021-06-16"),
    { "Boris Johnson + Maroš Šefčovič @ 2021-06-14" })
  eq(pair("Margrethe Vestager had a phone call with Mike Pompeo on Monday.", "2020-06-10"),
    { "Margrethe Vestager + Mike Pompeo @ 2020-06-08" })
end)

test("chiefs of staff of the Kremlin and the White House", function()
  eq(pair("Alexander Voloshin spoke by telephone with Condoleezza Rice on Monday.", "2001-10-10"),
    { "Alexander Voloshin + Condoleezza Rice @ 2001-10-08" })
  eq(pair("Dmitry Kozak spoke by telephone with Andriy Yermak on Monday.", "2020-03-11"),
    { "Andriy Yermak + Dmitry Kozak @ 2020-03-09" })
  eq(pair("John Kelly spoke by phone with Benjamin Netanyahu on Monday.", "2018-05-09"),
    { "Benjamin Netanyahu + John F. Kelly @ 2018-05-07" })
  -- the surname alone, the person named nowhere in full
  eq(pair("Meadows telephoned Benjamin Netanyahu on Monday.", "2020-09-16"),
    { "Benjamin Netanyahu + Mark Meadows @ 2020-09-14" })
end)

test("the Elysee's secretary-general; special envoys", function()
  eq(pair("Claude Guéant spoke by telephone with Hillary Clinton on Monday.", "2010-05-12"),
    { "Claude Guéant + Hillary Clinton @ 2010-05-10" })
  eq(pair("Khalilzad spoke by telephone with Ashraf Ghani on Monday.", "2020-03-11"),
    { "Ashraf Ghani + Zalmay Khalilzad @ 2020-03-09" })
  eq(pair("Alexander Lavrentiev spoke by telephone with Staffan de Mistura on Monday.", "2018-02-14"),
    { "Alexander Lavrentiev + Staffan de Mistura @ 2018-02-12" })
  eq(pair("Jared Kushner spoke by telephone with Mohammed bin Salman on Monday.", "2018-10-17"),
    { "Jared Kushner + Mohammed bin Salman @ 2018-10-15" })
end)
