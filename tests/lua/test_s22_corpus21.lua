-- Session 22, from the census of tests/corpus21 (written blind), each rule
-- tried on sentences of our own:
--
-- * A bare first surname after the full name of a person of a land of
--   double surnames is that person ("General Juan Velasco Alvarado ...
--   General Velasco"), not a namesake of the gazetteer the page never
--   named (José María Velasco Ibarra, Ecuador's president at the time);
--   a given name with the first surname ("President Eduardo Frei") is
--   the person of those names, the date choosing between father and son.
-- * "According to the spokesman" after "..., a State Department spokesman
--   said" is that spokesman, not a spokesperson named earlier for the
--   other side.
-- * "a spokesman at the White House" is the institution's account, as
--   "a spokesman for the White House" is.
-- * A correspondent's dateline of a weekday alone ("BONN, Tuesday" in
--   Wednesday's paper, on a line of its own or before a dash) is the day
--   "this afternoon" and "last night" count from.

test("'Velasco' after 'Juan Velasco Alvarado' is he, not Velasco Ibarra", function()
  local b = briefing({ "The President of the Revolutionary Government, General Juan Velasco Alvarado, declared a state of emergency.",
    "President Nixon telephoned General Velasco on Monday to offer help." }, "1970-06-03")
  eq(call_pairs(b), { "Juan Velasco Alvarado + Richard Nixon" })
end)

test("a bare first surname in a Spanish-speaking land after a three-word name", function()
  local b = briefing({ "President Carlos Andrés Pérez returned from the summit on Sunday.",
    "Pérez spoke by telephone with President Bush on Monday." }, "1990-12-05")
  eq(call_pairs(b), { "Carlos Andrés Pérez + George H. W. Bush" })
end)

test("a given name and the first of two surnames: 'President Eduardo Frei' in 1970 and in 1998", function()
  eq(call_pairs(briefing({ "General Velasco was also called by President Eduardo Frei of Chile yesterday." }, "1970-06-03")),
    { "Eduardo Frei Montalva + José María Velasco Ibarra" })
  eq(call_pairs(briefing({ "President Eduardo Frei telephoned President Fujimori yesterday." }, "1998-06-03")),
    { "Alberto Fujimori + Eduardo Frei Ruiz-Tagle" })
end)

test("a bare surname the page never gave in full as before", function()
  local b = briefing({ "Velasco Ibarra telephoned President Nixon on Monday." }, "1970-06-03")
  eq(call_pairs(b), { "José María Velasco Ibarra + Richard Nixon" })
end)

test("'According to the spokesman' after an unnamed spokesman of the other side", function()
  local l = claim_lines(extract({ { "Mr Harold Wilson telephoned Herr Brandt this afternoon.", "A Downing Street spokesman said the Prime Minister had expressed his regret." },
    "The Chancellor's spokesman, Herr Rüdiger von Wechmar, said Herr Brandt had thanked Mr Wilson.",
    { "Dr Henry Kissinger, who is in Cairo for talks on a ceasefire, spoke by telephone late on Monday night with Herr Scheel, a State Department spokesman said in Washington.",
      "According to the spokesman, Dr Kissinger said that relations between the two countries were sound." } }, "1974-05-08"))
  eq(#l, 3)
  eq(l[3], "United States | Henry Kissinger | the spokesman | relations between the two countries were sound")
end)

test("'the spokesman' after a named spokesman as before", function()
  local l = claim_lines(extract({ "President Putin spoke by telephone with Chancellor Merkel.",
    "His press secretary Dmitry Peskov confirmed the call.",
    "According to the spokesman, Putin stressed the need for dialogue." }, "2019-03-12"))
  eq(#l, 1)
  ok(l[1]:find("^Russia | Vladimir Putin |"), l[1])
end)

local function call_dates(b)
  local out = {}
  for _, c in ipairs(b.calls) do out[#out + 1] = c.date end
  return out
end

test("'BONN, Tuesday' on a line of its own in Wednesday's paper: 'this afternoon' is Tuesday", function()
  local _, _, b = page_run("THE MORNING TRIBUNE                  Wednesday, May 8, 1974\n\nBrandt goes\n\nFrom Our Own Correspondent\nBONN, Tuesday\n\nHerr Willy Brandt resigned as Chancellor late last night.\n\nMr Harold Wilson telephoned Herr Brandt this afternoon.\n")
  eq(call_dates(b), { "1974-05-07" })
end)

test("'CANBERRA, Thursday -' before the text in Friday's paper", function()
  local _, _, b = page_run("Fiji crisis\n\nFriday, May 15, 1987\n\nCANBERRA, Thursday - Mr Hawke telephoned Ratu Sir Penaia Ganilau this morning to urge a return to constitutional rule.\n")
  eq(call_dates(b), { "1987-05-14" })
end)

test("'PARIS, Tuesday.' as a paragraph of its own", function()
  local _, _, b = page_run("Crisis talks\n\nWednesday, 12 April 1989\n\nPARIS, Tuesday.\n\nPresident Mitterrand telephoned Chancellor Kohl this evening.\n")
  eq(call_dates(b), { "1989-04-11" })
end)

test("a dateline of the page's own weekday keeps the page's day", function()
  local _, _, b = page_run("Crisis talks\n\nWednesday, 12 April 1989\n\nPARIS, Wednesday - President Mitterrand telephoned Chancellor Kohl this morning.\n")
  eq(call_dates(b), { "1989-04-12" })
end)

test("', a spokesman at the White House said': the institution after 'at' is the account", function()
  local l = claim_lines(extract({ "President Nixon telephoned President Pompidou on Monday to discuss the monetary crisis, a spokesman at the White House said." }, "1971-12-08"))
  eq(l, { "United States | Richard Nixon | a spokesman at the White House | discuss the monetary crisis" })
end)

test("', an aide at the Elysee said'", function()
  local l = claim_lines(extract({ "President Mitterrand telephoned Chancellor Kohl on Sunday to discuss the border question, an aide at the Elysee said." }, "1990-03-06"))
  eq(#l, 1)
  ok(l[1]:find("^France | François Mitterrand | an aide at the Elysee |"), l[1])
end)
