-- German word order in machine-translated press, session 13: a verb of
-- calling at the end of its clause, a comma and another clause after it
-- ("X has on Monday with Y telephoned, before the government ..."), is
-- the call; "State President" is a president's title.  Short invented
-- paragraphs.

test("a verb of calling closing its clause before another clause", function()
  eq(sorted_call_pairs(briefing({
    "Federal Chancellor Helmut Schmidt has on Monday evening with President Jimmy Carter telephoned, before the cabinet met." },
    "1977-10-18"), "date"), { "Helmut Schmidt + Jimmy Carter @ 1977-10-17" })
  eq(sorted_call_pairs(briefing({
    "Chancellor Helmut Schmidt has on Monday with President Valéry Giscard d'Estaing telephoned, and the two agreed to meet." },
    "1977-10-18"), "date"), { "Helmut Schmidt + Valéry Giscard d'Estaing @ 1977-10-17" })
end)

test("the state president", function()
  local ex = extract({ "Chancellor Helmut Schmidt has on Monday with the Somali State President Mohammed Siad Barre telephoned." },
    "1977-10-18")
  local got
  for _, p in ipairs(ex.people) do
    if p.name == "Mohammed Siad Barre" then got = p.country .. " / " .. p.role end
  end
  eq(got, "Somalia / president")
end)

test("before 2001 a list after a verb of speaking is one call each", function()
  eq(sorted_call_pairs(briefing({
    "President Bush spoke by telephone on Sunday with Margaret Thatcher, Helmut Kohl and Francois Mitterrand about the crisis." },
    "1990-08-06")),
    { "François Mitterrand + George H. W. Bush", "George H. W. Bush + Helmut Kohl", "George H. W. Bush + Margaret Thatcher" })
  -- (later, three or more are one conversation, as before)
  eq(sorted_call_pairs(briefing({
    "President Biden spoke by telephone on Sunday with Emmanuel Macron, Olaf Scholz and Rishi Sunak about the crisis." },
    "2023-06-26")), { "Emmanuel Macron + Joe Biden + Olaf Scholz + Rishi Sunak" })
end)
