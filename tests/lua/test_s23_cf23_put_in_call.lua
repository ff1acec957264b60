-- Session 23: "put in a call to X" places it, as "placed a call to X"
-- does: its subject is the caller.  Sentences of our own.

local function one(s, pub)
  local b = briefing({ s }, pub)
  return sorted_call_pairs(b, "date"), initiators(b)
end

test("'X put in a call to Y': X placed it", function()
  local calls, init = one("President Joe Biden put in a call to President Xi Jinping on Tuesday.", "2021-02-10")
  eq(calls, { "Joe Biden + Xi Jinping @ 2021-02-09" })
  eq(init, { "Joe Biden" })
  local _, init2 = one("Chancellor Helmut Kohl put in a telephone call to President Francois Mitterrand on Sunday.", "1989-11-13")
  eq(init2, { "Helmut Kohl" })
end)

test("guards: a request put in; a call placed", function()
  local _, init = one("Prime Minister Margaret Thatcher put in a request for a call with President George Bush on Thursday.", "1990-08-03")
  eq(init, { "nil" })
  local _, init2 = one("President Joe Biden placed a call to President Xi Jinping on Tuesday.", "2021-02-10")
  eq(init2, { "Joe Biden" })
end)
