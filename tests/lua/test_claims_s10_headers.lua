-- A body's site header in two parts, session 10: "Republic of Ghana — The
-- Presidency", "The Presidency | Republic of South Africa", "Ministry of
-- Foreign Affairs – Republic of Kenya" name the page's publisher, a
-- government body, so its readout is that country's account (the other
-- leader's words in it too).  Short invented readouts.

local outlets = require("callbrief.outlets")

local function page(lines)
  local doc = run_stage("source", { id = "r.txt", path = "r.txt", bytes = table.concat(lines, "\n\n") .. "\n",
    sha256 = "", format = "text" })
  return doc, run_stage("extract", { document = doc, calls = {}, claims = {} })
end

test("a header of a country and a body is an official body; a paper's section line is not", function()
  ok(outlets.official_body("Republic of Ghana \226\128\148 The Presidency"))
  ok(outlets.official_body("The Presidency | Republic of South Africa"))
  ok(outlets.official_body("Ministry of Foreign Affairs \226\128\147 Republic of Kenya"))
  ok(not outlets.official_body("The Morning Ledger - Home"))
  ok(not outlets.official_body("Global Desk Weekly \226\128\148 Timeline"))
  eq({ outlets.header_parts("The Presidency | Republic of South Africa") }, { "The Presidency", "Republic of South Africa" })
end)

test("the readout of a body with such a header is its country's account", function()
  local doc, ex = page({ "Republic of Ghana \226\128\148 The Presidency", "PRESS RELEASE", "Accra, 9th June 2021",
    "President Akufo-Addo speaks with President Tshisekedi",
    "The President of the Republic, Nana Addo Dankwa Akufo-Addo, on Tuesday held a telephone conversation with President Felix Tshisekedi of the Democratic Republic of the Congo.",
    "President Tshisekedi, for his part, thanked Ghana for its support and said the two countries would deepen their trade ties." })
  eq(doc.outlet, "Republic of Ghana \226\128\148 The Presidency")
  local sides = {}
  for _, c in ipairs(ex.claims) do sides[#sides + 1] = c.side end
  ok(#sides > 0, "claims found")
  for _, s in ipairs(sides) do eq(s, "Ghana") end
  local doc2, ex2 = page({ "The Presidency | Republic of South Africa", "Media statement", "Pretoria, 4 May 2020",
    "President Cyril Ramaphosa spoke by telephone on Monday with President Emmerson Mnangagwa of Zimbabwe.",
    "President Mnangagwa expressed his gratitude for South Africa's assistance during the lockdown." })
  eq(doc2.outlet, "The Presidency | Republic of South Africa")
  eq(#ex2.claims > 0 and ex2.claims[1].side or "-", "South Africa")
end)

test("a masthead in capitals is made title case, accented capitals too", function()
  eq(outlets.masthead_name("PRÉSIDENCE DE LA RÉPUBLIQUE"), "Présidence de la République")
  eq(outlets.masthead_name("THE NORTHERN POST"), "The Northern Post")
  eq(outlets.masthead_name("ÉLYSÉE PALACE"), "Élysée Palace")
  ok(outlets.official_body("Présidence de la République"))
end)

test("a header naming a body the gazetteer knows gives the page's own leader a country", function()
  local _, ex = page({ "PRÉSIDENCE DE LA RÉPUBLIQUE", "Élysée Palace \226\128\148 Press Office", "Paris, Tuesday 4 March 2003",
    "Communiqué",
    "The President of the Republic spoke this morning by telephone with the President of the Republic of Senegal, Mr Abdoulaye Wade.",
    "The two Heads of State agreed on the need for a meeting of the Security Council." })
  eq(#ex.calls, 1)
  local countries = {}
  for _, p in ipairs(ex.calls[1].people) do countries[#countries + 1] = p.country or "-" end
  table.sort(countries)
  eq(countries, { "France", "Senegal" })
  eq(ex.claims[1] and ex.claims[1].side, "France")
end)
