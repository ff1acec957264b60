-- A fact "according to" a body of a third country, named by its country
-- word and a body noun the mentions do not take, session 11: "..., according
-- to the Israeli health ministry" on a call of the US and Germany is that
-- third party's account, no side's of the call (it fell to the page's home
-- side).  Invented reports.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end

test("a third country's ministry is no side of the call", function()
  eq(lines({ "President Barack Obama held a video conference with German Chancellor Angela Merkel on Monday.",
    "The death toll passed 1,100 on Monday, according to the Palestinian health ministry." }, "2014-07-29"),
    {})
  eq(lines({ "President Francois Hollande spoke by telephone with British Prime Minister David Cameron on Friday.",
    "According to the Nigerian defence ministry, the army had retaken the town of Baga." }, "2015-01-09"),
    {})
end)
