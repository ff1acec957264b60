-- Session 11: a headline's "to host", "to join" a call is a plan ("Macron
-- and Starmer to host virtual summit"); "the Soviet leader" after "Soviet
-- leader Mikhail Gorbachev" is Gorbachev, whatever office the gazetteer
-- gives the country's leader (its president was Gromyko).  Short invented
-- paragraphs.

local function calls_of(paras, pub) return sorted_call_pairs(briefing(paras, pub), "status") end

test("'to host', 'to join' a call: planned", function()
  eq(calls_of({ "Scholz and Kishida to host video conference on energy" }, "2023-04-02"),
    { "Fumio Kishida + Olaf Scholz: planned" })
  eq(calls_of({ "Biden to join video call with Zelensky" }, "2023-04-02"),
    { "Joe Biden + Volodymyr Zelensky: planned" })
end)

test("a country's leader the document names with that title", function()
  eq(calls_of({ "Secretary of State George Shultz met Soviet leader Mikhail Gorbachev in Moscow on Thursday.",
      "President Reagan would welcome a telephone conversation with the Soviet leader before the summit, aides said." }, "1987-10-24"),
    { "Mikhail Gorbachev + Ronald Reagan: planned" })
end)
