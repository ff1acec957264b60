-- A part of the day opening a sentence with no day of its own ("In the
-- evening, X spoke with Y", "In the afternoon he telephoned Z"), session
-- 11: the day the account told before, as "that evening" or "later in
-- the afternoon"; the report's day only when none was told.  Invented
-- stories.

test("'In the evening' goes on with the day told before", function()
  local b = briefing({ "Foreign Minister Celso Amorim spoke by telephone with President Fernando Lugo yesterday morning.",
    "In the evening, President Lula spoke by telephone with President Lugo." }, "2009-04-23")
  eq(call_pairs(b, "date"), { "Celso Amorim + Fernando Lugo @ 2009-04-22",
    "Fernando Lugo + Luiz Inácio Lula da Silva @ 2009-04-22" })
end)

test("'In the afternoon' after a weekday", function()
  local b = briefing({ "Prime Minister Kevin Rudd telephoned President Susilo Bambang Yudhoyono on Tuesday morning.",
    "In the afternoon he spoke by telephone with Prime Minister John Key." }, "2009-10-01")
  eq(call_pairs(b, "date"), { "John Key + Kevin Rudd @ 2009-09-29", "Kevin Rudd + Susilo Bambang Yudhoyono @ 2009-09-29" })
end)

test("'In the morning' after a date", function()
  local b = briefing({ "President Jacques Chirac spoke by telephone with Chancellor Gerhard Schröder on 11 September 2001.",
    "In the morning, Chirac had telephoned Prime Minister Tony Blair." }, "2001-09-14")
  eq(call_pairs(b, "date"), { "Gerhard Schröder + Jacques Chirac @ 2001-09-11", "Jacques Chirac + Tony Blair @ 2001-09-11" })
end)
