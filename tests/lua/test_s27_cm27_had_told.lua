-- Session 27 (cm27): a participant's past perfect telling the call's
-- other party ("Mr. Heath had told Mr. Nixon that ...", "He had assured
-- the President that ...", "had stressed that ...") right after the
-- sentence telling their call, in the same or the next paragraph, the call
-- the only occasion the article tells and no time or earlier occasion
-- told in between: the speaker's claim of the call.  Sentences of our own.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end
local H = "Prime Minister Heath telephoned President Nixon on Monday."
local WANT = { "United Kingdom | Edward Heath | - | Britain would stand by the alliance" }

test("'X had told Y that ...' in the next paragraph or the same one", function()
  eq(lines({ H, "Mr. Heath had told Mr. Nixon that Britain would stand by the alliance." }, "1971-05-12"), WANT)
  eq(lines({ { H, "Mr. Heath had told Mr. Nixon that Britain would stand by the alliance." } }, "1971-05-12"), WANT)
  eq(lines({ H, "Mr. Heath had warned Mr. Nixon that the pound was under pressure." }, "1971-05-12"),
    { "United Kingdom | Edward Heath | - | the pound was under pressure" })
end)

test("'He had assured him that ...', 'had stressed that ...'", function()
  eq(lines({ H, "He had assured him that Britain would stand by the alliance." }, "1971-05-12"), WANT)
  eq(lines({ H, "Mr. Heath had stressed that Britain would stand by the alliance." }, "1971-05-12"), WANT)
  eq(lines({ "Chancellor Kohl spoke by telephone with President Mitterrand on Sunday.",
    "Mr. Mitterrand had told Mr. Kohl that France supported unification." }, "1989-11-13"),
    { "France | François Mitterrand | - | France supported unification" })
end)

test("guards: an earlier time, another occasion, a far paragraph, a third party: none", function()
  eq(lines({ H, "In March Mr. Heath had told Mr. Nixon that Britain would stand by the alliance." }, "1971-05-12"), {})
  eq(lines({ H, "Years before, Mr. Heath had told Mr. Nixon that Britain would stand by the alliance." }, "1971-05-12"), {})
  eq(lines({ H, "Mr. Heath had repeatedly told Mr. Nixon that Britain would stand by the alliance." }, "1971-05-12"), {})
  eq(lines({ H, "Mr. Heath wrote to Mr. Nixon in April.", "Mr. Heath had told Mr. Nixon that Britain would stand by the alliance." }, "1971-05-12"), {})
  eq(lines({ H, "The two men met in Bermuda in December.", "Mr. Heath had told Mr. Nixon that Britain would stand by the alliance." }, "1971-05-12"), {})
  eq(lines({ H, "The pound fell.", "Markets were calm.", "Mr. Heath had told Mr. Nixon that Britain would stand by the alliance." }, "1971-05-12"), {})
  eq(lines({ H, "Mr. Rogers had told Mr. Nixon that Britain would stand by the alliance." }, "1971-05-12"), {})
  eq(lines({ H, "At their last meeting Mr. Heath had told Mr. Nixon that Britain would stand by the alliance." }, "1971-05-12"), {})
  eq(lines({ { H, "At their last meeting Mr. Heath had told Mr. Nixon that Britain would stand by the alliance." } }, "1971-05-12"), {})
  eq(lines({ H, "Mr. Heath had told reporters that Britain would stand by the alliance." }, "1971-05-12"), {})
end)
