-- Messages sent or written to others than the call's party, told in an
-- account of the call, session 11: "the Kremlin said Putin had also sent
-- messages on the plan to the leaders of ...", "... had written to the
-- G20 leaders": another contact, no content of the call (as a call to
-- someone not on it, session 9).  What one leader told the other about a
-- letter stays.  Invented reports.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end

test("a message to others is no claim of the call", function()
  eq(lines({ "President Jacques Chirac spoke by telephone with President Vladimir Putin on Tuesday.",
    "The Elysee said Chirac had also sent messages on the crisis to the leaders of Germany, Italy and Spain." }, "2003-03-11"),
    {})
  eq(lines({ "President Recep Tayyip Erdogan spoke by telephone with Chancellor Angela Merkel on Sunday.",
    "Erdogan's office said he had also written to the other leaders of the G20 about the refugees." }, "2015-11-09"),
    {})
  eq(lines({ "Prime Minister Yukio Hatoyama spoke by telephone with President Hu Jintao on Friday.",
    "Officials in Tokyo said Hatoyama had sent a letter to the South Korean president as well." }, "2009-10-02"),
    {})
end)

test("what one told the other about a letter stays", function()
  eq(lines({ "President Jacques Chirac spoke by telephone with President Vladimir Putin on Tuesday.",
    "The Elysee said Chirac had told Putin that France would send a letter to the Security Council." }, "2003-03-11"),
    { "France | Jacques Chirac | The Elysee | France would send a letter to the Security Council" })
  eq(lines({ "President Jacques Chirac spoke by telephone with President Vladimir Putin on Tuesday.",
    "The Elysee said Chirac had sent a personal message to Putin on the crisis." }, "2003-03-11"),
    { "France | Jacques Chirac | The Elysee | Chirac had sent a personal message to Putin on the crisis" })
end)

-- (and the contact verbs of a round of consultations: "consulting
-- coalition leaders by telephone", "had been telephoning other leaders")
test("consultations with others are no claim of the call", function()
  eq(lines({ "President George Bush telephoned President Turgut Ozal on Thursday evening.",
    "White House officials said the president spent the late hours consulting coalition leaders by telephone." }, "1991-01-18"),
    {})
  eq(lines({ "President Jacques Chirac spoke by telephone with President Vladimir Putin on Tuesday.",
    "The Elysee said Chirac had been telephoning other European leaders all day." }, "2003-03-11"),
    {})
  eq(lines({ "President Jacques Chirac spoke by telephone with President Vladimir Putin on Tuesday.",
    "The Elysee said Chirac had consulted Putin on the wording of the resolution." }, "2003-03-11"),
    { "France | Jacques Chirac | The Elysee | Chirac had consulted Putin on the wording of the resolution" })
end)
