-- A plan denied for someone, session 10: "There's no plan for X to talk
-- to Y", "no immediate plans for X to call Y" deny the call, as "X has no
-- plans to call Y" always did; "a plan for X to speak with Y" plans it.
-- Invented sentences.

test("no plan for someone to call is a denied call", function()
  for _, s in ipairs({ "There is no plan for Chancellor Helmut Kohl to telephone President Boris Yeltsin.",
      "There are no immediate plans for President Bill Clinton to speak with President Jiang Zemin.",
      "Officials said there was no plan for Prime Minister John Howard to call President Megawati Sukarnoputri." }) do
    local calls = extract({ s }, "1998-06-14").calls
    eq(#calls, 1, s)
    eq(calls[1].status, "denied", s)
  end
end)

test("a plan for someone to call is a plan", function()
  local calls = extract({ "There is a plan for President Bill Clinton to speak with President Jiang Zemin on Friday." },
    "1998-06-14").calls
  eq(calls[1].status, "planned")
end)
