-- Session 26: the census of tests/corpus25 (tests/corpus25/CENSUS.md),
-- each cause fixed by a general rule, tested here in sentences of our own.
--
-- * A geographic feature's name is no person's: "After the fighting on
--   Zhenbao Island, the Chinese Premier ..." gave a person "Zhenbao Island"
--   with the office in apposition.
-- * A national title names its country: "the Shah of Iran" was a group of
--   two countries (the title's and the "of" phrase's), and its call came
--   out twice.  "Shahanshah" is the Shah's style in full.
-- * A capital alone before a period is an initial before it is "p." of a
--   page: "Mr. P. V. Narasimha Rao" was cut into two sentences.
-- * A correspondent's dateline with a day and a full stop ("NEW DELHI,
--   May 9. The Prime Minister ...") is a dateline: the story's "today" is
--   its day, a day before the paper's.
-- * "I spoke with X, to convey our concern at the detention of Y": the
--   purpose after a comma tells what the call was about, its people are no
--   parties (the voice of the release and X are).
-- * A try told first ("tried to reach X by telephone"), then "No
--   conversation took place": the try failed, one denied call.
-- * "no plans at this stage for X to speak with Y" is denied, as "no plans
--   for X to ..." was; "has not yet spoken to X, ..., but expects to do so"
--   is planned.
-- * A question's cue ("Asked whether X had spoken with Y") beside a call
--   phrase of its own in the answer ("there had been no telephone
--   conversation between X and Y") names no call of its own.

test("a place's name is no person's: the office after it is the caller", function()
  eq(call_pairs(briefing({ "After the fighting on Zhenbao Island, the Soviet Premier telephoned President Johnson." }, "1969-03-20")),
    { "Alexei Kosygin + Lyndon B. Johnson" })
  eq(call_pairs(briefing({ "Days after the storm reached the Ussuri River, the Soviet Premier telephoned President Johnson." }, "1968-06-20")),
    { "Alexei Kosygin + Lyndon B. Johnson" })
end)

test("'the Shah of Iran': one person, one call; his style in full", function()
  eq(call_pairs(briefing({ "President Sadat telephoned the Shah of Iran on Monday night." }, "1978-11-08"), "date"),
    { "Anwar Sadat + Mohammad Reza Pahlavi @ 1978-11-06" })
  eq(call_pairs(briefing({ "King Hussein telephoned the Shahanshah on Sunday to offer his support." }, "1978-09-12"), "date"),
    { "King Hussein + Mohammad Reza Pahlavi @ 1978-09-10" })
  eq(call_pairs(briefing({ "King Hussein spoke by telephone with His Majesty the King of Morocco on Sunday." }, "1978-09-12")),
    { "Hassan II + King Hussein" })
end)

local function page_calls(text)
  local _, _, b = page_run(text)
  return sorted_call_pairs(b, "basis")
end

test("initials are no sentence's end; a correspondent's dateline dates 'today'", function()
  eq(page_calls("---\ntitle: Rao rings Clinton\ndate: 1994-05-11\n---\n\nRao rings Clinton\n\nThe Prime Minister, Mr. P. V. Narasimha Rao, spoke by telephone on Monday with President Clinton.\n"),
    { "Bill Clinton + P. V. Narasimha Rao @ 1994-05-09 (relative)" })
  eq(page_calls("---\ntitle: Rao rings Clinton\ndate: 1994-05-10\n---\n\nRao rings Clinton\n\nNEW DELHI, May 9. The Prime Minister, Mr. P. V. Narasimha Rao, today spoke by telephone with President Clinton.\n"),
    { "Bill Clinton + P. V. Narasimha Rao @ 1994-05-09 (relative)" })
  -- (no day in the line: today is the page's, as before)
  eq(page_calls("---\ntitle: Rao rings Clinton\ndate: 1994-05-10\n---\n\nRao rings Clinton\n\nNEW DELHI. The Prime Minister, Mr. P. V. Narasimha Rao, today spoke by telephone with President Clinton.\n"),
    { "Bill Clinton + P. V. Narasimha Rao @ 1994-05-10 (relative)" })
  -- (a page's "p." before a number stays no initial)
  local d = page_run("Figures\n\nMay 10, 1994\n\nThe figures are on p. 4. They were revised on Monday.\n")
  eq(#d.sentences, 3)
end)

test("'I spoke with X, to convey our concern at the detention of Y': the speaker and X", function()
  eq(call_pairs(briefing({ "MINISTER FOR FOREIGN AFFAIRS", "THE HON ALEXANDER DOWNER MP", "MEDIA RELEASE",
      "I spoke by telephone this morning with the Prime Minister of Papua New Guinea, Sir Mekere Morauta, to express our concern at the arrest of the Governor, Mr John Smith." }, "2000-06-02")),
    { "Alexander Downer + Mekere Morauta" })
  -- (a named subject, as before)
  eq(call_pairs(briefing({ "Mr Downer spoke by telephone with Sir Mekere Morauta, to express concern at the arrest of the Governor, Mr John Smith." }, "2000-06-02")),
    { "Alexander Downer + Mekere Morauta" })
end)

test("a try, then 'No conversation took place': one denied call", function()
  eq(call_pairs(briefing({ "Premier Kosygin tried to reach President Johnson by telephone on Monday.", "No conversation took place." }, "1967-06-08"), "status"),
    { "Alexei Kosygin + Lyndon B. Johnson: denied" })
  -- (a call held, then its words: held, as before)
  eq(call_pairs(briefing({ "Premier Kosygin spoke to President Johnson by telephone on Monday.", "The conversation took place at noon." }, "1967-06-08"), "status"),
    { "Alexei Kosygin + Lyndon B. Johnson: held" })
end)

test("'no plans at this stage for X to speak with Y': denied; 'not yet ..., but expects to do so': planned", function()
  eq(call_pairs(briefing({ "A government spokesman said there were no plans at this stage for Abe to speak with Moon." }, "2019-07-10"), "status"),
    { "Moon Jae-in + Shinzo Abe: denied" })
  eq(call_pairs(briefing({ "Officials said there were no plans as yet for Abe to call Moon." }, "2019-07-10"), "status"),
    { "Moon Jae-in + Shinzo Abe: denied" })
  eq(call_pairs(briefing({ "President Ramaphosa has not yet spoken to President Mnangagwa, his office said on Friday, but expects to do so in the coming days." }, "2019-01-18"), "status"),
    { "Cyril Ramaphosa + Emmerson Mnangagwa: planned" })
  eq(call_pairs(briefing({ "President Ramaphosa has not spoken to President Mnangagwa, but will do so on Monday." }, "2019-01-18"), "status"),
    { "Cyril Ramaphosa + Emmerson Mnangagwa: planned" })
  -- (no plan after the "but": denied, as before)
  eq(call_pairs(briefing({ "President Ramaphosa has not yet spoken to President Mnangagwa, but officials said the crisis was grave." }, "2019-01-18"), "status"),
    { "Cyril Ramaphosa + Emmerson Mnangagwa: denied" })
end)

test("'Asked whether X had spoken with Y, ... no telephone conversation between X and Y': one denied call", function()
  eq(call_pairs(briefing({ "Asked whether Chancellor Kohl had himself spoken with President Mitterrand, the spokesman said that there had been no telephone conversation between Mr. Kohl and Mr. Mitterrand." }, "1990-03-02"), "status"),
    { "François Mitterrand + Helmut Kohl: denied" })
  -- (a question answered by nothing names no call, as before)
  eq(call_pairs(briefing({ "Asked whether Chancellor Kohl had spoken with President Mitterrand, the spokesman declined to comment." }, "1990-03-02")), {})
  -- (answered "No": denied, as before)
  eq(call_pairs(briefing({ "Asked whether Chancellor Kohl had spoken with President Mitterrand, the spokesman said no." }, "1990-03-02"), "status"),
    { "François Mitterrand + Helmut Kohl: denied" })
end)
