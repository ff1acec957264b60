-- Calls in a temporal clause, session 8: a verb of calling whose subject
-- opens an "after / before / since / until" clause following another call
-- cue ("X's call came two days after Y telephoned Z on Sunday") is a call
-- of its own, with its people and its day, placed by its subject; the
-- main cue keeps its own people.  Short invented accounts.

local function calls_of(paras, pub)
  local b = briefing(paras, pub)
  local out = {}
  for i, c in ipairs(b.calls) do
    out[i] = call_pairs({ calls = { c } }, "date")[1] .. " by " .. tostring(c.initiator)
  end
  return out
end

test("a verb of calling in a temporal clause with a day of its own is its own call", function()
  eq(calls_of({ "Scholz spoke by phone with Zelensky on Tuesday.",
    "Scholz's call came two days after French President Emmanuel Macron telephoned Zelensky on Sunday." },
    "2023-03-15"),
    { "Emmanuel Macron + Volodymyr Zelensky @ 2023-03-12 by Emmanuel Macron",
      "Olaf Scholz + Volodymyr Zelensky @ 2023-03-14 by nil" })
  eq(calls_of({ "Lula spoke with Alberto Fernández on Friday, a day after Joe Biden called Fernández on Thursday." },
    "2023-03-15"),
    { "Alberto Fernández + Joe Biden @ 2023-03-09 by Joe Biden",
      "Alberto Fernández + Luiz Inácio Lula da Silva @ 2023-03-10 by nil" })
  eq(calls_of({ "Sunak held a phone call with Meloni on 6 March, before Macron rang Meloni on 8 March." },
    "2023-03-15"),
    { "Giorgia Meloni + Rishi Sunak @ 2023-03-06 by nil",
      "Emmanuel Macron + Giorgia Meloni @ 2023-03-08 by Emmanuel Macron" })
end)

test("without a day of its own, or alone in its sentence, the clause makes no other call", function()
  eq(calls_of({ "Lula spoke with Alberto Fernández on Friday, a day after Joe Biden called Fernández." },
    "2023-03-15"),
    { "Alberto Fernández + Luiz Inácio Lula da Silva @ 2023-03-10 by nil" })
  eq(calls_of({ "Markets rose on Monday after Biden telephoned Xi Jinping on Sunday." }, "2023-03-15"),
    { "Joe Biden + Xi Jinping @ 2023-03-12 by Joe Biden" })
end)
