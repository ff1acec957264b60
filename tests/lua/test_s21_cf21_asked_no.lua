-- Session 21 (cf21), form 3: a question about a past call ("Asked whether
-- X had telephoned Y, ...") answered no is a denied call of the two: a
-- bare "no" after a verb of answering, or quoted after a colon ("said:
-- 'No.'", "replied: 'Not yet.'", "said: \"No, he has not.\""), also when
-- titles with a point ("Mr. Andropov, Mr. Speakes") stand in the question
-- or the answer; and a question about a plan answered so ("the spokesman
-- said no") is denied, not planned.  An answer "Yes" stays as before (the
-- question reports no call).  Sentences of our own.

local function st(s, date)
  return sorted_call_pairs(briefing({ s }, date), "status")
end

test("a past call asked about and answered no", function()
  eq(st("Asked whether President Reagan had telephoned Mr. Andropov, Mr. Speakes said: 'No.'", "1983-05-14"),
    { "Ronald Reagan + Yuri Andropov: denied" })
  eq(st("Asked whether President Reagan had telephoned Mr. Andropov, Mr. Speakes said no.", "1983-05-14"),
    { "Ronald Reagan + Yuri Andropov: denied" })
  eq(st("Asked if Kohl and Mitterrand had spoken, the spokesman replied: 'Not yet.'", "1990-05-14"),
    { "François Mitterrand + Helmut Kohl: denied" })
  eq(st("Asked whether Mrs Merkel had spoken to Mr Putin, her spokesman said: 'Not yet.'", "2014-05-14"),
    { "Angela Merkel + Vladimir Putin: denied" })
  eq(st("Asked whether Mr Major had telephoned President Yeltsin, the spokesman replied: 'No, he has not.'",
    "1995-05-14"), { "Boris Yeltsin + John Major: denied" })
  eq(st("Asked if Mr. Carter had talked with Chancellor Schmidt by telephone, Mr. Powell answered: \"No, not this week.\"",
    "1978-05-14"), { "Helmut Schmidt + Jimmy Carter: denied" })
end)

test("a planned call asked about and answered no", function()
  eq(st("Asked on Tuesday whether Kohl and Mitterrand would speak by telephone, the spokesman said no.",
    "1990-05-14"), { "François Mitterrand + Helmut Kohl: denied" })
  eq(st("Asked whether Chancellor Kohl would telephone President Gorbachev, a spokesman replied: 'Not yet.'",
    "1990-05-14"), { "Helmut Kohl + Mikhail Gorbachev: denied" })
end)

test("guards: an answer yes, a plan told in the answer", function()
  -- (session 22: an answer yes tells the call held, test_s22_cf22_answered_yes)
  eq(st("Asked if Mr Johnson had spoken to President Trump, a Downing Street spokesman said: \"Yes, on Tuesday.\"",
    "2020-05-14"), { "Boris Johnson + Donald Trump: held" })
  eq(st("Asked whether Chancellor Kohl would telephone President Gorbachev, a spokesman replied: 'Yes, on Friday.'",
    "1990-05-14"), { "Helmut Kohl + Mikhail Gorbachev: planned" })
  eq(st("Asked if Prime Minister Justin Trudeau would call President Xi Jinping, an aide said a call was being arranged.",
    "2020-06-10"), { "Justin Trudeau + Xi Jinping: planned" })
end)
