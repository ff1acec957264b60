-- Call dates, session 8: a date written before the noun of an event
-- ("the disputed 9 August election") is that event's, not the day of a
-- call the sentence tells; a call told only as before a past event ("had
-- spoken ... before the emergency was declared") has no day the text
-- gives.  Short invented sentences.

local function dated(paras, pub) return call_pairs(briefing(paras, pub), "basis") end

-- each case: a sentence, its publication date, the call it gives
local function check(cases)
  for _, c in ipairs(cases) do eq(dated({ c[1] }, c[2]), { c[3] }, c[1]) end
end

test("a date before an event's noun dates the event, not the call", function()
  -- a refusal told with the date of a vote in a relative clause: no day
  local b = briefing({ "Chancellor Olaf Scholz said Maduro had refused to speak to him by telephone, "
    .. "ending any hope of mediation in the dispute that followed the contested 28 July election." },
    "2024-08-07")
  eq(call_pairs(b, "basis"), { "Nicolás Maduro + Olaf Scholz @ undated (unknown)" })
  eq(b.calls[1].status, "denied")
  check({
    -- a held call in a sentence about an earlier coup: the page's day
    { "Erdogan spoke by phone with Vladimir Putin, who had backed him after the July 15 coup attempt.",
      "2016-08-02", "Recep Tayyip Erdoğan + Vladimir Putin @ 2016-08-02 (reported)" },
    -- a summit's day after "since"
    { "Scholz telephoned Emmanuel Macron, their first contact since the 3 March summit.",
      "2023-03-15", "Emmanuel Macron + Olaf Scholz @ 2023-03-15 (reported)" },
    -- the call's own date stays its own
    { "Scholz and Macron held a phone call on 10 March ahead of the 19 March election.",
      "2023-03-15", "Emmanuel Macron + Olaf Scholz @ 2023-03-10 (stated)" },
    { "The 10 March call between Scholz and Macron was their first this year.",
      "2023-03-15", "Emmanuel Macron + Olaf Scholz @ 2023-03-10 (stated)" },
  })
end)

test("a call told only as before a past event has no day", function()
  check({
    { "Foreign Secretary David Cameron had spoken to Netanyahu by telephone before the strike was launched, officials said.",
      "2024-04-03", "Benjamin Netanyahu + David Cameron @ undated (unknown)" },
    { "Modi had telephoned Sheikh Hasina before she resigned, according to Indian officials.",
      "2024-08-07", "Narendra Modi + Sheikh Hasina @ undated (unknown)" },
    -- a coming event says nothing of the call's day
    { "Scholz spoke by phone with Macron before the summit, officials said.",
      "2023-03-15", "Emmanuel Macron + Olaf Scholz @ 2023-03-15 (reported)" },
    { "Scholz spoke by phone with Macron before leaving for Brussels.",
      "2023-03-15", "Emmanuel Macron + Olaf Scholz @ 2023-03-15 (reported)" },
    -- a day of its own is kept
    { "Cameron had spoken to Netanyahu by telephone on Monday before the strike was launched.",
      "2024-04-03", "Benjamin Netanyahu + David Cameron @ 2024-04-01 (relative)" },
  })
end)
