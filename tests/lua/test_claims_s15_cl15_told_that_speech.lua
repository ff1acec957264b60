-- "told her that his speech ...", "told him that their interview ..."
-- (session 15, cl15): after "told", a pronoun is the hearer and "that"
-- opens what was told; a noun of another occasion inside it ("speech",
-- "interview", "briefing") is the thing told of, not the venue of the
-- words ("told a news conference", "told his weekly briefing" stay
-- another occasion).  Short invented paragraphs.

test("told her that his speech had gone down well", function()
  local ex = extract({ "President Jacques Chirac telephoned Prime Minister Helen Clark on Tuesday.",
    "He told her that his speech in Noumea had gone down well with the Kanak leaders." },
    "2003-07-29")
  local lines = claim_lines(ex)
  ok(has(lines, "France | Jacques Chirac | - | his speech in Noumea had gone down well with the Kanak leaders"), table.concat(lines, "\n"))
end)

test("told her that the rally had passed off peacefully", function()
  local ex = extract({ "Prime Minister Helen Clark telephoned President Megawati Sukarnoputri on Monday.",
    "Clark told her that the rally outside the embassy in Wellington had passed off peacefully." },
    "2003-08-12")
  local lines = claim_lines(ex)
  ok(has(lines, "New Zealand | Helen Clark | - | the rally outside the embassy in Wellington had passed off peacefully"), table.concat(lines, "\n"))
end)

test("told his weekly briefing is still another occasion", function()
  local ex = extract({ "Chancellor Gerhard Schroeder spoke by telephone with Prime Minister Wim Kok on Friday.",
    "A day later Schroeder told his weekly briefing that the euro would recover." },
    "2000-01-14")
  local lines = claim_lines(ex)
  ok(#lines == 0, table.concat(lines, "\n"))
end)
