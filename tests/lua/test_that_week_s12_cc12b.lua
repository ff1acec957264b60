-- "that week", "the same month" (session 12, cc12b): the week or month of
-- a time told before, not the report's; a call told so has no day the
-- text gives (basis unknown), and is no call of the report's day.
-- Invented sentences.

test("'that week' after a stated day: no day, not the report's", function()
  local b = briefing({ { "The crisis began on the night of March 2, when President Nicolas Sarkozy and Chancellor Angela Merkel spoke by telephone.",
    "Prime Minister Silvio Berlusconi had a telephone conversation with Merkel that week, an aide said." } }, "2009-03-20")
  eq(sorted_call_pairs(b, "basis"), { "Angela Merkel + Nicolas Sarkozy @ 2009-03-02 (stated)",
    "Angela Merkel + Silvio Berlusconi @ undated (unknown)" })
end)

test("'later that same month': no day either", function()
  local b = briefing({ { "President Nicolas Sarkozy visited Berlin on 2 March.",
    "Later that same month Prime Minister Silvio Berlusconi spoke by phone with Chancellor Angela Merkel." } }, "2009-04-28")
  eq(call_pairs(b, "basis"), { "Angela Merkel + Silvio Berlusconi @ undated (unknown)" })
end)
