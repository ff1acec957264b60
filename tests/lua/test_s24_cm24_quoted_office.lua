-- Session 24 (cm24): an office's statement quoting its leader in the
-- third person.  The words a body's account quotes, opening with an
-- office ("The prime minister", "The President of the Republic") and
-- its verb, are the office holder's on the call, in the body's account,
-- as the same words unquoted are; before, the speaker was "joint".
-- Sentences of our own.

local BN = "President Biden spoke by phone with Prime Minister Netanyahu on Wednesday."

test("'X's office said: \"The prime minister stressed that ...\"'", function()
  eq(claim_lines(extract({ BN, "Netanyahu's office said: \"The prime minister stressed that Israel would continue its operation.\"" }, "2021-05-20")),
    { "Israel | Benjamin Netanyahu | Netanyahu's office | The prime minister stressed that Israel would continue its operation" })
end)

test("'The White House said in a statement: \"The President expressed ...\"'", function()
  eq(claim_lines(extract({ BN, "The White House said in a statement: \"The President expressed his support for a ceasefire.\"" }, "2021-05-20")),
    { "United States | Joe Biden | The White House | The President expressed his support for a ceasefire" })
end)

test("'Bonn's statement read: \"The Chancellor informed the President ...\"' in 1989", function()
  eq(claim_lines(extract({ "President Mitterrand spoke by telephone with Chancellor Kohl on Friday.",
      "Bonn's statement read: \"The Chancellor informed the President about the situation in the GDR.\"" }, "1989-11-25")),
    { "Germany | Helmut Kohl | Bonn's statement | The Chancellor informed the President about the situation in the GDR" })
end)

test("'The Kremlin said: \"The President of Russia outlined ...\"'", function()
  eq(claim_lines(extract({ "President Putin spoke by phone with President Macron on Tuesday.",
      "The Kremlin said: \"The President of Russia outlined the approaches of the Russian side.\"" }, "2022-03-02")),
    { "Russia | Vladimir Putin | The Kremlin | The President of Russia outlined the approaches of the Russian side" })
end)

test("guard: the leaders together quoted stay joint", function()
  eq(claim_lines(extract({ BN, "Netanyahu's office said: \"The two leaders agreed to stay in close contact.\"" }, "2021-05-20")),
    { "Israel | joint | Netanyahu's office | The two leaders agreed to stay in close contact" })
end)

test("guard: a named leader quoted as before", function()
  eq(claim_lines(extract({ BN, "The prime minister's office said: \"Prime Minister Netanyahu thanked the president for his support.\"" }, "2021-05-20")),
    { "Israel | Benjamin Netanyahu | The prime minister's office | Prime Minister Netanyahu thanked the president for his support" })
end)

test("guard: an office of no participant quoted stays out of the leaders' words", function()
  local l = claim_lines(extract({ BN, "The White House said: \"The Secretary of State will travel to the region next week.\"" }, "2021-05-20"))
  for _, x in ipairs(l) do ok(not x:find("| Joe Biden |", 1, true), x) end
end)
