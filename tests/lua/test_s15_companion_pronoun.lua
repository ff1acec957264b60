-- Session 15: "he" after a teller's noun phrase that names the person
-- the tellers are with ("Officials travelling with the President say he
-- got Kabila on the phone", "aides to the Chancellor said she had
-- called ...") is that person, not someone named in the sentence before.
-- Invented sentences.

test("he is the person the officials travel with", function()
  local b = briefing({ "Deputy Prime Minister Nick Clegg stayed in London.",
    "Officials travelling with the Prime Minister say he telephoned President Barack Obama from the plane on Sunday." },
    "2012-05-21")
  for _, p in ipairs(sorted_call_pairs(b)) do ok(not p:find("Clegg", 1, true), p) end
  eq(sorted_call_pairs(briefing({ "Deputy Prime Minister Nick Clegg stayed in London.",
    "Officials travelling with Prime Minister David Cameron say he telephoned President Barack Obama from the plane on Sunday." },
    "2012-05-21")), { "Barack Obama + David Cameron" })
  eq(sorted_call_pairs(briefing({ "Vice Chancellor Sigmar Gabriel stayed in Berlin.",
    "Aides to Chancellor Angela Merkel said she had telephoned President Vladimir Putin late on Sunday." },
    "2014-03-03")), { "Angela Merkel + Vladimir Putin" })
end)
