-- "the president-elect" with no name (session 12, cc12b): the person the
-- document names whose term as president begins soon after the day (the
-- winner of an election, not yet sworn in), else, for "the Brazilian
-- president-elect", the gazetteer's one such person of that country.
-- The sitting president is never the president-elect.  Invented pages.

test("the winner the page names is 'the president-elect'", function()
  local b = briefing({ "Luiz Inácio Lula da Silva won Sunday's run-off with 61 percent of the vote.",
    "President Fernando Henrique Cardoso congratulated him on television.",
    "On Monday the president-elect spoke by telephone with President George W. Bush." }, "2002-10-30")
  eq(call_pairs(b, "date"), { "George W. Bush + Luiz Inácio Lula da Silva @ 2002-10-28" })
end)

test("'the Mexican president-elect' named nowhere: the gazetteer's incoming president", function()
  local b = briefing({ "President Bill Clinton telephoned the Mexican president-elect on Tuesday to congratulate him." },
    "2000-07-06")
  eq(call_pairs(b, "date"), { "Bill Clinton + Vicente Fox @ 2000-07-04" })
end)

test("a page naming only sitting presidents has no president-elect", function()
  local b = briefing({ "President Fernando Henrique Cardoso and President George W. Bush met in Washington.",
    "On Monday the president-elect spoke by telephone with President George W. Bush." }, "2001-06-30")
  eq(call_pairs(b), {})
end)
