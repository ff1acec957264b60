-- The site of a country's leader or head of government, named by the
-- office and the country ("Prime Minister of New Zealand", "President of
-- the Republic of Chile"), publishes that country's readout, session 12:
-- every point of the page is its account, the other leader's words
-- included, and "the Prime Minister" there is the page's own.  Invented
-- releases.

local function lines(paras, pub, outlet)
  return claim_lines(extract(paras, pub, { outlet = outlet }))
end

test("a prime minister's site speaks for its country", function()
  eq(lines({ "The Prime Minister this morning spoke by telephone with the President of the Republic of Fiji, Ratu Josefa Iloilo.",
    "The President thanked the Prime Minister for the relief flights sent after the cyclone." },
    "2004-03-08", "Prime Minister of New Zealand"),
    { "New Zealand | Ratu Josefa Iloilo | Prime Minister of New Zealand | thanked the Prime Minister for the relief flights sent after the cyclone" })
end)

test("a president's site speaks for its country", function()
  eq(lines({ "The President held a telephone conversation with Prime Minister Jose Luis Rodriguez Zapatero of Spain.",
    "Prime Minister Zapatero said that Spain would back the trade agreement in Brussels." },
    "2007-05-22", "President of the Republic of Chile"),
    { "Chile | José Luis Rodríguez Zapatero | President of the Republic of Chile | Spain would back the trade agreement in Brussels" })
end)

test("an office of no country's leader is no readout", function()
  eq(lines({ "Prime Minister Helen Clark telephoned Australian Prime Minister John Howard on Monday.",
    "Howard said Australia would send more police officers to Honiara." },
    "2003-07-29", "Mayor of Wellington"),
    { "Australia | John Howard | - | Australia would send more police officers to Honiara" })
end)

test("the office bare on its holder's site is the page's own leader", function()
  eq(lines({ "The Prime Minister this evening spoke by telephone with President Megawati Sukarnoputri of Indonesia.",
    "The Prime Minister conveyed his sympathy to the families of those who died in the floods in Java." },
    "2003-02-10", "Prime Minister of New Zealand"),
    { "New Zealand | The Prime Minister | Prime Minister of New Zealand | conveyed his sympathy to the families of those who died in the floods in Java" })
end)
