-- An office with its holder set off by commas, session 12: a full name
-- the gazetteer does not know after "the foreign minister of X," is that
-- office's holder, a party to the call as written ("Ghana's foreign
-- minister, Kofi Mensah Boateng, telephoned ...").  A spokesperson so
-- named stays the side's voice.  Short invented paragraphs.

test("an unknown holder in apposition takes part", function()
  eq(sorted_call_pairs(briefing({
    "Ghana's foreign minister, Kofi Mensah Boateng, telephoned Antony Blinken on Tuesday to discuss the Sahel." },
    "2022-03-09")), { "Antony Blinken + Kofi Mensah Boateng" })
  eq(sorted_call_pairs(briefing({
    "Antony Blinken spoke by phone on Tuesday with the foreign minister of Ghana, Kofi Mensah Boateng." },
    "2022-03-09")), { "Antony Blinken + Kofi Mensah Boateng" })
end)

test("not a single word, not a clause going on", function()
  eq(sorted_call_pairs(briefing({
    "Antony Blinken spoke by phone on Tuesday with the foreign minister of Ghana, Accra said." },
    "2022-03-09")), {})
end)
