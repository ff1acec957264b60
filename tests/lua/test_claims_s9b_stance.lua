-- A stance given before a colon ("Scholz's spokesman was more cautious:",
-- "Ankara sounded far less upbeat:", "The Elysee was less effusive:")
-- introduces its subject's account as a noun of account does ("gave a
-- sharper account:", test_claims_s9b_colon.lua) (session 9): the words
-- after the colon are that subject's, the clause before is no claim.

local PUTIN_ERDOGAN = "Russian President Vladimir Putin held a telephone conversation with Turkish President Recep Tayyip Erdogan on Thursday."
local SCHOLZ_MACRON = "German Chancellor Olaf Scholz spoke by telephone with French President Emmanuel Macron on Monday."

-- {what, report's day, the paragraphs, the claim lines wanted}
local CASES = {
  { "'was more cautious:' after a spokesman and his name",
    "2023-02-07", { { SCHOLZ_MACRON }, { "Macron's office said Scholz backed the plan." },
      { "Scholz's spokesman Steffen Hebestreit was more cautious: Scholz had only agreed to study the proposal." } },
    { "France | Olaf Scholz | Macron's office | backed the plan",
      "Germany | Olaf Scholz | Scholz's spokesman | Scholz had only agreed to study the proposal" } },
  { "'sounded far less upbeat:' after a capital",
    "2021-04-02", { { PUTIN_ERDOGAN }, { "The Kremlin said Putin raised the situation in Syria." },
      { "Ankara sounded far less upbeat: the two leaders failed to agree on the Idlib corridor." } },
    { "Russia | Vladimir Putin | The Kremlin | raised the situation in Syria",
      "Turkey | joint | Ankara | the two leaders failed to agree on the Idlib corridor" } },
  { "'was less effusive:' before a participant's warning",
    "2023-02-07", { { SCHOLZ_MACRON }, { "The Elysee was less effusive: Macron warned Scholz that Europe could not wait for Berlin." } },
    { "France | Emmanuel Macron | The Elysee | Europe could not wait for Berlin" } },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(claim_lines(extract(c[3], c[2])), c[4])
  end)
end
