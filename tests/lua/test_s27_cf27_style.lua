-- Session 27 (cf27): a style with its adjective before the person called,
-- "telephoned His Imperial Majesty the Shahanshah", "spoke with His Serene
-- Highness Prince Rainier": the style is no pronoun, the office or name
-- after it is the person called (as "His Royal Highness" was).  Sentences
-- of our own.

test("'telephoned His Imperial Majesty the Shahanshah': a call with the Shah", function()
  eq(sorted_call_pairs(briefing({ "President Ford telephoned His Imperial Majesty the Shahanshah on Saturday." }, "1975-04-14"), "date"),
    { "Gerald Ford + Mohammad Reza Pahlavi @ 1975-04-12" })
  eq(initiators(briefing({ "President Ford telephoned His Imperial Majesty the Shahanshah on Saturday." }, "1975-04-14")),
    { "Gerald Ford" })
  eq(sorted_call_pairs(briefing({ "President Ford spoke by telephone with His Imperial Majesty the Shahanshah on Saturday." }, "1975-04-14")),
    { "Gerald Ford + Mohammad Reza Pahlavi" })
end)

test("guards: the style alone, a meeting, 'His Royal Highness' as before", function()
  eq(sorted_call_pairs(briefing({ "His Imperial Majesty received the ambassador on Saturday." }, "1975-04-14")), {})
  eq(sorted_call_pairs(briefing({ "President Ford spoke to His Imperial Majesty on Saturday." }, "1975-04-14")), {})
  eq(sorted_call_pairs(briefing({ "His Imperial Majesty the Shahanshah met President Ford on Saturday." }, "1975-04-14")), {})
  eq(sorted_call_pairs(briefing({ "President Ford telephoned His Majesty King Hussein on Saturday." }, "1975-04-14")),
    { "Gerald Ford + King Hussein" })
  eq(sorted_call_pairs(briefing({ "President Ford called on His Imperial Majesty the Shahanshah to lower oil prices." }, "1975-04-14")), {})
end)
