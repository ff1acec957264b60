-- A clause that introduces another account before a colon ("Lukashenko's
-- press service went further: according to BelTA, ...", "Ankara put
-- the stress elsewhere: according to the Turkish presidency, ...") says nothing of
-- its own (session 8): the words after "according to" are the claim,
-- the clause before the colon is none.

-- {what, report's day, the paragraphs, the claim lines wanted}
local CASES = {
  { "'went further:' before 'according to'",
    "2020-08-17", {
      { "Russian President Vladimir Putin spoke by telephone with Belarusian President Alexander Lukashenko on Sunday." },
      { "Minsk went further: according to the BelTA news agency, Putin promised Lukashenko security assistance." } },
    { "Belarus | Vladimir Putin | BelTA news agency | promised Lukashenko security assistance" } },
  { "'told it differently:' before 'according to'",
    "2018-05-04", {
      { "Russian President Vladimir Putin held a telephone conversation with Turkish President Recep Tayyip Erdogan on Thursday." },
      { "The Kremlin told it differently: according to the Kremlin readout, Erdogan thanked Putin for the gas deal." } },
    { "Russia | Recep Tayyip Erdoğan | the Kremlin readout | thanked Putin for the gas deal" } },
  { "'put the stress elsewhere:' before 'according to'",
    "2018-05-04", {
      { "Russian President Vladimir Putin held a telephone conversation with Turkish President Recep Tayyip Erdogan on Thursday." },
      { "Ankara put the stress elsewhere: according to the Turkish presidency, Erdogan urged Putin to halt the strikes in Idlib." } },
    { "Turkey | Recep Tayyip Erdoğan | the Turkish presidency | urged Putin to halt the strikes in Idlib" } },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(claim_lines(extract(c[3], c[2])), c[4])
  end)
end
