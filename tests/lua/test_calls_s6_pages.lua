-- Page dates, session 6: a wire story's year-less dateline takes its year
-- from the copyright line of the agency that filed it, and a date line
-- whose update is told as an age in another language ("Atualizado há 2
-- horas") still dates the page.  Short pages of our own.

local function page(text)
  return run_stage("source", { id = "p.txt", path = "p.txt", bytes = text, sha256 = "", format = "text" })
end

local function wire(dateline, footer)
  return page(table.concat({
    "Harbour Wire | World", "",
    "Leaders discuss flood relief", "",
    dateline .. " President Alpha Example spoke by telephone on Friday with the prime minister of a neighbouring country about relief flights and the reopening of the port.", "",
    "Officials said the two would speak again once the airport had reopened to civilian flights.", "",
    footer, "" }, "\n"))
end

test("a year-less dateline takes the year of its agency's copyright line", function()
  -- the agency's initials
  local d = wire("LIMA, Feb 12 (HWS) -", "(c) Harbour Wire Service 2016. All rights reserved.")
  eq({ d.published, d.published_basis }, { "2016-02-12", "dateline" })
  -- the agency's name, "Copyright" spelt out
  d = wire("NAIROBI, March 3 (Harbourwire) -", "Copyright 2009 Harbourwire. All rights reserved.")
  eq({ d.published, d.published_basis }, { "2009-03-03", "dateline" })
  d = wire("DHAKA, Oct 30 (HWS) -", "© Harbour Wire Service 2003")
  eq(d.published, "2003-10-30")
end)

test("another holder's copyright or a range of years dates no story", function()
  eq(wire("LIMA, Feb 12 (HWS) -", "(c) 2024 Example Daily Media. All rights reserved.").published, nil)
  eq(wire("LIMA, Feb 12 (HWS) -", "(c) Harbour Wire Service 2001-2024. All rights reserved.").published, nil)
end)

local function dated(line)
  return page(table.concat({
    "DIARIO EJEMPLO | English", "", line, "",
    "Presidents agree to meet", "",
    "The two presidents held a thirty-minute video call on Monday, the first direct conversation between them since the tariffs were raised in July.", "",
    "Both offices described the conversation as friendly and said the ministers would keep talking.", "" }, "\n"))
end

test("a numeric date line with an update told as an age, in other languages", function()
  local d = dated("07/10/2025 08h15 - Atualizado há 2 horas")
  eq({ d.published, d.published_basis }, { "2025-10-07", "byline" })
  d = dated("12/03/2024 10:30 - Actualizado hace 3 horas")
  eq({ d.published, d.published_basis }, { "2024-03-12", "byline" })
  d = dated("05/02/2022 18:12 - Aggiornato 2 ore fa")
  eq({ d.published, d.published_basis }, { "2022-02-05", "byline" })
end)
