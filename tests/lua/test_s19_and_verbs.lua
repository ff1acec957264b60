-- Session 19: a second verb phrase after "and" shares the clause's
-- subject: "X wrote to Y and telephoned Z", "X met Y in Paris and held a
-- telephone conversation with Z", "X wrote to Y and made a phone call to
-- Z" are X's calls to Z (a call noun after its light verb too; "wrote
-- to" is a letter, not a report whose subject is someone else's).
-- Sentences of our own.

test("'X wrote to / met Y and called Z': X and Z", function()
  for _, s in ipairs({
    "President François Mitterrand wrote to Chancellor Helmut Kohl and telephoned Prime Minister Margaret Thatcher on Sunday.",
    "President François Mitterrand met Chancellor Helmut Kohl in Paris and held a telephone conversation with Prime Minister Margaret Thatcher on Sunday.",
    "President François Mitterrand wrote to Chancellor Helmut Kohl and made a phone call to Prime Minister Margaret Thatcher on Sunday.",
  }) do
    eq(sorted_call_pairs(briefing({ s }, "1989-11-13"), "date"), { "François Mitterrand + Margaret Thatcher @ 1989-11-12" }, s)
  end
end)
