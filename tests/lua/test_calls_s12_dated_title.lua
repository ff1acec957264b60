-- Namesakes after a title, session 12: "President Bush" on a page of 1991
-- is the Bush who was president that day, so "The President also spoke
-- with ..." after "the Russian President" is his, not the Russian's.
-- Short invented paragraphs.

test("a title settles namesakes by the report's day", function()
  eq(sorted_call_pairs(briefing({
    "President Bush spoke by telephone today with Boris Yeltsin, the Russian President, about the coup.",
    "The President also spoke with Prime Minister Brian Mulroney of Canada." }, "1991-08-20")),
    { "Boris Yeltsin + George H. W. Bush", "Brian Mulroney + George H. W. Bush" })
end)
