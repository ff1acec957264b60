-- "The two leaders spoke by phone" with no call told before, after a
-- lead whose verb of telling names the teller and the person told ("A
-- told B on Friday that ..."), session 11: the pair is those two, as
-- after "A thanked B".  Invented stories.

local cases = {
  { "Chancellor Gerhard Schröder told French President Jacques Chirac yesterday that Berlin would back the compromise.",
    "The two leaders spoke by phone for half an hour in the evening.", "2002-10-20",
    "Gerhard Schröder + Jacques Chirac" },
  { "Prime Minister Jean Chrétien told President Vicente Fox that Ottawa would keep its border open.",
    "The two leaders talked by telephone for about fifteen minutes.", "2001-09-14", "Jean Chrétien + Vicente Fox" },
  { "President Michelle Bachelet on Sunday warned President Alan García that Chile would not accept a new maritime line.",
    "The two presidents spoke by telephone after the Peruvian announcement.", "2008-01-20",
    "Alan García + Michelle Bachelet" },
  { "Taoiseach Bertie Ahern yesterday told Prime Minister Tony Blair that Dublin wanted the talks resumed.",
    "The two leaders spoke by phone for forty minutes.", "1998-03-06", "Bertie Ahern + Tony Blair" },
}
for i, c in ipairs(cases) do
  test("the teller and the person told are the two leaders " .. i, function()
    eq(call_pairs(briefing({ c[1], c[2] }, c[3])), { c[4] })
  end)
end

test("a verb of telling to no person gives no pair", function()
  local b = briefing({ "President Alan García told reporters that Peru would go to The Hague.",
    "The two leaders spoke by phone on Monday night." }, "2008-01-16")
  eq(call_pairs(b), {})
end)
