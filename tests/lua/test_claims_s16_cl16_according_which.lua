-- "according to which" opens a relative clause on a noun ("the results
-- of the election -- according to which 54 per cent of voters backed him
-- -- showed ..."), no one's account (session 16, cl16): the reported
-- clause goes on over the dashes, in the account of the sentence's own
-- teller.  Invented paragraphs.

test("a dash aside 'according to which' inside a reported clause", function()
  local ex = extract({ "President Boris Yeltsin telephoned Chancellor Helmut Kohl on Thursday.",
    "The President stated that the results of the election — according to which 54 per cent of voters backed him — showed that the country trusted the reforms." },
    "1996-07-05")
  local lines = claim_lines(ex)
  local found = false
  for _, l in ipairs(lines) do
    if l:find("showed that the country trusted the reforms", 1, true) and l:find("^Russia | Boris Yeltsin") then found = true end
  end
  ok(found, table.concat(lines, "\n"))
end)

test("a rule 'according to which' after a comma", function()
  local ex = extract({ "Prime Minister Wim Kok telephoned Prime Minister Jean-Luc Dehaene on Monday.",
    "Mr Kok said the treaty, according to which the border posts would close in March, had to be ratified before the summer." },
    "1994-11-08")
  local lines = claim_lines(ex)
  local found = false
  for _, l in ipairs(lines) do
    if l:find("had to be ratified before the summer", 1, true) and l:find("^Netherlands | Wim Kok") then found = true end
  end
  ok(found, table.concat(lines, "\n"))
end)
