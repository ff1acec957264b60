-- Session 24: corpus23's census (tests/corpus23/CENSUS.md), with sentences
-- of our own.
--
-- * A second surname after a full name the gazetteer knows with one, in a
--   land of two ("President Juan Manuel Santos Calderón"): part of the
--   name, not a namesake of its own (Felipe Calderón of Mexico).
-- * On a page with no date, "X's office ... the Prime Minister": the
--   office its owner ever held is the owner's, as on a dated page.
-- * A noun that needs a medium, with none ("a full and frank exchange of
--   views"), right after a sentence telling a meeting in person and no
--   call: that meeting, no call of the pair named before.
-- * "No such conversation took place", nobody named, after a call: the
--   denial of that call.
-- * "wishes to correct reports that X had a telephone conversation with
--   Y": the correction of reports denies them.
-- * A relative clause without its pronoun, "a plan he said would ...":
--   words describing the noun, not a second report.
-- * ", a presidential spokesman said today": an article before an office's
--   word opens the tail, as before adjectives of rank.
-- * "told deputies", "told legislators": a chamber's members hear words
--   of another occasion, as "told lawmakers" did.

test("'President Juan Manuel Santos Calderón ... Rafael Correa Delgado': no Felipe Calderón", function()
  local b = briefing({ "President Juan Manuel Santos Calderón this afternoon spoke by telephone with the President of Ecuador, Rafael Correa Delgado." }, "2010-09-30")
  eq(call_pairs(b), { "Juan Manuel Santos + Rafael Correa" })
end)

test("'Álvaro Uribe Vélez ... Alan García Pérez', 'Andrés Manuel López Obrador' (the gazetteer's own full name), as before", function()
  eq(call_pairs(briefing({ "President Álvaro Uribe Vélez telephoned President Alan García Pérez on Monday." }, "2008-03-05")),
    { "Alan García + Álvaro Uribe" })
  eq(call_pairs(briefing({ "Andrés Manuel López Obrador spoke with Joe Biden on Monday." }, "2021-03-03")),
    { "Andrés Manuel López Obrador + Joe Biden" })
end)

test("a name of a land of one surname keeps to itself, as before ('Vladimir Putin Tuesday telephoned ...')", function()
  eq(call_pairs(briefing({ "Felipe Calderón telephoned Álvaro Uribe on Monday." }, "2008-03-05")),
    { "Felipe Calderón + Álvaro Uribe" })
  eq(call_pairs(briefing({ "Juan Manuel Santos Tuesday telephoned Hugo Chávez." }, "2010-08-11")),
    { "Hugo Chávez + Juan Manuel Santos" })
end)

local KB = { "Paul Keating and Jim Bolger spoke by telephone on September 5.",
  "According to the Prime Minister's office in Canberra, Mr Keating told his New Zealand counterpart that the test was stupid." }

test("undated page: 'Mr Bolger's office confirmed that no call has taken place between the Prime Minister and President Chirac'", function()
  local b = briefing({ KB[1], KB[2], "Mr Bolger's office confirmed that no call has taken place between the Prime Minister and President Jacques Chirac." }, nil)
  eq(sorted_call_pairs(b, "status"), { "Jacques Chirac + Jim Bolger: denied", "Jim Bolger + Paul Keating: held" })
end)

test("the same on a dated page, as before", function()
  local b = briefing({ KB[1], KB[2], "Mr Bolger's office confirmed that no call has taken place between the Prime Minister and President Jacques Chirac." }, "1995-09-10")
  eq(sorted_call_pairs(b, "status"), { "Jacques Chirac + Jim Bolger: denied", "Jim Bolger + Paul Keating: held" })
end)

test("'met for two hours at Chequers. The communiqué spoke of a full and frank exchange of views': no call", function()
  local b = briefing({ "Soviet officials said there had been no telephone conversation between Mr. Kosygin and President Johnson.",
    "Mr. Kosygin and Mr. Wilson met for a final two hours at Chequers on Sunday.",
    "The communiqué spoke of \"a full and frank exchange of views\" and recorded the intention of the two Governments to conclude a treaty." }, "1967-02-14")
  eq(call_pairs(b, "status"), { "Alexei Kosygin + Lyndon B. Johnson: denied" })
end)

test("an exchange by telephone after a meeting is still a call, as before", function()
  local b = briefing({ "Mr. Kosygin and Mr. Wilson met at Chequers on Sunday.",
    "On Monday the two men had a further exchange by telephone." }, "1967-02-14")
  eq(call_pairs(b), { "Alexei Kosygin + Harold Wilson" })
end)

test("'No such conversation took place.' after a reported call: denied", function()
  local b = briefing({ "Reports said President Mbeki had a telephone conversation with President George W Bush on Sunday.",
    "No such conversation took place." }, "2008-06-24")
  eq(call_pairs(b, "status"), { "George W. Bush + Thabo Mbeki: denied" })
end)

test("'The conversation lasted an hour.' after a call: held, as before", function()
  local b = briefing({ "President Mbeki had a telephone conversation with President George W Bush on Sunday.",
    "The conversation lasted an hour." }, "2008-06-24")
  eq(call_pairs(b, "status"), { "George W. Bush + Thabo Mbeki: held" })
end)

test("'wishes to correct reports in some media that X had a telephone conversation with Y': denied", function()
  local b = briefing({ "The Presidency wishes to correct reports in some media that President Mbeki had a telephone conversation with President George W Bush on Sunday regarding Zimbabwe." }, "2008-06-24")
  eq(call_pairs(b, "status"), { "George W. Bush + Thabo Mbeki: denied" })
end)

test("'it is correct that they spoke': held", function()
  local b = briefing({ "A spokesman said it was correct that President Mbeki had a telephone conversation with President George W Bush on Sunday." }, "2008-06-24")
  eq(call_pairs(b, "status"), { "George W. Bush + Thabo Mbeki: held" })
end)

local C = "President Bush telephoned President Mubarak on Tuesday."

test("'told Bush of a plan he said would free the hostages': one point, as written", function()
  eq(claim_lines(extract({ C, "Mubarak said he had told Bush of a plan he said would free the hostages." }, "1989-08-02")),
    { "Egypt | Hosni Mubarak | - | told Bush of a plan he said would free the hostages" })
  eq(claim_lines(extract({ C, "Mubarak told Bush of a ceasefire Cairo said was holding." }, "1989-08-02")),
    { "Egypt | Hosni Mubarak | - | told Bush of a ceasefire Cairo said was holding" })
end)

test("a nested account still splits: 'The White House said Bush had asked Mubarak for help', as before", function()
  eq(claim_lines(extract({ C, "The White House said Bush had asked Mubarak for help." }, "1989-08-02")),
    { "United States | George H. W. Bush | The White House | asked Mubarak for help" })
end)

test("'forces, which he said endangered ...': the relative clause's words are the point, as before", function()
  eq(claim_lines(extract({ "Putin and Merkel held a telephone conversation initiated by the German side, the Kremlin said.",
    "Putin drew the chancellor's attention to the threat from ultranationalist forces, which he said endangered the lives of Russian citizens in Crimea." }, "2014-03-03")),
    { "Russia | Vladimir Putin | - | endangered the lives of Russian citizens in Crimea" })
end)

test("', a presidential spokesman said today': the tail out of the point", function()
  eq(claim_lines(extract({ "Prime Minister Tanaka telephoned President Park last night to express his condolences on the death of Mrs. Park, a presidential spokesman said today." }, "1974-08-16")),
    { "Japan | Kakuei Tanaka | spokesman | express his condolences on the death of Mrs. Park" })
end)

test("'X told deputies he would ...': words to a chamber, not the call's", function()
  eq(claim_lines(extract({ "President Yeltsin telephoned President Kravchuk on Monday.",
    "Kravchuk told deputies he would take command of all forces on Ukrainian territory." }, "1991-12-04")), {})
  eq(claim_lines(extract({ "President Yeltsin telephoned President Kravchuk on Monday.",
    "Kravchuk told legislators he would take command of all forces on Ukrainian territory." }, "1991-12-04")), {})
end)
