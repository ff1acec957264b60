-- Words before a body of officials that opens the sentence are its
-- modifiers (session 8): "Senior administration officials said ...",
-- "Administration officials said afterward that ...", "Two senior
-- officials said ..." attribute the words to those officials like
-- "Officials said ...".  Not a place after them: "Analysts in Beijing
-- said" is no body of officials.

-- {what, report's day, the paragraphs, the claim lines wanted}
local CASES = {
  { "'Senior administration officials said that'",
    "2003-03-25", {
      { "US President George W. Bush telephoned Russian President Vladimir Putin on Monday." },
      { "Senior administration officials said that Mr. Bush had received assurances on the arms sales." } },
    { "United States | George W. Bush | officials | Mr. Bush had received assurances on the arms sales" } },
  { "'Administration officials said afterward that'",
    "2003-03-25", {
      { "US President George W. Bush telephoned Russian President Vladimir Putin on Monday." },
      { "Administration officials said afterward that Mr. Bush had received a promise of an inquiry." } },
    { "United States | George W. Bush | officials | Mr. Bush had received a promise of an inquiry" } },
  { "'Two senior officials said'",
    "2003-03-25", {
      { "US President George W. Bush telephoned Russian President Vladimir Putin on Monday." },
      { "Two senior officials said Mr. Bush had pressed Putin on the arms sales." } },
    { "United States | George W. Bush | officials | pressed Putin on the arms sales" } },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(claim_lines(extract(c[3], c[2])), c[4])
  end)
end
