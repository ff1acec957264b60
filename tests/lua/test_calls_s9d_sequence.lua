-- Call dates, session 9: a time told as a step from the day the account
-- last named ("the next morning", "the following day", "two days later",
-- "hours later", "later in the afternoon", "the day before") is counted
-- from that day, not from the publication date: the same day keeps the
-- basis of the day named, a step of days is relative to it.  Short
-- invented sentences.

-- each case: two sentences, the publication date, the calls they give
local function check(cases)
  for _, c in ipairs(cases) do
    eq(sorted_call_pairs(briefing({ { c[1], c[2] } }, c[3]), "basis"), c[4], c[2])
  end
end

test("a step of days from the day last named", function()
  check({
    { "Biden telephoned Zelensky on 12 August.", "The next morning, Biden spoke with Scholz.",
      "2023-08-20", { "Joe Biden + Olaf Scholz @ 2023-08-13 (relative)",
        "Joe Biden + Volodymyr Zelensky @ 2023-08-12 (stated)" } },
    { "Macron called Putin on Monday.", "The following day he telephoned Erdogan.",
      "2022-03-10", { "Emmanuel Macron + Recep Tayyip Erdoğan @ 2022-03-08 (relative)",
        "Emmanuel Macron + Vladimir Putin @ 2022-03-07 (relative)" } },
    { "Modi spoke with Imran Khan by phone on May 3, 2019.", "Two days later, Modi called Rouhani.",
      "2019-05-20", { "Hassan Rouhani + Narendra Modi @ 2019-05-05 (relative)",
        "Imran Khan + Narendra Modi @ 2019-05-03 (stated)" } },
    { "Merkel called Obama on 2 June 2014.", "A day later Merkel phoned Putin.",
      "2014-06-09", { "Angela Merkel + Barack Obama @ 2014-06-02 (stated)",
        "Angela Merkel + Vladimir Putin @ 2014-06-03 (relative)" } },
  })
end)

test("later the same day: the day last named", function()
  check({
    { "Biden telephoned Zelensky on 12 August.", "Hours later, Biden spoke with Scholz.",
      "2023-08-20", { "Joe Biden + Olaf Scholz @ 2023-08-12 (stated)",
        "Joe Biden + Volodymyr Zelensky @ 2023-08-12 (stated)" } },
    { "Macron called Putin on Monday.", "Later in the afternoon, Macron telephoned Erdogan.",
      "2022-03-10", { "Emmanuel Macron + Recep Tayyip Erdoğan @ 2022-03-07 (relative)",
        "Emmanuel Macron + Vladimir Putin @ 2022-03-07 (relative)" } },
    { "Macron called Putin on Monday.", "Minutes later Macron telephoned Erdogan.",
      "2022-03-10", { "Emmanuel Macron + Recep Tayyip Erdoğan @ 2022-03-07 (relative)",
        "Emmanuel Macron + Vladimir Putin @ 2022-03-07 (relative)" } },
  })
end)

test("a step back from the day last named", function()
  check({
    { "Macron met Scholz in Berlin on Tuesday.", "He had telephoned Putin the day before.",
      "2022-03-10", { "Emmanuel Macron + Vladimir Putin @ 2022-03-07 (relative)" } },
    { "Scholz flew to Kyiv on 14 June 2022.", "He had spoken with Zelensky by phone the previous evening.",
      "2022-06-20", { "Olaf Scholz + Volodymyr Zelensky @ 2022-06-13 (relative)" } },
  })
end)

test("with no day named before, the report's day", function()
  check({
    { "The crisis deepened.", "The next day, Biden spoke with Scholz.",
      "2023-08-20", { "Joe Biden + Olaf Scholz @ 2023-08-20 (reported)" } },
  })
end)
