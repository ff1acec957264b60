-- Claims (session 5, third round): official readouts whose outlet is a
-- government body, bare titles as subjects, lists in readouts, quotations
-- attributed through a hearer, joint accounts.  Each case is a small
-- article written for the test and fails without the rule it names
-- (plugins/extract/30-claims.lua, lua/speech.lua, data/extract/speech.yaml,
-- plugins/link/40-claims.lua).

local lines = claim_lines

test("a government body as outlet: a masthead line names its country", function()
  local ex = extract({
    "Prime Minister Mette Frederiksen spoke with the President of Kenya, Mr. William Ruto, today.",
    "The two leaders agreed to deepen cooperation on climate finance and maritime security.",
    "The leaders agreed to stay in touch." }, "2023-05-04",
    { outlet = "Information Service", title = "PM speaks with President of Kenya",
      dropped = { { reason = "masthead", text = "Information Service" },
                  { reason = "masthead", text = "Government of Denmark" } } })
  eq(lines(ex), {
    "Denmark | joint | Information Service | agreed to deepen cooperation on climate finance and maritime security",
    "Denmark | joint | Information Service | agreed to stay in touch" })
end)

test("a government body as outlet: else the side the readout names without a nationality", function()
  -- (a body the gazetteer does not know: India's Press Information Bureau
  -- is known, and would give India)
  local ex = extract({
    "Prime Minister Mette Frederiksen spoke with Kenyan President William Ruto today.",
    "The two leaders agreed to deepen cooperation on climate finance and maritime security." }, "2023-05-04",
    { outlet = "Government Communications Bureau", title = "PM speaks with President of Kenya" })
  eq(lines(ex), {
    "Denmark | joint | Government Communications Bureau | agreed to deepen cooperation on climate finance and maritime security" })
end)

test("a reporting clause between subject and verb: 'X, a source said, told Y that ...'", function()
  local ex = extract({
    "Chancellor Olaf Scholz spoke by telephone with Polish President Andrzej Duda on Monday.",
    "Scholz, a Polish official said, told Duda that Germany would deliver the tanks within weeks." }, "2023-01-24")
  eq(lines(ex), { "Poland | Olaf Scholz | a Polish official | Germany would deliver the tanks within weeks" })
end)

test("the hearer picks the call among one caller's calls, for each point it hears", function()
  local ex = extract({
    "Chancellor Olaf Scholz spoke by telephone to Polish President Andrzej Duda and to Czech President Petr Pavel on Monday.",
    "Scholz, a Polish official said, told Duda that Germany would deliver the tanks and that \"the window may close soon\"." },
    "2023-01-24")
  eq(#ex.claims, 1)
  local call
  for _, c in ipairs(ex.calls) do if c.id == ex.claims[1].call then call = c end end
  local names = {}
  for _, p in ipairs(call.people) do names[#names + 1] = p.name or p.text end
  table.sort(names)
  eq(names, { "Andrzej Duda", "Olaf Scholz" })
  eq(lines(ex), { "Poland | Olaf Scholz | a Polish official | Germany would deliver the tanks; the window may close soon" })
end)

test("a government body the gazetteer does not know speaks for the home side: 'the Royal Cabinet said'", function()
  local ex = extract({
    "King Mohammed VI received a phone call on Tuesday from French President Emmanuel Macron.",
    "The Royal Cabinet said the two heads of state agreed to prepare a state visit in the autumn." }, "2024-03-20")
  eq(lines(ex), { "Morocco | joint | The Royal Cabinet | agreed to prepare a state visit in the autumn" })
end)

test("a quotation before 'X said in a statement issued on Monday': the quotation is the point", function()
  local ex = extract({
    "French President Emmanuel Macron and Ukrainian President Volodymyr Zelensky spoke by phone on Monday.",
    "\"France will deliver more air defence systems within weeks,\" Elysee spokeswoman Maud Bregeon said in a statement released late on Monday." },
    "2024-03-19")
  eq(#ex.claims, 1)
  eq(ex.claims[1].text, "France will deliver more air defence systems within weeks")
  eq(ex.claims[1].side, "France")
end)

test("'X's aides said' is X's side, not the account before it", function()
  local ex = extract({
    "U.S. President Joe Biden spoke by phone with French President Emmanuel Macron on Tuesday.",
    "According to the White House readout, Biden thanked Macron for his support on Ukraine.",
    "Macron's aides said he told Biden that Europe would raise its own defence spending." }, "2024-02-28")
  eq(lines(ex), {
    "United States | Joe Biden | White House readout | thanked Macron for his support on Ukraine",
    "France | Emmanuel Macron | Macron's aides | Europe would raise its own defence spending" })
end)

test("'once again' is an adverb, not a clause: 'Putin once again underlined ...'", function()
  local ex = extract({
    "Russian President Vladimir Putin and U.S. President Barack Obama spoke by phone on Thursday.",
    "Putin once again underlined the need for an immediate ceasefire in eastern Ukraine." }, "2014-07-18")
  eq(lines(ex), { "Russia | Vladimir Putin | - | underlined the need for an immediate ceasefire in eastern Ukraine" })
end)
