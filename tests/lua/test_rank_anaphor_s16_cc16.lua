-- People, session 16 (cc16): "the General", "the Colonel" written alone
-- are the person the document last named with that rank ("General
-- Manuel Noriega ... the General"); not a rank before a name ("the
-- General Assembly"), and nobody when no one was named with it.
-- Invented paragraphs.

local function statuses(paras)
  return sorted_call_pairs(briefing(paras, "1987-07-02"), "status")
end

test("the General is the general named before", function()
  eq(statuses({ "General Manuel Noriega stayed in his headquarters on Wednesday.",
    "Aides said the General would speak to President Ronald Reagan by telephone next week." }),
    { "Manuel Noriega + Ronald Reagan: planned" })
end)

test("no general named before: the General is nobody", function()
  eq(statuses({ "Aides said the General would speak to President Ronald Reagan by telephone next week." }), {})
end)
