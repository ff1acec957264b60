-- Gazetteer, session 16 (cc16): Panama's rulers and presidents before
-- 1999 (Omar Torrijos, Lakas, Royo, Noriega, Endara, Pérez Balladares):
-- "General Torrijos" in 1977 is Omar Torrijos, not his son Martín
-- (president 2004-2009).  Invented sentences.

test("Torrijos in the 1970s is Omar Torrijos, in 2006 Martín Torrijos", function()
  eq(sorted_call_pairs(briefing({ "President Gerald Ford telephoned General Torrijos on Monday about the canal talks." },
    "1976-02-04"), "date"), { "Gerald Ford + Omar Torrijos @ 1976-02-02" })
  eq(sorted_call_pairs(briefing({ "President George W. Bush telephoned President Torrijos on Monday about the canal expansion." },
    "2006-10-25"), "date"), { "George W. Bush + Martín Torrijos @ 2006-10-23" })
end)

test("Panama's presidents of 1989-1999 are known", function()
  eq(sorted_call_pairs(briefing({ "President George Bush telephoned President Guillermo Endara on Thursday." },
    "1990-01-05"), "date"), { "George H. W. Bush + Guillermo Endara @ 1990-01-04" })
  eq(sorted_call_pairs(briefing({ "President Bill Clinton spoke by telephone with President Ernesto Perez Balladares on Tuesday." },
    "1997-12-04"), "date"), { "Bill Clinton + Ernesto Pérez Balladares @ 1997-12-02" })
end)
