-- The gazetteer, session 9: heads of government and foreign ministers of
-- states that listed only their head of state (Uganda, Tajikistan,
-- Cameroon, Eritrea, Djibouti, Brunei, Rwanda, Zimbabwe), with the
-- predecessors back to about 1985.  An office with its country names
-- whoever held it on the date; a name names its person.  Short articles
-- written for the test.

local function pairs_on(s, d) return call_pairs(briefing({ s }, d)) end

-- "<who> spoke by phone with President Macron on Monday." on a date: the
-- call's people.
local function with_macron(who, date)
  return pairs_on(who .. " spoke by phone with President Emmanuel Macron on Monday.", date)
end

test("an office and its country name the holder of the day", function()
  eq(with_macron("The Ugandan prime minister", "2023-03-15"), { "Emmanuel Macron + Robinah Nabbanja" })
  eq(with_macron("The Ugandan prime minister", "2019-03-15"), { "Emmanuel Macron + Ruhakana Rugunda" })
  eq(with_macron("Tajikistan's foreign minister", "2023-03-15"), { "Emmanuel Macron + Sirojiddin Muhriddin" })
  eq(with_macron("The Cameroonian prime minister", "2023-03-15"), { "Emmanuel Macron + Joseph Dion Ngute" })
  eq(with_macron("The Cameroonian prime minister", "2015-03-15"), { "Emmanuel Macron + Philémon Yang" })
  eq(with_macron("Rwanda's foreign minister", "2023-03-15"), { "Emmanuel Macron + Vincent Biruta" })
  eq(with_macron("Rwanda's foreign minister", "2025-03-15"), { "Emmanuel Macron + Olivier Nduhungirehe" })
  eq(with_macron("Rwanda's prime minister", "2025-09-15"), { "Emmanuel Macron + Justin Nsengiyumva" })
  eq(with_macron("The Zimbabwean foreign minister", "2023-03-15"), { "Emmanuel Macron + Frederick Shava" })
  eq(with_macron("Zimbabwe's prime minister", "2010-03-15"), { "Emmanuel Macron + Morgan Tsvangirai" })
  eq(with_macron("Djibouti's prime minister", "2023-03-15"), { "Abdoulkader Kamil Mohamed + Emmanuel Macron" })
  eq(with_macron("Djibouti's foreign minister", "2020-03-15"), { "Emmanuel Macron + Mahmoud Ali Youssouf" })
  eq(with_macron("Djibouti's foreign minister", "2025-06-15"), { "Abdoulkader Houssein Omar + Emmanuel Macron" })
  eq(with_macron("Brunei's foreign minister", "2010-03-15"), { "Emmanuel Macron + Mohamed Bolkiah" })
end)

test("names and spellings of the new people", function()
  eq(with_macron("Foreign Minister Sam Kutesa", "2015-03-15"), { "Emmanuel Macron + Sam Kutesa" })
  eq(with_macron("Prime Minister Kokhir Rasulzoda", "2023-03-15"), { "Emmanuel Macron + Kokhir Rasulzoda" })
  eq(with_macron("Foreign Minister Osman Saleh", "2023-03-15"), { "Emmanuel Macron + Osman Saleh Mohammed" })
  eq(with_macron("Prime Minister Edouard Ngirente", "2023-03-15"), { "Emmanuel Macron + Édouard Ngirente" })
end)

test("Mongolia's and Kyrgyzstan's heads of government", function()
  eq(with_macron("Mongolia's prime minister", "2019-03-15"), { "Emmanuel Macron + Ukhnaagiin Khürelsükh" })
  eq(with_macron("Mongolian Prime Minister Oyun-Erdene", "2023-03-15"), { "Emmanuel Macron + Luvsannamsrain Oyun-Erdene" })
  eq(with_macron("Mongolia's prime minister", "2025-09-15"), { "Emmanuel Macron + Gombojavyn Zandanshatar" })
  eq(with_macron("Kyrgyzstan's prime minister", "2025-03-15"), { "Adylbek Kasymaliev + Emmanuel Macron" })
  eq(with_macron("President Japarov", "2025-03-15"), { "Emmanuel Macron + Sadyr Japarov" })
end)

test("Côte d'Ivoire's prime ministers", function()
  eq(with_macron("The Ivorian prime minister", "2024-03-15"), { "Emmanuel Macron + Robert Beugré Mambé" })
  eq(with_macron("The Ivorian prime minister", "2022-03-15"), { "Emmanuel Macron + Patrick Achi" })
  eq(with_macron("Ivorian Prime Minister Amadou Gon Coulibaly", "2018-03-15"), { "Amadou Gon Coulibaly + Emmanuel Macron" })
end)

test("the Democratic Republic of the Congo's prime ministers", function()
  eq(with_macron("The Congolese prime minister", "2025-03-15"), { "Emmanuel Macron + Judith Suminwa" })
  eq(with_macron("The Congolese prime minister", "2022-03-15"), { "Emmanuel Macron + Jean-Michel Sama Lukonde" })
  eq(with_macron("Prime Minister Suminwa", "2025-03-15"), { "Emmanuel Macron + Judith Suminwa" })
end)
