-- Where an account comes from, session 14: a body "here" in a datelined
-- story is of the dateline's country ("the foreign ministry here said"),
-- also when the dateline is a line of its own above the body ("DHAKA,
-- March 3 2009"); "It said" after a sentence opened by an account from a
-- capital ("But a statement from Kampala made no mention of ...") is that
-- capital's country's account.  Short invented pages.

test("a body here, under a dateline", function()
  local _, ex = page_run(table.concat({
    "Indian minister calls Bangladeshi counterpart",
    "",
    "DHAKA, March 3 (Delta Wire) - External Affairs Minister Pranab Mukherjee telephoned Foreign Minister Dipu Moni on Monday.",
    "",
    "Moni assured Mukherjee that the border guards would be investigated, the foreign ministry here said.",
  }, "\n"))
  local lines = claim_lines(ex)
  ok(has(lines, "Bangladesh | Dipu Moni | the foreign ministry | the border guards would be investigated"), table.concat(lines, "\n"))
end)

test("a body here, under a line of place and date", function()
  local d, ex = page_run(table.concat({
    "Indian minister calls Bangladeshi counterpart",
    "",
    "DHAKA, March 3 2009",
    "",
    "External Affairs Minister Pranab Mukherjee telephoned Foreign Minister Dipu Moni on Monday.",
    "",
    "Moni assured Mukherjee that the border guards would be investigated, the foreign ministry here said.",
  }, "\n"))
  eq(d.dateline and d.dateline.place, "DHAKA")
  local lines = claim_lines(ex)
  ok(has(lines, "Bangladesh | Dipu Moni | the foreign ministry | the border guards would be investigated"), table.concat(lines, "\n"))
end)

test("it said, after an account from a capital", function()
  local ex = extract({ "President Jakaya Kikwete held telephone talks with President Paul Kagame on Sunday, State House in Dar es Salaam said.",
    { "But a statement from Kigali later made no mention of the refugees.",
      "It said the two presidents had agreed to meet in Arusha." } },
    "2013-08-12")
  local lines = claim_lines(ex)
  ok(has(lines, "Rwanda | joint | statement from Kigali | agreed to meet in Arusha"), table.concat(lines, "\n"))
end)

test("a spokesman said here, under a former capital's line", function()
  local _, ex = page_run(table.concat({
    "Kohl and Thatcher agree on summit",
    "",
    "Bonn, Nov. 14, 1989",
    "",
    "In a telephone conversation on Monday evening, Chancellor Helmut Kohl and Prime Minister Margaret Thatcher agreed that the summit should be held in Paris, a government spokesman said here.",
  }, "\n"))
  local lines = claim_lines(ex)
  ok(has(lines, "Germany | joint | a government spokesman | agreed that the summit should be held in Paris"), table.concat(lines, "\n"))
end)
