-- Calls, session 16 (cc16): a denial verb under a negation ("did not
-- deny that the conversation had taken place", "has never disputed that
-- the two spoke") denies nothing: the call told on hearsay stays held;
-- a denial without one still denies.  Invented paragraphs.

local function statuses(paras)
  return sorted_call_pairs(briefing(paras, "1999-05-12"), "status")
end

test("did not deny that the conversation took place: held", function()
  eq(statuses({ "Diplomatic sources in Washington said that Chancellor Gerhard Schroeder had telephoned President Bill Clinton on Tuesday about Kosovo.",
    "The Chancellery did not deny that the conversation had taken place but gave its own account of it." }),
    { "Bill Clinton + Gerhard Schröder: held" })
  eq(statuses({ "Diplomatic sources in Washington said that Chancellor Gerhard Schroeder had telephoned President Bill Clinton on Tuesday about Kosovo.",
    "The Chancellery has never disputed that the two leaders spoke on Tuesday." }),
    { "Bill Clinton + Gerhard Schröder: held" })
end)

test("a denial that the conversation took place still denies it", function()
  eq(statuses({ "The Chancellery denied that Chancellor Gerhard Schroeder had spoken to President Bill Clinton on Tuesday." }),
    { "Bill Clinton + Gerhard Schröder: denied" })
end)
