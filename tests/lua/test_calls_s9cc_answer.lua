-- A reporter's yes/no question about a call answered by a denial in the
-- next paragraph ("Q: Will the chancellor call Putin? A: Nothing is
-- scheduled.") is a denied call of the question's people; a question
-- left unanswered, or answered otherwise, stays a question.  Short
-- invented briefing transcripts.

local function st(paras, pub) return sorted_call_pairs(briefing(paras, pub), "status") end

test("'Will X speak to Y?' answered 'Nothing is scheduled' is denied", function()
  eq(st({ "Briefing by the government spokesman, Berlin, 14 March 2022",
    "QUESTION: Will Chancellor Olaf Scholz speak to President Vladimir Putin again this week?",
    "SPOKESMAN: Nothing is scheduled at the moment." }, "2022-03-14"),
    { "Olaf Scholz + Vladimir Putin: denied" })
end)

test("'Did X talk to Y?' answered 'There are no plans' / 'no such call'", function()
  eq(st({ "Q: Has President Emmanuel Macron talked to President Xi Jinping about the trade dispute?",
    "A: There has been no such call, and there are no plans for one." }, "2023-01-10"),
    { "Emmanuel Macron + Xi Jinping: denied" })
  eq(st({ "Q. Is Prime Minister Fumio Kishida going to phone President Yoon Suk Yeol before the summit?",
    "A. That is not on the schedule." }, "2023-03-01"),
    { "Fumio Kishida + Yoon Suk Yeol: denied" })
end)

test("a question answered otherwise, or not at all, makes no call", function()
  eq(st({ "QUESTION: Will Chancellor Olaf Scholz speak to President Vladimir Putin again this week?",
    "SPOKESMAN: I will not speculate about the chancellor's diary." }, "2022-03-14"),
    {})
  eq(st({ "QUESTION: Will Chancellor Olaf Scholz speak to President Vladimir Putin again this week?" }, "2022-03-14"),
    {})
end)
