-- Session 19: a release headed by an office of a country ("PRIME
-- MINISTER OF NEW ZEALAND", as its first line or its masthead) speaks in
-- the voice of the one holder of that office on its date: "I spoke with
-- X" is that holder's call.  Pages of our own.

local function calls_of(text)
  local _, _, b = page_run(text)
  return sorted_call_pairs(b, "date")
end

test("'I spoke with' under an office's heading: the holder's call", function()
  eq(calls_of("PRIME MINISTER OF NEW ZEALAND\n\nMEDIA RELEASE\n\n12 June 1997\n\nCall with Australian Prime Minister\n\nThis morning I spoke with Mr John Howard about the fisheries dispute.\n\nYesterday evening I also spoke with President Bill Clinton.\n"),
    { "Bill Clinton + Jim Bolger @ 1997-06-11", "Jim Bolger + John Howard @ 1997-06-12" })
end)

test("a heading that is no office of a country names no voice", function()
  eq(calls_of("FRIENDS OF NEW ZEALAND\n\nMEDIA RELEASE\n\n12 June 1997\n\nCall with Australian Prime Minister\n\nThis morning I spoke with Mr John Howard about the fisheries dispute.\n"), {})
end)
