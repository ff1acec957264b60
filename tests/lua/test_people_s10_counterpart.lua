-- A counterpart named with the office again before the name, session 10:
-- "her French counterpart, Minister de Villepin", "his Russian
-- counterpart, President Vladimir Putin" are those people, also when the
-- subject is an office the text leaves without a country, so that no
-- counterpart can be worked out from it.  Short invented briefings.

local function calls_of(paras, pub) return sorted_call_pairs(briefing(paras, pub)) end

test("the office written again before an apposed counterpart's name", function()
  eq(calls_of({ "Prime Minister Junichiro Koizumi held a telephone talk with President George W. Bush this morning.",
      "The Prime Minister stated that Japan supports the efforts of the United States.",
      "The Foreign Minister spoke with her French counterpart, Minister de Villepin, on Wednesday." }, "2003-03-14"),
    { "Dominique de Villepin + Yoriko Kawaguchi", "George W. Bush + Junichiro Koizumi" })
  eq(calls_of({ "Prime Minister John Howard spoke by telephone with President Megawati Sukarnoputri on Sunday.",
      "Mr Howard said Australia would send police to help with the investigation.",
      "The Foreign Minister spoke with his Indonesian counterpart, Minister Hassan Wirajuda, on Monday." }, "2002-10-16"),
    { "Alexander Downer + Hassan Wirajuda", "John Howard + Megawati Sukarnoputri" })
end)
