-- The day a sentence just before frames the account with, session 14: a
-- held call whose sentence has no time takes the day that opens the
-- sentence before ("On Wednesday it was X's turn.") or the day X "spent
-- on the telephone", when that sentence tells no call and names one of
-- the call's people; "X then called Y" looks two sentences back.
-- Short invented paragraphs.

local function calls_of(paras, pub) return sorted_call_pairs(briefing(paras, pub), "basis") end

test("a day someone spent on the telephone, a day opening the sentence before", function()
  eq(calls_of({ { "While the fighting went on, Foreign Minister Heiko Maas spent Tuesday on the telephone.",
    "He called Secretary-General Antonio Guterres to urge a meeting of the Security Council." } }, "2019-10-11"),
    { "António Guterres + Heiko Maas @ 2019-10-08 (relative)" })
  eq(calls_of({ { "On Wednesday it was Chancellor Angela Merkel's turn.",
    "In a 30-minute telephone conversation with President Recep Tayyip Erdoğan, Merkel urged an end to the offensive." } },
    "2019-10-11"), { "Angela Merkel + Recep Tayyip Erdoğan @ 2019-10-09 (relative)" })
end)

test("'then': two sentences back", function()
  eq(calls_of({ { "On Saturday afternoon the Chancellor's office released the text.",
    "It reached President Emmanuel Macron within the hour.", "Macron then called Chancellor Angela Merkel." } },
    "2019-10-14"), { "Angela Merkel + Emmanuel Macron @ 2019-10-12 (relative)" })
end)

test("not a day at the end of the sentence before, nor one naming none of the call's people", function()
  eq(calls_of({ { "President Vladimir Putin met President Recep Tayyip Erdoğan in Sochi on Tuesday.",
    "Putin also spoke by phone with President Emmanuel Macron." } }, "2019-10-24"),
    { "Emmanuel Macron + Vladimir Putin @ 2019-10-24 (reported)" })
  eq(calls_of({ { "On Tuesday the summit opened in Brussels.",
    "Chancellor Angela Merkel spoke by phone with President Vladimir Putin." } }, "2019-10-24"),
    { "Angela Merkel + Vladimir Putin @ 2019-10-24 (reported)" })
end)
