-- Date forms, session 10: a month then "the" and an ordinal day ("August
-- the 15th", "March the 3rd, 1991"), and "a fortnight ago".  Short
-- invented sentences.

local function dated(text, pub) return sorted_call_pairs(briefing({ text }, pub), "date") end

test("a month, 'the' and an ordinal day", function()
  eq(dated("Chancellor Helmut Kohl telephoned President François Mitterrand on August the 15th.", "1990-08-17"),
    { "François Mitterrand + Helmut Kohl @ 1990-08-15" })
  eq(dated("President George Bush spoke by telephone with President Mikhail Gorbachev on March the 3rd, 1991.", "1991-03-09"),
    { "George H. W. Bush + Mikhail Gorbachev @ 1991-03-03" })
  -- a number after "the" with no ordinal is no day ("in August the 15
  -- ministers ..."): the month alone leaves the call undated
  eq(dated("In August the 15 ministers met, and Chancellor Helmut Kohl telephoned President François Mitterrand.", "1990-09-20"),
    { "François Mitterrand + Helmut Kohl @ undated" })
end)

test("a fortnight ago", function()
  eq(dated("Prime Minister Bob Hawke telephoned President George Bush a fortnight ago.", "1990-08-17"),
    { "Bob Hawke + George H. W. Bush @ 1990-08-03" })
end)
