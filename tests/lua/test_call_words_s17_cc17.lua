-- Session 17 (cc17): words of the call itself.  A speakerphone is a
-- telephone ("with X on the line by speakerphone", "spoke to X on
-- speakerphone"); a courtesy call or a farewell call is a visit paid in
-- person, no remote conversation ("a farewell call at the palace"), unless
-- its medium is named ("a courtesy telephone call").  Sentences of our own.

local function calls_of(s)
  return extract({ s }, "2023-03-10").calls
end

test("by speakerphone / on speakerphone: a telephone call", function()
  for _, s in ipairs({
    "Chancellor Olaf Scholz signed the accord in Berlin on Tuesday, with Prime Minister Mark Rutte on the line by speakerphone.",
    "Chancellor Olaf Scholz spoke to Prime Minister Mark Rutte on speakerphone on Tuesday.",
  }) do
    local calls = calls_of(s)
    eq(#calls, 1, s)
    eq(calls[1].medium, "phone", s)
    eq(calls[1].cue:find("speakerphone", 1, true) ~= nil, true, s)
    local names = {}
    for _, p in ipairs(calls[1].people) do names[#names + 1] = p.name end
    table.sort(names)
    eq(names, { "Mark Rutte", "Olaf Scholz" }, s)
  end
end)

test("a courtesy call / farewell call in person: no call", function()
  for _, s in ipairs({
    "Secretary of State Antony Blinken apologized on Wednesday to President Emmanuel Macron during a courtesy call at the Elysee Palace.",
    "Foreign Minister Annalena Baerbock paid a farewell call to President Emmanuel Macron at the Elysee on Thursday.",
    "Prime Minister Fumio Kishida received Secretary of State Antony Blinken for a courtesy call on Thursday.",
  }) do
    eq(#calls_of(s), 0, s)
  end
end)

test("a courtesy telephone call: still a call", function()
  local calls = calls_of("Prime Minister Fumio Kishida made a courtesy telephone call to President Emmanuel Macron on Thursday.")
  eq(#calls, 1)
  eq(calls[1].status, "held")
end)
