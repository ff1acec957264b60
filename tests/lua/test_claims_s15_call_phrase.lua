-- Session 15: the subject of a verb of saying is before a phrase naming
-- the call ("Rouhani in a telephone conversation with Macron said ..."),
-- never the other party after its "with"; a name the gazetteer knows
-- that opens with a particle in lower case ("von der Leyen", "de Klerk")
-- is a person wherever it stands; a speech act told to someone and then
-- "that" ("conveyed to Morrison that ...") has what follows "that" as
-- its content.  Invented sentences.

local function lines_of(paras, date)
  return claim_lines(extract(paras, date))
end

test("the person after 'with' in a call phrase is not the one who said", function()
  local lines = lines_of({ "President Hassan Rouhani in a telephone conversation with his French counterpart Emmanuel Macron on Saturday said that Europe must keep its promises." }, "2019-10-05")
  ok(has(lines, "Iran | Hassan Rouhani | - | Europe must keep its promises"), table.concat(lines, "\n"))
  lines = lines_of({ "Chancellor Angela Merkel during a phone call with President Vladimir Putin stressed that the ceasefire must hold." }, "2015-02-20")
  ok(has(lines, "Germany | Angela Merkel | - | the ceasefire must hold"), table.concat(lines, "\n"))
  -- a "with" that names no call is left as it was: the nearest person
  lines = lines_of({ "President Emmanuel Macron spoke by phone with President Hassan Rouhani on Saturday.",
    "Officials close to the talks with Rouhani said the deal could still be saved." }, "2019-10-05")
  ok(not has(lines, "France | Emmanuel Macron | - | the deal could still be saved"), table.concat(lines, "\n"))
end)

test("a name opening with a particle in lower case", function()
  local lines = lines_of({
    "President Xi Jinping spoke with European Council President Charles Michel and European Commission President Ursula von der Leyen via video link on Friday.",
    "Michel and von der Leyen said that Europe expected China to stay neutral." }, "2022-04-02")
  -- (the pair's words, not "Michel and von der" as what someone said)
  for _, l in ipairs(lines) do ok(not l:find("von der$"), l) end
  local pair = false
  for _, l in ipairs(lines) do
    if l:find("| joint | - | Europe expected China to stay neutral", 1, true) then pair = true end
  end
  ok(pair, table.concat(lines, "\n"))
  eq(sorted_call_pairs(briefing({
    "Prime Minister Margaret Thatcher telephoned de Klerk on Saturday to congratulate him." }, "1990-02-05")),
    { "F. W. de Klerk + Margaret Thatcher" })
end)

test("a speech act told to someone, then 'that'", function()
  local call = "Prime Minister Jacinda Ardern spoke by telephone with Prime Minister Scott Morrison on Monday."
  local lines = lines_of({ call,
    "A New Zealand statement said Ardern had conveyed to Morrison that the deportations were corrosive." }, "2020-03-03")
  ok(has(lines, "New Zealand | Jacinda Ardern | A New Zealand statement | the deportations were corrosive"),
    table.concat(lines, "\n"))
  lines = lines_of({ call, "Ardern expressed to him that the deportations were corrosive, her office said." }, "2020-03-03")
  ok(has(lines, "New Zealand | Jacinda Ardern | her office | the deportations were corrosive"), table.concat(lines, "\n"))
end)
