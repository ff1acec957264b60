-- test_dates_pages.lua — the dates pages print in bylines and date lines:
-- weekday-prefixed dates with clocks and time zones, year-first numeric
-- dates, and dates in Spanish, Portuguese, French, German, Italian and
-- Dutch (data/extract/dates.yaml, read by dates.load).  Articles of our
-- own in tests/fixtures/dates/.
local dates = require("callbrief.dates")
local D = dates.load(ctx("source", "metadata"))

local function parsed(P, s)
  local t = P.parse(s)
  if not t then return nil end
  return { t.year, t.month, t.day, t.hour, t.minute, t.weekday, t.text }
end

test("page dates: weekday first, clocks, time zones", function()
  eq(parsed(D, "Wednesday, October 09, 2019 - 06:00 AM"),
    { 2019, 10, 9, 6, 0, 3, "Wednesday, October 09, 2019 - 06:00 AM" })
  eq(parsed(D, "Published: Saturday 12 March 2011 09:14"),
    { 2011, 3, 12, 9, 14, 6, "Saturday 12 March 2011 09:14" })
  eq(parsed(D, "Updated 3:45 PM EST, Tue March 1, 2022"),
    { 2022, 3, 1, 15, 45, 2, "3:45 PM EST, Tue March 1, 2022" })
  eq(parsed(D, "Mon 12 May 2008 14.02 BST"), { 2008, 5, 12, 14, 2, 1, "Mon 12 May 2008 14.02 BST" })
end)

test("page dates: other languages", function()
  eq(parsed(D, "Por Redacción | Martes, 1 de diciembre de 2020"),
    { 2020, 12, 1, nil, nil, 2, "Martes, 1 de diciembre de 2020" })
  eq(parsed(D, "sábado, 12 de marzo de 2011 09:14"), { 2011, 3, 12, 9, 14, 6, "sábado, 12 de marzo de 2011 09:14" })
  eq(parsed(D, "1er décembre 2020"), { 2020, 12, 1, nil, nil, nil, "1er décembre 2020" })
  eq(parsed(D, "Publié le lundi 3 février 2014 à 18h12"), { 2014, 2, 3, nil, nil, 1, "lundi 3 février 2014" })
  eq(parsed(D, "1. Dezember 2020"), { 2020, 12, 1, nil, nil, nil, "1. Dezember 2020" })
  eq(parsed(D, "Montag, 3. Februar 2014, 14:05 Uhr"), { 2014, 2, 3, 14, 5, 1, "Montag, 3. Februar 2014, 14:05" })
  eq(parsed(D, "20 März 2020"), { 2020, 3, 20, nil, nil, nil, "20 März 2020" })
  eq(parsed(D, "1 dicembre 2020"), { 2020, 12, 1, nil, nil, nil, "1 dicembre 2020" })
  eq(parsed(D, "1 de dezembro de 2020, 09:30"), { 2020, 12, 1, 9, 30, nil, "1 de dezembro de 2020, 09:30" })
  eq(parsed(D, "1º de março de 2021"), { 2021, 3, 1, nil, nil, nil, "1º de março de 2021" })
  eq(parsed(D, "maandag 3 februari 2014"), { 2014, 2, 3, nil, nil, 1, "maandag 3 februari 2014" })
  eq(parsed(D, "5 août 2020"), { 2020, 8, 5, nil, nil, nil, "5 août 2020" })
  -- a shorter name is not read inside a longer one ("mar" in "março")
  eq(parsed(D, "3 marçon 2020"), nil)
  -- "mar." is Tuesday before a date, March in an English one
  eq(parsed(D, "mar., 1 dic. 2020"), { 2020, 12, 1, nil, nil, 2, "mar., 1 dic. 2020" })
  eq(parsed(D, "Mar 1, 2022"), { 2022, 3, 1, nil, nil, nil, "Mar 1, 2022" })
  eq(parsed(D, "1ro de diciembre de 2020"), { 2020, 12, 1, nil, nil, nil, "1ro de diciembre de 2020" })
  -- a hyphenated name; a no-break space after a name is no letter of it
  eq(parsed(D, "Terça-feira, 1 de dezembro de 2020"),
    { 2020, 12, 1, nil, nil, 2, "Terça-feira, 1 de dezembro de 2020" })
  eq(parsed(D, "Martes,\194\160" .. "1\194\160dic.\194\1602020"),
    { 2020, 12, 1, nil, nil, 2, "Martes,\194\160" .. "1\194\160dic.\194\1602020" })
end)

test("page dates: year-first numeric dates, in every parser", function()
  eq(parsed(D, "2017/05/11 08:30"), { 2017, 5, 11, 8, 30, nil, "2017/05/11 08:30" })
  eq(parsed(dates, "2017/05/11 08:30"), { 2017, 5, 11, 8, 30, nil, "2017/05/11 08:30" })
  eq(parsed(dates, "2017.05.11"), { 2017, 5, 11, nil, nil, nil, "2017.05.11" })
  eq(parsed(dates, "2017/05.11"), nil)      -- mixed separators
  eq(parsed(dates, "2017/13/11"), nil)
end)

test("the body's parser stays English and capitalised", function()
  eq(parsed(dates, "1 de diciembre de 2020"), nil)
  eq(parsed(dates, "3 février 2014"), nil)
  eq(parsed(dates, "he may 5 times"), nil)
  -- and does not take a weekday or a time zone into the date
  eq(parsed(dates, "on Wednesday, October 9, 2019"), { 2019, 10, 9, nil, nil, nil, "October 9, 2019" })
end)

test("dates.load without data words is the English wide parser", function()
  local W = dates.load({})
  eq(parsed(W, "Tue March 1, 2022"), { 2022, 3, 1, nil, nil, 2, "Tue March 1, 2022" })
  eq(parsed(W, "1 de diciembre de 2020"), nil)
end)

local function input(name)
  local id = "tests/fixtures/dates/" .. name
  return { id = id, path = id, bytes = read(id), sha256 = "", format = "text" }
end

local PUBLISHED = {
  ["es-byline.txt"] = { "2020-12-01", "byline" },
  ["pt-byline.txt"] = { "2020-12-01", "byline" },
  ["fr-byline.txt"] = { "2014-02-03", "publication_line" },
  ["de-byline.txt"] = { "2020-12-01", "byline" },
  ["it-byline.txt"] = { "2020-12-01", "byline" },
  ["nl-byline.txt"] = { "2014-02-03", "byline" },
  ["en-weekday-byline.txt"] = { "2019-10-09", "byline" },
  ["en-updated-tz.txt"] = { "2022-03-01", "updated" },
  ["en-guardian-style.txt"] = { "2008-05-12", "byline" },
  ["ymd-slash.txt"] = { "2017-05-11", "byline" },
}

test("articles: the publication date of every page form", function()
  for name, want in pairs(PUBLISHED) do
    local doc = run_stage("source", input(name))
    eq({ doc.published, doc.published_basis }, want, name)
    -- the date line is no part of the body
    ok(not doc.text:find("2014", 1, true) and not doc.text:find("2020,", 1, true), name)
  end
end)

test("articles: a weekday in the body resolves against a foreign byline", function()
  local doc = run_stage("source", input("es-byline.txt"))
  local ex = run_stage("extract", { document = doc, calls = {}, claims = {} })
  local b = run_stage("link", { extractions = { ex } })
  local found
  for _, c in ipairs(b.calls) do
    if table.concat(c.participants, ",") == "Alberto Fernández,Pedro Sánchez" then found = c end
  end
  ok(found, "the call is found")
  eq({ found.date, found.date_basis }, { "2020-11-30", "relative" })
end)

test("a page of dated items in another language: each paragraph has its item's date", function()
  local text = table.concat({ "Comunicados de prensa",
    "Conversación telefónica con el presidente de Chile", "lunes, 30 de noviembre de 2020",
    "The President spoke today by telephone with President Sebastián Piñera of Chile about the pandemic and regional trade.",
    "Conversación telefónica con el presidente de Uruguay", "miércoles, 25 de noviembre de 2020",
    "The President spoke today by telephone with President Luis Lacalle Pou of Uruguay about the Mercosur summit." }, "\n\n")
  local doc = run_stage("source", { id = "docs/feed.txt", path = "docs/feed.txt", bytes = text,
    sha256 = "", format = "text" })
  local dated = {}
  for _, p in ipairs(doc.paragraphs) do
    if p.text:find("spoke today") then dated[#dated + 1] = p.date or "-" end
  end
  -- (the first item's date is the page's own, as for English pages)
  eq({ doc.published, dated }, { "2020-11-30", { "-", "2020-11-25" } })
end)

-- The same short article under a date line of another language.
local function under(line)
  local text = "Leaders discuss trade by phone\n\n" .. line .. "\n\n"
    .. "Spanish Prime Minister Pedro Sánchez and Argentine President Alberto Fernández spoke by "
    .. "phone on Monday about vaccine supplies and trade, the Casa Rosada said in a statement.\n\n"
    .. "The two leaders agreed to keep in close contact, the statement said.\n"
  local doc = run_stage("source", { id = "a.txt", path = "a.txt", bytes = text, sha256 = "", format = "text" })
  return { doc.published, doc.published_basis }
end

test("date lines labelled in other languages (data/extract/dates.yaml labels)", function()
  local P, U = "publication_line", "updated"
  for line, want in pairs({
    ["Publicado el martes, 1 de diciembre de 2020 a las 09:30"] = P,
    ["Mis à jour le 01/12/2020 à 18:12"] = U,
    ["Veröffentlicht am Dienstag, 1. Dezember 2020, 18:12 Uhr"] = P,
    ["Pubblicato il 1 dicembre 2020 alle 18:12"] = P,
    ["Gepubliceerd op dinsdag 1 december 2020 om 18:12"] = P,
    ["Atualizado em 1 de dezembro de 2020 às 18h12"] = U,
    ["Actualizado el 01/12/2020 a las 18:12"] = U,
    ["Aggiornato il 01/12/2020 alle 18:12"] = U,
    ["Bijgewerkt op 1 december 2020 om 18:12"] = U,
    ["Por Juan Pérez - 1 diciembre, 2020"] = "byline",
  }) do
    eq(under(line), { "2020-12-01", want }, line)
  end
  eq(parsed(D, "Publié le mardi 1er décembre 2020 à 18h12"),
    { 2020, 12, 1, nil, nil, 2, "mardi 1er décembre 2020" })
  eq(parsed(D, "1er décembre 2020 à 18h12"), { 2020, 12, 1, nil, nil, nil, "1er décembre 2020" })
  eq(parsed(D, "1 décembre 2020, 18h12"), { 2020, 12, 1, 18, 12, nil, "1 décembre 2020, 18h12" })
end)
