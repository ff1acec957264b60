-- Session 17 (cc17): a day and month told without a year on a page with
-- no date and no full date of its own: the one year in which every office
-- holder the page names by office held it on that day.  Several years
-- left open settle nothing.  Sentences of our own.

local function dated(paras)
  return sorted_call_pairs(briefing(paras, nil), "basis")
end

test("the office holders a page names leave one year: that year", function()
  eq(dated({ "President Jacques Chirac spoke by telephone with President Boris Yeltsin on 3 March about Kosovo.",
    "Chancellor Gerhard Schröder, who holds the rotating European presidency, urged restraint." }),
    { "Boris Yeltsin + Jacques Chirac @ 1999-03-03 (stated)" })
end)

test("several years open, or a former office holder: no year", function()
  eq(dated({ "President Jacques Chirac spoke by telephone with President Boris Yeltsin on 3 March about Kosovo." }),
    { "Boris Yeltsin + Jacques Chirac @ undated (unknown)" })
  eq(dated({ "President Jacques Chirac spoke by telephone with President Boris Yeltsin on 3 March about Kosovo.",
    "Former Chancellor Gerhard Schröder urged restraint." }),
    { "Boris Yeltsin + Jacques Chirac @ undated (unknown)" })
end)
