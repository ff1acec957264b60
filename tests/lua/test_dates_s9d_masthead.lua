-- Page dates, session 9: the order of a page's numeric dates (at the
-- end); a newspaper's masthead line holds its date
-- with the edition, the volume and issue numbers and the price ("Late
-- City Edition", "Vol. CXL No. 48,512", "35 cents", "$1.00", "Price
-- 50p"), between separators ("·", "•", "|", dashes): the date is the
-- page's publication date.  Invented page heads.

local function published(head)
  local text = head .. "\n\nLeaders discuss the crisis by phone\n\n"
    .. "LONDON -- The prime minister telephoned the president, officials said. The two leaders "
    .. "discussed the war at length and agreed to stay in close touch.\n\n"
    .. "The call lasted about ten minutes, according to officials who asked not to be named.\n"
  local doc = run_stage("source", { id = "docs/p.txt", path = "docs/p.txt", bytes = text, sha256 = "",
    format = "text" })
  return { doc.published, doc.published_basis }
end

test("a masthead line with edition, issue and price gives the page's date", function()
  eq(published("THE RIVERSIDE GAZETTE\nWednesday, February 26, 1986 · Late City Edition · 35 cents"),
    { "1986-02-26", "byline" })
  eq(published("Vol. CXL No. 48,512 | Saturday, January 19, 1991 | Final Edition | $1.00"),
    { "1991-01-19", "byline" })
  eq(published("The Daily Courier — Late Edition — Tuesday 4 March 2003 — Price 50p"),
    { "2003-03-04", "byline" })
  eq(published("HOME EDITION • Friday, November 26, 2004 • 50¢ • Section A"),
    { "2004-11-26", "byline" })
end)

test("a line of prose with a date is still no date line", function()
  eq(published("The summit that began on Wednesday, February 26, 1986 ended without any agreement at all."),
    { nil, nil })
end)

test("a morning paper: a call told with no day of its own is on or before the filing day", function()
  local text = "THE RIVERSIDE GAZETTE\nWednesday, June 4, 1986 · Late City Edition · 35 cents\n\n"
    .. "Reagan and Thatcher confer on arms talks\n\n"
    .. "WASHINGTON, June 3 -- President Reagan telephoned Prime Minister Margaret Thatcher to discuss "
    .. "the arms talks, the White House said. The two leaders agreed to meet again before the summit.\n\n"
    .. "Officials said the conversation lasted about twenty minutes and covered the coming negotiations.\n"
  local doc = run_stage("source", { id = "docs/m.txt", path = "docs/m.txt", bytes = text, sha256 = "",
    format = "text" })
  eq({ doc.published, doc.published_basis }, { "1986-06-04", "byline" })
  local ex = run_stage("extract", { document = doc, calls = {}, claims = {} })
  local b = run_stage("link", { extractions = { ex } })
  eq(call_pairs(b, "basis"), { "Margaret Thatcher + Ronald Reagan @ 1986-06-03 (reported)" })
end)

-- A numeric date whose day and month could be either way round ("3/5/2011")
-- is read in the order the page itself shows: month first when the same
-- page writes a date only that way ("03/15/2011") or stamps it with a US
-- time zone ("2:04 PM ET", "EDT"), day first otherwise (and when the page
-- writes "15/03/2011").
local function published_on(head) return published(head)[1] end

test("a US time zone on the line: month first", function()
  eq(published_on("Posted: 3/5/2011 2:04 PM ET"), "2011-03-05")
  eq(published_on("Published 04/07/2019 10:15 AM EDT"), "2019-04-07")
  eq(published_on("Updated: 11/02/2020 6:30 PM PST"), "2020-11-02")
end)

test("another date of the page shows the order", function()
  eq(published_on("Posted: 3/5/2011\nUpdated: 03/15/2011"), "2011-03-05")
  eq(published_on("Posted: 3/5/2011\nUpdated: 15/03/2011"), "2011-05-03")
end)

test("nothing to show the order: day first, as before", function()
  eq(published_on("Posted: 3/5/2011 14:04 GMT"), "2011-05-03")
  eq(published_on("Posted: 3/5/2011"), "2011-05-03")
end)
