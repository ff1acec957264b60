-- A given name too short for a consonant skeleton ("Li", "Bo") fitted
-- every gazetteer person with an alias in another script (whose words
-- folded to an empty key), so "Tan Li Lin" was taken for Taiwan's David
-- Lin and the press secretary's point came out Taiwan's (session 13).
-- Invented sentences.

test("a spokesperson with a short given name is no namesake of the gazetteer", function()
  eq(claim_lines(extract({
    "Prime Minister Lawrence Wong of Singapore telephoned President Prabowo Subianto of Indonesia on Monday.",
    "His press secretary, Tan Li Lin, said the two leaders had discussed the new fisheries agreement.",
  }, "2024-10-21")),
    { "Singapore | joint | His press secretary | discussed the new fisheries agreement" })
end)
