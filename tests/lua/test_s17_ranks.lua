-- Session 17: a military rank written out in full before a name is a
-- title, as its abbreviation was ("Captain Sankara" as "Capt. Sankara";
-- "Flight Lieutenant Rawlings", "Sergeant Doe"): the rank made the name an
-- unknown two-word person, and the call was dropped.  Sentences of our own.

local function pairs_of(s, pub)
  return sorted_call_pairs(briefing({ s }, pub), "date")
end

test("a rank in full before a bare surname", function()
  eq(pairs_of("Captain Sankara telephoned President Moussa Traoré of Mali on Thursday to propose a truce.", "1985-12-28"),
    { "Moussa Traoré + Thomas Sankara @ 1985-12-26" })
  eq(pairs_of("Captain Traore spoke by phone with Vladimir Putin on Friday, the junta said.", "2023-07-31"),
    { "Ibrahim Traoré + Vladimir Putin @ 2023-07-28" })
  eq(pairs_of("Flight Lieutenant Rawlings rang President Abdou Diouf late on Sunday.", "1993-03-02"),
    { "Abdou Diouf + Jerry Rawlings @ 1993-02-28" })
  eq(pairs_of("Sergeant Doe received a telephone call from President Félix Houphouët-Boigny on Monday.", "1980-04-16"),
    { "Félix Houphouët-Boigny + Samuel Doe @ 1980-04-14" })
end)
