-- Words set in a relative clause on a person, with the attribution
-- inside it ("calls from White House officials who, he said, sounded
-- devastated", "Mr. Baker, who, he said, had been calm") describe that
-- person: no claim (session 8).  A relative clause on the call itself
-- ("a conversation in which, officials said, ...") still tells what was
-- said in it.

-- {what, report's day, the paragraphs, the claim lines wanted}
local CASES = {
  { "'officials who, he said, sounded ...'",
    "1991-01-19", {
      { "Secretary of State James Baker telephoned Israeli Prime Minister Yitzhak Shamir late on Thursday." },
      { "Israel's ambassador said he had received calls from Mr. Baker and from White House officials who, he said, sounded \"shaken\" by the attack." } },
    {} },
  { "'X, who, he said, had been ...'",
    "1991-01-19", {
      { "Secretary of State James Baker telephoned Israeli Prime Minister Yitzhak Shamir late on Thursday." },
      { "The ambassador praised Mr. Baker, who, he said, had been calm and firm throughout." } },
    {} },
  { "'a conversation in which, officials said, ...' stays",
    "1991-01-19", {
      { "Secretary of State James Baker telephoned Israeli Prime Minister Yitzhak Shamir late on Thursday." },
      { "It was a conversation in which, officials said, Mr. Baker assured Mr. Shamir of American protection." } },
    { "United States | James Baker | officials | assured Mr. Shamir of American protection" } },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(claim_lines(extract(c[3], c[2])), c[4])
  end)
end
