-- Session 24 (cm24): a teller the gazetteer does not know, with a
-- description apposed after the name that goes on past its office word
-- to whom the office serves ("an aide to the president", "a senior
-- official in the chancellor's office") or has a body's name before it
-- ("a government spokesman"), before "said" or after an inverted "said"
-- ending the sentence: the description is the teller, the via; none of
-- it stays in the claim's text.  The tellers are invented names.
-- Sentences of our own.

local BK = "President Bush telephoned Chancellor Kohl on Tuesday evening."

test("'NAME, an aide to the president, said X had told Y that ...'", function()
  eq(claim_lines(extract({ BK, "Michel Roux, an aide to the president, said Bush had told Kohl that Washington would not object." }, "1990-02-14")),
    { "United States | George H. W. Bush | an aide | Washington would not object" })
end)

test("'NAME, a senior official in the chancellor's office, said X had told Y ...'", function()
  eq(claim_lines(extract({ BK, "Hans Brauer, a senior official in the chancellor's office, said Kohl had told Bush that unification would not be rushed." }, "1990-02-14")),
    { "Germany | Helmut Kohl | official | unification would not be rushed" })
end)

test("'..., said NAME, an aide to the president.': the tail out of the text", function()
  eq(claim_lines(extract({ BK, "Bush told Kohl that Washington would not object, said Michel Roux, an aide to the president." }, "1990-02-14")),
    { "United States | George H. W. Bush | an aide | Washington would not object" })
end)

test("'..., said NAME, a government spokesman.'", function()
  eq(claim_lines(extract({ BK, "Kohl told Bush that unification would not be rushed, said Hans Brauer, a government spokesman." }, "1990-02-14")),
    { "Germany | Helmut Kohl | spokesman | unification would not be rushed" })
end)

test("'..., said NAME, a senior aide.' in the 1970s", function()
  eq(claim_lines(extract({ "President Nixon telephoned Prime Minister Heath on Friday.",
      "Mr. Nixon urged restraint in the Middle East, said Paul Hendry, a senior aide." }, "1973-10-20")),
    { "United States | Richard Nixon | aide | urged restraint in the Middle East" })
end)

test("'NAME, an adviser to the chancellor, said ...' on a video call", function()
  eq(claim_lines(extract({ "Chancellor Scholz spoke with President Biden by video link on Monday.",
      "Lena Vogt, an adviser to the chancellor, said Scholz had told Biden that Germany would send more air defence." }, "2022-10-11")),
    { "Germany | Olaf Scholz | an adviser | Germany would send more air defence" })
end)

test("guard: 'said Marlin Fitzwater, the White House spokesman.' as before", function()
  eq(claim_lines(extract({ BK, "Bush told Kohl that Washington would not object, said Marlin Fitzwater, the White House spokesman." }, "1990-02-14")),
    { "United States | George H. W. Bush | the White House spokesman | Washington would not object" })
end)

test("guard: 'NAME, a senior aide, said ...' as before", function()
  eq(claim_lines(extract({ BK, "Michel Roux, a senior aide, said Bush had told Kohl that Washington would not object." }, "1990-02-14")),
    { "United States | George H. W. Bush | aide | Washington would not object" })
end)

test("guard: an analyst's own view stays out", function()
  eq(claim_lines(extract({ BK, "Paul Hendry, an analyst at the Brookings Institution, said unification would be slow." }, "1990-02-14")), {})
end)

test("guard: a third party's words of no participant stay out", function()
  eq(claim_lines(extract({ BK, "Unification would not be rushed, said Paul Hendry, a historian at the Free University." }, "1990-02-14")), {})
end)
