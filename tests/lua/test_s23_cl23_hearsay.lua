-- Session 23 (cl23): hearsay.  A copula, a participle of hearsay ("said",
-- "understood", "believed", "thought", "reported", "alleged") and "to
-- have" before any verb of saying or a speech act report the subject's
-- words, hedged: "Kohl was said to have assured Bush that ..." is Kohl's
-- claim, as "is understood to have told" was before.  Sentences of our
-- own.

local BK = "President Bush telephoned Chancellor Kohl on Tuesday evening."
local BC = "Prime Minister Blair spoke by telephone with President Chirac on Sunday."

test("'was said to have assured': the subject's claim", function()
  local l = claim_lines(extract({ BK, "Kohl was said to have assured Bush that unification would not be rushed." }, "1990-02-14"))
  eq(l, { "Germany | Helmut Kohl | - | unification would not be rushed" })
end)

test("'is believed to have warned'", function()
  local l = claim_lines(extract({ BC, "Mr Chirac is believed to have warned Mr Blair that France would veto the resolution." }, "2003-03-10"))
  eq(l, { "France | Jacques Chirac | - | France would veto the resolution" })
end)

test("'is thought to have assured'", function()
  local l = claim_lines(extract({ "Chancellor Merkel spoke by phone with President Putin on Thursday.",
    "Putin is thought to have assured Merkel that the gas would keep flowing." }, "2014-03-20"))
  eq(l, { "Russia | Vladimir Putin | - | the gas would keep flowing" })
end)

test("'was understood to have urged ... to'", function()
  local l = claim_lines(extract({ "President Nixon telephoned Prime Minister Heath on Saturday.",
    "Mr. Heath was understood to have urged Mr. Nixon to hold back the new tariffs." }, "1971-08-21"))
  eq(l, { "United Kingdom | Edward Heath | - | urged Mr. Nixon to hold back the new tariffs" })
end)

test("'is alleged to have told', the hearer after it", function()
  local l = claim_lines(extract({ "President Trump spoke by telephone with President Zelensky on Thursday.",
    "Trump is alleged to have told Zelensky that aid depended on an inquiry." }, "2019-09-26"))
  eq(l, { "United States | Donald Trump | - | aid depended on an inquiry" })
end)

test("'is understood to have told' as before", function()
  local l = claim_lines(extract({ BK, "Mr. Kohl is understood to have told Mr. Bush that unification would not be rushed." }, "1990-02-14"))
  eq(l, { "Germany | Helmut Kohl | - | unification would not be rushed" })
end)

test("a third party said to have told a participant: no claim of the call", function()
  local l = claim_lines(extract({ BK, "Mr. Delors was said to have assured Mr. Kohl that Brussels would help." }, "1990-02-14"))
  eq(l, {})
end)

test("'was said to have been' is no speech", function()
  local l = claim_lines(extract({ BK, "Kohl was said to have been pleased with the call." }, "1990-02-14"))
  eq(l, {})
end)
