-- Claims in a wire story's lead and tail, session 14: "A told B that he
-- hoped ..., a senior official said" is the teller's claim (the pronoun
-- is the subject of "told" when no one was named before; the article of
-- ", a senior ... official said" belongs to the attribution); "A and B
-- agreed on Monday in a phone call to X" is the joint claim "agreed to
-- X"; ", an intervention Y had described as ..." is no attribution.
-- Short invented paragraphs.

test("a tail attribution with an article and a rank", function()
  local ex = extract({ "Prime Minister Mark Rutte told President Emmanuel Macron by phone on Monday that he would back the fund, a senior Dutch official said." },
    "2020-06-23")
  local lines = claim_lines(ex)
  ok(has(lines, "Netherlands | Mark Rutte | Dutch official | he would back the fund"), table.concat(lines, "\n"))
end)

test("an agreement told with the call phrase before its infinitive", function()
  local ex = extract({ "Chancellor Olaf Scholz and President Joe Biden agreed on Friday in a phone call to keep supplying air defence to Ukraine, a German government spokesman said." },
    "2023-05-13")
  local lines = claim_lines(ex)
  ok(has(lines, "Germany | joint | a German government spokesman | agreed to keep supplying air defence to Ukraine"), table.concat(lines, "\n"))
end)

test("a noun phrase with a name inside is no attribution", function()
  local ex = extract({ "Prime Minister Mark Rutte spoke with Chancellor Angela Merkel by telephone on Tuesday.",
    "Rutte said the budget talks had stalled, a view Chancellor Merkel had earlier dismissed as premature." },
    "2020-07-08")
  local lines = claim_lines(ex)
  eq(#lines, 1)
  ok(lines[1]:find("^Netherlands | Mark Rutte | %- | the budget talks had stalled") ~= nil, lines[1])
end)

test("the call a call noun names before the point", function()
  local ex = extract({ "President Nicolas Sarkozy spoke twice with President Dmitry Medvedev on Tuesday, then with President Mikheil Saakashvili.",
    "During the first call with Medvedev, the two men agreed on a six-point plan, the Elysee said." }, "2008-08-13")
  local want
  for _, c in ipairs(ex.claims) do
    if c.text:find("six%-point plan") then want = c.call end
  end
  local medvedev
  for _, c in ipairs(ex.calls) do
    for _, p in ipairs(c.people) do if p.name == "Dmitry Medvedev" then medvedev = c.id end end
  end
  ok(medvedev ~= nil and want == medvedev, tostring(want) .. " / " .. tostring(medvedev))
end)
