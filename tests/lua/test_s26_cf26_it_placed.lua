-- Session 26 (cf26): "It was placed by Mr. Wilson", "It was initiated by
-- the Chinese side", "It was made at the request of Mr. Bush" right after
-- a sentence that told a call: "it" is that call, and the agent or the
-- asker placed it, as with "The call was placed by ...".  Sentences of
-- our own.

local function inits(paras, pub) return initiators(briefing(paras, pub)) end

test("'It was placed by X' after a call: X is its initiator", function()
  eq(inits({ "Prime Minister Wilson and President Johnson spoke by telephone on Thursday.",
    "It was placed by Mr. Wilson, a spokesman said." }, "1964-11-20"), { "Harold Wilson" })
  eq(inits({ "President Obama spoke with President Xi Jinping by phone on Thursday.",
    "It was initiated by the Chinese side." }, "2015-06-05"), { "Xi Jinping" })
  eq(inits({ "Chancellor Kohl spoke with President Bush by telephone on Wednesday.",
    "It was made at the request of Mr. Bush." }, "1990-08-10"), { "George H. W. Bush" })
  eq(inits({ "Chancellor Kohl spoke with President Bush by telephone on Wednesday.",
    "It had been requested by Mr. Bush, officials said." }, "1990-08-10"), { "George H. W. Bush" })
end)

test("guards: no call before, another event between, 'It was made clear'", function()
  eq(sorted_call_pairs(briefing({ "Chancellor Kohl wrote to President Bush on Wednesday.",
    "It was placed by Mr. Bush." }, "1990-08-10")), {})
  eq(sorted_call_pairs(briefing({ "Chancellor Kohl met President Bush on Wednesday.",
    "It was arranged by Mr. Bush." }, "1990-08-10")), {})
  eq(inits({ "Chancellor Kohl spoke with President Bush by telephone on Wednesday.",
    "Kohl later met Mitterrand in Paris.", "It was requested by Mr. Mitterrand." }, "1990-08-10"), { "nil" })
  eq(inits({ "Chancellor Kohl spoke with President Bush by telephone on Wednesday.",
    "It was made clear that Bonn would pay." }, "1990-08-10"), { "nil" })
end)
