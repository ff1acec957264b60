-- A pair's calls counted and dated in one breath, session 10: "spoke
-- twice with X, on Monday and again on Thursday", "held two telephone
-- conversations with X, on Tuesday and on Friday" are two calls, one on
-- each day.  Counted without two days, one call.  Invented sentences.

test("two days coordinated after a count are two calls", function()
  local b = briefing({ "Chancellor Helmut Kohl spoke twice by telephone with President François Mitterrand, "
    .. "on Monday and again on Thursday." }, "1990-02-10")
  eq(call_pairs(b, "date"), { "François Mitterrand + Helmut Kohl @ 1990-02-05",
    "François Mitterrand + Helmut Kohl @ 1990-02-08" })
  b = briefing({ "Prime Minister John Major held two telephone conversations with President Bill Clinton, "
    .. "on Tuesday and on Friday, aides said." }, "1994-03-13")
  eq(call_pairs(b, "date"), { "Bill Clinton + John Major @ 1994-03-08", "Bill Clinton + John Major @ 1994-03-11" })
end)

test("a count with one day is one call", function()
  local b = briefing({ "President Bill Clinton spoke twice by telephone with President Boris Yeltsin on Friday." },
    "1993-10-05")
  eq(call_pairs(b, "date"), { "Bill Clinton + Boris Yeltsin @ 1993-10-01" })
end)
