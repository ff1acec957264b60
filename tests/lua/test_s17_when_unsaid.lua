-- Session 17: a call whose day the teller withholds ("without saying
-- when", "did not say when") is undated, not on the report's day; a
-- day told beside "without saying what" keeps it.  Sentences of our own.

local function pairs_of(s)
  return sorted_call_pairs(briefing({ s }, "2016-05-04"), "date")
end

test("the day withheld: undated", function()
  eq(pairs_of("President Muhammadu Buhari has also spoken with Ghana's John Mahama by telephone, his spokesman said, without saying when."),
    { "John Mahama + Muhammadu Buhari @ undated" })
  eq(pairs_of("President Muhammadu Buhari spoke with Ghana's John Mahama by telephone, but the spokesman did not say when."),
    { "John Mahama + Muhammadu Buhari @ undated" })
end)

test("the day told, the content withheld: dated", function()
  eq(pairs_of("President Muhammadu Buhari spoke with Ghana's John Mahama by telephone on Monday, his spokesman said, without saying what was discussed."),
    { "John Mahama + Muhammadu Buhari @ 2016-05-02" })
end)
