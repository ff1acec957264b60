-- A hearer told in the passive, session 14: "X was told (by Y) that C",
-- "X was assured that C" is Y's claim C, Y the agent after "by", else
-- the other party of X's call; X is the hearer.  Short invented
-- paragraphs.

test("told, with no agent: the other party of the call", function()
  local ex = extract({ "Prime Minister Bob Hawke was telephoned on Sunday by President George Bush, Australian officials said.",
    "Mr. Hawke was told that the allied air campaign would continue until Iraq left Kuwait." }, "1991-01-21")
  local lines = claim_lines(ex)
  ok(has(lines, "United States | George H. W. Bush | - | the allied air campaign would continue until Iraq left Kuwait"),
    table.concat(lines, "\n"))
end)

test("assured by an agent", function()
  local ex = extract({ "Prime Minister Bob Hawke spoke to President George Bush by telephone on Sunday.",
    "Mr. Hawke was assured by Mr. Bush that Australia would be consulted before any ground offensive." }, "1991-01-21")
  local lines = claim_lines(ex)
  ok(has(lines, "United States | George H. W. Bush | - | Australia would be consulted before any ground offensive"),
    table.concat(lines, "\n"))
end)

test("told of something in the passive with no that-clause is no claim", function()
  local ex = extract({ "Prime Minister Bob Hawke spoke to President George Bush by telephone on Sunday.",
    "Mr. Hawke was told of the decision an hour before the bombing began." }, "1991-01-21")
  eq(#claim_lines(ex), 0)
end)
