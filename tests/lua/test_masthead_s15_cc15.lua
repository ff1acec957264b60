-- Page dates, session 15: a masthead's date line with its parts between
-- " | " is the page's date (1) when an archive's banner and a line of
-- notes stand with it in one group of lines (not a hard-wrapped
-- paragraph of prose), and (2) when an issue number ("No. 518") and the
-- site's address follow it (a number's abbreviation ends no sentence: the
-- address is no caption's credit).  Invented page heads.

local function published(head)
  local text = head .. "\n\nLeaders discuss the strike by phone\n\n"
    .. "LISBON -- The prime minister telephoned the president, officials said. The two leaders "
    .. "discussed the dock strike at length and agreed to stay in close touch.\n\n"
    .. "The call lasted about ten minutes, according to officials who asked not to be named.\n"
  local doc = run_stage("source", { id = "docs/p.txt", path = "docs/p.txt", bytes = text, sha256 = "",
    format = "text" })
  return { doc.published, doc.published_basis }
end

test("an archive banner, its date line and a note in one group of lines", function()
  eq(published("THE HARBOUR GAZETTE AND SHIPPING LIST  -  Scanned Archive\n"
    .. "Issue of Friday, June 12, 1964  |  Page 7  |  Foreign News\n"
    .. "[Scanned text produced automatically from the bound volumes. Mistakes are possible.]"),
    { "1964-06-12", "byline" })
end)

test("a date line with an issue number and the site's address", function()
  eq(published("THE LAKESIDE MORNING POST\nAn independent daily\n"
    .. "Monday, October 9, 1995  |  No. 518  |  lakesidepost.example"),
    { "1995-10-09", "byline" })
  eq(published("THE LAKESIDE MORNING POST\n"
    .. "Vol. 12  |  Monday, October 9, 1995  |  lakesidepost.example"),
    { "1995-10-09", "byline" })
end)

test("a caption ending in a site's name is still a caption", function()
  eq(published("Ministers arrive for the talks on Monday, October 9, 1995. Lakesidepost.example"),
    { nil, nil })
end)
