-- Session 15, pages without a date of their own: an archive's or a
-- microfilm's banner, parts between " | " one of which is a date line by
-- itself, dates the page ("Issue of Thursday, 2 March 1978 | Front page,
-- continued on page 4"); a day and month take the year of the full date
-- the text gives nearest.  Invented pages.

local function page_of(banner)
  return page_run(table.concat({
    "THE EVENING COURIER",
    banner,
    "",
    "Callaghan and Carter discuss Horn of Africa",
    "",
    "The Prime Minister, Mr James Callaghan, spoke to President Carter by telephone yesterday about the fighting in the Ogaden.",
  }, "\n"))
end

test("a banner with the issue's date dates the page", function()
  local d = page_of("Issue of Thursday, 2 March 1978 | Front page, continued on page 4")
  eq(d.published, "1978-03-02")
  local d2 = page_of("Issue of 2 March 1978 | Continued from the front page")
  eq(d2.published, "1978-03-02")
end)

test("a line of prose with a bar and a date is no banner", function()
  local d = page_of("The talks that opened on 2 March 1978 went on for weeks, officials here said | and the fighting went on")
  eq(d.published, nil)
end)

test("on a page without a date, a day and month take the year of the text's full date", function()
  local b = briefing({
    "The earthquake struck northern Armenia on the morning of Wednesday, Dec. 7, 1988.",
    "Before leaving New York, Mr. Gorbachev took a telephone call from Prime Minister Margaret Thatcher.",
    "On Friday, Dec. 9, Chancellor Helmut Kohl telephoned Mr. Gorbachev in Moscow." })
  eq(sorted_call_pairs(b, "date"),
    { "Helmut Kohl + Mikhail Gorbachev @ 1988-12-09", "Margaret Thatcher + Mikhail Gorbachev @ undated" })
  -- a weekday that does not agree with the year leaves it undated
  eq(sorted_call_pairs(briefing({
    "The earthquake struck northern Armenia on the morning of Wednesday, Dec. 7, 1988.",
    "On Monday, Dec. 9, Chancellor Helmut Kohl telephoned Mr. Gorbachev in Moscow." }), "date"),
    { "Helmut Kohl + Mikhail Gorbachev @ undated" })
end)
