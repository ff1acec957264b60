-- Calls, session 16 (cc16): (1) a definite call noun whose own relative
-- clause tells it in the past ("The call, which lasted forty minutes,
-- ...") was held, though the sentence goes on to tell the plan announced
-- before it ("... the spokesman had said that the two would speak");
-- (2) a day after a verb of telling with its preposition and article
-- ("announced on the Monday before that ...") is the telling's, not the
-- call's.  Invented paragraphs.

local function statuses(paras)
  return sorted_call_pairs(briefing(paras, "2018-11-16"), "status")
end

local function page_statuses(text)
  local _, _, b = page_run(text)
  return sorted_call_pairs(b, "status")
end

test("the call, which lasted ..., had been announced as a plan: one held call", function()
  eq(page_statuses(table.concat({
    "THE HARBOUR QUARTERLY",
    "",
    "It took a week, but on Wednesday 14 November Shinzo Abe and Vladimir Putin finally spoke. The conversation, which lasted forty minutes, had been requested by Tokyo: the Kremlin's spokesman, Dmitry Peskov, announced on the Monday before that the two leaders would talk \"in the coming days\" at Mr Abe's request.",
    "",
    "© 2018 The Harbour Quarterly" }, "\n")),
    { "Shinzo Abe + Vladimir Putin: held" })
end)

test("a call noun with no past relative clause keeps the plan", function()
  eq(statuses({
    "The Kremlin spokesman announced on Monday that Shinzo Abe and Vladimir Putin would talk by telephone in the coming days." }),
    { "Shinzo Abe + Vladimir Putin: planned" })
end)
