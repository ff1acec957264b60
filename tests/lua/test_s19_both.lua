-- Session 19: "telephoned both A and B", "spoke by telephone with both A
-- and B": the list after "both" is read as the list without it (one call
-- each, as "telephoned A and B" gives).  Sentences of our own.

test("'both A and B' after a verb of calling: the same calls as 'A and B'", function()
  for _, s in ipairs({
    "Chancellor Helmut Kohl telephoned both François Mitterrand and Margaret Thatcher on Sunday.",
    "Chancellor Helmut Kohl spoke by telephone with both François Mitterrand and Margaret Thatcher on Sunday.",
    "Chancellor Helmut Kohl telephoned François Mitterrand and Margaret Thatcher on Sunday.",
  }) do
    eq(sorted_call_pairs(briefing({ s }, "1989-11-13"), "date"),
      { "François Mitterrand + Helmut Kohl @ 1989-11-12", "Helmut Kohl + Margaret Thatcher @ 1989-11-12" }, s)
  end
end)
