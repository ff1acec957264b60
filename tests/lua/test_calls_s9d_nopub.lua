-- Call dates, session 9: a page that states no publication date.  A
-- named weekday needs the report's day to say which week it is in
-- (SCHEMA.md: resolved against the publication date), so it stays
-- undated even after a full date the text states; a step counted from
-- that stated day ("the next morning", "two days later", "the day
-- before") needs no report's day and is dated.  Short invented sentences.

local function dated(paras) return sorted_call_pairs(briefing(paras, nil), "basis") end

test("a weekday after a stated date stays undated without a publication date", function()
  eq(dated({ "Macron telephoned Putin on 3 March 2022, the Elysee said.",
    "Scholz said he had spoken by phone with Zelensky on Saturday." }),
    { "Emmanuel Macron + Vladimir Putin @ 2022-03-03 (stated)",
      "Olaf Scholz + Volodymyr Zelensky @ undated (unknown)" })
  -- a step from that weekday is undated with it
  eq(dated({ "The runoff was held on 5 May 2002.",
    "Blair said on Tuesday that he had telephoned Chirac the day before." }),
    { "Jacques Chirac + Tony Blair @ undated (unknown)" })
end)

test("a step from a stated date is dated without a publication date", function()
  eq(dated({ "Macron telephoned Putin on 3 March 2022, the Elysee said.",
    "The next morning Scholz spoke by phone with Zelensky." }),
    { "Emmanuel Macron + Vladimir Putin @ 2022-03-03 (stated)",
      "Olaf Scholz + Volodymyr Zelensky @ 2022-03-04 (relative)" })
  eq(dated({ "The runoff was held on 5 May 2002.",
    "Two days later, Blair telephoned Chirac." }),
    { "Jacques Chirac + Tony Blair @ 2002-05-07 (relative)" })
end)
