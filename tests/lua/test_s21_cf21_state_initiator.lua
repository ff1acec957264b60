-- Session 21 (cf21), form 2: a capital, a government or an institution as
-- the subject of a light verb that places or asks for the call ("Beijing
-- had sought the conversation", "It was Moscow that requested the call",
-- "The Elysee initiated the conversation") makes that country's side the
-- initiator: its participant on the call.  A capital that is no side of
-- the call gives no initiator; a request told in a passive with "by" keeps
-- its agent, whoever tells it.  Sentences of our own.

local CJ = "President Clinton spoke by telephone with President Jiang Zemin on Tuesday."

local function init(paras, date)
  return initiators(briefing(paras, date))
end

test("a capital as the subject of the light verb", function()
  eq(init({ CJ, "Beijing had sought the conversation." }, "1999-05-14"), { "Jiang Zemin" })
  eq(init({ "Chancellor Kohl spoke by telephone with President Mitterrand on Monday.",
    "Officials said Bonn had sought the call." }, "1990-05-14"), { "Helmut Kohl" })
  eq(init({ "President Ford spoke by telephone with Prime Minister Wilson on Monday.",
    "London placed the call." }, "1975-05-14"), { "Harold Wilson" })
end)

test("a cleft on the capital", function()
  eq(init({ CJ, "It was Beijing that requested the call." }, "1999-05-14"), { "Jiang Zemin" })
  eq(init({ "Chancellor Scholz held a phone call with President Putin on Friday.",
    "It was Berlin that sought the conversation, a spokesman said." }, "2022-05-14"), { "Olaf Scholz" })
end)

test("a government or an institution as the subject", function()
  eq(init({ "Chancellor Kohl spoke by telephone with President Mitterrand on Monday.",
    "The Elysee initiated the conversation." }, "1990-05-14"), { "François Mitterrand" })
  eq(init({ CJ, "The White House initiated the conversation." }, "1999-05-14"), { "Bill Clinton" })
  eq(init({ CJ, "The Chinese government had requested the call." }, "1999-05-14"), { "Jiang Zemin" })
  eq(init({ "Mrs Thatcher spoke by telephone with President Reagan on Monday.",
    "Downing Street had requested the call." }, "1982-05-14"), { "Margaret Thatcher" })
end)

test("guards: the agent of a passive, a capital of no side, a verb that places nothing", function()
  eq(init({ CJ, "Beijing said the call had been requested by Washington." }, "1999-05-14"), { "Bill Clinton" })
  eq(init({ CJ, "The call was made at Washington's request." }, "1999-05-14"), { "Bill Clinton" })
  eq(init({ CJ, "It was Moscow that requested the call." }, "1999-05-14"), { "nil" })
  eq(init({ "Chancellor Scholz held a phone call with President Putin on Friday.",
    "Paris had requested the call." }, "2022-05-14"), { "nil" })
  eq(init({ "President Ford spoke by telephone with Prime Minister Wilson on Monday.",
    "London received the call." }, "1975-05-14"), { "nil" })
end)
