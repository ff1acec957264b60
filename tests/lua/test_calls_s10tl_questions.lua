-- A yes/no question turn of a transcript or interview, session 10: "he"
-- or "she" with nobody named before it ("Q: Has he spoken to
-- Gorbachev?", "JOURNALIST: Will she speak to Xi?") is the person the
-- questions are about: the subject of the answer turn before it, else
-- the person the question before named; not the latest person named (an
-- adviser or envoy the answer mentions in passing).  Invented
-- transcripts, each answered by a bare "No." (a denied call of the
-- question's people).

local KOHL_DENIED = { "Helmut Kohl + Mikhail Gorbachev: denied" }

-- cases: {paragraphs, date, want}
local function check(cases)
  for _, c in ipairs(cases) do
    eq(sorted_call_pairs(briefing(c[1], c[2]), "status"), c[3], c[1][#c[1] - 1])
  end
end

local KOHL_ANSWER = "A: Chancellor Helmut Kohl has written to President Landsbergis and sent his adviser Horst Teltschik to Moscow."

test("'he' of a yes/no question: the subject of the answer turn before", function()
  check({
    { { "PRESS BRIEFING IN BONN", "Q: What is the Chancellor doing about Lithuania?", KOHL_ANSWER,
      "Q: Has he spoken to President Gorbachev?", "A: No." }, "1990-04-20", KOHL_DENIED },
    { { "DOORSTOP, CANBERRA", "JOURNALIST: Where is the Prime Minister today?",
      "SPOKESMAN: Prime Minister Paul Keating is in Sydney.", "He met Ambassador Richard Woolcott there this morning.",
      "JOURNALIST: Will he telephone President Suharto about the visas?", "SPOKESMAN: No." }, "1994-06-08",
      { "Paul Keating + Suharto: denied" } } })
end)

test("'he' of a yes/no question: the person the question before named", function()
  check({
    -- (the answer speaks of "he" before naming anyone)
    { { "PRESS BRIEFING IN BONN", "Q: Has Chancellor Kohl written to President Landsbergis?",
      "A: Yes, and he sent the letter to Vilnius with his adviser Horst Teltschik.",
      "Q: Will he telephone President Gorbachev as well?", "A: No." }, "1990-04-20", KOHL_DENIED },
    -- (no answer turn between two questions)
    { { "INTERVIEW", "INTERVIEWER: Is President Mitterrand in Paris this week, with his envoy Roland Dumas away?",
      "INTERVIEWER: Has he called Chancellor Kohl?", "ANSWER: No." }, "1990-04-20",
      { "François Mitterrand + Helmut Kohl: denied" } } })
end)

test("someone named before the pronoun: as before", function()
  check({ { { "PRESS BRIEFING IN BONN", "Q: What is the Chancellor doing about Lithuania?", KOHL_ANSWER,
    "Q: Has Mr Teltschik said he spoke to President Gorbachev?", "A: No." }, "1990-04-20",
    { "Horst Teltschik + Mikhail Gorbachev: denied" } } })
end)
