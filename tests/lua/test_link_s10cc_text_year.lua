-- A page that states no date of its own, session 10: a call dated by
-- month and day only ("In the evening of Friday, 7 August") takes the year
-- of the call the same account dated in full before it (else after it),
-- when the weekday written agrees with it.  Invented translated stories
-- with no publication date.

test("a day and month take the year the account states", function()
  local b = briefing({ "President Kagame received on Monday, 2 March 2015 a telephone call from President "
      .. "François Hollande, who offered his condolences.",
    "In the evening of Wednesday, 4 March, President Kagame received a telephone call from Prime Minister "
      .. "David Cameron." }, nil)
  eq(call_pairs(b, "date"), { "François Hollande + Paul Kagame @ 2015-03-02", "David Cameron + Paul Kagame @ 2015-03-04" })
  b = briefing({ "On Thursday, 10 October, the King received a telephone call from President Vladimir Putin.",
    "His Majesty King Abdullah II had received on Tuesday, 8 October 2019 a call from Chancellor Angela Merkel." }, nil)
  eq(call_pairs(b, "date"), { "Abdullah II + Angela Merkel @ 2019-10-08", "Abdullah II + Vladimir Putin @ 2019-10-10" })
end)

test("a weekday that does not agree leaves the day undated", function()
  local b = briefing({ "President Kagame received on Monday, 2 March 2015 a telephone call from President "
      .. "François Hollande.",
    "On Thursday, 4 March, President Kagame received a telephone call from Prime Minister David Cameron." }, nil)
  eq(call_pairs(b, "date"), { "François Hollande + Paul Kagame @ 2015-03-02", "David Cameron + Paul Kagame @ undated" })
end)
