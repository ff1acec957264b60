-- A family name written first, told again alone (session 13, cc13): after
-- "Lee Hsien Loong" (or "Hun Sen", "Nguyen Xuan Phuc"), a bare "Lee" is
-- that person when the document has named one such person in full,
-- though the gazetteer knows many people of that family name.
-- Invented sentences.

test("'Lee' after Lee Hsien Loong", function()
  local b = briefing({ { "Prime Minister Lee Hsien Loong of Singapore announced new border measures on Tuesday.",
    "Lee then telephoned Prime Minister Jacinda Ardern on Tuesday." } }, "2020-03-26")
  eq(sorted_call_pairs(b), { "Jacinda Ardern + Lee Hsien Loong" })
end)

test("a bare 'Lee' with no such person named before stays unknown", function()
  local b = briefing({ "Lee then telephoned Prime Minister Jacinda Ardern on Tuesday." }, "2020-03-26")
  eq(sorted_call_pairs(b), {})
end)
