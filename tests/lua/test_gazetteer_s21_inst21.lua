-- Gazetteer, session 21 (inst21): seats of government and presidential
-- palaces the press makes speak by metonymy ("La Moneda said", "according
-- to Carondelet"). Invented sentences: each claim's via and side come only
-- from institutions.yaml (via is the body as written). Guards: an ordinary beehive, lodge or Pasteur is
-- no body.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end

local function via(ls, side, body)
  for _, l in ipairs(ls) do
    if l:find(side .. " | ", 1, true) == 1 and l:find(" | " .. body .. " | ", 1, true) then return true end
  end
  return false
end

local function case(name, call, body_sentence, pub, side, body)
  test(name, function()
    local ls = lines({ { call, body_sentence } }, pub)
    ok(via(ls, side, body), table.concat(ls, "\n"))
  end)
end

case("La Moneda", "The Chilean president spoke by telephone with the Argentine president on Monday.",
  "La Moneda said the two leaders had agreed to work together on the border crossings.", "2019-03-12", "Chile", "La Moneda")
case("Carondelet, attribution", "The Ecuadorian president spoke by phone with the Peruvian president on Monday.",
  "The two presidents agreed to reopen the border, according to Carondelet.", "2019-03-12", "Ecuador", "Carondelet")
case("Palacio Quemado", "The Bolivian president spoke by telephone with the Chilean president on Monday.",
  "The Palacio Quemado said the call had dealt with access to the sea.", "2019-03-12", "Bolivia", "Palacio Quemado")
case("Casa de Nariño", "The Colombian president spoke by telephone with the French president on Monday.",
  "The Casa de Nariño said the two leaders had discussed the peace accord.", "2019-03-12", "Colombia", "Casa de Nariño")
case("Casa Presidencial, default side", "The Salvadoran president spoke by telephone with the French president on Monday.",
  "The Casa Presidencial said the two leaders had agreed to coordinate on security.", "2021-03-12", "El Salvador", "The Casa Presidencial")
case("Casa Presidencial, another side by also", "The Honduran president spoke by telephone with the French president on Monday.",
  "The Casa Presidencial said the two leaders had agreed to coordinate on migration.", "2021-03-12", "Honduras", "The Casa Presidencial")
case("Beştepe (Turkish presidency)", "The Turkish president spoke by telephone with the French president on Monday.",
  "Beştepe said the two leaders had agreed to keep in touch on Syria.", "2019-03-12", "Turkey", "Beştepe")
case("Pasteur Street (Iranian presidency)", "The Iranian president spoke by telephone with the French president on Monday.",
  "The two leaders discussed the nuclear deal, according to Pasteur Street.", "2019-03-12", "Iran", "Pasteur Street")
case("Bangabhaban", "The Bangladeshi president spoke by telephone with the French president on Monday.",
  "Bangabhaban said the two leaders had agreed to expand trade.", "2019-03-12", "Bangladesh", "Bangabhaban")
case("Prague Castle", "The Czech president spoke by telephone with the French president on Monday.",
  "The two presidents agreed to meet in May, according to Prague Castle.", "2019-03-12", "Czech Republic", "Prague Castle")
case("Jubilee House", "The Ghanaian president spoke by telephone with the French president on Monday.",
  "Jubilee House said the two leaders had agreed to fight piracy in the gulf.", "2019-03-12", "Ghana", "Jubilee House")
case("Koulouba", "The Malian president spoke by telephone with the French president on Monday.",
  "Koulouba said the two leaders had discussed the security situation.", "2019-03-12", "Mali", "Koulouba")
case("the Beehive, capitalised at a sentence's head", "The New Zealand prime minister spoke by telephone with the French president on Monday.",
  "The Beehive said the two leaders had agreed to coordinate on trade.", "2021-03-12", "New Zealand", "The Beehive")

test("guard: an ordinary beehive and lodge are no body", function()
  local ls = lines({ { "The New Zealand prime minister spoke by telephone with the Australian prime minister on Monday.",
    "A beekeeper near the lodge said the beehive had been moved before the two leaders agreed to meet." } }, "2021-03-12")
  for _, l in ipairs(ls) do
    ok(not l:find("Prime Minister's Office", 1, true), l)
  end
end)

test("guard: Pasteur alone is no Iranian body", function()
  local ls = lines({ { "The Iranian president spoke by telephone with the French president on Monday.",
    "The two leaders praised the vaccine work of Pasteur, according to a statement." } }, "2019-03-12")
  for _, l in ipairs(ls) do
    ok(not l:find("Iranian Presidency", 1, true), l)
  end
end)
