-- "the leaders of A and B" where the gazetteer's leader of a country is
-- not its head of government (session 12, cc12): on a page that names
-- that country's president or prime minister and not its supreme leader,
-- the leader is the person the page names.  Invented sentences.

test("'the leaders of Iran and Turkey' on a page naming Rouhani", function()
  local b = briefing({ { "Iranian President Hassan Rouhani and Turkish President Recep Tayyip Erdoğan praised the Astana talks on Monday.",
    "President Vladimir Putin held telephone conversations on Tuesday with the leaders of Iran and Turkey." } }, "2018-02-21")
  eq(sorted_call_pairs(b, "date"), { "Hassan Rouhani + Vladimir Putin @ 2018-02-20",
    "Recep Tayyip Erdoğan + Vladimir Putin @ 2018-02-20" })
end)

test("the supreme leader named: he stays the leader", function()
  local b = briefing({ { "Ayatollah Ali Khamenei and President Hassan Rouhani addressed the nation on Monday.",
    "President Vladimir Putin held telephone conversations on Tuesday with the leaders of Iran and Turkey." } }, "2018-02-21")
  ok(has(sorted_call_pairs(b), "Ali Khamenei + Vladimir Putin"))
end)
