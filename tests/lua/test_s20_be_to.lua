-- Session 20: the infinitive of a call after "be", and a failure.  "Is to
-- telephone X on Friday", "are to confer by telephone" plan a call as "is
-- to speak" did (not a call held last Friday).  "Was unable to speak to
-- X by telephone", "failed to reach X by telephone" tell a call that did
-- not take place.  Sentences of our own.

local DAY = "1991-01-17"

local function st(text)
  local b = briefing({ text }, DAY)
  return call_pairs(b, "date")[1] .. " " .. b.calls[1].status
end

test("'is to telephone', 'are to confer by telephone': planned", function()
  eq(st("Mr Major is to telephone President Mitterrand on Friday."),
    "François Mitterrand + John Major @ 1991-01-18 planned")
  eq(st("Mr Major and President Mitterrand are to confer by telephone on Friday."),
    "François Mitterrand + John Major @ 1991-01-18 planned")
  eq(st("Mr Major was to ring President Mitterrand on Friday."),
    "François Mitterrand + John Major @ 1991-01-18 planned")
end)

test("a failure: no call", function()
  eq(briefing({ "Mr Major was unable to speak to President Gorbachev by telephone." }, DAY).calls[1].status, "denied")
  eq(briefing({ "Mr Major failed to reach President Gorbachev by telephone on Tuesday." }, DAY).calls[1].status, "denied")
end)

test("an ability to come still plans, a call told still is", function()
  eq(st("Mr Major will be able to speak to President Bush by telephone on Friday."),
    "George H. W. Bush + John Major @ 1991-01-18 planned")
  eq(st("Mr Major telephoned President Bush on Tuesday to discuss the air campaign."),
    "George H. W. Bush + John Major @ 1991-01-15 held")
end)
