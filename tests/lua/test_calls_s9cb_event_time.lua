-- An event word after "since", "before", "ahead of" dates a contact and
-- does not put its people in one room, session 9: "has not spoken to X
-- since the summit" is a denied call, "spoke with X ahead of their
-- meeting" a call; "met X at the summit" is still a meeting.  Short
-- invented sentences.

local function pairs_of(paras, pub) return sorted_call_pairs(briefing(paras, pub), "status") end

test("'has not spoken to X since the summit': denied", function()
  eq(pairs_of({ "Olaf Scholz has not spoken to Xi Jinping since the summit, a German official said." }, "2023-06-03"),
    { "Olaf Scholz + Xi Jinping: denied" })
end)

test("'has not talked with X since their meeting in June': denied", function()
  eq(pairs_of({ "Joe Biden has not talked with Narendra Modi since their meeting in June." }, "2023-08-03"),
    { "Joe Biden + Narendra Modi: denied" })
end)

test("'spoke with X on Monday ahead of the visit': held", function()
  eq(pairs_of({ "Pedro Sánchez spoke with Lula on Monday ahead of the visit, his office said." }, "2023-04-26"),
    { "Luiz Inácio Lula da Silva + Pedro Sánchez: held" })
end)

test("a meeting told as such stays a meeting", function()
  eq(pairs_of({ "Pedro Sánchez met Lula at the summit on Monday and spoke with him about trade." }, "2023-04-26"), {})
end)
