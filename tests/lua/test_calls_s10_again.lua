-- The same two people's calls told in one sentence, session 10: a
-- clause of its own with a day of its own is another call ("in April he
-- spoke with Obama ...; last Friday he called Obama again").  Short
-- invented sentences.

local function calls_of(text, pub) return sorted_call_pairs(briefing({ text }, pub), "date") end

test("two clauses, two days, the same counterpart: two calls", function()
  eq(calls_of("In April Shinzo Abe spoke by telephone with President Barack Obama about the tests; last Friday he called Obama again.", "2013-06-09"),
    { "Barack Obama + Shinzo Abe @ 2013-06-07", "Barack Obama + Shinzo Abe @ undated" })
  eq(calls_of("On Monday Chancellor Angela Merkel spoke by phone with President Vladimir Putin, and on Thursday she called Putin again to discuss the ceasefire.", "2014-08-30"),
    { "Angela Merkel + Vladimir Putin @ 2014-08-25", "Angela Merkel + Vladimir Putin @ 2014-08-28" })
  eq(calls_of("President Lula telephoned President Alberto Fernández on Tuesday; on Friday Fernández called Lula back.", "2023-03-11"),
    { "Alberto Fernández + Luiz Inácio Lula da Silva @ 2023-03-07", "Alberto Fernández + Luiz Inácio Lula da Silva @ 2023-03-10" })
end)

test("one clause, or one day: one call", function()
  eq(calls_of("On Monday Chancellor Angela Merkel spoke by phone with President Vladimir Putin and urged him to pull back his troops.", "2014-08-30"),
    { "Angela Merkel + Vladimir Putin @ 2014-08-25" })
end)
