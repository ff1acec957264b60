-- Session 15: (1) "Herr", "Frau", "Signor", "Señor" before a name are
-- honorifics as "Mr" is (the British press's "Herr Kohl", "Signor
-- Andreotti"): the name after them is the person's; (2) the subject of a
-- passive verb of calling may be set off by commas with its apposition
-- ("The Dutch Prime Minister, Mr Ruud Lubbers, was telephoned by ...";
-- "Ruud Lubbers, the Dutch Prime Minister, was later called by ..."): it
-- took the call, the agent after "by" placed it.  Invented sentences.

local function pairs_of(text, pub) return sorted_call_pairs(briefing({ text }, pub), "date") end

test("a German or Italian honorific before a surname", function()
  eq(pairs_of("Herr Kohl telephoned President Mitterrand on Monday to discuss the farm prices.",
    "1986-03-05"), { "François Mitterrand + Helmut Kohl @ 1986-03-03" })
  eq(pairs_of("Signor Andreotti spoke by telephone with Chancellor Kohl on Tuesday about the summit.",
    "1990-06-14"), { "Giulio Andreotti + Helmut Kohl @ 1990-06-12" })
end)

test("a passive's subject with its apposition set off by commas", function()
  local b = briefing({ "The Dutch Prime Minister, Mr Ruud Lubbers, was telephoned by President Mitterrand on Monday after the vote in the Assembly." }, "1986-03-05")
  eq(call_pairs(b, "date"), { "François Mitterrand + Ruud Lubbers @ 1986-03-03" })
  eq(initiators(b), { "François Mitterrand" })
  eq(pairs_of("Ruud Lubbers, the Dutch Prime Minister, was later called by Chancellor Kohl on Tuesday.",
    "1986-03-05"), { "Helmut Kohl + Ruud Lubbers @ 1986-03-04" })
end)

test("a clause going on after a comma and \"and\" is no apposition", function()
  local got = pairs_of("Chancellor Kohl met Ruud Lubbers in Bonn on Monday, and was telephoned by President Mitterrand that night.",
    "1986-03-05")
  ok(not has(got, "François Mitterrand + Ruud Lubbers @ 1986-03-03"), "Lubbers took no call")
end)
