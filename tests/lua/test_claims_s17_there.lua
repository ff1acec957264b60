-- Session 17, claims: "there" opening the clause of what was said ("told
-- him there could be no military solution") is its subject, kept in the
-- claim, not a place skipped before it.  Sentences of our own.

test("'there' before a verb stays in the claim", function()
  local l = claim_lines(extract({ "President Cyril Ramaphosa spoke to President Yoweri Museveni by telephone on Monday and told him there could be no military solution in eastern Congo." }, "2023-02-14"))
  ok(has(l, "South Africa | Cyril Ramaphosa | - | there could be no military solution in eastern Congo"), table.concat(l, "; "))
end)

test("'there' as a place is still skipped", function()
  local l = claim_lines(extract({ "President Cyril Ramaphosa spoke to President Yoweri Museveni by telephone on Monday.",
    "Ramaphosa told reporters there that Museveni had promised to withdraw his troops." }, "2023-02-14"))
  ok(has(l, "South Africa | Yoweri Museveni | - | Museveni had promised to withdraw his troops"), table.concat(l, "; "))
end)
