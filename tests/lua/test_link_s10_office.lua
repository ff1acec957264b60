-- Offices written without a country, session 10.  "The Prime Minister
-- spoke with the Taoiseach, Bertie Ahern" is not Ahern (Ireland's prime
-- minister) on both ends of the call: a call is between two people; and
-- when nothing else names the office's country, the one country whose
-- account the article gives ("A Downing Street spokesman said ...") holds
-- it.  Short invented articles.

test("a bare office is the holder in the country whose account the article gives", function()
  eq(sorted_call_pairs(briefing({ "The Prime Minister spoke by telephone last night with the Taoiseach, Bertie Ahern.",
      "A Downing Street spokesman said the two leaders had agreed that the deadline must hold." }, "1998-03-03"), "date"),
    { "Bertie Ahern + Tony Blair @ 1998-03-02" })
  eq(sorted_call_pairs(briefing({ "The President telephoned King Hussein of Jordan on Sunday.",
      "The White House said the two leaders discussed the peace talks." }, "1994-07-26"), "date"),
    { "Bill Clinton + King Hussein @ 1994-07-24" })
  eq(sorted_call_pairs(briefing({ "The Chancellor spoke by telephone on Tuesday with President Jacques Chirac.",
      "The German government said the two leaders wanted the summit to succeed." }, "1997-06-12"), "date"),
    { "Helmut Kohl + Jacques Chirac @ 1997-06-10" })
end)

test("without an account, a bare office is not the named party of the same office", function()
  -- (nobody certain: no call rather than Ahern calling himself)
  eq(sorted_call_pairs(briefing({ "The Prime Minister spoke by telephone last night with the Taoiseach, Bertie Ahern." }, "1998-03-03")), {})
end)
