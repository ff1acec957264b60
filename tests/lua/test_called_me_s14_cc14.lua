-- "me" as the one called in a transcript turn, session 14: "The
-- President of Indonesia rang me this morning" is a call between the
-- one named and the turn's speaker (the label's office holder, the
-- header's person), who was called.  Short invented transcripts.

local function calls_of(paras, pub)
  local b = briefing(paras, pub)
  local out = {}
  for _, c in ipairs(b.calls) do
    local ps = {}
    for i, p in ipairs(c.participants) do ps[i] = p end
    table.sort(ps)
    out[#out + 1] = table.concat(ps, " + ") .. " @ " .. tostring(c.date) .. " by " .. tostring(c.initiator)
  end
  table.sort(out)
  return out
end

test("an office or a name before a verb of calling and 'me'", function()
  eq(calls_of({ "PRESS CONFERENCE, PARLIAMENT HOUSE, CANBERRA", "PRIME MINISTER:",
    { "Good afternoon.", "The President of Indonesia rang me this morning to offer help with the floods." },
    "JOURNALIST:", "Did he say anything about the ferry?", "PRIME MINISTER:", "No." }, "2023-03-15"),
    { "Anthony Albanese + Joko Widodo @ 2023-03-15 by Joko Widodo" })
  eq(calls_of({ "THE HON JOHN HOWARD MP", "DOORSTOP INTERVIEW, MELBOURNE", "PRIME MINISTER:",
    { "Thank you.", "Prime Minister Helen Clark telephoned me last night about the cricket tour." },
    "JOURNALIST:", "Will the tour go ahead?", "PRIME MINISTER:", "We will see." }, "2004-02-11"),
    { "Helen Clark + John Howard @ 2004-02-10 by Helen Clark" })
end)

test("no turn, or 'me' not the one called: no such call", function()
  eq(calls_of({ "Prime Minister Helen Clark telephoned me last night about the cricket tour, a reader writes." },
    "2004-02-11"), {})
  eq(calls_of({ "THE HON JOHN HOWARD MP", "DOORSTOP INTERVIEW, MELBOURNE", "PRIME MINISTER:",
    { "Thank you.", "Prime Minister Helen Clark telephoned the Governor-General and then wrote to me." },
    "JOURNALIST:", "Will the tour go ahead?", "PRIME MINISTER:", "We will see." }, "2004-02-11"), {})
  -- (nor a colleague of the speaker's own government)
  eq(calls_of({ "THE HON JOHN HOWARD MP", "DOORSTOP INTERVIEW, MELBOURNE", "PRIME MINISTER:",
    { "Thank you.", "Foreign Minister Alexander Downer telephoned me last night about the cricket tour." },
    "JOURNALIST:", "Will the tour go ahead?", "PRIME MINISTER:", "We will see." }, "2004-02-11"), {})
  -- (a quotation's "me" is the quoted speaker's: the call told before)
  local ex = extract({ "President Emmanuel Macron spoke by telephone with Prime Minister Mark Rutte on Tuesday.",
    { "\"The Prime Minister of the Netherlands called me today to talk about the summit.",
      "Good talk!\"", "Macron wrote on Twitter on Tuesday evening." } }, "2019-06-19")
  eq(#ex.calls, 1)
end)
