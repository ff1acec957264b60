-- "his" / "her" in a sentence whose subject is "he" / "she", nobody named
-- before it (session 12, cc12): the subject's person, not the person the
-- sentence before named last.  Invented sentences.

test("'He also told X of his conversation with Y': the subject's call", function()
  local b = briefing({ { "President Lula spoke by telephone on Wednesday with President Hugo Chávez and told Chávez about the summit in Manaus.",
    "He also informed the Venezuelan side of his conversation on Tuesday with President Michelle Bachelet." } }, "2009-11-27")
  eq(sorted_call_pairs(b, "date"), { "Hugo Chávez + Luiz Inácio Lula da Silva @ 2009-11-25",
    "Luiz Inácio Lula da Silva + Michelle Bachelet @ 2009-11-24" })
end)

test("'she ... her call with Y'", function()
  local b = briefing({ { "Chancellor Angela Merkel telephoned Prime Minister Theresa May on Monday and thanked May for her support.",
    "She then briefed the British side on her call on Sunday with President Dalia Grybauskaitė." } }, "2017-05-17")
  eq(sorted_call_pairs(b, "date"), { "Angela Merkel + Dalia Grybauskaitė @ 2017-05-14",
    "Angela Merkel + Theresa May @ 2017-05-15" })
end)
