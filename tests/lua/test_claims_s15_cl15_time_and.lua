-- An act coordinated after a call clause that ends in a time: "X called
-- Y yesterday and congratulated him", "rang Y this morning and thanked
-- him" (session 15, cl15).  The subject of the second verb is the
-- caller, as with "on Monday and ...": a time after the person called is
-- no verb of that person.  Short invented paragraphs.

test("called Y yesterday and congratulated him", function()
  local ex = extract({ "Prime Minister Jean Chretien called Prime Minister Tony Blair yesterday and congratulated him on his second election victory." },
    "2001-06-09")
  local lines = claim_lines(ex)
  ok(has(lines, "Canada | Jean Chrétien | - | congratulated him on his second election victory"), table.concat(lines, "\n"))
end)

test("rang Y this morning and thanked him", function()
  local ex = extract({ "Prime Minister Helen Clark rang Prime Minister John Howard this morning and thanked him for the help of the Australian navy." },
    "2003-07-25")
  local lines = claim_lines(ex)
  ok(has(lines, "New Zealand | Helen Clark | - | thanked him for the help of the Australian navy"), table.concat(lines, "\n"))
end)
