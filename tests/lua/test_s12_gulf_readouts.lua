-- Gulf agency readouts, session 12: a dateline with a date of another
-- calendar before the Gregorian one and the agency's initials after a
-- comma ("Riyadh, Jumada I 12, 1441, January 7, 2020, SPA --") dates the
-- page; "the Custodian of the Two Holy Mosques" is Saudi Arabia's king;
-- "King Salman" is the one Salman who was ever king.  Short invented
-- pages.

local run = page_run

test("a dateline of two calendars and an agency's initials", function()
  local d = run("Gulf News Agency\n\nKing receives call\n\n"
    .. "Riyadh, Rajab 5, 1441, February 29, 2020, SPA -- King Salman received a phone call today from the Emir of Qatar.\n")
  eq({ d.published, d.published_basis, d.dateline and d.dateline.place }, { "2020-02-29", "dateline", "Riyadh" })
end)

test("the king by his style, and by his title and name", function()
  local _, ex = run("Saudi Press Agency\n\nKing receives call\n\n"
    .. "Riyadh, February 29, 2020, SPA -- King Salman received a phone call today from President Emmanuel Macron of France.\n\n"
    .. "President Macron voiced his concern about the oil market, while the Custodian of the Two Holy Mosques stressed the importance of stability.\n")
  eq(claim_lines(ex), {
    "Saudi Arabia | Emmanuel Macron | Saudi Press Agency | voiced his concern about the oil market",
    "Saudi Arabia | Salman bin Abdulaziz Al Saud | Saudi Press Agency | stressed the importance of stability" })
end)
