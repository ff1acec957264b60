-- Session 27: the words of both sides, told by a body of a state that lay
-- within a former state on the call ("Both sides stressed ..., the
-- Kremlin said" of Brezhnev's call): that former state's account, as a
-- participant's own words told so already were (session 18).  Before, a
-- joint point took the body's present side (Russia) and, that side not
-- being on the call, was dropped.  Sentences of our own; the case was
-- found by the helper on reported speech (cm27).

local function page_claims(text)
  local _, ex = page_run(text)
  return claim_lines(ex)
end

test("'Both sides stressed ..., the Kremlin said' of a Soviet leader's call: the Soviet Union's", function()
  eq(page_claims("Report\n\nJuly 20, 1975\n\nMr. Brezhnev spoke by telephone with President Ford on Saturday.\n\nBoth sides stressed the importance of detente, the Kremlin said.\n"),
    { "Soviet Union | joint | Kremlin | stressed the importance of detente" })
  -- (a participant's own words told so: as before)
  eq(page_claims("Report\n\nJuly 20, 1975\n\nMr. Brezhnev spoke by telephone with President Ford on Saturday.\n\nMr. Brezhnev stressed the importance of detente, the Kremlin said.\n"),
    { "Soviet Union | Leonid Brezhnev | Kremlin | stressed the importance of detente" })
  -- (the present state on the call: its own)
  eq(page_claims("Report\n\nJuly 20, 2015\n\nMr. Putin spoke by telephone with Chancellor Merkel on Saturday.\n\nBoth sides stressed the importance of the Minsk agreements, the Kremlin said.\n"),
    { "Russia | joint | Kremlin | stressed the importance of the Minsk agreements" })
end)
