-- Session 25: corpus24's census (tests/corpus24/CENSUS.md), with sentences
-- of our own.
--
-- * "the Federal Prime Minister of Nigeria", "the Federal President":
--   the federal styles of offices roles.yaml knew only for the chancellor.
-- * An office's long style of bodies no list knows, before its holder in
--   apposition: "the Chairman of the Council of State of the GDR, Erich
--   Honecker" names Honecker (the style's country, when it names one).
-- * A state's organs after its adjective are no name: "the Chairman of
--   the GDR Council of State" was a person "Council".
-- * "spoke to opposition leader X": a lower-case word saying which leader
--   (opposition, rebel, exiled ...) before a title and a known person.
-- * "It was placed by Mr. Wilson, a spokesman said": who placed the call,
--   told of "it", is call data, no claim.
-- * ", Mr. Powell said, without naming them": the manner of the telling,
--   no claim; after the attribution, no part of the point either.
-- * "The South Korean Government's spokesman said ...": the teller owned
--   by a body of a side speaks for that side (the owner was left out, and
--   the page's home side taken).
-- * "The spokesman said President Putin had ...", no spokesperson or
--   body before it: the person reported gives the side, as for "a
--   spokesman" (it was the side in focus, the other party's).
-- * An official not on the call telling someone else not on it ("Vice
--   Minister Hogen told the Korean ambassador in person that ..."):
--   another occasion, no claim of the call.
-- * "Chief Cabinet Secretary X told a press conference that Tanaka had
--   told the Korean Premier ...": Japan's briefer (roles.yaml's "chief
--   cabinet secretary", call_people's BRIEFERS) speaks for the side as a
--   spokesperson does; the press conference is no other occasion.

test("'the Federal Prime Minister of Nigeria, Sir Abubakar Tafawa Balewa': the prime minister", function()
  eq(call_pairs(briefing({ "Mr. Wilson is expected to telephone the Federal Prime Minister of Nigeria, Sir Abubakar Tafawa Balewa, later this week." }, "1966-01-05"), "status"),
    { "Abubakar Tafawa Balewa + Harold Wilson: planned" })
  eq(call_pairs(briefing({ "Mr. Wilson is expected to telephone the Federal Prime Minister of Nigeria later this week." }, "1966-01-05"), "status"),
    { "Abubakar Tafawa Balewa + Harold Wilson: planned" })
  eq(call_pairs(briefing({ "Chancellor Kohl spoke by telephone on Monday with the Federal President of Austria, Kurt Waldheim." }, "1988-03-15")),
    { "Helmut Kohl + Kurt Waldheim" })
end)

test("an office's long style before its holder: 'the Chairman of the Council of State of the GDR, Erich Honecker'", function()
  eq(call_pairs(briefing({ "Chancellor Schmidt spoke by telephone yesterday with the Chairman of the Council of State of the GDR, Erich Honecker." }, "1980-08-22"), "date"),
    { "Erich Honecker + Helmut Schmidt @ 1980-08-21" })
  eq(call_pairs(briefing({ "Chancellor Schmidt had a telephone conversation on Wednesday with the First Secretary of the Central Committee of the Polish United Workers' Party, Edward Gierek." }, "1980-08-22")),
    { "Edward Gierek + Helmut Schmidt" })
end)

test("a state's organ after its adjective is nobody: 'the Chairman of the GDR Council of State'", function()
  eq(call_pairs(briefing({ "Schmidt spoke by phone with the Chairman of the GDR Council of State on Thursday." }, "1980-08-22")), {})
end)

test("'spoke to opposition leader Raila Odinga', after a call: one more call", function()
  local K = "U.S. Secretary of State Condoleezza Rice spoke by phone on Monday with President Mwai Kibaki."
  eq(call_pairs(briefing({ K, "Rice had spoken to opposition leader Raila Odinga on Sunday." }, "2007-12-31"), "date"),
    { "Condoleezza Rice + Raila Odinga @ 2007-12-30", "Condoleezza Rice + Mwai Kibaki @ 2007-12-31" })
  eq(call_pairs(briefing({ K, "Rice had spoken to Kenyan opposition leader Raila Odinga on Sunday." }, "2007-12-31")),
    { "Condoleezza Rice + Raila Odinga", "Condoleezza Rice + Mwai Kibaki" })
end)

test("'spoke to reporters', 'spoke to opposition supporters': no call, as before", function()
  local K = "U.S. Secretary of State Condoleezza Rice spoke by phone on Monday with President Mwai Kibaki."
  eq(call_pairs(briefing({ K, "Rice later spoke to opposition supporters in Washington." }, "2007-12-31")),
    { "Condoleezza Rice + Mwai Kibaki" })
end)

test("'It was placed by Mr. Wilson, a spokesman said': who placed the call, no claim", function()
  local K = "Mr. Wilson spoke by radio-telephone last night with President Kenneth Kaunda of Zambia."
  eq(claim_lines(extract({ K, "It was placed by Mr. Wilson, a Downing Street spokesman said this morning." }, "1966-01-05")), {})
  eq(claim_lines(extract({ K, "It was a useful exchange, a Downing Street spokesman said this morning." }, "1966-01-05")),
    { "United Kingdom | joint | Downing Street spokesman | It was a useful exchange" })
end)

test("', Mr. Powell said, without naming them': the manner of the telling, no claim", function()
  local K = "President Carter spoke by telephone with Prime Minister Trudeau on Wednesday."
  eq(claim_lines(extract({ K, "Mr. Carter told Mr. Trudeau that trade would grow, the White House said, without giving details." }, "1977-11-04")),
    { "United States | Jimmy Carter | White House | trade would grow" })
end)

test("'The South Korean Government's spokesman said ...': that government's side", function()
  local K = "Premier Kakuei Tanaka spoke by telephone yesterday with South Korean Premier Kim Jong-pil."
  eq(claim_lines(extract({ K, "The South Korean Government's spokesman said Premier Kim Jong-pil had expressed his regret over the incident." }, "1973-08-15")),
    { "South Korea | Kim Jong-pil | The South Korean Government's spokesman | expressed his regret over the incident" })
  eq(claim_lines(extract({ "Erdogan spoke by phone with Putin on Monday.", "The Turkish presidency's spokesman said Erdogan had stressed the need for calm." }, "2020-03-03")),
    { "Turkey | Recep Tayyip Erdoğan | The Turkish presidency's spokesman | stressed the need for calm" })
end)

test("'The spokesman said President Putin had ...' with no spokesman before: the person's side", function()
  eq(claim_lines(extract({ "Erdogan spoke by phone with Putin on Monday.", "The spokesman said President Putin had stressed the need for calm." }, "2020-03-03")),
    { "Russia | Vladimir Putin | The spokesman | stressed the need for calm" })
end)

test("'the spokesman' after a spokesman named before: his side, as before", function()
  eq(claim_lines(extract({ "Erdogan spoke by phone with Putin on Monday, Erdogan's spokesman Ibrahim Kalin said.", "The spokesman said Putin had agreed to a ceasefire." }, "2020-03-03")),
    { "Turkey | Vladimir Putin | The spokesman | agreed to a ceasefire" })
end)

test("an official not on the call telling another official: no claim of the call", function()
  local K = "Premier Kakuei Tanaka spoke by telephone yesterday with South Korean Premier Kim Jong-pil."
  eq(claim_lines(extract({ K, "Vice Minister Shinsaku Hogen told the Korean ambassador in person that Japan reserved its position." }, "1973-08-15")), {})
end)

test("a spokesman telling reporters, as before", function()
  eq(claim_lines(extract({ "Erdogan spoke by phone with Putin on Monday.", "Kremlin spokesman Dmitry Peskov told reporters that Putin had stressed the need for calm." }, "2020-03-03")),
    { "Russia | Vladimir Putin | Kremlin spokesman | stressed the need for calm" })
end)

test("'Chief Cabinet Secretary X told a press conference that ...': the side's briefer", function()
  local K = "Premier Kakuei Tanaka was telephoned late yesterday by South Korean Premier Kim Jong-pil."
  eq(claim_lines(extract({ K, "Chief Cabinet Secretary Susumu Nikaido told a press conference this morning that Mr. Tanaka had told the Korean Premier that the affair \"cannot be overlooked\"." }, "1973-08-15")),
    { "Japan | Kakuei Tanaka | Chief Cabinet Secretary Susumu Nikaido | the affair \"cannot be overlooked\"" })
end)

test("a minister not on the call telling a press conference: another occasion, as before", function()
  local K = "Premier Kakuei Tanaka was telephoned late yesterday by South Korean Premier Kim Jong-pil."
  eq(claim_lines(extract({ K, "Finance Minister Takeo Fukuda told a press conference that the economy would grow." }, "1973-08-15")), {})
end)
