-- Page dates, session 9: a newspaper's masthead line holds its date
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
