-- Transcript labels written with a full stop instead of a colon, session
-- 10: "Q. Did ...?" / "A. No.", and "Question." / "Answer." (which the
-- segmenter leaves as sentences of their own) read as "Q:" / "A:" do: a
-- yes/no question about a call reports none, and its denied answer denies
-- it; an interview's "A." is the person its header names.  The initial of
-- a name ("A. B. Vajpayee said ...") is no label.  Invented transcripts.

local function st(paras, pub) return sorted_call_pairs(briefing(paras, pub), "status") end

local LEAD = "Chancellor Gerhard Schroeder held a telephone conversation with President Jacques Chirac on Monday."

test("a question and its denied answer with full-stop labels", function()
  local denied = { "Gerhard Schröder + Jacques Chirac: held", "Gerhard Schröder + Tony Blair: denied" }
  eq(st({ LEAD, "Q. Has the Chancellor also talked to Prime Minister Blair?", "A. No." }, "2003-02-11"), denied)
  eq(st({ LEAD, "Q. Did the Chancellor phone Prime Minister Blair as well?", "A. No, not yet." }, "2003-02-11"), denied)
  eq(st({ LEAD, { "Question.", "Did the Chancellor also telephone Prime Minister Blair?" },
    { "Answer.", "No, he was not." } }, "2003-02-11"), denied)
  eq(st({ LEAD, { "QUESTION.", "Will the Chancellor speak to Prime Minister Blair?" },
    { "ANSWER.", "There is no telephone call with him planned." } }, "2003-02-11"), denied)
end)

test("a full-stop question answered yes, or not answered, reports no call", function()
  local held = { "Gerhard Schröder + Jacques Chirac: held" }
  eq(st({ LEAD, "Q. Did the Chancellor speak with Prime Minister Blair?", "A. We will tell you later." }, "2003-02-11"), held)
  -- (a paragraph read as one sentence: "Question." is still a label)
  eq(st({ LEAD, "Question. Did the Chancellor speak with Prime Minister Blair?", "Answer. We will tell you later." },
    "2003-02-11"), held)
  eq(st({ LEAD, { "Question.", "Did the Chancellor speak with Prime Minister Blair?" },
    { "Answer.", "I cannot say." } }, "2003-02-11"), held)
end)

test("an interview's A. is the person its header names", function()
  local d = { "Interview with Prime Minister John Howard", "Q. Have you been in touch with Jakarta this week?",
    "A. Yes, I telephoned President Habibie on Tuesday night.", "Q. Anything more?", "A. Not today." }
  eq(call_pairs(briefing(d, "1999-09-10"), "date"), { "B. J. Habibie + John Howard @ 1999-09-07" })
  local d2 = { "Interview with Prime Minister John Howard", { "Question.", "Have you been in touch with Jakarta?" },
    { "Answer.", "Yes, I telephoned President Habibie on Tuesday night." }, { "Question.", "Anything more?" },
    { "Answer.", "Not today." } }
  eq(call_pairs(briefing(d2, "1999-09-10"), "date"), { "B. J. Habibie + John Howard @ 1999-09-07" })
end)

test("a name's initial is no label", function()
  -- ("A. B. Vajpayee" opens the paragraph: he is the one who phoned)
  eq(st({ "A. B. Vajpayee telephoned President Pervez Musharraf on Sunday.", "Q. Did he call anyone else?",
    "A. Not that we know of." }, "2001-07-16"), { "Atal Bihari Vajpayee + Pervez Musharraf: held" })
end)

test("he in a full-stop question is the person the questions are about", function()
  -- (not the envoy the answer names in passing)
  local d = { "Briefing by the State Department spokesman", "Q. What is the Secretary doing about Bosnia?",
    "A. Secretary Christopher saw the envoy, Charles Redman, this morning.",
    "Q. Will he call Foreign Minister Andrei Kozyrev today?", "A. No, he will not." }
  eq(st(d, "1994-02-10"), { "Andrei Kozyrev + Warren Christopher: denied" })
  local d2 = { "Briefing by the State Department spokesman", { "Question.", "What is the Secretary doing about Bosnia?" },
    { "Answer.", "Secretary Christopher saw the envoy, Charles Redman, this morning." },
    { "Question.", "Will he call Foreign Minister Andrei Kozyrev today?" }, { "Answer.", "No, he will not." } }
  eq(st(d2, "1994-02-10"), { "Andrei Kozyrev + Warren Christopher: denied" })
end)
