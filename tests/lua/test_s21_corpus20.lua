-- Session 21, from the census of tests/corpus20 (sentences and pages of
-- our own, written for the mechanisms found there):
-- * a title before a surname the document gave to someone else who never
--   held that office ("King Hussein" after "President Saddam Hussein") is
--   the one namesake who did;
-- * the verb of a relative clause on a person ("..., was King Hussein, who
--   telephoned him") is that person's: he placed the call;
-- * an official site's header naming the site in one of its parts,
--   divided by a dash ("Présidence de la République française --
--   Élysée"), is the site's masthead: the page is the Elysee's, and "the
--   President of the Republic" France's.

test("'King Hussein' after 'President Saddam Hussein': the king", function()
  local b = briefing({ "President Saddam Hussein of Iraq spoke on the radio on Monday.",
    "The first to telephone President Saddam was King Hussein." }, "1981-06-09")
  eq(call_pairs(b, "status"), { "King Hussein + Saddam Hussein: held" })
end)

test("'was X, who telephoned him': X placed the call", function()
  local b = briefing({ "The first to reach President Mitterrand was Chancellor Schmidt, who telephoned him yesterday morning." }, "1981-06-09")
  eq(call_pairs(b, "status"), { "François Mitterrand + Helmut Schmidt: held" })
  eq(initiators(b), { "Helmut Schmidt" })
end)

local PAGE = [[
Présidence de la République française -- Élysée
Press room > Press releases
PRESS RELEASE
Telephone conversation with the President of Senegal
Paris, 18 September 2015

The President of the Republic had a telephone conversation this Friday with the President of the Republic of Senegal, Mr Macky Sall.

The President of the Republic reiterated France's condemnation of the coup in Ouagadougou.
]]

test("an official site's header of two parts: the site's page", function()
  local d, _, b = page_run(PAGE)
  eq(d.outlet, "Elysee")
  eq(call_pairs(b, "date"), { "François Hollande + Macky Sall @ 2015-09-18" })
end)

test("'the Acting President' with no name: the one named so before", function()
  local b = briefing({ "Acting President Ghulam Ishaq Khan promised on Thursday that the elections would be held.",
    "President Ronald Reagan spoke by telephone with the Acting President on Thursday afternoon." }, "1988-08-19")
  eq(call_pairs(b, "date"), { "Ghulam Ishaq Khan + Ronald Reagan @ 1988-08-18" })
end)
