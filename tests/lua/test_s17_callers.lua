-- Session 17: callers named apart from the call they made to the
-- account's topic: "X was the first foreign leader to call", "The first
-- to telephone was X", "Among the callers were A and B", "Callers
-- included A", "A and B also called" (each a call of their own with the
-- topic, not one between them), "calls from several leaders, including A
-- and B"; a list "first with A, then with B and finally with C"; a
-- headline's "Japan, South Korea leaders talk" named by the body's call.
-- Sentences of our own.

local LEAD = "Prime Minister Naoto Kan received telephone calls on Sunday from foreign leaders after the earthquake."

local function pairs_of(paras, pub)
  return sorted_call_pairs(briefing(paras, pub or "2011-03-14"), "date")
end

test("an ordinal caller, either way round", function()
  for _, s in ipairs({ "President Lee Myung-bak was the first foreign leader to call.",
      "The first to telephone was South Korea's President Lee Myung-bak." }) do
    local p = pairs_of({ LEAD, s })
    eq(#p, 1, s)
    ok(p[1]:find("^Lee Myung%-bak %+ Naoto Kan @") ~= nil, p[1])
  end
end)

test("callers listed: one call each with the topic", function()
  for _, s in ipairs({ "Among the callers were President Lee Myung-bak and Prime Minister Julia Gillard.",
      "President Lee Myung-bak and Prime Minister Julia Gillard also called." }) do
    local p = pairs_of({ LEAD, s })
    eq(#p, 2, s)
    ok(p[1]:find("^Julia Gillard %+ Naoto Kan @") ~= nil, p[1])
    ok(p[2]:find("^Lee Myung%-bak %+ Naoto Kan @") ~= nil, p[2])
  end
  local p = pairs_of({ LEAD, "Callers included Prime Minister Julia Gillard." })
  eq(#p, 1)
  ok(p[1]:find("^Julia Gillard %+ Naoto Kan @") ~= nil, p[1])
end)

test("calls from several leaders, including A and B: two calls", function()
  eq(pairs_of({ "Prime Minister Naoto Kan received telephone calls on Sunday from several leaders, including President Lee Myung-bak and Prime Minister Julia Gillard." }),
    { "Julia Gillard + Naoto Kan @ 2011-03-13", "Lee Myung-bak + Naoto Kan @ 2011-03-13" })
end)

test("first with A, then with B and finally with C", function()
  eq(pairs_of({ "Prime Minister Naoto Kan spoke by telephone on Sunday first with President Barack Obama, then with President Lee Myung-bak and finally with Prime Minister Julia Gillard." }),
    { "Barack Obama + Naoto Kan @ 2011-03-13", "Julia Gillard + Naoto Kan @ 2011-03-13",
      "Lee Myung-bak + Naoto Kan @ 2011-03-13" })
end)

test("a headline's two countries' leaders are the body's callers", function()
  -- (Pakistan's leaders by office would be its prime minister, Shaukat Aziz)
  eq(pairs_of({ "Pakistan, India leaders talk after floods",
      "President Pervez Musharraf telephoned Prime Minister Manmohan Singh on Sunday to offer help." }, "2007-07-10"),
    { "Manmohan Singh + Pervez Musharraf @ 2007-07-08" })
end)
