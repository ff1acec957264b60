-- Calls, session 16 (cc16): a page with no date of its own, whose call
-- is told with a weekday, a day and a month ("on Tuesday 14 March"), takes
-- the year of the site's copyright line when that weekday falls on that
-- day in that year (the footer alone never dates the page: it may be the
-- year the page was saved).  Invented pages.

local function page_with(sentence, footer)
  local _, _, b = page_run(table.concat({
    "THE HARBOUR QUARTERLY",
    "World · Opinion · Subscribe",
    "",
    "What the phone call changed",
    "",
    "By Tomasz Wierzbicki",
    "",
    sentence,
    "",
    "The editors will return to the subject in the next issue, when the summit has taken place.",
    "",
    footer,
  }, "\n"))
  return b
end

test("a weekday, day and month take the copyright year when the weekday fits", function()
  local b = page_with("After weeks of silence, on Tuesday 14 March Olaf Scholz and Emmanuel Macron finally spoke by telephone about the energy crisis.",
    "© 2023 The Harbour Quarterly · Privacy · Terms")
  eq(sorted_call_pairs(b, "basis"), { "Emmanuel Macron + Olaf Scholz @ 2023-03-14 (stated)" })
  eq(b.documents[1].published, nil)
end)

test("a weekday that does not fit the copyright year leaves the call undated", function()
  local b = page_with("After weeks of silence, on Monday 14 March Olaf Scholz and Emmanuel Macron finally spoke by telephone about the energy crisis.",
    "© 2023 The Harbour Quarterly · Privacy · Terms")
  eq(sorted_call_pairs(b, "basis"), { "Emmanuel Macron + Olaf Scholz @ undated (unknown)" })
end)

test("a range of years in the footer dates nothing", function()
  local b = page_with("After weeks of silence, on Tuesday 14 March Olaf Scholz and Emmanuel Macron finally spoke by telephone about the energy crisis.",
    "© 2001-2023 The Harbour Quarterly · Privacy · Terms")
  eq(sorted_call_pairs(b, "basis"), { "Emmanuel Macron + Olaf Scholz @ undated (unknown)" })
end)
