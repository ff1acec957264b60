-- The purpose of a call as its caller's claim, session 10: more verbs of
-- saying after "to" ("telephoned X to insist that ...", "to explain that
-- ...", "to pledge ...", "to tell him that ..."), also with the account
-- named after them.  Short invented sentences.

local function lines(text, pub) return claim_lines(extract({ text }, pub)) end

test("a call placed to insist, explain, pledge or tell", function()
  eq(lines("French President Jacques Chirac telephoned Lebanese President Emile Lahoud on Saturday to insist that all Syrian troops leave before the elections, the Élysée said.", "2005-03-21"),
    { "France | Jacques Chirac | Élysée | insist that all Syrian troops leave before the elections" })
  eq(lines("Chancellor Helmut Kohl telephoned President George Bush on Monday to explain that Bonn would pay its share.", "1990-08-20"),
    { "Germany | Helmut Kohl | - | explain that Bonn would pay its share" })
  eq(lines("Prime Minister Bob Hawke rang President George Bush on Friday to pledge two frigates for the blockade.", "1990-08-20"),
    { "Australia | Bob Hawke | - | pledge two frigates for the blockade" })
  eq(lines("President Nelson Mandela phoned President Robert Mugabe on Sunday to tell him that the talks must resume.", "1995-03-14"),
    { "South Africa | Nelson Mandela | - | tell him that the talks must resume" })
end)
