-- Session 19: an office in the plural of no country ("with the Foreign
-- and Defence Ministers") is nobody in particular: no party to a call,
-- however many of its holders the gazetteer knows.  One country's
-- offices in the plural and named people stay as they were.  Sentences
-- of our own.

test("'with the Foreign and Defence Ministers': no participant", function()
  local b = briefing({
    "TRANSCRIPT OF THE PRIME MINISTER THE HON KEVIN RUDD MP",
    "PRIME MINISTER: I spoke to President Yudhoyono this morning.",
    "The border, obviously. I will be sitting down with the President in Jakarta, with the Foreign and Defence Ministers, and I will tell him in person what I said on the telephone today.",
  }, "2009-03-04")
  for _, c in ipairs(b.calls) do
    ok(#c.participants <= 2, table.concat(c.participants, " + "))
    for _, p in ipairs(c.participants) do ok(p ~= "Joel Fitzgibbon" and p ~= "Juwono Sudarsono", p) end
  end
end)
