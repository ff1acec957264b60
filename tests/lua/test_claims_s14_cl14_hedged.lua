-- Hedged reports with their copula, session 14 (cl14): "X is understood
-- to have told him that ...", "X is believed to have told Y that ..." are
-- X's claims, the hearer after the phrase's last word as after "told".
-- Short invented paragraphs.

test("is understood to have told him that", function()
  local ex = extract({ "Foreign Secretary Sir Geoffrey Howe telephoned Secretary of State George Shultz on Tuesday.",
    "Sir Geoffrey is understood to have told him that London could not accept the new missiles." },
    "1987-04-15")
  local lines = claim_lines(ex)
  ok(has(lines, "United Kingdom | Geoffrey Howe | - | London could not accept the new missiles"), table.concat(lines, "\n"))
end)

test("is believed to have told a named hearer that", function()
  local ex = extract({ "Foreign Minister Hans-Dietrich Genscher telephoned Secretary of State George Shultz on Tuesday.",
    "Mr Genscher is believed to have told Mr Shultz that Bonn wanted the talks to go on." },
    "1987-04-15")
  local lines = claim_lines(ex)
  ok(has(lines, "Germany | Hans-Dietrich Genscher | - | Bonn wanted the talks to go on"), table.concat(lines, "\n"))
end)
