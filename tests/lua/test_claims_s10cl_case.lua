-- Verbs of saying made of a verb and its noun, session 10: "made the
-- case that", "made the point that", "took the view that" introduce what
-- was said, as "argued that" does.  Short invented reports.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end

test("'made the case that', 'made the point that', 'took the view that'", function()
  eq(lines({ "Chancellor Angela Merkel spoke by telephone with President Vladimir Putin on Monday.",
      "In the call Merkel made the case that the sanctions should stay until the ceasefire held." }, "2015-02-17"),
    { "Germany | Angela Merkel | - | the sanctions should stay until the ceasefire held" })
  eq(lines({ "President Bill Clinton telephoned President Kim Dae-jung on Tuesday.",
      "Clinton made the point that the food aid could not wait for the talks, a White House spokesman said." }, "1999-05-12"),
    { "United States | Bill Clinton | a White House spokesman | the food aid could not wait for the talks" })
  eq(lines({ "Prime Minister John Major spoke by phone with President Francois Mitterrand on Sunday.",
      "Major took the view that the peacekeepers should stay in Bosnia through the winter." }, "1993-10-04"),
    { "United Kingdom | John Major | - | the peacekeepers should stay in Bosnia through the winter" })
end)

-- "X's message was that ...": the possessor's words, after "was that"
-- (a noun of a message or a stance, a hearer after "to" allowed).
test("'Merkel's message was that', 'the President's message to him was that'", function()
  eq(lines({ "Chancellor Angela Merkel spoke by telephone with President Vladimir Putin on Monday.",
      "Merkel's message was that the sanctions would stay until the ceasefire held." }, "2015-02-17"),
    { "Germany | Angela Merkel | - | the sanctions would stay until the ceasefire held" })
  eq(lines({ "President Jacques Chirac telephoned Prime Minister Tony Blair on Tuesday.",
      "Chirac's position remained that the inspectors needed more time." }, "2003-03-11"),
    { "France | Jacques Chirac | - | the inspectors needed more time" })
  eq(lines({ "President George H. W. Bush telephoned President Mikhail Gorbachev on Saturday.",
      "Bush's message to Gorbachev was that Washington would not exploit the unrest in the Baltics." }, "1990-03-25"),
    { "United States | George H. W. Bush | - | Washington would not exploit the unrest in the Baltics" })
end)
