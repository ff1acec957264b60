-- Words said on a broadcast or to a gathering after a call are another
-- occasion than the call (session 16, cl16): "Asked on a television
-- programme whether ..., X said ...", "in remarks to reporters", "told a
-- gathering", and the sentences after them with the same speaker.
-- Invented paragraphs.

local CALL = "Chancellor Helmut Schmidt telephoned President Valery Giscard d'Estaing on Saturday to discuss the oil price."

test("asked on a television programme", function()
  local ex = extract({ CALL,
    "Asked on the German television programme \"Bonn Direkt\" whether Germany had been pressed, Mr. Schmidt said that allies speak openly to one another.",
    "He said the Government would not raise fuel taxes this year." }, "1979-06-25")
  local lines = claim_lines(ex)
  for _, l in ipairs(lines) do
    ok(not l:find("speak openly", 1, true) and not l:find("fuel taxes", 1, true), table.concat(lines, "\n"))
  end
end)

test("in remarks to reporters", function()
  local ex = extract({ CALL,
    "Mr. Schmidt said in remarks to reporters in Hamburg that wages would have to wait." }, "1979-06-25")
  local lines = claim_lines(ex)
  for _, l in ipairs(lines) do
    ok(not l:find("wages", 1, true), table.concat(lines, "\n"))
  end
end)
