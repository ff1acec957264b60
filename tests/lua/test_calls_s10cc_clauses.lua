-- A place in another clause than the call's, session 10: a verb of
-- speaking with no medium between two leaders is a call unless a place
-- puts them in one room; a place in brackets or in a clause a
-- subordinator opens ("The accord was sealed in Paris after X spoke with
-- Y") is not where they spoke.  "after arriving in Damascus" (the same
-- subject's) and "in Damascus" in the verb's own clause still are.
-- Invented sentences: {sentence, report date, calls wanted}.

local CASES = {
  { "The truce, which took effect at noon (6 a.m. in Washington), was reached after Secretary of State "
    .. "James Baker spoke with President Hafez al-Assad of Syria.", "1991-07-20", 1 },
  { "The accord was sealed in Geneva after Prime Minister Tony Blair spoke with President Jacques Chirac.",
    "1998-05-02", 1 },
  { "Markets rallied in London when Chancellor Gerhard Schröder spoke with President Jacques Chirac.",
    "2001-03-02", 1 },
  { "Secretary of State James Baker spoke with President Hafez al-Assad in Damascus on Friday.", "1991-07-20", 0 },
  { "In Damascus, Secretary of State James Baker spoke with President Hafez al-Assad on Friday.", "1991-07-20", 0 },
  { "Secretary of State James Baker spoke with President Hafez al-Assad after arriving in Damascus.",
    "1991-07-20", 0 },
}

test("a place in another clause leaves the call; one in the verb's clause is a meeting", function()
  for _, c in ipairs(CASES) do
    eq(#extract({ c[1] }, c[2]).calls, c[3], c[1])
  end
end)
