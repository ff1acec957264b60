-- Calls, session 18: a call back is another contact.  "X called Y back"
-- after a held call Y placed to X is a second call of the same two, even
-- on the same day (the people and day agree, yet it is not the first
-- call told again); not when the text between says the first was missed
-- ("missed it, but he then called him back": one conversation).
-- Invented paragraphs.

local function calls_of(paras, pub) return sorted_call_pairs(briefing(paras, pub), "basis") end

test("called the President back an hour later: two calls, each its caller", function()
  local b = briefing({ "President Mitterrand rang Chancellor Kohl in the afternoon and the conversation lasted twenty minutes.",
    "An hour later Mr Kohl called the President back to say the troops would stay." }, "1990-08-10")
  eq(sorted_call_pairs(b, "basis"), { "François Mitterrand + Helmut Kohl @ 1990-08-10 (reported)",
    "François Mitterrand + Helmut Kohl @ 1990-08-10 (reported)" })
  eq(initiators(b), { "François Mitterrand", "Helmut Kohl" })
end)

test("called him back after missing the call: one call", function()
  eq(calls_of({ "President Mitterrand rang Chancellor Kohl this morning.",
    "Mr Kohl missed it, but he then called Mr Mitterrand back and they had a good talk, his office said." }, "1990-08-10"),
    { "François Mitterrand + Helmut Kohl @ 1990-08-10 (relative)" })
end)
