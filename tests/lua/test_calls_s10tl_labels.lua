-- A transcript or interview turn labelled by a bare surname or a name in
-- title case, session 10: "KOHL: ...", "Shushkevich: Then I reached
-- Gorbachev ...", "Mr Howard: I spoke to ...", "REPPAS: ...": "I" or "my"
-- before the call cue is the person the label names (the gazetteer's
-- person of that name, or the one named in full earlier in the page).  An
-- ordinary capitalised word before a colon ("Update:", "Note:") is no
-- label.  Invented transcripts: {header, question, answer, date, want}.

local function check(cases)
  for _, c in ipairs(cases) do
    eq(call_pairs(briefing({ c[1], c[2], c[3], "Q: Anything else?", "A: No." }, c[4]), "date"), c[5], c[3])
  end
end

test("a surname in capitals or in title case the gazetteer knows", function()
  check({
    { "PRESS CONFERENCE IN BONN", "QUESTION: Have you discussed the treaty with Paris?",
      "KOHL: Yesterday I telephoned President Mitterrand about it.", "1991-12-10",
      { "François Mitterrand + Helmut Kohl @ 1991-12-09" } },
    { "An interview with Stanislav Shushkevich", "Question: What did you do after the signing?",
      "Shushkevich: Then I reached Gorbachev by telephone from the lodge.", "1991-12-20",
      { "Mikhail Gorbachev + Stanislav Shushkevich @ 1991-12-20" } },
    { "Transcript of a radio interview", "Interviewer: Prime Minister, have you talked to Washington?",
      "Mr Howard: I spoke to President Clinton by phone last night.", "1999-09-10",
      { "Bill Clinton + John Howard @ 1999-09-09" } } })
end)

test("a surname label in capitals of a person named in full earlier in the page", function()
  -- (the gazetteer does not know the name: the page's own full name)
  check({
    { "Briefing by Deputy Foreign Minister Andreas Lykourentzos", "Q: Has Ankara been in touch?",
      "LYKOURENTZOS: Last night I spoke to Foreign Minister Ismail Cem by telephone.", "1999-09-10",
      { "Andreas Lykourentzos + İsmail Cem @ 1999-09-09" } },
    { "Press conference of Interior Minister Jaroslav Hrdina in Prague", "QUESTION: Did Vienna call you?",
      "MR HRDINA: No, I phoned Chancellor Franz Vranitzky myself on Tuesday.", "1991-03-08",
      { "Franz Vranitzky + Jaroslav Hrdina @ 1991-03-05" } },
    -- (nobody of that surname named before: no speaker)
    { "Briefing at the foreign ministry", "Q: Has Ankara been in touch?",
      "LYKOURENTZOS: Last night I spoke to Foreign Minister Ismail Cem by telephone.", "1999-09-10", {} } })
end)

test("an ordinary capitalised word before a colon is no label", function()
  for _, w in ipairs({ "Update", "Note", "Verdict" }) do
    check({ { "Live coverage of the summit by Andreas Lykourentzos", "Question: Will the leaders meet?",
      w .. ": I spoke with President Mitterrand by telephone, the minister said.", "1991-12-10", {} } })
  end
end)

test("a surname label is the voice of its turns: the speaker's claims and side", function()
  -- (10-people's analysis.voice: "HOWARD:" of "Prime Minister John Howard")
  local d = { "Radio interview with Prime Minister John Howard", "INTERVIEWER: Have you talked to Jakarta?",
    "HOWARD: Yes, I phoned President Habibie last night. I told him that Australia would send peacekeepers only with a UN mandate.",
    "INTERVIEWER: What did he say?", "HOWARD: President Habibie said Indonesia would consider it." }
  eq(call_pairs(briefing(d, "1999-09-08")), { "B. J. Habibie + John Howard" })
  eq(claim_lines(extract(d, "1999-09-08")), {
    "Australia | John Howard | - | Australia would send peacekeepers only with a UN mandate",
    "Australia | B. J. Habibie | - | Indonesia would consider it" })
end)
