-- A measure of state after a count or with "national"/"official"
-- ("declared three days of national mourning", "declared two days of
-- official mourning") is an act of state, no speech (session 15, cl15),
-- as "declared a day of mourning" was.  Short invented paragraphs.

test("declared three days of national mourning", function()
  local ex = extract({ "President Jacques Chirac telephoned President Abdelaziz Bouteflika on Thursday to offer French rescue teams after the earthquake.",
    "Algeria declared three days of national mourning." },
    "2003-05-23")
  local lines = claim_lines(ex)
  for _, l in ipairs(lines) do
    ok(not l:find("mourning", 1, true), table.concat(lines, "\n"))
  end
end)

test("declared 2 days of official mourning", function()
  local ex = extract({ "Prime Minister Kostas Karamanlis telephoned Prime Minister Recep Tayyip Erdogan on Tuesday after the ferry sank.",
    "Turkey declared 2 days of official mourning." },
    "2006-02-07")
  local lines = claim_lines(ex)
  for _, l in ipairs(lines) do
    ok(not l:find("mourning", 1, true), table.concat(lines, "\n"))
  end
end)
