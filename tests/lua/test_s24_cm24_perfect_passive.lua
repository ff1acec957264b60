-- Session 24 (cm24): the passive of telling with an agent in tenses
-- other than the simple past.  "Been", "being" and "be" stand between a
-- subject and its verb as the other auxiliaries do ("Sharif had been
-- assured by Vajpayee that ...", "is being told by"); the present perfect
-- of such a passive, the hearer and the agent the call's two parties and
-- nothing but the auxiliaries and the agent before "that" ("Netanyahu
-- has been told by Biden that ..."), tells the call, not a time before
-- it.  Sentences of our own.

local BN = "President Biden spoke by phone with Prime Minister Netanyahu on Wednesday."
local VS = "Prime Minister Vajpayee telephoned Prime Minister Sharif on Thursday."

test("'X has been told by Y that ...': Y's claim", function()
  eq(claim_lines(extract({ BN, "Netanyahu has been told by Biden that Washington expects a ceasefire soon." }, "2021-05-20")),
    { "United States | Joe Biden | - | Washington expects a ceasefire soon" })
end)

test("'Mr X had been assured by Mr Y that ...': Y's claim", function()
  eq(claim_lines(extract({ VS, "Mr Sharif had been assured by Mr Vajpayee that India would not cross the line of control." }, "1999-06-10")),
    { "India | Atal Bihari Vajpayee | - | India would not cross the line of control" })
end)

test("'X has been assured by Y that ..., officials said'", function()
  eq(claim_lines(extract({ VS, "Sharif has been assured by Vajpayee that India would show restraint, officials said." }, "1999-06-10")),
    { "India | Atal Bihari Vajpayee | officials | India would show restraint" })
end)

test("'Mrs. X had been warned by Mr. Y that ...' in the 1980s", function()
  eq(claim_lines(extract({ "President Reagan telephoned Prime Minister Thatcher on Monday.",
      "Mrs. Thatcher had been warned by Mr. Reagan that the talks in Geneva would be hard." }, "1985-03-12")),
    { "United States | Ronald Reagan | - | the talks in Geneva would be hard" })
end)

test("guard: a third party's telling stays out", function()
  eq(claim_lines(extract({ VS, "Sharif had been assured by Clinton that the United States would mediate." }, "1999-06-10")), {})
end)

test("guard: 'has repeatedly been told by' is no account of the call", function()
  eq(claim_lines(extract({ BN, "Netanyahu has repeatedly been told by Biden that Washington wants a ceasefire." }, "2021-05-20")), {})
end)

test("guard: 'has been told by Y for months that' is no account of the call", function()
  eq(claim_lines(extract({ BN, "Netanyahu has been told by Biden for months that Washington wants a ceasefire." }, "2021-05-20")), {})
end)

test("guard: 'X was told by Y that ...' as before", function()
  eq(claim_lines(extract({ VS, "Mr Sharif was told by Mr Vajpayee that India would not cross the line of control." }, "1999-06-10")),
    { "India | Atal Bihari Vajpayee | - | India would not cross the line of control" })
end)
