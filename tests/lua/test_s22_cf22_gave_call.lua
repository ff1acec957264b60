-- Session 22: more ways of saying who placed a call.  The one who gives
-- a call places it ("Ardern gave Bainimarama a call", "gave a call to
-- X"), as the one who returns it does; "reached out to X by phone" makes
-- its subject the caller, as "reached X by phone" does.  Sentences of our
-- own.

local function init_of(s, pub) return initiators(briefing({ s }, pub)) end

test("'X gave Y a call', 'gave a call to Y': X placed it", function()
  eq(init_of("Prime Minister Jacinda Ardern gave Prime Minister Frank Bainimarama a call on Friday.", "2020-05-10"),
    { "Jacinda Ardern" })
  eq(init_of("Prime Minister Jacinda Ardern gave Prime Minister Frank Bainimarama a phone call on Friday.", "2020-05-10"),
    { "Jacinda Ardern" })
  eq(init_of("Prime Minister Jacinda Ardern gave a call to Prime Minister Frank Bainimarama on Friday.", "2020-05-10"),
    { "Jacinda Ardern" })
end)

test("'X reached out to Y by phone': X placed it", function()
  eq(init_of("Prime Minister Jacinda Ardern reached out to Prime Minister Frank Bainimarama by phone on Friday.", "2020-05-10"),
    { "Jacinda Ardern" })
end)

test("guards: a speech given; speaking by phone names no caller", function()
  eq(init_of("Prime Minister Jacinda Ardern gave a speech and then spoke by phone with Prime Minister Frank Bainimarama on Friday.", "2020-05-10"),
    { "nil" })
end)
