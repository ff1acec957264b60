-- Date forms, session 11: hours that make whole days ("48 hours
-- earlier", "24 hours ago"); "the 3rd inst." (this month, as old
-- official prose writes it).  Short invented sentences.

local function calls_of(paras, pub) return sorted_call_pairs(briefing(paras, pub), "date") end

test("hours that make whole days", function()
  eq(calls_of({ "President François Mitterrand telephoned Chancellor Helmut Kohl 48 hours ago about the summit." }, "1990-04-10"),
    { "François Mitterrand + Helmut Kohl @ 1990-04-08" })
  eq(calls_of({ "On Tuesday, 10 April, the ministers met in Dublin.",
      "President François Mitterrand had telephoned Chancellor Helmut Kohl 24 hours earlier." }, "1990-04-12"),
    { "François Mitterrand + Helmut Kohl @ 1990-04-09" })
end)

test("the 3rd inst.", function()
  eq(calls_of({ "The Chancellor, Dr. Helmut Kohl, spoke by telephone with President Mitterrand on the 3rd inst., the Chancellery said." }, "1987-07-20"),
    { "François Mitterrand + Helmut Kohl @ 1987-07-03" })
end)
