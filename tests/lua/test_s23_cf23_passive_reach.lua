-- Session 23: the passive of a verb of reaching with its medium beside
-- it is a call placed by the agent: "was telephonically contacted by X",
-- "was contacted by telephone by X", "was reached by phone by X".
-- Without a medium ("was contacted by X") it is no call.  Sentences of
-- our own.

local function one(s, pub)
  local b = briefing({ s }, pub)
  return sorted_call_pairs(b, "date"), initiators(b), call_pairs(b, "status")
end

test("'was telephonically contacted by X': X placed it", function()
  local calls, init = one("Prime Minister Yitzhak Shamir was telephonically contacted on Saturday by President George Bush.", "1991-01-20")
  eq(calls, { "George H. W. Bush + Yitzhak Shamir @ 1991-01-19" })
  eq(init, { "George H. W. Bush" })
  calls, init = one("Mr. Sharif was telephonically contacted by Prime Minister Vajpayee on Saturday.", "1999-05-30")
  eq(calls, { "Atal Bihari Vajpayee + Nawaz Sharif @ 1999-05-29" })
  eq(init, { "Atal Bihari Vajpayee" })
end)

test("'was contacted by telephone by X', 'was reached by phone by X'", function()
  local calls, init = one("President Anwar Sadat was contacted by phone by President Jimmy Carter yesterday.", "1977-09-15")
  eq(calls, { "Anwar Sadat + Jimmy Carter @ 1977-09-14" })
  eq(init, { "Jimmy Carter" })
  calls, init = one("Prime Minister Yitzhak Shamir was reached by telephone by Secretary of State James Baker on Saturday.", "1991-01-20")
  eq(calls, { "James Baker + Yitzhak Shamir @ 1991-01-19" })
  eq(init, { "James Baker" })
end)

test("a relative clause: 'X, who was contacted by phone by Y, ...'", function()
  local _, init = one("Prime Minister Yitzhak Shamir, who was contacted by phone by President George Bush on Saturday, agreed not to retaliate.", "1991-01-20")
  eq(init, { "George H. W. Bush" })
end)

test("guards: no medium, no person, a verb of calling", function()
  local calls = one("President Anwar Sadat was contacted by President Jimmy Carter yesterday.", "1977-09-15")
  eq(calls, {})
  calls = one("The Prime Minister's office was contacted by telephone by reporters on Monday.", "2010-05-04")
  eq(calls, {})
  local _, init = one("Chancellor Helmut Kohl was rung by President Ronald Reagan on Monday.", "1985-03-12")
  eq(init, { "Ronald Reagan" })
  local _, _, st = one("Prime Minister Gordon Brown was not contacted by phone by President Barack Obama on Monday.", "2010-05-04")
  eq(st, { "Barack Obama + Gordon Brown: denied" })
end)
