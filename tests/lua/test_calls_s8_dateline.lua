-- The day a wire story was filed, session 8: a dateline naming a day one
-- to three days before the page's date ("WASHINGTON, Sept. 21 (CWS) --"
-- under a next-day byline) is the day its "today", "this afternoon" and
-- "yesterday" count from; named weekdays, and datelines of the page's day
-- or of long before it, keep the page's date.  Short invented stories.

local function dated(dateline, body, pub)
  local b = briefing({ dateline .. " " .. body[1], table.unpack(body, 2) }, pub,
    { dateline = { text = dateline } })
  return call_pairs(b, "basis")
end

test("relative days count from a dateline shortly before the page's date", function()
  eq(dated("BERLIN, March 14 (Wire) --", { "Scholz said he had spoken with Emmanuel Macron by phone this afternoon." },
    "2023-03-15"), { "Emmanuel Macron + Olaf Scholz @ 2023-03-14 (relative)" })
  eq(dated("ROME, Feb. 27 (Wire) -", { "Giorgia Meloni telephoned Rishi Sunak yesterday, her office said." },
    "2023-03-01"), { "Giorgia Meloni + Rishi Sunak @ 2023-02-26 (relative)" })
  -- a quoted statement's "this afternoon", the call told before on its weekday
  eq(dated("WASHINGTON, Sept. 21 (CWS) --", { "Clinton backed Yeltsin on Tuesday after a telephone conversation with him.",
    "\"I called President Yeltsin this afternoon,\" Clinton said in a statement." }, "1993-09-22"),
    { "Bill Clinton + Boris Yeltsin @ 1993-09-21 (relative)" })
end)

test("weekdays, and datelines of the page's day or long before it, keep the page's date", function()
  -- filed in Washington on Monday, printed in Seoul on Tuesday
  eq(dated("WASHINGTON, May 25 (Wire) --", { "Seoul said Lee Myung-bak spoke with Taro Aso by phone earlier on Tuesday." },
    "2009-05-26"), { "Lee Myung-bak + Tarō Asō @ 2009-05-26 (relative)" })
  eq(dated("BERLIN, March 15 (Wire) --", { "Scholz said he had spoken with Emmanuel Macron by phone this afternoon." },
    "2023-03-15"), { "Emmanuel Macron + Olaf Scholz @ 2023-03-15 (relative)" })
  eq(dated("BERLIN, March 1 (Wire) --", { "Scholz said he had spoken with Emmanuel Macron by phone this afternoon." },
    "2023-03-15"), { "Emmanuel Macron + Olaf Scholz @ 2023-03-15 (relative)" })
end)
