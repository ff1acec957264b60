-- Call dates, session 9: a time inside a coordinated second object
-- belongs to that conjunct ("spoke to Scholz on Monday and to Sunak on
-- Tuesday": two calls, two days); a conjunct without a time of its own
-- keeps the sentence's.  Short invented sentences.

local function dated(paras, pub) return sorted_call_pairs(briefing(paras, pub), "basis") end

-- each case: a sentence, its publication date, the calls it gives (sorted)
local function check(cases)
  for _, c in ipairs(cases) do eq(dated({ c[1] }, c[2]), c[3], c[1]) end
end

test("each conjunct of a repeated preposition keeps its own day", function()
  check({
    { "Macron spoke to Scholz on Monday and to Sunak on Tuesday.", "2023-08-16",
      { "Emmanuel Macron + Olaf Scholz @ 2023-08-14 (relative)",
        "Emmanuel Macron + Rishi Sunak @ 2023-08-15 (relative)" } },
    { "Erdogan spoke by telephone to Putin on 3 March, and to Zelensky on 5 March, his office said.",
      "2022-03-08",
      { "Recep Tayyip Erdoğan + Vladimir Putin @ 2022-03-03 (stated)",
        "Recep Tayyip Erdoğan + Volodymyr Zelensky @ 2022-03-05 (stated)" } },
    { "Modi talked to Biden yesterday and to Kishida on Friday.", "2023-06-14",
      { "Fumio Kishida + Narendra Modi @ 2023-06-09 (relative)",
        "Joe Biden + Narendra Modi @ 2023-06-13 (relative)" } },
    -- a step from the day of the conjunct before
    { "Macron spoke to Scholz on Monday and to Sunak a day later.", "2023-08-16",
      { "Emmanuel Macron + Olaf Scholz @ 2023-08-14 (relative)",
        "Emmanuel Macron + Rishi Sunak @ 2023-08-15 (relative)" } },
  })
end)

test("a conjunct without a time of its own keeps the sentence's", function()
  check({
    { "Macron spoke to Scholz on Monday and to Sunak.", "2023-08-16",
      { "Emmanuel Macron + Olaf Scholz @ 2023-08-14 (relative)",
        "Emmanuel Macron + Rishi Sunak @ 2023-08-14 (relative)" } },
    { "On Monday Macron spoke to Scholz and to Sunak.", "2023-08-16",
      { "Emmanuel Macron + Olaf Scholz @ 2023-08-14 (relative)",
        "Emmanuel Macron + Rishi Sunak @ 2023-08-14 (relative)" } },
  })
end)

test("a list of people each with a day of their own, the verb gapped", function()
  check({
    { "Macron telephoned Scholz on Monday, Sunak on Tuesday and Meloni on Wednesday.", "2023-08-17",
      { "Emmanuel Macron + Giorgia Meloni @ 2023-08-16 (relative)",
        "Emmanuel Macron + Olaf Scholz @ 2023-08-14 (relative)",
        "Emmanuel Macron + Rishi Sunak @ 2023-08-15 (relative)" } },
    { "Erdogan called Putin on 3 March, Zelensky on 5 March and Scholz on 7 March.", "2022-03-10",
      { "Olaf Scholz + Recep Tayyip Erdoğan @ 2022-03-07 (stated)",
        "Recep Tayyip Erdoğan + Vladimir Putin @ 2022-03-03 (stated)",
        "Recep Tayyip Erdoğan + Volodymyr Zelensky @ 2022-03-05 (stated)" } },
    -- the second day before the second person
    { "On Monday Macron telephoned Scholz and on Tuesday Sunak.", "2023-08-16",
      { "Emmanuel Macron + Olaf Scholz @ 2023-08-14 (relative)",
        "Emmanuel Macron + Rishi Sunak @ 2023-08-15 (relative)" } },
    { "Yesterday Modi spoke by phone to Biden and on Friday to Kishida.", "2023-06-14",
      { "Fumio Kishida + Narendra Modi @ 2023-06-09 (relative)",
        "Joe Biden + Narendra Modi @ 2023-06-13 (relative)" } },
  })
end)
