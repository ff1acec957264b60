-- Gazetteer, session 22 (gz22): office holders of 1970-2025 that the
-- gazetteer lacked (heads of government and of state, then foreign
-- ministers).  Invented sentences: each call has one newly added person,
-- named or written only as an office, and a leader already known.

local function pair(text, date)
  return sorted_call_pairs(briefing({ text }, date), "date")
end

test("heads of government of Malta, Qatar, Yemen and the UAE", function()
  -- the office alone, in Fenech Adami's first premiership
  eq(pair("The Maltese prime minister spoke by telephone with Helmut Kohl on Monday.", "1990-06-13"),
    { "Eddie Fenech Adami + Helmut Kohl @ 1990-06-11" })
  eq(pair("Dom Mintoff telephoned Muammar Gaddafi on Monday.", "1980-03-12"),
    { "Dom Mintoff + Muammar Gaddafi @ 1980-03-10" })
  eq(pair("Alfred Sant spoke by phone with Romano Prodi on Monday.", "1997-05-14"),
    { "Alfred Sant + Romano Prodi @ 1997-05-12" })
  eq(pair("The Qatari prime minister telephoned King Fahd on Monday.", "1990-08-15"),
    { "Khalifa bin Hamad Al Thani + King Fahd @ 1990-08-13" })
  eq(pair("Haidar Abu Bakr al-Attas spoke by telephone with James Baker on Monday.", "1990-11-14"),
    { "Haidar Abu Bakr al-Attas + James Baker @ 1990-11-12" })
  eq(pair("Sheikh Rashid bin Saeed telephoned King Khalid on Monday.", "1980-05-14"),
    { "Khalid bin Abdulaziz Al Saud + Rashid bin Saeed Al Maktoum @ 1980-05-12" })
end)

test("heads of government of Madagascar and Haiti", function()
  eq(pair("Guy Razanamasy telephoned François Mitterrand on Monday.", "1992-02-12"),
    { "François Mitterrand + Guy Willy Razanamasy @ 1992-02-10" })
  eq(pair("Marc Bazin spoke by telephone with Brian Mulroney on Monday.", "1992-10-14"),
    { "Brian Mulroney + Marc Bazin @ 1992-10-12" })
  eq(pair("Jack Guy Lafontant had a phone call with Justin Trudeau on Monday.", "2017-06-14"),
    { "Jack Guy Lafontant + Justin Trudeau @ 2017-06-12" })
  eq(pair("Jocelerme Privert spoke by phone with John Kerry on Monday.", "2016-05-11"),
    { "Jocelerme Privert + John Kerry @ 2016-05-09" })
end)

test("heads of government and state of Egypt, Syria, Jordan, South Africa", function()
  eq(pair("Mahmoud Fawzi spoke by telephone with Alexei Kosygin on Monday.", "1971-05-12"),
    { "Alexei Kosygin + Mahmoud Fawzi @ 1971-05-10" })
  eq(pair("Ahmad al-Lawzi spoke by phone with Anwar Sadat on Monday.", "1972-06-14"),
    { "Ahmad al-Lawzi + Anwar Sadat @ 1972-06-12" })
  eq(pair("The Syrian prime minister telephoned Anwar Sadat on Monday.", "1975-10-15"),
    { "Anwar Sadat + Mahmoud al-Ayyubi @ 1975-10-13" })
  eq(pair("Nico Diederichs spoke by phone with Kenneth Kaunda on Monday.", "1976-10-13"),
    { "Kenneth Kaunda + Nico Diederichs @ 1976-10-11" })
end)

test("heads of government of Moldova, Uzbekistan, Azerbaijan", function()
  eq(pair("Andrei Sangheli spoke by telephone with Viktor Chernomyrdin on Monday.", "1994-03-16"),
    { "Andrei Sangheli + Viktor Chernomyrdin @ 1994-03-14" })
  eq(pair("Abdulhashim Mutalov had a telephone conversation with Viktor Chernomyrdin on Monday.", "1993-06-16"),
    { "Abdulhashim Mutalov + Viktor Chernomyrdin @ 1993-06-14" })
  eq(pair("The Azerbaijani prime minister spoke by phone with Viktor Chernomyrdin on Monday.", "1994-02-16"),
    { "Surat Huseynov + Viktor Chernomyrdin @ 1994-02-14" })
  eq(pair("Vincent Tabone telephoned Hans-Dietrich Genscher on Monday.", "1988-03-16"),
    { "Hans-Dietrich Genscher + Vincent Tabone @ 1988-03-14" })
end)

test("foreign ministers of Turkey and Greece in the 1970s", function()
  eq(pair("Turan Gunes spoke by telephone with Henry Kissinger on Monday about Cyprus.", "1974-07-24"),
    { "Henry Kissinger + Turan Güneş @ 1974-07-22" })
  eq(pair("George Mavros spoke by phone with Henry Kissinger on Monday.", "1974-08-14"),
    { "Georgios Mavros + Henry Kissinger @ 1974-08-12" })
  eq(pair("Dimitrios Bitsios telephoned Cyrus Vance on Monday.", "1977-03-16"),
    { "Cyrus Vance + Dimitrios Bitsios @ 1977-03-14" })
  eq(pair("Gündüz Ökçün spoke by telephone with Cyrus Vance on Monday.", "1978-06-14"),
    { "Cyrus Vance + Gündüz Ökçün @ 1978-06-12" })
end)

test("foreign ministers of Austria, Finland, Luxembourg, the Czech Republic, Cyprus", function()
  eq(pair("Erich Bielka spoke by telephone with Hans-Dietrich Genscher on Monday.", "1975-05-14"),
    { "Erich Bielka + Hans-Dietrich Genscher @ 1975-05-12" })
  -- the office alone, in Kirchschläger's term
  eq(pair("The Austrian foreign minister spoke by telephone with Andrei Gromyko on Monday.", "1972-03-15"),
    { "Andrei Gromyko + Rudolf Kirchschläger @ 1972-03-13" })
  eq(pair("Pär Stenbäck telephoned Hans-Dietrich Genscher on Monday.", "1982-10-13"),
    { "Hans-Dietrich Genscher + Pär Stenbäck @ 1982-10-11" })
  eq(pair("Keijo Korhonen spoke by phone with Andrei Gromyko on Monday.", "1977-02-16"),
    { "Andrei Gromyko + Keijo Korhonen @ 1977-02-14" })
  eq(pair("Colette Flesch spoke by telephone with Hans-Dietrich Genscher on Monday.", "1982-06-16"),
    { "Colette Flesch + Hans-Dietrich Genscher @ 1982-06-14" })
  eq(pair("Jaroslav Sedivy spoke by phone with Madeleine Albright on Monday.", "1998-03-18"),
    { "Jaroslav Šedivý + Madeleine Albright @ 1998-03-16" })
  eq(pair("Alecos Michaelides telephoned Theodoros Pangalos on Monday.", "1996-05-15"),
    { "Alecos Michaelides + Theodoros Pangalos @ 1996-05-13" })
end)

test("foreign ministers in Asia, the Pacific, Africa and Latin America", function()
  eq(pair("Park Tong-jin spoke by telephone with Cyrus Vance on Monday.", "1979-07-18"),
    { "Cyrus Vance + Park Tong-jin @ 1979-07-16" })
  eq(pair("Nguyen Duy Trinh telephoned Andrei Gromyko on Monday.", "1975-05-14"),
    { "Andrei Gromyko + Nguyễn Duy Trinh @ 1975-05-12" })
  eq(pair("Brian Talboys spoke by telephone with Andrew Peacock on Monday.", "1978-03-15"),
    { "Andrew Peacock + Brian Talboys @ 1978-03-13" })
  -- the office alone, in Lange's and Sirimavo Bandaranaike's terms
  eq(pair("The New Zealand foreign minister spoke by telephone with George Shultz on Monday.", "1986-04-16"),
    { "David Lange + George Shultz @ 1986-04-14" })
  eq(pair("The Sri Lankan foreign minister spoke by phone with Henry Kissinger on Monday.", "1974-03-13"),
    { "Henry Kissinger + Sirimavo Bandaranaike @ 1974-03-11" })
  eq(pair("Ahmed Taleb Ibrahimi spoke by telephone with George Shultz on Monday.", "1985-06-19"),
    { "Ahmed Taleb Ibrahimi + George Shultz @ 1985-06-17" })
  eq(pair("Ebrahim Yazdi spoke by telephone with Cyrus Vance on Monday.", "1979-10-17"),
    { "Cyrus Vance + Ebrahim Yazdi @ 1979-10-15" })
  eq(pair("Indalecio Liévano spoke by phone with Cyrus Vance on Monday.", "1977-09-14"),
    { "Cyrus Vance + Indalecio Liévano @ 1977-09-12" })
  eq(pair("Julio Londoño Paredes telephoned George Shultz on Monday.", "1987-05-13"),
    { "George Shultz + Julio Londoño @ 1987-05-11" })
end)

test("foreign ministers of Argentina, Sweden and Morocco", function()
  eq(pair("Oscar Camilión spoke by telephone with Alexander Haig on Monday.", "1981-06-17"),
    { "Alexander Haig + Oscar Camilión @ 1981-06-15" })
  eq(pair("Juan Ramón Aguirre Lanari telephoned George Shultz on Monday.", "1983-03-16"),
    { "George Shultz + Juan Ramón Aguirre Lanari @ 1983-03-14" })
  eq(pair("Krister Wickman spoke by phone with Andrei Gromyko on Monday.", "1972-11-15"),
    { "Andrei Gromyko + Krister Wickman @ 1972-11-13" })
  -- the office alone, in Sven Andersson's and Filali's terms
  eq(pair("The Swedish foreign minister spoke by telephone with Henry Kissinger on Monday.", "1975-01-15"),
    { "Henry Kissinger + Sven Andersson @ 1975-01-13" })
  eq(pair("The Moroccan foreign minister spoke by telephone with James Baker on Monday.", "1990-08-15"),
    { "Abdellatif Filali + James Baker @ 1990-08-13" })
end)

test("heads of government of Togo, Gabon, Liechtenstein, Andorra; Comoros", function()
  eq(pair("Joseph Kokou Koffigoh spoke by telephone with François Mitterrand on Monday.", "1992-03-18"),
    { "François Mitterrand + Joseph Kokou Koffigoh @ 1992-03-16" })
  eq(pair("The Togolese prime minister telephoned Nicolas Sarkozy on Monday.", "2010-03-17"),
    { "Gilbert Houngbo + Nicolas Sarkozy @ 2010-03-15" })
  eq(pair("Léon Mébiame had a telephone conversation with Jacques Chirac on Monday.", "1986-05-14"),
    { "Jacques Chirac + Léon Mébiame @ 1986-05-12" })
  eq(pair("Jean Eyeghé Ndong spoke by phone with François Fillon on Monday.", "2008-03-12"),
    { "François Fillon + Jean Eyeghé Ndong @ 2008-03-10" })
  eq(pair("Hans Brunhart telephoned Helmut Kohl on Monday.", "1990-05-16"),
    { "Hans Brunhart + Helmut Kohl @ 1990-05-14" })
  eq(pair("Marc Forné spoke by telephone with José María Aznar on Monday.", "2000-05-17"),
    { "José María Aznar + Marc Forné Molné @ 2000-05-15" })
  eq(pair("Mohamed Taki Abdoulkarim spoke by telephone with Jacques Chirac on Monday.", "1997-08-13"),
    { "Jacques Chirac + Mohamed Taki Abdoulkarim @ 1997-08-11" })
end)

test("heads of government of Belgium, Guyana and Finland", function()
  -- the office alone, in Vanden Boeynants's second and Hinds's terms
  eq(pair("The Belgian prime minister spoke by telephone with Helmut Schmidt on Monday.", "1979-01-17"),
    { "Helmut Schmidt + Paul Vanden Boeynants @ 1979-01-15" })
  eq(pair("The Guyanese prime minister spoke by phone with Patrick Manning on Monday.", "2005-06-15"),
    { "Patrick Manning + Sam Hinds @ 2005-06-13" })
  eq(pair("Rafael Paasio spoke by telephone with Olof Palme on Monday.", "1972-05-17"),
    { "Olof Palme + Rafael Paasio @ 1972-05-15" })
  eq(pair("Martti Miettunen telephoned Olof Palme on Monday.", "1976-03-17"),
    { "Martti Miettunen + Olof Palme @ 1976-03-15" })
end)

test("foreign ministers of Yugoslavia, Turkmenistan, Moldova, Cyprus, Slovenia", function()
  eq(pair("Josip Vrhovec spoke by phone with Cyrus Vance on Monday.", "1979-03-14"),
    { "Cyrus Vance + Josip Vrhovec @ 1979-03-12" })
  eq(pair("Rashid Meredov spoke by telephone with Sergei Lavrov on Monday.", "2015-04-15"),
    { "Rashid Meredov + Sergey Lavrov @ 2015-04-13" })
  eq(pair("Nicolae Dudau telephoned Colin Powell on Monday.", "2002-05-15"),
    { "Colin Powell + Nicolae Dudău @ 2002-05-13" })
  -- the office alone, in Kyprianou's and Rupel's first terms
  eq(pair("The Cypriot foreign minister spoke by phone with Andrei Gromyko on Monday.", "1971-03-17"),
    { "Andrei Gromyko + Spyros Kyprianou @ 1971-03-15" })
  eq(pair("The Slovenian foreign minister spoke by telephone with Hans-Dietrich Genscher on Monday.", "1991-07-03"),
    { "Dimitrij Rupel + Hans-Dietrich Genscher @ 1991-07-01" })
end)

test("foreign ministers of Peru and Uruguay since 2011", function()
  eq(pair("Rafael Roncagliolo spoke by telephone with Hillary Clinton on Monday.", "2012-03-14"),
    { "Hillary Clinton + Rafael Roncagliolo @ 2012-03-12" })
  eq(pair("Eda Rivas telephoned John Kerry on Monday.", "2014-01-15"),
    { "Eda Rivas + John Kerry @ 2014-01-13" })
  eq(pair("Néstor Popolizio spoke by phone with Mike Pompeo on Monday.", "2019-03-13"),
    { "Mike Pompeo + Néstor Popolizio @ 2019-03-11" })
  eq(pair("Rodolfo Nin Novoa spoke by telephone with Jorge Faurie on Monday.", "2018-05-16"),
    { "Jorge Faurie + Rodolfo Nin Novoa @ 2018-05-14" })
  -- the office alone, in Bustillo's term
  eq(pair("The Uruguayan foreign minister spoke by phone with Antony Blinken on Monday.", "2022-05-11"),
    { "Antony Blinken + Francisco Bustillo @ 2022-05-09" })
  eq(pair("Mario Lubetkin telephoned Marco Rubio on Monday.", "2025-04-16"),
    { "Marco Rubio + Mario Lubetkin @ 2025-04-14" })
end)

test("foreign ministers of Paraguay", function()
  eq(pair("Eladio Loizaga spoke by telephone with John Kerry on Monday.", "2015-09-16"),
    { "Eladio Loizaga + John Kerry @ 2015-09-14" })
  -- the office alone, in Ramírez Lezcano's term
  eq(pair("The Paraguayan foreign minister spoke by phone with Antony Blinken on Monday.", "2024-05-15"),
    { "Antony Blinken + Rubén Ramírez Lezcano @ 2024-05-13" })
end)
