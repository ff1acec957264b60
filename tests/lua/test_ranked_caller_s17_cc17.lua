-- Session 17 (cc17): "The first to call was X": the infinitive of a
-- superlative tells who called; the person after "was" placed the call.
-- The one called is the verb's object, else the object of the caller's
-- relative clause ("X, who reached Y at home late on Thursday night",
-- whose time is the call's), else the account's topic.  People of a
-- clause about something else ("shortly after the count showed Y ahead of
-- Z") are not on the call.  Sentences of our own.

local function calls_of(paras)
  return extract(paras, "2017-10-21").calls
end

local function names(c)
  local out = {}
  for _, p in ipairs(c.people) do out[#out + 1] = p.name end
  table.sort(out)
  return out
end

test("the first to call was X, who reached Y late on a day: X called Y that day", function()
  local calls = calls_of({ { "Jacinda Ardern was chosen to lead the next government.",
    "The first to call was Australian Prime Minister Malcolm Turnbull, who reached Ardern at her Auckland home late on Thursday night, shortly after the count showed Ardern ahead of Bill English." } })
  eq(#calls, 1)
  eq(names(calls[1]), { "Jacinda Ardern", "Malcolm Turnbull" })
  eq(calls[1].initiator, "Malcolm Turnbull")
  eq(calls[1].time and calls[1].time.weekday, 4)
end)

test("the first leader to telephone Y was X: X placed the call", function()
  for _, s in ipairs({
    "The first leader to telephone Jacinda Ardern was Australian Prime Minister Malcolm Turnbull.",
    "Among the first to ring Jacinda Ardern on Friday was Australian Prime Minister Malcolm Turnbull.",
  }) do
    local calls = calls_of({ s })
    eq(#calls, 1, s)
    eq(names(calls[1]), { "Jacinda Ardern", "Malcolm Turnbull" }, s)
    eq(calls[1].initiator, "Malcolm Turnbull", s)
  end
end)

test("the first to call for calm: no call", function()
  eq(#calls_of({ "The first to call for calm was Australian Prime Minister Malcolm Turnbull." }), 0)
end)
