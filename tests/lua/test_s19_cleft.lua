-- Session 19: a cleft names the caller: "It was X who placed the call",
-- "It was X who telephoned Y".  Sentences of our own.

test("'It was X who placed the call': X placed it", function()
  for _, ps in ipairs({
    { "President Jacques Chirac and Chancellor Gerhard Schröder spoke by telephone on Monday.",
      "It was Schröder who placed the call, a French official said." },
    { "It was Chancellor Gerhard Schröder who telephoned President Jacques Chirac on Monday." },
  }) do
    local b = briefing(ps, "2003-03-11")
    eq(sorted_call_pairs(b, "date"), { "Gerhard Schröder + Jacques Chirac @ 2003-03-10" }, ps[#ps])
    eq(b.calls[1].initiator, "Gerhard Schröder", ps[#ps])
  end
end)
