-- Session 21 (cf21), form 5: a plural office of several countries apposed
-- to the names of its holders ("her French and Italian counterparts,
-- Francois Hollande and Matteo Renzi"): the names given are the people
-- (one call with each), not the holders the date would give the office
-- (a chancellor's French counterpart resolved to the prime minister), nor
-- the office and the names together.  And a body's name after an office
-- ("the chairman of the Soviet State Committee for Television") is no
-- person "State Committee".  Sentences of our own.

local function calls(s, date)
  return sorted_call_pairs(briefing({ s }, date), "date")
end

test("the names apposed to plural counterparts are the people", function()
  eq(calls("Merkel spoke by phone with her French and Italian counterparts, Francois Hollande and Matteo Renzi, on Monday.",
    "2016-05-14"), { "Angela Merkel + François Hollande @ 2016-05-09", "Angela Merkel + Matteo Renzi @ 2016-05-09" })
  eq(calls("Schroeder spoke by telephone with his French and British counterparts, Jacques Chirac and Tony Blair.",
    "2004-05-14"), { "Gerhard Schröder + Jacques Chirac @ 2004-05-14", "Gerhard Schröder + Tony Blair @ 2004-05-14" })
  eq(calls("Biden spoke by phone with the French and German leaders, Emmanuel Macron and Angela Merkel, on Monday.",
    "2021-05-14"), { "Angela Merkel + Joe Biden @ 2021-05-10", "Emmanuel Macron + Joe Biden @ 2021-05-10" })
end)

test("guards: names after a verb of calling, an office with no names", function()
  eq(calls("Thatcher telephoned her Danish and Norwegian counterparts, Poul Schluter and Gro Harlem Brundtland, on Tuesday.",
    "1988-05-14"), { "Gro Harlem Brundtland + Margaret Thatcher @ 1988-05-10", "Margaret Thatcher + Poul Schlüter @ 1988-05-10" })
  eq(calls("Obama called the Israeli and Palestinian leaders, Benjamin Netanyahu and Mahmoud Abbas, on Monday.",
    "2009-05-14"), { "Barack Obama + Benjamin Netanyahu @ 2009-05-11", "Barack Obama + Mahmoud Abbas @ 2009-05-11" })
  eq(calls("Merkel spoke by phone with her French and Italian counterparts on Monday.", "2016-05-14"),
    { "Angela Merkel + François Hollande + Matteo Renzi @ 2016-05-09" })
end)

test("a body's name after an office is no person", function()
  local ex = extract({ "Reagan telephoned the chairman of the Soviet State Committee for Television, Sergei Lapin, on Monday." },
    "1985-05-14")
  local found = false
  for _, c in ipairs(ex.calls) do
    for _, p in ipairs(c.people) do
      if (p.name or p.text) == "State Committee" then found = true end
    end
  end
  eq(found, false)
  eq(calls("Kissinger telephoned the chairman of the Soviet State Committee for Foreign Economic Relations on Monday.",
    "1975-05-14"), {})
end)
