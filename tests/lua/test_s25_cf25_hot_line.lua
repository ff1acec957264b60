-- Session 25 (cf25): the lines of the 1960s-70s.  A hot-line or
-- radio-telephone conversation is a call; a verb of speaking by
-- transatlantic or long-distance telephone or over the hot line was one
-- before and stays one.
-- The Washington-Moscow hot line carried text: "sent a hot-line message",
-- "exchanged messages over the hot line", "a hot-line exchange" are no
-- call; a verb of speaking over it is one.  Sentences of our own.

local function st(s, pub) return sorted_call_pairs(briefing({ s }, pub), "status") end

test("a verb of speaking with the line's reach or kind, as before", function()
  eq(st("President Kennedy and Prime Minister Macmillan talked by transatlantic telephone yesterday.", "1962-10-24"),
    { "Harold Macmillan + John F. Kennedy: held" })
  eq(st("Mr. Wilson and President Johnson talked by long-distance telephone on Tuesday.", "1966-02-10"),
    { "Harold Wilson + Lyndon B. Johnson: held" })
  eq(st("Mr. Heath and Mr. Pompidou spoke over the direct telephone on Thursday.", "1973-10-12"),
    { "Edward Heath + Georges Pompidou: held" })
end)

test("a hot-line or radio-telephone conversation, a verb of speaking over the hot line", function()
  eq(st("Mr. Nixon and Mr. Brezhnev held a hot-line conversation on Thursday.", "1973-10-26"),
    { "Leonid Brezhnev + Richard Nixon: held" })
  eq(st("Mr. Heath and Mr. Pompidou had a radio-telephone conversation on Thursday.", "1973-10-12"),
    { "Edward Heath + Georges Pompidou: held" })
  eq(st("Mr. Nixon and Mr. Brezhnev spoke over the hot line on Thursday.", "1973-10-26"),
    { "Leonid Brezhnev + Richard Nixon: held" })
end)

test("guards: the line alone ('by transatlantic telephone, told'), hot-line messages, an exchange over it, officials unnamed, as before", function()
  eq(st("Mr. Wilson, reached by transatlantic telephone in London, said he was pleased.", "1966-02-10"), {})
  eq(st("Mr. Kosygin said in a message over the hot line that he was ready to talk.", "1967-06-06"), {})
  eq(st("Mr. Kosygin sent a hot-line message to President Johnson on Monday.", "1967-06-06"), {})
  eq(st("Mr. Kosygin and President Johnson exchanged messages over the hot line on Monday.", "1967-06-06"), {})
  eq(st("President Nixon and Mr. Brezhnev had a hot-line exchange on Thursday.", "1973-10-26"), {})
  eq(st("Mr. Kosygin used the hot line to send President Johnson a message on Monday.", "1967-06-06"), {})
  eq(sorted_call_pairs(briefing({ "Prime Minister Manmohan Singh telephoned President Musharraf on Saturday.",
    "The two foreign secretaries spoke over the hotline on Saturday, but the line has been silent since." }, "2005-10-11"), "status"),
    { "Manmohan Singh + Pervez Musharraf: held" })
  eq(st("President Kennedy called on Mr. Khrushchev to remove the missiles.", "1962-10-24"), {})
  eq(st("Mr. Wilson held talks with President Johnson in a meeting at the White House.", "1966-02-10"), {})
end)
