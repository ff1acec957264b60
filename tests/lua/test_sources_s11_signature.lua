-- A press release's date under its signature, session 11: the page's last
-- line, after the name and office of the one who signed it, dates the
-- page when nothing above does; a date in the body or above a closing
-- paragraph does not.  Short invented pages.

local function page(text)
  return run_stage("source", { id = "p.txt", path = "p.txt", bytes = text, sha256 = "", format = "text" })
end

local BODY = "PRESS RELEASE\n\nPRESIDENT RECEIVES CALL FROM PRIME MINISTER\n\n"
  .. "The President on Tuesday evening received a telephone call from the Prime Minister of Canada.\n\n"
  .. "The two leaders discussed trade and the coming summit, and agreed to stay in touch.\n\n"

test("the date under a press release's signature dates the page", function()
  local d = page(BODY .. "Kwame Mensah\nDirector of Communications\n12 March 2019\n")
  eq({ d.published, d.published_basis }, { "2019-03-12", "signature" })
  local d2 = page(BODY .. "Office of the Press Secretary\nJuly 3, 2008\n")
  eq({ d2.published, d2.published_basis }, { "2008-07-03", "signature" })
end)

test("a date above the body wins; a date not last on the page is no signature's", function()
  local d = page("March 10, 2019\n\n" .. BODY .. "Kwame Mensah\nDirector of Communications\n12 March 2019\n")
  eq({ d.published, d.published_basis }, { "2019-03-10", "byline" })
  local d2 = page(BODY .. "12 March 2019\n\nThe President will travel to Ottawa next month for talks with the Prime Minister.\n")
  eq(d2.published, nil)
end)
