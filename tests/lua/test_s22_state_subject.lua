-- Session 22: a state (a country or its capital) as the subject inside
-- what a participant tells ("Bush told Kohl that the United States
-- supported unification") is part of the teller's words, not the state's
-- account: the claim keeps the state's name and has no `via`.  An
-- institution ("the Kremlin had welcomed ...") is not a state.
-- Sentences of our own.

local KOHL = "Chancellor Kohl telephoned President Bush on Wednesday evening."

test("'X told Y that the United States supported ...': X's words, the state named in them", function()
  eq(claim_lines(extract({ KOHL, "Bush told Kohl that the United States supported unification." }, "1990-02-01")),
    { "United States | George H. W. Bush | - | the United States supported unification" })
end)

test("a capital as the subject: 'Bonn welcomed ...'", function()
  eq(claim_lines(extract({ KOHL, "Kohl told Bush that Bonn welcomed the American position." }, "1990-02-01")),
    { "Germany | Helmut Kohl | - | Bonn welcomed the American position" })
end)

test("the words before their teller: 'The United States supported ..., Bush told Kohl'", function()
  eq(claim_lines(extract({ KOHL, "The United States supported unification, Bush told Kohl." }, "1990-02-01")),
    { "United States | George H. W. Bush | - | The United States supported unification" })
end)

test("a state that tells, not inside a participant's words, as before", function()
  local l = claim_lines(extract({ KOHL, "The United States said the two leaders had agreed to meet in April." }, "1990-02-01"))
  eq(#l, 1)
  ok(l[1]:find("^United States | joint | The United States |"), l[1])
end)
