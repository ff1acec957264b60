-- The gazetteer, session 6: states it lacked (Haiti, Jamaica, Costa Rica,
-- Iceland, Liberia, Namibia, Botswana, Timor-Leste), Zaire's Mobutu, and
-- Malaysia's Anwar by his given name, as Malaysian usage has it.  Surnames
-- and role phrases name the people in office on the date.  Short articles
-- written for the test.

local function pairs_on(s, d) return call_pairs(briefing({ s }, d)) end

test("the Caribbean and Central America: surnames and role phrases by the date", function()
  eq(pairs_on("President Obama spoke by telephone with President Preval on Friday.", "2010-01-16"),
    { "Barack Obama + René Préval" })
  eq(pairs_on("The Haitian president spoke by phone with the Dominican president on Monday.", "2019-03-12"),
    { "Danilo Medina + Jovenel Moïse" })
  eq(pairs_on("Clinton telephoned Aristide on Sunday.", "1994-10-17"), { "Bill Clinton + Jean-Bertrand Aristide" })
  eq(pairs_on("Prime Minister Holness spoke by phone with Justin Trudeau on Monday.", "2021-02-09"),
    { "Andrew Holness + Justin Trudeau" })
  eq(pairs_on("The Jamaican prime minister spoke by phone with Tony Blair on Monday.", "2004-09-14"),
    { "P. J. Patterson + Tony Blair" })
  eq(pairs_on("President Arias spoke by telephone with President Uribe on Monday.", "2008-03-04"),
    { "Álvaro Uribe + Óscar Arias" })
  eq(pairs_on("The Costa Rican president spoke by phone with President Bukele on Monday.", "2023-05-16"),
    { "Nayib Bukele + Rodrigo Chaves Robles" })
end)

test("Iceland, Liberia, Namibia, Botswana", function()
  eq(pairs_on("Prime Minister Haarde spoke by phone with Gordon Brown on Thursday.", "2008-10-10"),
    { "Geir Haarde + Gordon Brown" })
  eq(pairs_on("The Icelandic prime minister spoke by telephone with the Danish prime minister on Monday.", "2022-03-08"),
    { "Katrín Jakobsdóttir + Mette Frederiksen" })
  eq(pairs_on("President Johnson Sirleaf spoke by phone with President Obama on Tuesday.", "2014-09-03"),
    { "Barack Obama + Ellen Johnson Sirleaf" })
  eq(pairs_on("President Weah received a phone call from President Macron on Monday.", "2019-03-12"),
    { "Emmanuel Macron + George Weah" })
  eq(pairs_on("The Namibian president spoke by telephone with President Ramaphosa on Monday.", "2020-04-07"),
    { "Cyril Ramaphosa + Hage Geingob" })
  eq(pairs_on("President Masisi spoke by phone with President Mnangagwa on Friday.", "2019-06-15"),
    { "Emmerson Mnangagwa + Mokgweetsi Masisi" })
end)

test("Timor-Leste, Zaire, and Malaysia's Anwar", function()
  eq(pairs_on("President Ramos-Horta spoke by phone with Prime Minister Albanese on Monday.", "2022-06-07"),
    { "Anthony Albanese + José Ramos-Horta" })
  eq(pairs_on("Prime Minister Xanana Gusmão spoke by telephone with President Yudhoyono on Monday.", "2010-03-09"),
    { "Susilo Bambang Yudhoyono + Xanana Gusmão" })
  eq(pairs_on("President Mandela telephoned President Mobutu on Tuesday.", "1997-05-08"),
    { "Mobutu Sese Seko + Nelson Mandela" })
  eq(pairs_on("Anwar spoke by phone with Erdogan on Friday.", "2023-11-05"),
    { "Anwar Ibrahim + Recep Tayyip Erdoğan" })
  -- "Guterres" alone stays the UN's secretary-general while Lú-Olo is president
  eq(pairs_on("Guterres spoke by phone with President Macron on Monday.", "2019-03-12"),
    { "António Guterres + Emmanuel Macron" })
end)

test("a counterpart of a leader in a country without that office is that country's leader", function()
  eq(pairs_on("Scholz spoke by phone with his Italian counterpart on Monday.", "2023-03-15"),
    { "Giorgia Meloni + Olaf Scholz" })
  eq(pairs_on("Chancellor Merkel telephoned her French counterpart on Monday.", "2019-03-12"),
    { "Angela Merkel + Emmanuel Macron" })
  eq(pairs_on("Chancellor Scholz spoke by phone with his Turkish counterpart on Monday.", "2023-03-15"),
    { "Olaf Scholz + Recep Tayyip Erdoğan" })
  eq(pairs_on("President Biden spoke by phone with his British counterpart on Monday.", "2023-03-15"),
    { "Joe Biden + Rishi Sunak" })
  -- the same office where the other country has it
  eq(pairs_on("Macron spoke by phone with his Turkish counterpart on Monday.", "2023-03-15"),
    { "Emmanuel Macron + Recep Tayyip Erdoğan" })
  eq(pairs_on("Lavrov spoke by phone with his Turkish counterpart on Monday.", "2023-03-15"),
    { "Mevlüt Çavuşoğlu + Sergey Lavrov" })
end)
