-- Session 19: a line above the body that gives the byline, the place and
-- the day the story was filed ("Our Special Correspondent, LONDON, March
-- 3", "By Jane Roe, BONN, Nov. 9") is a dateline: its day is the one
-- "today" counts from when the page is dated a day later (a morning
-- paper's page of the next day).  Pages of our own.

local function calls_of(text)
  local _, _, b = page_run(text)
  return sorted_call_pairs(b, "basis")
end

test("'Our Special Correspondent, PLACE, Day': today is that day", function()
  eq(calls_of("---\ntitle: Blair rings Clinton\ndate: 1997-03-04\n---\n\nBlair rings Clinton\n\nOur Special Correspondent, LONDON, March 3\n\nPrime Minister Tony Blair today spoke on the telephone to President Bill Clinton about the crisis in Albania.\n"),
    { "Bill Clinton + Tony Blair @ 1997-03-03 (relative)" })
  eq(calls_of("---\ntitle: Kohl rings Chirac\ndate: 1996-11-10\n---\n\nKohl rings Chirac\n\nBy Jane Roe, BONN, Nov. 9\n\nChancellor Helmut Kohl today telephoned President Jacques Chirac to discuss the budget row.\n"),
    { "Helmut Kohl + Jacques Chirac @ 1996-11-09 (relative)" })
end)

test("a line without a day leaves today the page's", function()
  eq(calls_of("---\ntitle: Blair rings Clinton\ndate: 1997-03-04\n---\n\nBlair rings Clinton\n\nOur Special Correspondent, LONDON\n\nPrime Minister Tony Blair today spoke on the telephone to President Bill Clinton about the crisis in Albania.\n"),
    { "Bill Clinton + Tony Blair @ 1997-03-04 (relative)" })
end)
