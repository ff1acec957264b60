-- What a participant tells others after the call, in a sentence that
-- opens by placing it after the call ("Soon after the conversation,
-- Erdogan informed the cabinet that ...", "After hanging up, Macron told
-- his ministers ...", "An hour after the call ended, ..."), is words of
-- another occasion (session 9), unless they tell what passed in the call:
-- the other participant's words or acts ("told party leaders that Macron
-- had agreed to ...").

local PUTIN_ERDOGAN = "Russian President Vladimir Putin held a telephone conversation with Turkish President Recep Tayyip Erdogan on Thursday."
local SCHOLZ_MACRON = "German Chancellor Olaf Scholz spoke by telephone with French President Emmanuel Macron on Monday."

-- {what, report's day, the paragraphs, the claim lines wanted}
local CASES = {
  { "'Soon after the conversation, X informed the cabinet that'",
    "2021-04-02", { { PUTIN_ERDOGAN, "The Kremlin said Putin raised the situation in Syria." },
      { "Soon after the conversation, Erdogan informed the cabinet that Turkey would send more troops to Idlib." } },
    { "Russia | Vladimir Putin | The Kremlin | raised the situation in Syria" } },
  { "'After hanging up, X told his ministers that'",
    "2023-02-07", { { SCHOLZ_MACRON, "Macron's office said Scholz backed the plan." },
      { "After hanging up, Macron told his ministers that France would not wait for Berlin." } },
    { "France | Olaf Scholz | Macron's office | backed the plan" } },
  { "'An hour after the call ended, X assured parliament that'",
    "2023-02-07", { { SCHOLZ_MACRON, "Macron's office said Scholz backed the plan." },
      { "An hour after the call ended, Scholz assured parliament that the coalition was united." } },
    { "France | Olaf Scholz | Macron's office | backed the plan" } },
  { "kept: what the other participant agreed in the call",
    "2021-04-02", { { PUTIN_ERDOGAN, "The Kremlin said Putin raised the situation in Syria." },
      { "Following the call, Putin told the Security Council that Erdogan had promised to close the border." } },
    { "Russia | Vladimir Putin | The Kremlin | raised the situation in Syria",
      "Russia | Recep Tayyip Erdoğan | - | Erdogan had promised to close the border" } },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(claim_lines(extract(c[3], c[2])), c[4])
  end)
end
