-- The words of a claim as a reader sees them (session 6): a claim cut
-- before its attribution keeps the bracket that closes what it opened.

-- {report's day, the call, the claim's sentence, the claim's text}
local CASES = {
  { "2018-04-30", "French President Emmanuel Macron held a phone conversation with Iranian President Hassan Rouhani on Sunday.",
    "The two men agreed to work together to preserve the accord, formally the Joint Comprehensive Plan of Action (JCPOA), the Elysee Palace said.",
    "agreed to work together to preserve the accord, formally the Joint Comprehensive Plan of Action (JCPOA)" },
  { "2023-07-10", "Japanese Prime Minister Fumio Kishida spoke by telephone with South Korean President Yoon Suk Yeol on Monday.",
    "Kishida said Japan would raise the matter at the International Atomic Energy Agency (IAEA), according to his office.",
    "Japan would raise the matter at the International Atomic Energy Agency (IAEA)" },
  -- brackets already balanced are left alone
  { "2018-04-30", "French President Emmanuel Macron held a phone conversation with Iranian President Hassan Rouhani on Sunday.",
    "Rouhani said the deal (which he called a triumph of diplomacy) was not negotiable.",
    "the deal (which he called a triumph of diplomacy) was not negotiable" },
}

for _, c in ipairs(CASES) do
  test("brackets of a claim: " .. c[4], function()
    local ex = extract({ c[2], c[3] }, c[1])
    local got = {}
    for _, cl in ipairs(ex.claims) do got[#got + 1] = cl.text end
    eq(got, { c[4] })
  end)
end
