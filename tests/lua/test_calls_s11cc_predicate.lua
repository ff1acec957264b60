-- An office said of someone, with no name of its own ("on his election
-- as the 42nd President of the United States", "sworn in as Prime
-- Minister", "became President of the Commission"), session 11: a
-- predicate, no party to the call (the office's holder of the day is
-- someone else).  Invented stories.

local cases = {
  { "Prime Minister Brian Mulroney said that he had been among the first to congratulate Bill Clinton on his election as the 42nd President of the United States, telephoning him early in the morning.",
    "1992-11-05", "Bill Clinton + Brian Mulroney" },
  { "Chancellor Helmut Kohl congratulated Jacques Chirac by telephone on Monday on his election as President of the French Republic.",
    "1995-05-09", "Helmut Kohl + Jacques Chirac" },
  { "Prime Minister Wim Kok wished Tony Blair well in a phone call on Friday, hours after he became Prime Minister of the United Kingdom.",
    "1997-05-03", "Tony Blair + Wim Kok" },
}
for i, c in ipairs(cases) do
  test("an office after 'as' or 'became' is said of someone, no party " .. i, function()
    eq(call_pairs(briefing({ c[1] }, c[2])), { c[3] })
  end)
end

test("'as well as' an office is a party", function()
  local b = briefing({ "Chancellor Gerhard Schröder telephoned Tony Blair as well as the President of France on Sunday." },
    "2001-09-17")
  eq(call_pairs(b), { "Gerhard Schröder + Jacques Chirac", "Gerhard Schröder + Tony Blair" })
end)
