-- What the caller did on the call, told in the call sentence itself
-- (session 8): acts coordinated with the call verb ("spoke by telephone
-- to X, conveyed his condolences and assured him of ...", "telephoned X
-- and invited him to ...") and its participle ("had spoken to X by
-- telephone ..., urging him not to ...") are the caller's claims, like
-- the purpose of a call ("telephoned X to offer ..."), with or without an
-- attribution.  A second call told the same way ("and called X") is no
-- act of the first.

-- {what, report's day, the paragraphs, the claim lines wanted}
local CASES = {
  { "two acts after the call verb and the callee's apposition",
    "2016-08-25", {
      { "Italian Prime Minister Matteo Renzi spoke by telephone to the President of France, Francois Hollande, thanked him for the rescue teams and asked for help with the shelters." } },
    { "Italy | Matteo Renzi | - | thanked him for the rescue teams; asked for help with the shelters" } },
  { "'and' + an act after the callee",
    "2018-06-09", {
      { "Canadian Prime Minister Justin Trudeau telephoned French President Emmanuel Macron and invited him to the summit in Charlevoix." } },
    { "Canada | Justin Trudeau | - | invited him to the summit in Charlevoix" } },
  { "an act after a time phrase",
    "2021-07-16", {
      { "German Chancellor Angela Merkel called Belgian Prime Minister Alexander De Croo on Thursday, expressed her sympathy over the floods and offered German rescue helicopters." } },
    { "Germany | Angela Merkel | - | expressed her sympathy over the floods and offered German rescue helicopters" } },
  { "the participle of the call verb, with an attribution",
    "2014-03-02", {
      { "US President Barack Obama had spoken to Russian President Vladimir Putin by telephone before the vote in Crimea, urging him to pull back his troops, officials said." } },
    { "United States | Barack Obama | officials | urging him to pull back his troops" } },
  { "a second call is no act of the first",
    "2018-06-09", {
      { "Canadian Prime Minister Justin Trudeau telephoned French President Emmanuel Macron on Friday and called German Chancellor Angela Merkel an hour later." } },
    {} },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(claim_lines(extract(c[3], c[2])), c[4])
  end)
end
