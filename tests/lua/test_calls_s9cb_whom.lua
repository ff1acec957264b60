-- A verb of calling in an object relative clause on a person, session 9:
-- "X, whom Y called on Monday, said ..." is Y's call to X ("called on
-- Monday" is no appeal there); "whom Y called a dictator" names him.
-- Short invented sentences.

local function pairs_of(paras, pub) return sorted_call_pairs(briefing(paras, pub), "date") end

test("'X, whom Y called on Monday, said'", function()
  eq(pairs_of({ "Giorgia Meloni, whom Rishi Sunak called on Monday, said Italy would back the plan." }, "2023-05-03"),
    { "Giorgia Meloni + Rishi Sunak @ 2023-05-01" })
end)

test("'X, whom Y had telephoned on Sunday, said'", function()
  eq(pairs_of({ "Recep Tayyip Erdoğan, whom Vladimir Putin had telephoned on Sunday, said grain would flow again." }, "2023-09-05"),
    { "Recep Tayyip Erdoğan + Vladimir Putin @ 2023-09-03" })
end)

test("'X, whom Y called a dictator': naming, no call", function()
  eq(pairs_of({ "Xi Jinping, whom Joe Biden called a dictator, did not answer." }, "2023-06-21"), {})
end)
