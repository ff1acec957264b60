-- Calls, session 16 (cc16): (1) an agency slug's date with a two-digit
-- year ("RX 0212 04-OCT-93 11:05") gives the year of a month-day dateline
-- with the same day and month; (2) a call tried with an adverb between
-- "tried" and "to" ("tried repeatedly to reach X by telephone") and told
-- as failing ("but was told that X could not be disturbed") is denied,
-- and the one who tried placed it.  Invented pages.

test("a wire slug's DD-MON-YY dates a month-day dateline", function()
  local d = page_run(table.concat({
    "RX 0212 04-OCT-93 11:05",
    "",
    "RUSSIA-CRISIS (URGENT)",
    "",
    "MOSCOW, Oct 4 (Rivertown Wire) - The speaker of the parliament said on Sunday that the crisis would end soon.",
  }, "\n"))
  eq(d.published, "1993-10-04")
  -- a slug's day that is not the dateline's names no year
  local d2 = page_run(table.concat({
    "RX 0212 03-OCT-93 11:05",
    "",
    "MOSCOW, Oct 4 (Rivertown Wire) - The speaker of the parliament said on Sunday that the crisis would end soon.",
  }, "\n"))
  eq(d2.published, nil)
end)

local function calls_of(s)
  return extract({ s }, "1993-10-04").calls
end

test("tried again and again to reach someone, who could not be disturbed: denied", function()
  for _, s in ipairs({
    "President Zhelyu Zhelev said he had tried again and again to reach President Boris Yeltsin by telephone on Sunday night, but had been told each time that the Russian leader could not be disturbed.",
    "President Zhelyu Zhelev tried repeatedly to reach President Boris Yeltsin by telephone on Sunday, but was told he could not be disturbed." }) do
    local calls = calls_of(s)
    eq(#calls, 1, s)
    eq(calls[1].status, "denied", s)
    eq(calls[1].initiator, "Zhelyu Zhelev", s)
  end
end)

test("tried several times to reach someone and got through: held", function()
  local calls = calls_of("President Zhelyu Zhelev tried several times to reach President Boris Yeltsin by telephone on Sunday and finally spoke to him in the evening.")
  eq(calls[1].status, "held")
end)
