-- Session 24 (cm24): the phrases of an account around its verb.  A
-- participle of publishing right after an account's noun ("in a statement
-- posted on its website that ...", "a readout released by ...") qualifies
-- the noun: no verb of its own, no point "posted on its website that";
-- with its phrases up to "that" it is an adjunct of the verb of saying.
-- An account's "of" phrase right before the verb ("The Kremlin's readout
-- of the call said ...") leaves the account the subject and the via.
-- Sentences of our own.

local PM = "President Putin spoke by phone with President Macron on Tuesday."

test("'said in a statement posted on its website that X had ...'", function()
  eq(claim_lines(extract({ PM, "The Kremlin said in a statement posted on its website that Putin had urged restraint." }, "2022-03-02")),
    { "Russia | Vladimir Putin | The Kremlin | urged restraint" })
end)

test("'X's office said in a statement posted on Twitter that he had ...'", function()
  eq(claim_lines(extract({ PM, "Macron's office said in a statement posted on Twitter that he had asked Putin to stop the shelling." }, "2022-03-02")),
    { "France | Emmanuel Macron | Macron's office | asked Putin to stop the shelling" })
end)

test("'said in a communique published on Saturday that ...' in 1989, as before", function()
  eq(claim_lines(extract({ "President Mitterrand spoke by telephone with Chancellor Kohl on Friday.",
      "The Elysee said in a communique published on Saturday that Mitterrand had assured Kohl of French support." }, "1989-11-25")),
    { "France | François Mitterrand | The Elysee | assured Kohl of French support" })
end)

test("'The Kremlin's readout of the call said X had ...'", function()
  eq(claim_lines(extract({ PM, "The Kremlin's readout of the call said Putin had set out Russia's conditions." }, "2022-03-02")),
    { "Russia | Vladimir Putin | The Kremlin's readout | set out Russia's conditions" })
end)

test("'Bonn's account of the conversation said X had ...'", function()
  eq(claim_lines(extract({ "President Bush telephoned Chancellor Kohl on Tuesday evening.",
      "Bonn's account of the conversation said Kohl had urged patience on the border question." }, "1990-02-14")),
    { "Germany | Helmut Kohl | Bonn's account | urged patience on the border question" })
end)

test("guard: 'The Elysee's readout said ...' as before", function()
  eq(claim_lines(extract({ PM, "The Elysee's readout said Macron had urged Putin to stop." }, "2022-03-02")),
    { "France | Emmanuel Macron | The Elysee's readout | urged Putin to stop" })
end)

test("guard: 'posted' as a verb of its own as before", function()
  local l = claim_lines(extract({ PM, "Macron posted on Twitter that he had urged Putin to stop the shelling." }, "2022-03-02"))
  eq(#l, 1)
  ok(l[1]:find("France | Emmanuel Macron | ", 1, true) == 1, l[1])
end)
