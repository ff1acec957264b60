-- The gazetteer, session 6: the UN member states it lacked (Malawi,
-- Guinea and its namesakes, Congo-Brazzaville, the Caribbean and Pacific
-- states ...).  A leader named by demonym, office and name takes the
-- state as side; the office alone names whoever held it on the date.
-- The namesakes keep apart: "Guinean" is Guinea's, "Congolese" stays the
-- DRC's, "Dominican" the Dominican Republic's.  Short articles written
-- for the test.

local function pairs_on(s, d) return call_pairs(briefing({ s }, d)) end

-- The participants of a briefing's first call with their countries, as
-- the briefing's actors give them: "A (X)", sorted.
local function people_of(s, d)
  local b = briefing({ s }, d)
  local t = {}
  for _, name in ipairs(b.calls[1].participants) do
    t[#t + 1] = name .. " (" .. tostring(b.actors[name] and b.actors[name].country) .. ")"
  end
  table.sort(t)
  return t
end

-- The people of "<who> spoke by phone with President Macron on Monday."
local function with_macron(who, date)
  return people_of(who .. " spoke by phone with President Macron on Monday.", date)
end

test("demonym, office and name give the person and the new state", function()
  eq(people_of("Malawian President Lazarus Chakwera spoke by phone with President Ramaphosa on Monday.", "2021-03-15"),
    { "Cyril Ramaphosa (South Africa)", "Lazarus Chakwera (Malawi)" })
  eq(people_of("Gambian President Adama Barrow held a telephone call with President Macky Sall on Tuesday.", "2018-05-08"),
    { "Adama Barrow (Gambia)", "Macky Sall (Senegal)" })
  eq(people_of("Lao President Thongloun Sisoulith spoke by phone with Xi Jinping on Friday.", "2022-04-08"),
    { "Thongloun Sisoulith (Laos)", "Xi Jinping (China)" })
  eq(people_of("Togolese Prime Minister Victoire Tomégah Dogbé spoke by phone with President Tinubu on Monday.", "2024-02-12"),
    { "Bola Tinubu (Nigeria)", "Victoire Tomégah Dogbé (Togo)" })
  eq(pairs_on("Barbadian Prime Minister Mia Mottley spoke by telephone with Justin Trudeau on Thursday.", "2020-04-02"),
    { "Justin Trudeau + Mia Mottley" })
end)

test("the office alone names whoever held it on the date", function()
  eq(pairs_on("The Malawian president spoke by phone with President Zuma on Monday.", "2013-05-13"),
    { "Jacob Zuma + Joyce Banda" })
  eq(pairs_on("The Malawian president spoke by phone with President Zuma on Monday.", "2016-05-16"),
    { "Jacob Zuma + Peter Mutharika" })
  eq(pairs_on("The Sierra Leonean president spoke by telephone with President Sirleaf on Tuesday.", "2014-08-12"),
    { "Ellen Johnson Sirleaf + Ernest Bai Koroma" })
  eq(pairs_on("The Togolese president spoke by phone with President Akufo-Addo on Monday.", "2019-03-11"),
    { "Faure Gnassingbé + Nana Akufo-Addo" })
  eq(pairs_on("The Fijian prime minister spoke by phone with Prime Minister Ardern on Monday.", "2019-03-18"),
    { "Frank Bainimarama + Jacinda Ardern" })
  eq(pairs_on("The Fijian prime minister spoke by phone with Prime Minister Albanese on Monday.", "2023-03-13"),
    { "Anthony Albanese + Sitiveni Rabuka" })
  eq(pairs_on("The Mauritian prime minister spoke by phone with Prime Minister Modi on Monday.", "2019-03-11"),
    { "Narendra Modi + Pravind Jugnauth" })
  eq(pairs_on("The Guyanese president spoke by phone with President Maduro on Thursday.", "2023-12-14"),
    { "Irfaan Ali + Nicolás Maduro" })
  eq(pairs_on("The Lao prime minister spoke by phone with the Vietnamese prime minister on Monday.", "2023-03-13"),
    { "Phạm Minh Chính + Sonexay Siphandone" })
  eq(pairs_on("The prime minister of Papua New Guinea spoke by phone with Prime Minister Turnbull on Monday.", "2016-03-14"),
    { "Malcolm Turnbull + Peter O'Neill" })
  eq(pairs_on("The Swazi king spoke by phone with President Ramaphosa on Monday.", "2019-03-11"),
    { "Cyril Ramaphosa + Mswati III" })
end)

test("Guinea and its namesakes", function()
  eq(with_macron("The Guinean president", "2019-03-11"),
    { "Alpha Condé (Guinea)", "Emmanuel Macron (France)" })
  eq(pairs_on("The Guinean president spoke by phone with President Macron on Monday.", "2022-03-14"),
    { "Emmanuel Macron + Mamady Doumbouya" })
  eq(with_macron("The Equatorial Guinean president", "2019-03-11"),
    { "Emmanuel Macron (France)", "Teodoro Obiang Nguema Mbasogo (Equatorial Guinea)" })
  eq(with_macron("The president of Guinea-Bissau", "2019-03-11"),
    { "Emmanuel Macron (France)", "José Mário Vaz (Guinea-Bissau)" })
  eq(with_macron("The prime minister of Papua New Guinea", "2019-03-11"),
    { "Emmanuel Macron (France)", "Peter O'Neill (Papua New Guinea)" })
end)

test("the two Congos, Dominica and the Dominican Republic", function()
  -- "Congolese" stays the DRC's
  eq(with_macron("The Congolese president", "2019-03-11"),
    { "Emmanuel Macron (France)", "Félix Tshisekedi (DR Congo)" })
  eq(with_macron("The president of the Democratic Republic of the Congo", "2019-03-11"),
    { "Emmanuel Macron (France)", "Félix Tshisekedi (DR Congo)" })
  eq(with_macron("The president of Congo-Brazzaville", "2019-03-11"),
    { "Denis Sassou Nguesso (Republic of the Congo)", "Emmanuel Macron (France)" })
  eq(with_macron("The president of the Republic of the Congo", "2019-03-11"),
    { "Denis Sassou Nguesso (Republic of the Congo)", "Emmanuel Macron (France)" })
  eq(people_of("The Dominican president spoke by phone with the prime minister of Dominica on Monday.", "2019-03-11"),
    { "Danilo Medina (Dominican Republic)", "Roosevelt Skerrit (Dominica)" })
end)

test("the Saints: Kitts and Nevis, Lucia, Vincent", function()
  eq(people_of("The prime minister of St Kitts and Nevis spoke by phone with the prime minister of Saint Lucia on Monday.", "2023-03-13"),
    { "Philip J. Pierre (Saint Lucia)", "Terrance Drew (Saint Kitts and Nevis)" })
  eq(people_of("The Vincentian prime minister spoke by phone with President Maduro on Monday.", "2015-03-16"),
    { "Nicolás Maduro (Venezuela)", "Ralph Gonsalves (Saint Vincent and the Grenadines)" })
end)

test("surnames alone by the date", function()
  eq(pairs_on("Bainimarama spoke by phone with Jacinda Ardern on Monday.", "2019-03-18"),
    { "Frank Bainimarama + Jacinda Ardern" })
  eq(pairs_on("President Touadéra spoke by telephone with President Putin on Monday.", "2019-03-11"),
    { "Faustin-Archange Touadéra + Vladimir Putin" })
  eq(pairs_on("President Talon spoke by phone with President Buhari on Monday.", "2019-03-11"),
    { "Muhammadu Buhari + Patrice Talon" })
  -- the Cabo Verdean prime minister of 2016 on is left out, so "da Silva" stays Lula's
  eq(pairs_on("President da Silva spoke by phone with President Biden on Monday.", "2023-03-13"),
    { "Joe Biden + Luiz Inácio Lula da Silva" })
end)

test("statements of a leader of a new state go to that state's side", function()
  local ex = extract({ "Malawian President Lazarus Chakwera spoke by phone with Zambian President Hakainde Hichilema on Monday.",
    "Chakwera said the two countries would reopen the border crossings before the harvest.",
    "Hichilema said Zambia would supply fertiliser to its neighbour." }, "2021-11-08")
  eq(claim_lines(ex), {
    "Malawi | Lazarus Chakwera | - | the two countries would reopen the border crossings before the harvest",
    "Zambia | Hakainde Hichilema | - | Zambia would supply fertiliser to its neighbour" })
  ex = extract({ "The Fijian prime minister, Sitiveni Rabuka, spoke by telephone with Chris Hipkins on Tuesday.",
    "Rabuka said Fiji would host the next meeting of Pacific leaders." }, "2023-01-10")
  eq(ex.claims[1].side, "Fiji")
end)
