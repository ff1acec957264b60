-- Two attributed clauses joined by a semicolon (session 8): "A, the
-- Kremlin said; Turkish officials said B" gives A to the Kremlin (the
-- attribution is the tail of the clause before the semicolon, not the
-- head of the one after it) and B to the Turkish officials.

-- {what, report's day, the paragraphs, the claim lines wanted}
local CASES = {
  { "'A, the Kremlin said; Turkish officials said B'",
    "2016-07-20", {
      { "Russian President Vladimir Putin telephoned Turkish President Recep Tayyip Erdogan on Sunday." },
      { "The two leaders agreed to meet soon, the Kremlin said; Turkish officials said Erdogan had asked for the gas talks to resume." } },
    { "Russia | joint | Kremlin | agreed to meet soon",
      "Turkey | Recep Tayyip Erdoğan | Turkish officials | asked for the gas talks to resume" } },
  { "'A, the Elysee said; the German government said B'",
    "2022-03-06", {
      { "French President Emmanuel Macron spoke by telephone with German Chancellor Olaf Scholz on Saturday." },
      { "Macron proposed a joint appeal for a ceasefire, the Elysee said; the German government said Scholz had backed new sanctions." } },
    { "France | Emmanuel Macron | Elysee | proposed a joint appeal for a ceasefire",
      "Germany | Olaf Scholz | the German government | backed new sanctions" } },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(claim_lines(extract(c[3], c[2])), c[4])
  end)
end
