-- Session 18, claims: what a body of one side says a participant did,
-- with the participant named as its subject ("A spokesman at Matignon
-- said Mr Jospin had listened to ..."), is that participant's claim in
-- the body's account, not the leaders' joint one.  Sentences of our own.

local CALL = "President Fernando Henrique Cardoso telephoned President Carlos Menem on Monday to discuss the tariff dispute, his office said."

test("a participant the body's words are about speaks them", function()
  for _, s in ipairs({
    "A spokesman at the Casa Rosada said Mr Menem had listened to the Brazilian concerns over the new tariffs.",
    "An official in the Casa Rosada said Menem was ready to review the new tariffs.",
  }) do
    local l = claim_lines(extract({ CALL, s }, "1999-07-27"))
    local found = false
    for _, x in ipairs(l) do
      if x:find("^Argentina | Carlos Menem | [^|]+ | [M ]*r? ?Menem") then found = true end
      ok(not x:find("| joint |"), x)
    end
    ok(found, s .. " => " .. table.concat(l, "; "))
  end
end)

test("a body's words about no participant stay the body's", function()
  local l = claim_lines(extract({ CALL, "A spokesman at the Casa Rosada said the conversation had been cordial." }, "1999-07-27"))
  for _, x in ipairs(l) do ok(not x:find("Carlos Menem"), x) end
end)
