-- Session 23: an official site's news feed.  A page titled "Official site
-- of the President of the Republic of X" is X's presidency's account (the
-- office and country after "Official site of"), and an item under a
-- heading of another kind of occasion ("Telegram of condolences to ...",
-- "Meeting with ...", "The President receives ...") is other news: what
-- its sentences say is no point of the call told in the item before.  A
-- heading naming a call ("Telephone conversation with ...") ends it.
-- Pages of our own.

local FEED = table.concat({
  "Official site of the President of the Republic of Uzbekistan",
  "Home > Press service > News",
  "12 March 2019",
  "Telephone conversation with the President of the Republic of Kazakhstan",
  "President Shavkat Mirziyoyev had a telephone conversation with President Nursultan Nazarbayev.",
  "The leaders discussed the schedule of the coming visit to Tashkent.",
  "Nursultan Nazarbayev thanked the President of Uzbekistan for the warm congratulations.",
  "12 March 2019",
  "Telegram of condolences to the President of the Republic of Turkey",
  "Shavkat Mirziyoyev sent a telegram of condolences to Recep Tayyip Erdogan.",
  "\"We share the grief of the brotherly Turkish people,\" the telegram says.",
  "11 March 2019",
  "Meeting with the delegation of the European Bank for Reconstruction and Development",
  "The sides discussed the financing of new projects in the energy sector.",
}, "\n\n") .. "\n"

test("a presidency's feed: its account, and the telegram's and the meeting's items are no points of the call", function()
  local _, ex = page_run(FEED)
  eq(claim_lines(ex), {
    "Uzbekistan | joint | President of the Republic of Uzbekistan | discussed the schedule of the coming visit to Tashkent",
    "Uzbekistan | Nursultan Nazarbayev | President of the Republic of Uzbekistan | thanked the President of Uzbekistan for the warm congratulations" })
end)

test("a call's heading after another occasion's item ends that item", function()
  local page = FEED .. "\n" .. table.concat({
    "11 March 2019",
    "Telephone conversation with the President of the Russian Federation",
    "President Shavkat Mirziyoyev had a telephone conversation with President Vladimir Putin.",
    "The leaders discussed cooperation in the energy sector.",
  }, "\n\n") .. "\n"
  local _, ex = page_run(page)
  local l = claim_lines(ex)
  eq(#l, 3)
  eq(l[3], "Uzbekistan | joint | President of the Republic of Uzbekistan | discussed cooperation in the energy sector")
end)

test("a news page's deck naming a visit heads no item: the account after it stands", function()
  local _, ex = page_run(table.concat({
    "Leaders agree to talk again",
    "Talks in focus after envoy's visit to Ankara",
    "18 March 2025",
    "ANKARA, March 18 - President Erdogan spoke by telephone with President Putin on Monday, the Turkish presidency said.",
    "Erdogan told Putin that a lasting ceasefire was needed in the Black Sea, the presidency said.",
  }, "\n\n") .. "\n")
  eq(claim_lines(ex), { "Turkey | Recep Tayyip Erdoğan | the Turkish presidency | a lasting ceasefire was needed in the Black Sea" })
end)
