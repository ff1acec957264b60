-- Session 19: a denial of reports told with where they ran ("denied
-- reports in a section of the local press that A and B had spoken by
-- telephone", "dismissed claims by some newspapers that ...") denies the
-- call its that-clause tells, as "denied reports that ..." did.
-- Sentences of our own.

test("'denied reports in the press that A and B had spoken': a denied call", function()
  for _, s in ipairs({
    "The Foreign Office denied reports in a section of the German press that Chancellor Helmut Kohl and President Boris Yeltsin had spoken on the telephone.",
    "The Elysee dismissed claims by some Italian newspapers that President Jacques Chirac and Prime Minister Romano Prodi had talked by phone.",
  }) do
    eq(sorted_call_pairs(briefing({ s }, "1997-06-12"), "status")[1] and sorted_call_pairs(briefing({ s }, "1997-06-12"), "status")[1]:match(": (%a+)$"), "denied", s)
  end
end)

test("a report of a call, not denied, stays held", function()
  local b = briefing({ "Reports in a section of the German press said Chancellor Helmut Kohl and President Boris Yeltsin had spoken on the telephone." }, "1997-06-12")
  eq(sorted_call_pairs(b, "status"), { "Boris Yeltsin + Helmut Kohl: held" })
end)
