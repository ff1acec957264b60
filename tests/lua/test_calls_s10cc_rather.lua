-- The alternative not taken, session 10: a call after "rather than" or
-- "instead of" ("officials expect a meeting rather than talks by
-- telephone", "wrote to him instead of a phone call") is no call; a call
-- before it ("telephoned X rather than travelling to Paris") still is.
-- Invented sentences.

test("a call after 'rather than' or 'instead of' is no call", function()
  for _, s in ipairs({
      "Foreign Minister Alois Mock is due to discuss the border with his Czech counterpart, Jiří Dienstbier; "
        .. "diplomats expect a meeting rather than talks by telephone.",
      "Chancellor Helmut Kohl wrote to President François Mitterrand instead of a phone call.",
      "Chancellor Helmut Kohl met President François Mitterrand in Paris rather than holding a telephone call." }) do
    eq(#extract({ s }, "1990-03-03").calls, 0, s)
  end
end)

test("a call before 'rather than' stays", function()
  eq(#extract({ "Chancellor Helmut Kohl telephoned President François Mitterrand rather than travelling to Paris." },
    "1990-03-03").calls, 1)
end)
