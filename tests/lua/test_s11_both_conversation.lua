-- Session 11: a sentence's subject "Both" alone is both parties ("Both
-- agreed that ..."); a conversation "with" the other person after a call
-- of the same two people was announced is that call, held ("X said he
-- would call Y ... Y later said he had a good conversation with X").
-- Short invented paragraphs.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end
local function calls_of(paras, pub) return sorted_call_pairs(briefing(paras, pub), "status") end

test("'Both' opening a sentence is both parties", function()
  eq(lines({ "Prime Minister Pedro Sánchez spoke by telephone on Tuesday with President Gustavo Petro of Colombia.",
      "Both agreed that the migration agreement should be renewed before the summer." }, "2023-03-01"),
    { "Spain | joint | - | agreed that the migration agreement should be renewed before the summer" })
  eq(lines({ "Chancellor Olaf Scholz held a telephone call with President Cyril Ramaphosa on Monday.",
      "Both expressed concern about the fighting in Sudan, the German government said." }, "2023-05-09"),
    { "Germany | joint | the German government | expressed concern about the fighting in Sudan" })
end)

test("a conversation with the other after the call was announced: held", function()
  eq(calls_of({ "President Joe Biden said he would call Prime Minister Benjamin Netanyahu later in the day.",
      "Netanyahu later said he had had a frank conversation with President Biden about the hostages." }, "2024-03-18"),
    { "Benjamin Netanyahu + Joe Biden: held" })
  eq(calls_of({ "Chancellor Angela Merkel plans to telephone President Vladimir Putin on Friday.",
      "On Friday evening Putin had a lengthy conversation with Merkel on the gas transit, the Kremlin said." }, "2014-06-06"),
    { "Angela Merkel + Vladimir Putin: held" })
end)
