-- Session 23 (cl23): the passive with an agent under an attribution.
-- "Bush was told by Kohl that ..., officials said": the clause opens at
-- the hearer, so the words from the hearer to the agent are no point of
-- the officials' own ("Bush was told by"), and the officials telling
-- what Kohl said are Kohl's people (Germany), not the hearer's.
-- Sentences of our own.

local BK = "President Bush telephoned Chancellor Kohl on Tuesday evening."

test("'X was told by Y that ..., officials said': Y's claim, Y's side", function()
  local l = claim_lines(extract({ BK, "Bush was told by Kohl that unification would not be rushed, officials said." }, "1990-02-14"))
  eq(l, { "Germany | Helmut Kohl | officials | unification would not be rushed" })
end)

test("'X was assured by Y that ..., a spokesman said': no point 'X was assured by'", function()
  local l = claim_lines(extract({ "Chancellor Merkel spoke by phone with President Putin on Thursday.",
    "Merkel was assured by Putin that the gas would keep flowing, a spokesman said." }, "2014-03-20"))
  eq(l, { "Russia | Vladimir Putin | a spokesman | the gas would keep flowing" })
end)

test("'Mr. X was warned by Mr. Y that ..., aides said' in the 1970s", function()
  local l = claim_lines(extract({ "President Carter telephoned Prime Minister Begin on Monday.",
    "Mr. Carter was warned by Mr. Begin that Israel would not give up the settlements, aides said." }, "1978-09-04"))
  eq(l, { "Israel | Menachem Begin | aides | Israel would not give up the settlements" })
end)

test("'The prime minister was told by the president that ..., sources said'", function()
  local l = claim_lines(extract({ "Prime Minister Johnson spoke by telephone with President Zelensky on Tuesday.",
    "The prime minister was told by the president that Kyiv needed more air defence, sources in London said." }, "2022-03-02"))
  eq(#l, 1)
  ok(l[1]:find("| Volodymyr Zelensky |", 1, true), l[1])
  ok(l[1]:find("| Kyiv needed more air defence", 1, true), l[1])
end)

test("'X was told by Y that ...' with no attribution, as before", function()
  local l = claim_lines(extract({ "Prime Minister Blair spoke by telephone with President Chirac on Sunday.",
    "Mr Blair was warned by Mr Chirac that France would veto the resolution." }, "2003-03-10"))
  eq(l, { "France | Jacques Chirac | - | France would veto the resolution" })
end)

test("'X told Y that ..., officials said' as before", function()
  local l = claim_lines(extract({ BK, "Kohl told Bush that unification would not be rushed, officials said." }, "1990-02-14"))
  eq(l, { "Germany | Helmut Kohl | officials | unification would not be rushed" })
end)
