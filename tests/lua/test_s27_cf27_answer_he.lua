-- Session 27 (cf27): "he"/"she" opening an answer after a speaker's label
-- of several words ("MR. PRICE: He spoke with Chancellor Scholz by phone on
-- Monday") is the subject of the sentence before, as after "A:" ("A: He
-- spoke ..."): the label's words no longer push the pronoun off the
-- sentence's opening, where it took the latest person named (the
-- question's object).  Sentences of our own.

local function page_calls(text)
  local _, _, b = page_run(text, "t.txt")
  return sorted_call_pairs(b, "status")
end

test("'Q: Has X spoken to Y? MR. PRICE: He spoke with Y ...': X and Y", function()
  eq(page_calls("Press briefing by the spokesman\n\n15 June 2022\n\nQ: Has President Biden spoken to Chancellor Scholz this week?\n\nMR. PRICE: He spoke with Chancellor Scholz by phone on Monday.\n"),
    { "Joe Biden + Olaf Scholz: held" })
  eq(page_calls("Press briefing by the spokesman\n\n15 June 2022\n\nQ: Has President Biden spoken to Chancellor Scholz this week?\n\nMR. PRICE: He spoke with President Macron by phone on Monday.\n"),
    { "Emmanuel Macron + Joe Biden: held" })
  eq(page_calls("Press briefing by the spokesman\n\n15 June 2022\n\nQ: Will President Biden speak to Chancellor Scholz this week?\n\nMS. JEAN-PIERRE: He will speak with Chancellor Scholz by phone on Friday.\n"),
    { "Joe Biden + Olaf Scholz: planned" })
end)

test("guards: 'A: He spoke ...' and a reported answer as before", function()
  eq(page_calls("Press briefing by the spokesman\n\n15 June 2022\n\nQ: Has President Biden spoken to Chancellor Scholz this week?\n\nA: He spoke with Chancellor Scholz by phone on Monday.\n"),
    { "Joe Biden + Olaf Scholz: held" })
  eq(page_calls("Press briefing by the spokesman\n\n15 June 2022\n\nQ: Has President Biden spoken to Chancellor Scholz this week?\n\nMR. PRICE: He met Chancellor Scholz in Berlin on Monday.\n"),
    {})
  eq(page_calls("Press briefing by the spokesman\n\n15 June 2022\n\nReporters asked whether President Biden had spoken to Chancellor Scholz.\n\nHe spoke with Chancellor Scholz by phone on Monday, Mr. Price said.\n"),
    { "Joe Biden + Olaf Scholz: held" })
end)
