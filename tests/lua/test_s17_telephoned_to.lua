-- Session 17: "telephoned to President X", as translated readouts write
-- it, is a call with X, its caller the subject; "called to congratulate
-- X" stays a call; "called to the nation" is none.  Sentences of our own.

local function calls_of(s)
  return extract({ s }, "2019-05-27").calls
end

test("telephoned to X: a call placed by the subject", function()
  local c = calls_of("Prime Minister Sheikh Hasina telephoned to Prime Minister Narendra Modi on Sunday to greet him on his election victory.")
  eq(#c, 1)
  eq(c[1].initiator, "Sheikh Hasina")
  local names = {}
  for _, p in ipairs(c[1].people) do names[#names + 1] = p.name end
  table.sort(names)
  eq(names, { "Narendra Modi", "Sheikh Hasina" })
end)

test("called to the nation: no call", function()
  eq(#calls_of("Prime Minister Sheikh Hasina called to the nation for calm on Sunday."), 0)
end)
