-- The occasion of a claim (session 8): a call mention whose people are
-- all of one country ("the most delicate call the President has made",
-- where the President and "President Bush" named before are one man; a
-- leader's calls to his own ministers) is no call between leaders, so no
-- occasion for the words after it: they go to the call told before.  A
-- person the mention knows only by candidates of one country ("President
-- Bush": either Bush) is of that country.

-- {what, report's day, the paragraphs, the calls (sentence numbers) of the claims}
local CASES = {
  { "'the most delicate call the President has made'",
    "1991-01-19", {
      { "President Bush telephoned Prime Minister Yitzhak Shamir yesterday to ask for restraint." },
      { "The conversation lasted about ten minutes, according to officials, who described it as the most difficult call the President has made since he ordered the strikes on Wednesday.",
        "Mr. Bush argued that a reprisal would split the coalition, the officials said." } },
    { 1, 1 } },
  { "a leader's call to his own minister between two sentences",
    "1991-01-19", {
      { "President Bush telephoned Prime Minister Yitzhak Shamir yesterday to ask for restraint." },
      { "Afterwards President Bush telephoned Secretary of State James Baker.",
        "Mr. Bush argued that a reprisal would split the coalition, White House officials said." } },
    { 1, 1 } },
}

local function call_sentences(ex)
  local at = {}
  for _, c in ipairs(ex.calls or {}) do at[c.id] = c.sentence end
  local out = {}
  for _, k in ipairs(ex.claims or {}) do out[#out + 1] = at[k.call] or -1 end
  return out
end

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(call_sentences(extract(c[3], c[2])), c[4])
  end)
end
