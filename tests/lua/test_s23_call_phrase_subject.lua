-- Session 23: an account whose subject the parser misses because a phrase
-- of the call stands between it and "said" ("after the conversation said"
-- reads like "after the Kremlin said") is found by account_subject (session
-- 7) also when a body's name stands before the account noun ("A Kremlin
-- statement issued after the conversation said ...") and after an opening
-- phrase of place ("In Canberra, a statement issued by the Prime
-- Minister's office after the conversation said ...").  Before, neither
-- gave a claim.  Sentences of our own.

local PE = "President Putin spoke by telephone with President Erdogan on Monday."

test("'A Kremlin statement issued after the conversation said that ...'", function()
  eq(claim_lines(extract({ PE, "A Kremlin statement issued after the conversation said that Putin had urged restraint in Idlib." }, "2020-02-25")),
    { "Russia | Vladimir Putin | A Kremlin statement issued after the conversation | Putin had urged restraint in Idlib" })
end)

test("'In Canberra, a statement issued by the Prime Minister's office after the conversation said ...', and 'But the statement added ...'", function()
  eq(claim_lines(extract({ "Mr. Lange spoke with Mr. Hawke, the Australian Prime Minister, by telephone last night.",
      "In Canberra, a statement issued by the Prime Minister's office after the conversation said that Mr. Hawke had accepted the invitation to Wellington.",
      "But the statement added that Australia's position on the ANZUS treaty was unchanged." }, "1986-08-12")),
    { "Australia | Bob Hawke | the Prime Minister's office | Mr. Hawke had accepted the invitation to Wellington",
      "Australia | joint | the Prime Minister's office | Australia's position on the ANZUS treaty was unchanged" })
end)

test("'A statement released by the Turkish presidency after the call said ...', as before", function()
  eq(claim_lines(extract({ PE, "A statement released by the Turkish presidency after the call said Erdogan had urged restraint in Idlib." }, "2020-02-25")),
    { "Turkey | Recep Tayyip Erdoğan | the Turkish presidency | Erdogan had urged restraint in Idlib" })
end)

test("a clause of 'after' with its own subject stays background, as before", function()
  eq(claim_lines(extract({ PE, "Putin urged restraint in Idlib, hours after the Turkish leader said that Ankara would respond.",
      "After the call ended, the Kremlin said the leaders had agreed to meet." }, "2020-02-25")),
    { "Russia | Vladimir Putin | - | urged restraint in Idlib, hours after the Turkish leader said that Ankara would respond",
      "Russia | joint | Kremlin | agreed to meet" })
end)
