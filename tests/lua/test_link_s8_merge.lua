-- Merging, session 8: a call reported held, with no day of its own, is
-- on the day of its report; it does not join a plan of the same people
-- for a later day that the article also tells ("has spoken ..." beside
-- "intends to speak ... again on Friday").  Short invented reports.

local function calls_of(paras, pub)
  local b = briefing(paras, pub)
  local out = {}
  for i, c in ipairs(b.calls) do out[i] = call_pairs({ calls = { c } }, "date")[1] .. " " .. c.status end
  return out
end

test("a held call reported on its day is not the plan for a later day", function()
  -- published Wednesday 15 March 2023
  eq(calls_of({ "Scholz has spoken by telephone with Emmanuel Macron, his spokesman said.",
    "Scholz intends to speak with Macron again by phone on Friday." }, "2023-03-15"),
    { "Emmanuel Macron + Olaf Scholz @ 2023-03-15 held", "Emmanuel Macron + Olaf Scholz @ 2023-03-17 planned" })
  -- the plan told first
  eq(calls_of({ "Lula will talk to Petro by telephone tomorrow, aides said.",
    "Lula has already spoken by phone with Gustavo Petro, the aides added." }, "2023-03-15"),
    { "Gustavo Petro + Luiz Inácio Lula da Silva @ 2023-03-15 held",
      "Gustavo Petro + Luiz Inácio Lula da Silva @ 2023-03-16 planned" })
  -- a headline without a day still joins the held call of its people
  eq(calls_of({ "Scholz-Macron call", "Scholz spoke by phone with Emmanuel Macron on Monday.",
    "The two will speak again on Friday." }, "2023-03-15"),
    { "Emmanuel Macron + Olaf Scholz @ 2023-03-13 held", "Emmanuel Macron + Olaf Scholz @ 2023-03-17 planned" })
end)
