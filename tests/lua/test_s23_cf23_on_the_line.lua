-- Session 23: a person got "on the line" is a call placed by the one who
-- got them ("Kohl got Gorbachev on the line"); "on the line" alone is
-- none ("jobs are on the line").  A reach that failed, "could not reach X
-- by telephone", "could not get X on the line", is no held call but a
-- denied one (the day of the attempt kept).  Sentences of our own.

local function one(s, pub)
  local b = briefing({ s }, pub)
  return sorted_call_pairs(b, "date"), initiators(b), call_pairs(b, "status")
end

test("'X got Y on the line': X placed it", function()
  local calls, init = one("Chancellor Helmut Kohl got President Mikhail Gorbachev on the line on Friday.", "1989-11-12")
  eq(calls, { "Helmut Kohl + Mikhail Gorbachev @ 1989-11-10" })
  eq(init, { "Helmut Kohl" })
  calls, init = one("President Emmanuel Macron finally got President Vladimir Putin on the line on Thursday.", "2022-02-25")
  eq(calls, { "Emmanuel Macron + Vladimir Putin @ 2022-02-24" })
  eq(init, { "Emmanuel Macron" })
end)

test("a reach that failed is denied, on the day it was tried", function()
  local calls, _, st = one("President Jimmy Carter could not reach Ayatollah Ruhollah Khomeini by telephone on Wednesday.", "1979-11-08")
  eq(st, { "Jimmy Carter + Ruhollah Khomeini: denied" })
  eq(calls, { "Jimmy Carter + Ruhollah Khomeini @ 1979-11-07" })
  _, _, st = one("President Emmanuel Macron could not get President Vladimir Putin on the line on Thursday.", "2022-02-25")
  eq(st, { "Emmanuel Macron + Vladimir Putin: denied" })
end)

test("guards: something else on the line; reached and failed as before", function()
  eq((one("Thousands of jobs were on the line on Friday, Prime Minister John Major said.", "1995-11-05")), {})
  eq((one("Prime Minister John Major put his career on the line on Friday.", "1995-11-05")), {})
  local _, init, st = one("Prime Minister Tony Blair managed to reach President Jacques Chirac by phone on Wednesday.", "2003-03-20")
  eq(init, { "Tony Blair" })
  eq(st, { "Jacques Chirac + Tony Blair: held" })
  _, _, st = one("Prime Minister Tony Blair failed to reach President Jacques Chirac by phone on Wednesday.", "2003-03-20")
  eq(st, { "Jacques Chirac + Tony Blair: denied" })
end)
