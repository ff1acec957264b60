-- Page dates, session 10: a dateline with a weekday before its date
-- ("Lyon, Tuesday 14 March 1995 -- From our correspondent"), on a line of
-- its own above the body (under a headline and a deck); a live page's
-- head ("Live coverage | Saturday 10/4/2010 | All times CEST"); a weekday
-- before a numeric date picks the order of day and month it agrees with.
-- Invented page heads.

local BODY = "The prime minister telephoned the president, officials said. The two leaders "
  .. "discussed the war at length and agreed to stay in close touch.\n\n"
  .. "The call lasted about ten minutes, according to officials who asked not to be named.\n"

local function published(head)
  local text = head .. "\n\n" .. BODY
  local doc = run_stage("source", { id = "docs/p.txt", path = "docs/p.txt", bytes = text, sha256 = "",
    format = "text" })
  return { doc.published, doc.published_basis }
end

test("a dateline with a weekday, on its own line under the headline and the deck", function()
  -- (a line naming the correspondent may be read as a byline: the date is
  -- the same)
  eq(published("Talks on the border crisis\n\nThe two leaders spoke for an hour\n\n"
    .. "Lyon, Tuesday 14 March 1995 -- From our correspondent in Paris")[1], "1995-03-14")
  eq(published("Ceasefire holds in the north\n\nA call from the capital\n\n"
    .. "PORTO ALEGRE, Monday 7 May 2001 -- The government said on Monday that the prime minister had called."),
    { "2001-05-07", "dateline" })
  eq(published("Ministers meet on trade\n\nDeal expected within days\n\n"
    .. "Kampala, Friday, 3 June 2005 -- Agency reports and our own staff in the region"),
    { "2005-06-03", "dateline" })
end)

test("a live page's head with its coverage, time zone and refresh words", function()
  eq(published("Storm live\n\nLive coverage | Saturday 10/4/2010 | All times CEST | Auto-refresh ON"),
    { "2010-04-10", "byline" })
  eq(published("Election night\n\nLive blog | Wednesday 9 November 2016 | All times GMT"),
    { "2016-11-09", "byline" })
end)

test("a weekday before a numeric date settles day and month", function()
  -- 5 April 2010 was a Monday, 4 May 2010 a Tuesday; 3 April 1982 a Saturday
  eq(published("Markets live\n\nLive coverage | Monday 4/5/2010 | All times EDT"), { "2010-04-05", "byline" })
  eq(published("Markets live\n\nLive coverage | Tuesday 4/5/2010 | All times EDT"), { "2010-05-04", "byline" })
  eq(published("Crisis live\n\nLive coverage | Saturday 4/3/1982"), { "1982-04-03", "byline" })
  -- a weekday that fits neither reading leaves the usual day-first order
  eq(published("Crisis live\n\nLive coverage | Sunday 4/5/2010"), { "2010-05-04", "byline" })
end)
