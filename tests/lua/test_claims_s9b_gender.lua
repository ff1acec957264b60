-- The pronoun of a parenthetical attribution ("Putin, she said, had
-- agreed ...") skips a person or spokesperson of the other gender where
-- the words show it ("spokeswoman", "spokesman", "Ms.", "Mr.") or the
-- gazetteer does (session 9): the nearest one of its gender before the
-- interrupted subject speaks.  (The clause before the parenthetical is
-- another matter: only the parenthetical's point is asserted here.)

local C = "German Chancellor Angela Merkel spoke by phone with Russian President Vladimir Putin on Friday."

-- {what, report's day, the paragraphs, a claim line wanted, a claim line not wanted}
local CASES = {
  { "'she said' past a spokesman named nearer",
    "2020-08-22", { { C }, { "Merkel's deputy spokeswoman Ulrike Demmer spoke to reporters after Kremlin spokesman Dmitry Peskov, and Putin, she said, had agreed to let doctors examine Navalny." } },
    "Germany | Vladimir Putin | deputy spokeswoman Ulrike Demmer | agreed to let doctors examine Navalny",
    "Russia | Vladimir Putin | Dmitry Peskov | agreed to let doctors examine Navalny" },
  { "'he said' past a spokeswoman named nearer",
    "2020-08-22", { { C }, { "Kremlin spokesman Dmitry Peskov spoke to reporters after Merkel's deputy spokeswoman Ulrike Demmer, and Merkel, he said, had thanked Putin for his help." } },
    "Russia | Angela Merkel | Dmitry Peskov | thanked Putin for his help",
    "Germany | Angela Merkel | spokeswoman Ulrike Demmer | thanked Putin for his help" },
  { "'she said' past 'Mr.' to a 'Ms.' of no known side: no wrong side",
    "2020-08-22", { { C }, { "Ms. Demmer took questions after Mr. Peskov, and Putin, she said, had agreed to let doctors examine Navalny." } },
    nil,
    "Russia | Vladimir Putin | Mr. Peskov | agreed to let doctors examine Navalny" },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    local got = claim_lines(extract(c[3], c[2]))
    if c[4] then ok(has(got, c[4]), "missing: " .. c[4]) end
    ok(not has(got, c[5]), "unwanted: " .. c[5])
  end)
end
