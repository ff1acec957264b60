-- A woman's title before the surname of a man of the gazetteer ("Mrs
-- Major", "Mme Chirac"), or a man's before a woman's ("Mr Thatcher"), is
-- the spouse, not the participant (session 15, cl15): her words are no
-- claim of his.  The gazetteer marks women (`gender: f`).  Short invented
-- paragraphs.

test("Mrs before a man's surname is his wife", function()
  local ex = extract({ "Prime Minister John Major telephoned President Carlos Menem on Sunday to thank him for the welcome in Buenos Aires.",
    "Mrs Major, who was beside him, said she hoped to see the Andes again." },
    "1993-11-22")
  local lines = claim_lines(ex)
  for _, l in ipairs(lines) do
    ok(not l:find("Andes", 1, true), table.concat(lines, "\n"))
  end
end)

test("Mr before a woman's surname is her husband", function()
  local ex = extract({ "Prime Minister Margaret Thatcher telephoned President Francois Mitterrand on Sunday.",
    "Mr Thatcher, who was at Chequers with her, said he was looking forward to the golf in Normandy." },
    "1988-06-06")
  local lines = claim_lines(ex)
  for _, l in ipairs(lines) do
    ok(not l:find("golf", 1, true), table.concat(lines, "\n"))
  end
end)

test("Mrs before a woman's surname is she", function()
  local ex = extract({ "Prime Minister Margaret Thatcher telephoned President Francois Mitterrand on Sunday.",
    "Mrs Thatcher said that Britain would support the French proposal in Brussels." },
    "1988-06-06")
  local lines = claim_lines(ex)
  ok(has(lines, "United Kingdom | Margaret Thatcher | - | Britain would support the French proposal in Brussels"), table.concat(lines, "\n"))
end)
