-- Session 17 (cc17): "X did not call" (no one named after the verb): a
-- denied call whose would-be caller is X, its other end the account's
-- topic; the base form after a negated "do" is the verb, not a noun.
-- Sentences of our own.

local function calls_of(second)
  return extract({ { "Prime Minister Jacinda Ardern was re-elected on Saturday.", second } }, "2020-10-20").calls
end

test("did not call / didn't phone / has not rung: denied, the subject its caller", function()
  for _, s in ipairs({
    "Australian Prime Minister Scott Morrison did not call, but his office sent a message.",
    "Australian Prime Minister Scott Morrison didn't phone, but his office sent a message.",
    "Australian Prime Minister Scott Morrison did not call.",
    "Australian Prime Minister Scott Morrison has not rung, aides said.",
  }) do
    local calls = calls_of(s)
    eq(#calls, 1, s)
    eq(who(calls[1]), "Jacinda Ardern + Scott Morrison", s)
    eq(calls[1].status, "denied", s)
    eq(calls[1].initiator, "Scott Morrison", s)
  end
end)
