-- Session 27: the census of tests/corpus26 (tests/corpus26/CENSUS.md),
-- each cause fixed by a general rule, tested here in sentences of our own.
--
-- * A surname compounded with hyphens is used by its first part alone
--   ("General Zia" after "General Muhammad Zia-ul-Haq"): that person, not
--   a namesake the gazetteer has of the short form.
-- * "Speaking at Parliament today, X said he had told Y ...": a participle
--   opening the sentence, with no counterpart and no medium, is the
--   subject's public speaking, no call.
-- * "Dr. X, the United Nations representative here," and "Mr. X, the
--   French ambassador,": the person serves that side; a call with his own
--   side's leader is no call between states or bodies.  A person is of
--   the body whose office he holds on the day (Kurt Waldheim of the United
--   Nations in 1974, not of Austria).
-- * "Nixon calls up reservists": "call up" with no one called is no call.
-- * "He would not say how long the conversation lasted": the modal is the
--   telling's, the call no planned one.
-- * "The West German account of the call, released in Bonn by a
--   spokesman, ...  The spokesman said X had told Y ...": that account's
--   spokesman, not the other side's named before.
-- * A press office named in a page title of several header lines run
--   together, on a page of no outlet, with a dateline: the office's
--   release, every claim that country's account.
-- * "X indicated that ...": a verb of saying; "before the meeting" inside
--   what was said is no earlier occasion of the saying.

local function page_claims(text)
  local _, ex = page_run(text)
  return claim_lines(ex)
end

local function page_calls(text, with)
  local _, _, b = page_run(text)
  return sorted_call_pairs(b, with or "date")
end

test("a compounded surname's first part alone: the person named in full before", function()
  eq(sorted_call_pairs(briefing({ "General Muhammad Zia-ul-Haq addressed the nation on Monday.",
    "The Shah telephoned General Zia on Tuesday." }, "1978-03-09"), "date"),
    { "Mohammad Reza Pahlavi + Muhammad Zia-ul-Haq @ 1978-03-07" })
end)

test("'Speaking at Parliament today, X said he had told Y': no second call", function()
  eq(sorted_call_pairs(briefing({ "The Prime Minister, Mr Kirk, telephoned Mr Whitlam on Sunday night.",
    "Speaking at Parliament today, Mr Kirk said he had told Mr Whitlam that New Zealand would stand by Australia." },
    "1973-03-13"), "date"),
    { "Gough Whitlam + Norman Kirk @ 1973-03-11" })
  -- (a medium in the participle's clause: a call)
  eq(sorted_call_pairs(briefing({ "Speaking by telephone from Canberra, Mr Whitlam told Mr Kirk that Australia was grateful." },
    "1973-03-13"), "date"),
    { "Gough Whitlam + Norman Kirk @ 1973-03-13" })
end)

test("an official's post after his name: his side; a body's officer of the day", function()
  eq(sorted_call_pairs(briefing({ "Dr. Henrik Salvesen, the United Nations representative here, spoke by telephone with Mr. Waldheim on Monday." },
    "1974-08-14")), {})
  eq(sorted_call_pairs(briefing({ "Mr. Jean Dupont, the French ambassador, spoke by telephone with President Giscard d'Estaing on Monday." },
    "1975-08-14")), {})
  -- (the UN's Secretary-General with a head of government: a call)
  eq(sorted_call_pairs(briefing({ "Mr. Waldheim spoke by telephone with Chancellor Kreisky on Monday." }, "1974-08-14")),
    { "Bruno Kreisky + Kurt Waldheim" })
end)

test("'X calls up reservists' is no call; 'would not say how long the conversation lasted' plans none", function()
  eq(page_calls("Crisis deepens\n\nNixon calls up reservists; Brandt urges calm\n\nJune 3, 1970\n\nThe President ordered reservists to active duty today.\n"), {})
  local _, ex = page_run("Report\n\nMay 12, 1971\n\nPresident Nixon spoke by telephone with Chancellor Brandt this morning, the White House said. Press secretary Ronald Ziegler told reporters the President had assured Herr Brandt that the alliance was firm. He would not say how long the conversation lasted.\n")
  local st = {}
  for _, c in ipairs(ex.calls) do st[#st + 1] = c.status end
  eq(st, { "held" })
end)

test("the spokesman of the account the sentence before opened", function()
  eq(page_claims("Report\n\nMay 12, 1971\n\nPresident Nixon spoke by telephone with Chancellor Brandt this morning, the White House said. Press secretary Ronald Ziegler told reporters the President had assured Herr Brandt that the alliance was firm.\n\nThe West German account of the call, released in Bonn this evening by a spokesman, put the emphasis elsewhere. The spokesman said Chancellor Brandt had told Mr. Nixon that the currency crisis must be settled quickly.\n"),
    { "United States | Richard Nixon | Press secretary Ronald Ziegler | the alliance was firm",
      "Germany | Willy Brandt | The spokesman | the currency crisis must be settled quickly" })
end)

test("a press office in a title of header lines run together: its country's release", function()
  eq(page_claims("BUNDESPRESSEAMT Press and Information Office of the Federal Government English version\n\nBonn, 14 March 1985\n\nFederal Chancellor Kohl today had a telephone conversation with President Mitterrand. President Mitterrand stressed that the summit must succeed.\n"),
    { "Germany | François Mitterrand | Press and Information Office of the Federal Government | the summit must succeed" })
end)

test("'X indicated that ... before the meeting': X's claim of the call", function()
  eq(page_claims("Report\n\nMay 12, 1989\n\nPrime Minister Hawke spoke by telephone with President Mitterrand this morning.\n\nPresident Mitterrand indicated that France wished to study the proposal before the meeting.\n"),
    { "France | François Mitterrand | - | France wished to study the proposal before the meeting" })
  -- (before the saying, it is still the earlier occasion's)
  eq(page_claims("Report\n\nMay 12, 1989\n\nPrime Minister Hawke spoke by telephone with President Mitterrand this morning.\n\nPresident Mitterrand had said before the meeting that France wished to study the proposal.\n"),
    {})
end)

test("a minister off the call telling what names none of its people: no claim of it", function()
  eq(page_claims("Report\n\nJanuary 9, 2023\n\nArgentine President Alberto Fernández spoke with Lula by telephone on Sunday night, the Casa Rosada said this morning.\n\nJustice Minister Flávio Dino said overnight that the authorities would identify those who paid for the buses.\n"),
    {})
  -- (one who names a participant still tells of the call)
  eq(page_claims("Report\n\nJanuary 9, 2023\n\nArgentine President Alberto Fernández spoke with Lula by telephone on Sunday night, the Casa Rosada said this morning.\n\nForeign Minister Mauro Vieira said Fernández had offered help.\n"),
    { "Brazil | Alberto Fernández | Foreign Minister Mauro Vieira | offered help" })
end)

test("'stayed on the line with one of the guards, and promised him ...': that contact's words", function()
  eq(page_claims("Report\n\nSeptember 10, 2011\n\nDuring the night Prime Minister Benjamin Netanyahu stayed on the line with one of the guards from the situation room, and promised him that Israel would get them out.\n\nIn the early hours of Saturday Netanyahu called US President Barack Obama and asked for his help.\n"),
    { "Israel | Benjamin Netanyahu | - | asked for his help" })
end)

test("'X gave its own account: ...': what follows the colon is X's account", function()
  eq(page_claims("Report\n\nJanuary 9, 2023\n\nUS President Joe Biden spoke by phone with Lula this afternoon. According to the White House readout, Biden condemned the violence.\n\nThe Planalto gave its own account: Lula thanked Biden for the solidarity of the American people, the statement said.\n"),
    { "United States | Joe Biden | White House readout | condemned the violence",
      "Brazil | Luiz Inácio Lula da Silva | Planalto | thanked Biden for the solidarity of the American people" })
end)
