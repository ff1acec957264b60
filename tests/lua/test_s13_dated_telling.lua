-- Session 13: a call told first with no day, then what one party told the
-- other on a day ("X warned Y in a telephone conversation ... . X had told
-- Y on Aug. 13 that ..."): that call, on that day; and a subject in
-- apposition after a dateline's dash ("VIENNA, Aug. 22 -- X, the Soviet
-- party leader, warned ...") speaks.  Short invented paragraphs.

test("what one party told the other on a day dates the call", function()
  local b = briefing({ { "Leonid Brezhnev warned Alexander Dubcek in a long telephone conversation that his patience was running out.",
    "According to the sources, Mr. Brezhnev had told the Czechoslovak leader on Aug. 13 that the censorship must return." } },
    "1968-08-23")
  eq(sorted_call_pairs(b, "date"), { "Alexander Dubček + Leonid Brezhnev @ 1968-08-13" })
  -- not a telling between others, nor one with no day
  b = briefing({ { "Leonid Brezhnev warned Alexander Dubcek in a long telephone conversation that his patience was running out.",
    "Mr. Dubcek had told the presidium that he would resist." } }, "1968-08-23")
  eq(sorted_call_pairs(b, "date"), { "Alexander Dubček + Leonid Brezhnev @ 1968-08-23" })
end)

test("a subject in apposition after a dateline's dash", function()
  local d, ex = page_run("BRIEF\n\nThe Continental Review\n\nVIENNA, Aug. 22, 1968 — Leonid Brezhnev, the Soviet party leader, "
    .. "warned Alexander Dubcek in a long telephone conversation that Moscow's patience was at an end, "
    .. "according to Czechoslovak sources.\n")
  local _ = d
  ok(has(claim_lines(ex), "Czechoslovakia | Leonid Brezhnev | Czechoslovak sources | Moscow's patience was at an end"),
    table.concat(claim_lines(ex), "\n"))
end)

test("a statement issued on an earlier day, reproduced", function()
  local text = table.concat({ "Press Release", "", "Thursday, 24 February 2011", "",
    "SECRETARY-GENERAL BACK IN NEW YORK", "",
    "Secretary-General Ban Ki-moon returned to Headquarters today after cutting short a visit to California.", "",
    "The following statement was issued on Monday by the Spokesperson for the Secretary-General:", "",
    "The Secretary-General spoke at length today with Colonel Muammar Al-Qadhafi and urged an end to the violence.", "",
    "Other business", "",
    "The Secretary-General today met the President of the General Assembly.", "" }, "\n")
  local d, _, b = page_run(text)
  eq(d.paragraphs[5].date, "2011-02-21")
  eq(d.paragraphs[7].date, nil)
  eq(call_pairs(b, "date"), { "Ban Ki-moon + Muammar Gaddafi @ 2011-02-21" })
end)

test("later in the day, the day named five sentences before", function()
  local b = briefing({ "Foreign Minister George Papandreou telephoned Ismail Cem yesterday to offer help after the earthquake.",
    { "Greek rescue teams flew to Istanbul within hours.", "Two planes carried dogs and doctors.",
      "The Greek press praised the gesture.", "Athens also offered blood supplies." },
    "Later in the day, Prime Minister Costas Simitis telephoned Bulent Ecevit to express sympathy." }, "1999-08-18")
  eq(sorted_call_pairs(b, "date"), { "Bülent Ecevit + Costas Simitis @ 1999-08-17", "George Papandreou + İsmail Cem @ 1999-08-17" })
end)

test("returning the call is another call, placed by the one who returns it", function()
  local b = briefing({ "Mrs Thatcher telephoned President Reagan on Monday about the arms talks.",
    "Mr Reagan returned the call on Tuesday evening." }, "1987-03-05")
  eq(sorted_call_pairs(b, "date"), { "Margaret Thatcher + Ronald Reagan @ 1987-03-02", "Margaret Thatcher + Ronald Reagan @ 1987-03-03" })
  for _, c in ipairs(b.calls) do
    if c.date == "1987-03-03" then eq(c.initiator, "Ronald Reagan") end
  end
end)
