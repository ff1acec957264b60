-- Calls told in passing in stories about something else, session 13: a
-- person the gazetteer does not know named again by a shorter name or by
-- the office alone; a call noun as the subject of "took place"; "according
-- to X" with no comma; state media as a side's body; a verb of calling and
-- a plan in one clause; an office before "for" in a tail; "the two
-- leaders" after a sentence naming two others.  Short invented paragraphs.

test("a person named in full, then by a shorter name or the office alone", function()
  eq(sorted_call_pairs(briefing({
    "Chancellor Helmut Schmidt telephoned President Mohamed Siad Barre of Somalia on Monday about the hijacked airliner.",
    "On Tuesday Mr. Schmidt called the Somali president again to thank him." }, "1977-10-19"), "date"),
    { "Helmut Schmidt + Mohamed Siad Barre @ 1977-10-17", "Helmut Schmidt + Mohamed Siad Barre @ 1977-10-18" })
  eq(sorted_call_pairs(briefing({
    "Chancellor Helmut Schmidt telephoned President Mohamed Siad Barre of Somalia on Monday about the hijacked airliner.",
    "On Tuesday Mr. Schmidt called President Siad Barre again to thank him." }, "1977-10-19"), "date"),
    { "Helmut Schmidt + Mohamed Siad Barre @ 1977-10-17", "Helmut Schmidt + Mohamed Siad Barre @ 1977-10-18" })
end)

test("a call that took place on a day", function()
  eq(sorted_call_pairs(briefing({
    "A call between John Kerry and Sergei Lavrov took place on Thursday, the first such contact in weeks." },
    "2013-08-25"), "date"), { "John Kerry + Sergey Lavrov @ 2013-08-22" })
  eq(sorted_call_pairs(briefing({
    "A telephone conversation between Kerry and Lavrov was held on Friday, a rare contact since the spring." },
    "2013-08-25"), "date"), { "John Kerry + Sergey Lavrov @ 2013-08-23" })
end)

test("according to a source with no comma after it", function()
  local ex = extract({ "John Kerry spoke to Sergei Lavrov by phone on Friday.",
    "According to a State Department official Mr Kerry told Mr Lavrov that the talks should resume." }, "2013-08-25")
  ok(has(claim_lines(ex), "United States | John Kerry | a State Department official | the talks should resume"),
    table.concat(claim_lines(ex), "\n"))
end)

test("state media speak for their side", function()
  local ex = extract({ { "John Kerry spoke to Walid Muallem by phone on Thursday.",
    "According to a State Department official Mr Kerry pressed for access for the inspectors.",
    "Syrian state television said Mr Muallem had told Mr Kerry that the rebels were to blame." } }, "2013-08-25")
  ok(has(claim_lines(ex), "Syria | Walid Muallem | Syrian state television | the rebels were to blame"),
    table.concat(claim_lines(ex), "\n"))
end)

test("a call and a plan in one clause", function()
  eq(sorted_call_pairs(briefing({
    "Mr Cameron rang Chancellor Angela Merkel and is expected to speak to Vladimir Putin later this week." },
    "2013-08-25"), "status"), { "Angela Merkel + David Cameron: held", "David Cameron + Vladimir Putin: planned" })
  eq(sorted_call_pairs(briefing({
    "Mr Cameron rang Angela Merkel and Francois Hollande, aides said, and is expected to speak to Vladimir Putin soon." },
    "2013-08-25"), "status"),
    { "Angela Merkel + David Cameron: held", "David Cameron + François Hollande: held",
      "David Cameron + Vladimir Putin: planned" })
end)

test("an office before 'for' opens the tail", function()
  local ex = extract({
    "Hashimoto spoke to Sharif by telephone on Friday and urged him to show restraint, a spokesman for Tokyo's foreign ministry said." },
    "1998-05-18")
  eq(#ex.claims, 1)
  eq(ex.claims[1].text, "urged him to show restraint")
end)

test("the two leaders after a sentence naming two others", function()
  local b = briefing({ "President Clinton telephoned Prime Minister Nawaz Sharif on Sunday.",
    { "Prime Minister Atal Bihari Vajpayee has written to Mr. Clinton about the tests.",
      "There has been no telephone contact between the two leaders since then, an Indian official said." } },
    "1998-05-18")
  eq(sorted_call_pairs(b, "status"), { "Atal Bihari Vajpayee + Bill Clinton: denied", "Bill Clinton + Nawaz Sharif: held" })
end)

test("a surname the document gave in full to someone the gazetteer does not know", function()
  local ex = extract({ "Mr. Tom Powell, the Prime Minister's spokesman, said John Howard had telephoned George W. Bush on Monday.",
    "Mr. Powell said the two leaders had discussed Iraq." }, "2003-03-18")
  local got
  for _, p in ipairs(ex.people) do
    if p.text == "Mr. Powell" then got = p.name end
  end
  eq(got, "Tom Powell")
end)

test("tried to reach someone by telephone, without success", function()
  eq(sorted_call_pairs(briefing({
    "President Bush tried to reach Mr. Gorbachev by telephone on Monday, without success, the White House said." },
    "1991-08-20"), "status"), { "George H. W. Bush + Mikhail Gorbachev: denied" })
end)
