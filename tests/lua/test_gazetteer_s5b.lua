-- The gazetteer's office holders of the 1990s beyond the P5 and the other
-- countries of test_gazetteer_1990s.lua: role phrases resolve to the people
-- in office on the date, surnames name them, and the fathers, sons and
-- uncles who share a surname (the Mitsotakises, the Karamanlises, the
-- Stoltenbergs) are told apart by the date.  Short articles written for the
-- test.

test("western Europe in the 1990s: role phrases", function()
  local b = briefing({ "The Spanish prime minister spoke by telephone with the Dutch prime minister on Friday." }, "1993-05-14")
  eq(call_pairs(b), { "Felipe González + Ruud Lubbers" })
  b = briefing({ "The Swedish prime minister spoke by phone with the Danish prime minister on Friday." }, "1992-05-15")
  eq(call_pairs(b), { "Carl Bildt + Poul Schlüter" })
  b = briefing({ "The Norwegian prime minister spoke by phone with the Finnish president on Friday." }, "1997-05-16")
  eq(call_pairs(b), { "Martti Ahtisaari + Thorbjørn Jagland" })
  b = briefing({ "Brundtland spoke by phone with Koivisto on Friday." }, "1993-05-14")
  eq(call_pairs(b), { "Gro Harlem Brundtland + Mauno Koivisto" })
  b = briefing({ "The Austrian chancellor spoke by phone with the Greek prime minister on Friday." }, "1994-05-13")
  eq(call_pairs(b), { "Andreas Papandreou + Franz Vranitzky" })
  b = briefing({ "The Irish prime minister spoke by phone with the Belgian prime minister on Friday." }, "1993-05-14")
  eq(call_pairs(b), { "Albert Reynolds + Jean-Luc Dehaene" })
  b = briefing({ "The Swiss president spoke by phone with the Portuguese president on Friday." }, "1996-05-10")
  eq(call_pairs(b), { "Jean-Pascal Delamuraz + Jorge Sampaio" })
  b = briefing({ "The Dutch foreign minister spoke by phone with the Norwegian foreign minister on Friday." }, "1993-05-14")
  eq(call_pairs(b), { "Johan Jørgen Holst + Pieter Kooijmans" })
end)

test("father and son, uncle and nephew, by the date", function()
  eq(call_pairs(briefing({ "Prime Minister Mitsotakis spoke by telephone with Chancellor Kohl on Monday." }, "1991-03-11")),
    { "Helmut Kohl + Konstantinos Mitsotakis" })
  eq(call_pairs(briefing({ "Prime Minister Mitsotakis spoke by telephone with Chancellor Scholz on Monday." }, "2022-03-07")),
    { "Kyriakos Mitsotakis + Olaf Scholz" })
  eq(call_pairs(briefing({ "Stoltenberg spoke by phone with Blinken on Monday." }, "2022-03-07")),
    { "Antony Blinken + Jens Stoltenberg" })
  eq(call_pairs(briefing({ "Foreign Minister Stoltenberg spoke by phone with Hurd on Monday." }, "1992-03-09")),
    { "Douglas Hurd + Thorvald Stoltenberg" })
end)

test("ordinary words that are 1990s surnames (Major, Spring, Mock)", function()
  eq(call_pairs(briefing({ "Major spoke by phone with Reynolds on Monday about Northern Ireland." }, "1993-12-13")),
    { "Albert Reynolds + John Major" })
  local b = briefing({ "Spring talks on the budget resumed on Monday, and Chancellor Kohl spoke by phone with President Mitterrand." }, "1993-03-08")
  eq(call_pairs(b), { "François Mitterrand + Helmut Kohl" })
end)

test("central and eastern Europe, the Caucasus and the Balkans in the 1990s", function()
  local b = briefing({ "The Hungarian prime minister spoke by phone with the Romanian president on Friday." }, "1994-05-13")
  eq(call_pairs(b), { "Ion Iliescu + Péter Boross" })
  b = briefing({ "The Lithuanian president spoke by phone with the Latvian prime minister on Friday." }, "1994-05-13")
  eq(call_pairs(b), { "Algirdas Brazauskas + Valdis Birkavs" })
  b = briefing({ "The Armenian president spoke by telephone with the Azerbaijani president on Friday." }, "1994-05-13")
  eq(call_pairs(b), { "Heydar Aliyev + Levon Ter-Petrosyan" })
  b = briefing({ "The Bosnian president spoke by phone with the Croatian president on Friday." }, "1994-05-13")
  eq(call_pairs(b), { "Alija Izetbegović + Franjo Tuđman" })
  b = briefing({ "The Yugoslav president spoke by phone with the Russian president on Friday." }, "1999-04-16")
  eq(call_pairs(b), { "Boris Yeltsin + Slobodan Milošević" })
  -- a Bosnian Serb is no Bosnian president
  -- (and the Yugoslav president of 1994 is Lilić: Milošević was then
  -- president of Serbia, a role his entry holds for RS)
  b = briefing({ "Bosnian Serb leader Radovan Karadzic spoke by phone with the Yugoslav president on Friday." }, "1994-05-13")
  eq(call_pairs(b), { "Radovan Karadzic + Zoran Lilić" })
end)

test("a role held for another side is found by its office", function()
  -- Stoltenberg's Norwegian premiership sits on his NATO entry
  eq(call_pairs(briefing({ "The Norwegian prime minister spoke by phone with Angela Merkel on Friday." }, "2010-05-14")),
    { "Angela Merkel + Jens Stoltenberg" })
end)

test("Landsbergis, grandfather and grandson, by the date", function()
  eq(call_pairs(briefing({ "Landsbergis spoke by phone with Kuleba on Friday." }, "2022-04-15")),
    { "Dmytro Kuleba + Gabrielius Landsbergis" })
  eq(call_pairs(briefing({ "Landsbergis spoke by phone with Baker on Friday." }, "1991-01-18")),
    { "James Baker + Vytautas Landsbergis" })
end)

test("the Middle East, the Americas, Africa and Asia in the 1990s", function()
  local pairs_on = function(s, d) return call_pairs(briefing({ s }, d)) end
  eq(pairs_on("The Jordanian king spoke by phone with the Iranian president on Friday.", "1995-03-10"),
    { "Akbar Hashemi Rafsanjani + King Hussein" })
  eq(pairs_on("The Brazilian president spoke by phone with the Argentine president on Friday.", "1995-03-10"),
    { "Carlos Menem + Fernando Henrique Cardoso" })
  eq(pairs_on("The Brazilian president spoke by phone with the Argentine president on Friday.", "1993-03-12"),
    { "Carlos Menem + Itamar Franco" })
  eq(pairs_on("The South African president spoke by phone with the Nigerian leader on Friday.", "1995-03-10"),
    { "Nelson Mandela + Sani Abacha" })
  eq(pairs_on("The Australian prime minister spoke by phone with the Indonesian president on Friday.", "1995-03-10"),
    { "Paul Keating + Suharto" })
  eq(pairs_on("The Thai prime minister spoke by phone with the Vietnamese prime minister on Friday.", "1995-03-10"),
    { "Chuan Leekpai + Võ Văn Kiệt" })
  eq(pairs_on("The OAU secretary-general spoke by phone with the Lebanese prime minister on Friday.", "1995-03-10"),
    { "Rafic Hariri + Salim Ahmed Salim" })
  -- Anita Anand, not Anand Panyarachun, in 2025
  eq(pairs_on("Anand spoke by phone with Rubio on Friday.", "2025-06-13"), { "Anita Anand + Marco Rubio" })
end)
