-- Session 24 (cm24): an account introduced by a colon whose words carry
-- a parenthetical "it said" ("The Kremlin's version was different:
-- Putin, it said, had warned ..."): "it" is the account itself, which
-- stays the source, the parenthetical out of the text; an account with
-- the participle of its publishing and its agent between commas
-- ("Cairo's account, carried by MENA, put it differently: ...") is the
-- subject before the colon as the bare account is.  Sentences of our own.

local MP = "Chancellor Merkel spoke by phone with President Putin on Thursday."
local BM = "President Bush telephoned President Mubarak on Saturday."

test("'The Kremlin's version was different: X, it said, had warned Y that ...'", function()
  eq(claim_lines(extract({ MP, "The Kremlin's version was different: Putin, it said, had warned Merkel that sanctions would backfire." }, "2014-03-20")),
    { "Russia | Vladimir Putin | The Kremlin's version | sanctions would backfire" })
end)

test("'The Kremlin gave a different account: X, it said, had ...'", function()
  eq(claim_lines(extract({ MP, "The Kremlin gave a different account: Putin, it said, had warned Merkel that sanctions would backfire." }, "2014-03-20")),
    { "Russia | Vladimir Putin | The Kremlin | sanctions would backfire" })
end)

test("'Cairo's account, carried by MENA, put it differently: Mr X, it said, had told ...'", function()
  eq(claim_lines(extract({ BM, "Cairo's account, carried by MENA, put it differently: Mr Mubarak, it said, had told Mr Bush that Egypt would not send more troops." }, "1991-01-20")),
    { "Egypt | Hosni Mubarak | Cairo's account | Egypt would not send more troops" })
end)

test("'Cairo's account, carried by MENA, put it differently: Mr X had told ...'", function()
  eq(claim_lines(extract({ BM, "Cairo's account, carried by MENA, put it differently: Mr Mubarak had told Mr Bush that Egypt would not send more troops." }, "1991-01-20")),
    { "Egypt | Hosni Mubarak | Cairo's account | Egypt would not send more troops" })
end)

test("'Egypt's version was different: X, it said, had urged restraint.'", function()
  eq(claim_lines(extract({ BM, "Egypt's version was different: Mubarak, it said, had urged restraint." }, "1991-01-20")),
    { "Egypt | Hosni Mubarak | Egypt's version | urged restraint" })
end)

test("guard: the colon account without a parenthetical as before", function()
  eq(claim_lines(extract({ MP, "The Kremlin's version was different: Putin had warned Merkel that sanctions would backfire." }, "2014-03-20")),
    { "Russia | Vladimir Putin | The Kremlin's version | sanctions would backfire" })
end)

test("guard: a spokesman's 'he said' after the colon as before", function()
  local l = claim_lines(extract({ MP, "Putin's spokesman offered a different emphasis: Putin, he said, had warned Merkel that sanctions would backfire." }, "2014-03-20"))
  eq(#l, 1)
  ok(l[1]:find("Russia | Vladimir Putin | ", 1, true) == 1, l[1])
  ok(l[1]:find("| sanctions would backfire", 1, true), l[1])
end)
