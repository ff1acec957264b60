-- Session 17 (cc17): Hong Kong's chief executives are known to the
-- gazetteer, the territory its own side, so their calls with foreign
-- leaders are found.  Sentences of our own.

test("a chief executive's call with a foreign leader", function()
  local b = briefing({ "Chief Executive Carrie Lam spoke by telephone with Prime Minister Lee Hsien Loong on Tuesday." },
    "2020-11-13")
  eq(sorted_call_pairs(b, "date"), { "Carrie Lam + Lee Hsien Loong @ 2020-11-10" })
end)

test("a chief executive's failed try: denied, the chief executive placed it", function()
  local b = briefing({ "Leung Chun-ying said he had tried repeatedly to telephone President Rodrigo Duterte on Monday but could not get through." },
    "2016-09-14")
  eq(sorted_call_pairs(b, "status"), { "Leung Chun-ying + Rodrigo Duterte: denied" })
  eq(initiators(b), { "Leung Chun-ying" })
end)

test("Donald Tsang by his Chinese given name too", function()
  local b = briefing({ "Donald Tsang Yam-kuen spoke by telephone with President Gloria Macapagal Arroyo on Friday." },
    "2008-03-10")
  eq(sorted_call_pairs(b), { "Donald Tsang + Gloria Macapagal Arroyo" })
end)
