-- Call dates, session 9: a weekday written with its calendar date
-- ("on Saturday, 12 August 2023", "Friday (Aug. 11)", "on Sunday the
-- 13th") names one day, the date's: the date is stated, and a weekday
-- that does not fit the date does not move it.  A day of the month
-- written alone ("on the 12th") is that day of the report's month, or of
-- the month before when it lies after the report.  Short invented
-- sentences.

local function dated(paras, pub) return call_pairs(briefing(paras, pub), "basis") end

-- each case: a sentence, its publication date, the call it gives
local function check(cases)
  for _, c in ipairs(cases) do eq(dated({ c[1] }, c[2]), { c[3] }, c[1]) end
end

test("a weekday with its calendar date is the date, stated", function()
  check({
    { "Biden telephoned Zelensky on Saturday, 12 August 2023, officials said.",
      "2023-08-16", "Joe Biden + Volodymyr Zelensky @ 2023-08-12 (stated)" },
    { "Scholz spoke by phone with Macron on Friday (Aug. 11) about the grain deal.",
      "2023-08-16", "Emmanuel Macron + Olaf Scholz @ 2023-08-11 (stated)" },
    { "On Tuesday, March 5, 2019, Modi called Imran Khan.",
      "2019-03-12", "Imran Khan + Narendra Modi @ 2019-03-05 (stated)" },
    -- a weekday the date contradicts: the date wins, not the weekday
    { "Biden called Zelensky on Friday, August 12, 2023.",
      "2023-08-16", "Joe Biden + Volodymyr Zelensky @ 2023-08-12 (stated)" },
    -- a weekday and a day of the month without the month
    { "Erdogan spoke with Putin by telephone on Sunday the 13th.",
      "2023-08-16", "Recep Tayyip Erdoğan + Vladimir Putin @ 2023-08-13 (stated)" },
    { "Erdogan spoke with Putin by telephone on Sunday 13th.",
      "2023-08-16", "Recep Tayyip Erdoğan + Vladimir Putin @ 2023-08-13 (stated)" },
    { "Erdogan spoke with Putin by telephone on Saturday, the 12th, his office said.",
      "2023-08-16", "Recep Tayyip Erdoğan + Vladimir Putin @ 2023-08-12 (stated)" },
  })
end)

test("a day of the month alone is the report's month's, or the month before's", function()
  check({
    { "Macron telephoned Putin on the 3rd, the Elysee said.",
      "2022-03-08", "Emmanuel Macron + Vladimir Putin @ 2022-03-03 (stated)" },
    -- after the report's day: the month before
    { "Macron telephoned Putin on the 28th, the Elysee said.",
      "2022-03-08", "Emmanuel Macron + Vladimir Putin @ 2022-02-28 (stated)" },
    -- a planned call: the next such day
    { "Macron will telephone Putin on the 12th, the Elysee said.",
      "2022-03-08", "Emmanuel Macron + Vladimir Putin @ 2022-03-12 (stated)" },
    -- an ordinal of something else is no day
    { "Macron telephoned Putin before the 12th round of talks.",
      "2022-03-08", "Emmanuel Macron + Vladimir Putin @ 2022-03-08 (reported)" },
  })
end)

test("weeks ago, and a weekday with 'last' after it", function()
  check({
    { "Biden telephoned Zelensky a week ago, officials said.",
      "2023-08-16", "Joe Biden + Volodymyr Zelensky @ 2023-08-09 (relative)" },
    { "Biden telephoned Zelensky two weeks ago, officials said.",
      "2023-08-16", "Joe Biden + Volodymyr Zelensky @ 2023-08-02 (relative)" },
    -- "Wednesday last" read on a Wednesday: the Wednesday before
    { "Biden telephoned Zelensky on Wednesday last, officials said.",
      "2023-08-16", "Joe Biden + Volodymyr Zelensky @ 2023-08-09 (relative)" },
    { "Biden telephoned Zelensky on Monday last.",
      "2023-08-16", "Joe Biden + Volodymyr Zelensky @ 2023-08-14 (relative)" },
  })
end)
