-- Session 25 (cf25): a call from a seat of government to a person ("a
-- telephone call from the White House to Mrs. Meir"): the seat stands
-- for its leader on the day (a presidency for the president, a
-- government for the head of government), who called.  Sentences of our
-- own.

local function st(s, pub) return sorted_call_pairs(briefing({ s }, pub), "status") end

test("a call from the White House, from Downing Street, to a person", function()
  eq(st("A telephone call from the White House to Mrs. Meir came late on Tuesday.", "1973-10-12"),
    { "Golda Meir + Richard Nixon: held" })
  eq(st("A call from Downing Street to President Pompidou was made on Tuesday.", "1973-10-12"),
    { "Edward Heath + Georges Pompidou: held" })
  local b = briefing({ "A telephone call from the White House to Mrs. Meir came late on Tuesday." }, "1973-10-12")
  eq(b.calls[1].initiator, "Richard Nixon")
end)

test("guards: a ministry, reporters, an appeal, a call on, a letter", function()
  eq(st("A call from the State Department to Mrs. Meir came on Tuesday.", "1973-10-12"), {})
  eq(st("A call from the White House to reporters came on Tuesday.", "1973-10-12"), {})
  eq(st("The White House issued a call to Mrs. Meir for restraint.", "1973-10-12"), {})
  eq(st("The White House called on Mrs. Meir to accept a ceasefire.", "1973-10-12"), {})
  eq(st("A letter from the White House to Mrs. Meir arrived on Tuesday.", "1973-10-12"), {})
end)
