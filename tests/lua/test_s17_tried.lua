-- Session 17: a call tried with the failure in the trying itself ("tried
-- in vain", "tried unsuccessfully", "vainly tried") is denied, and the
-- one who tried placed it; adverbs of trying ("desperately", "hard all
-- night") between the caller and "to reach" keep the caller.  Sentences
-- of our own.

local function calls_of(s)
  return extract({ s }, "1994-03-07").calls
end

test("tried in vain / unsuccessfully / vainly tried to reach: denied, the trier placed it", function()
  for _, s in ipairs({
    "Prime Minister Tansu Ciller tried in vain to reach President Bill Clinton by telephone on Sunday.",
    "Prime Minister Tansu Ciller tried unsuccessfully to reach President Bill Clinton by telephone on Sunday.",
    "Prime Minister Tansu Ciller vainly tried to reach President Bill Clinton by telephone on Sunday.",
    "Prime Minister Tansu Ciller tried desperately to reach President Bill Clinton by telephone on Sunday, but was told he could not be disturbed.",
  }) do
    local calls = calls_of(s)
    eq(#calls, 1, s)
    eq(calls[1].status, "denied", s)
    eq(calls[1].initiator, "Tansu Çiller", s)
  end
end)

test("tried hard to reach, with no failure told: held, the trier placed it", function()
  local calls = calls_of("Prime Minister Tansu Ciller tried hard all weekend to reach President Bill Clinton by telephone on Sunday.")
  eq(#calls, 1)
  eq(calls[1].status, "held")
  eq(calls[1].initiator, "Tansu Çiller")
end)
