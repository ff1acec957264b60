-- Session 20: a report whose clause holds two verb phrases joined by
-- "and" ("A spokesman said Kohl had met Chirac in Bonn and telephoned
-- Major"): the second verb's subject is the reported clause's subject
-- (Kohl), not every person of the sentence; the meeting is no call.
-- Sentences of our own.

test("'X said A had met B ... and telephoned C': A and C", function()
  local cases = {
    { "A spokesman said Kohl had met Chirac in Bonn and telephoned Major.", "1995-06-10",
      "Helmut Kohl + John Major @ 1995-06-10" },
    { "Officials said Carter had met Begin at Camp David and telephoned Sadat on Tuesday.", "1978-09-20",
      "Anwar Sadat + Jimmy Carter @ 1978-09-19" },
    { "The Elysee said Hollande had met Merkel in Paris and spoken by telephone with Putin.", "2015-02-10",
      "François Hollande + Vladimir Putin @ 2015-02-10" },
    { "A Downing Street spokesman said that Blair had met Aznar in London and called Bush on Monday.", "2003-03-04",
      "George W. Bush + Tony Blair @ 2003-03-03" },
    { "A government spokesman said Kohl had visited Mitterrand in Paris and telephoned Gorbachev.", "1989-11-13",
      "Helmut Kohl + Mikhail Gorbachev @ 1989-11-13" },
    { "The Kremlin said Putin had received Lukashenko in Moscow and spoken by phone with Macron.", "2022-02-20",
      "Emmanuel Macron + Vladimir Putin @ 2022-02-20" },
    { "Aides said Bush had met Mitterrand and telephoned Gorbachev on Monday.", "1991-01-15",
      "George H. W. Bush + Mikhail Gorbachev @ 1991-01-14" },
  }
  for _, c in ipairs(cases) do
    eq(sorted_call_pairs(briefing({ c[1] }, c[2]), "date"), { c[3] }, c[1])
  end
end)

test("no report (already read so); the reporter the subject ('he'); one verb", function()
  eq(sorted_call_pairs(briefing({ "Kohl met Chirac in Bonn and telephoned Major." }, "1995-06-10"), "date"),
    { "Helmut Kohl + John Major @ 1995-06-10" })
  eq(sorted_call_pairs(briefing({ "Chancellor Kohl said he had met Chirac in Bonn and telephoned Major." }, "1995-06-10"), "date"),
    { "Helmut Kohl + John Major @ 1995-06-10" })
  eq(sorted_call_pairs(briefing({ "The White House said Biden had called Macron on Wednesday." }, "2022-05-05"), "date"),
    { "Emmanuel Macron + Joe Biden @ 2022-05-04" })
end)
