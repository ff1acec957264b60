-- A given name and a patronymic, session 10: how Russian and other
-- post-Soviet speakers name a person ("Boris Nikolayevich", "Dmitry
-- Anatolyevich", "Vladimir Vladimirovich") is the gazetteer person of
-- that given name whose names give the patronymic, else one of that
-- given name from a land that names people so; never a namesake from
-- elsewhere ("Ivan Petrovich" is no Slovak president Ivan).  Invented
-- sentences.

test("a given name and a patronymic name the person", function()
  local b = briefing({ "Dmitry Anatolyevich telephoned Chancellor Angela Merkel on Thursday, the Kremlin said." },
    "2009-10-03")
  eq(call_pairs(b, "date"), { "Angela Merkel + Dmitry Medvedev @ 2009-10-01" })
  b = briefing({ "On Thursday, Chancellor Angela Merkel spoke by phone with Vladimir Vladimirovich about gas "
    .. "transit." }, "2009-10-03")
  eq(call_pairs(b, "date"), { "Angela Merkel + Vladimir Putin @ 2009-10-01" })
  b = briefing({ "On Sunday, Boris Nikolayevich reached Leonid Makarovich by telephone to talk about the fleet." },
    "1992-04-07")
  eq(call_pairs(b, "date"), { "Boris Yeltsin + Leonid Kravchuk @ 1992-04-05" })
end)

test("a patronymic no alias gives names nobody from elsewhere", function()
  local b = briefing({ "Ivan Petrovich telephoned Chancellor Angela Merkel on Thursday." }, "2009-10-03")
  for _, p in ipairs(call_pairs(b)) do
    ok(not p:find("Gašparovič"), "no Slovak namesake: " .. p)
  end
end)
