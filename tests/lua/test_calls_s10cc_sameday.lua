-- "On the same day", "the next day" after a sentence telling a call on a
-- day of its own, session 10: the day of that call, not the latest day
-- written before ("received on Monday, 2 March 2015 a call from A, after
-- the floods of Sunday, 1 March. On the same day, ... B").  Invented
-- translated stories.

test("the same day is the day of the call told before", function()
  local b = briefing({ "President Paul Kagame received on Monday, 2 March 2015 a telephone call from President "
      .. "François Hollande, who offered his condolences after the floods of Sunday, 1 March.",
    "On the same day, President Kagame received a telephone call from Prime Minister David Cameron." }, "2015-03-05")
  eq(call_pairs(b, "date"), { "David Cameron + Paul Kagame @ 2015-03-02", "François Hollande + Paul Kagame @ 2015-03-02" })
  b = briefing({ "King Abdullah II received on Tuesday, 8 October 2019 a call from Chancellor Angela Merkel, who "
      .. "offered condolences for the victims of the attack of Monday, 7 October.",
    "The next day, the King received a telephone call from President Emmanuel Macron." }, "2019-10-12")
  eq(call_pairs(b, "date"), { "Abdullah II + Angela Merkel @ 2019-10-08", "Abdullah II + Emmanuel Macron @ 2019-10-09" })
end)
