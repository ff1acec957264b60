-- The topic of a sentence that opens with a subordinate clause, session
-- 14: "While the navy searched the strait, Foreign Secretary X stayed at
-- his desk. He called ..." — the past verb of the opening clause does not
-- make the person after its comma an object; X is the topic, and "he"
-- of the next sentence is X, not the topic of an earlier sentence.
-- Short invented paragraphs.

local function pairs_of(paras, pub) return sorted_call_pairs(briefing(paras, pub)) end

test("a subject after an opening subordinate clause is the topic", function()
  eq(pairs_of({ "Opposition leader Jeremy Corbyn called for calm.",
    { "While the navy searched the strait, Foreign Secretary Jeremy Hunt stayed at his desk.",
      "He called United Nations Secretary-General Antonio Guterres to convey his concern, the UN said." } },
    "2019-07-12"), { "António Guterres + Jeremy Hunt" })
  eq(pairs_of({ "Chancellor Angela Merkel said little in public.",
    { "After the tanker was seized, Foreign Minister Heiko Maas cancelled a trip to Oslo.",
      "He telephoned Foreign Minister Javad Zarif on the same evening." } },
    "2019-07-21"), { "Heiko Maas + Mohammad Javad Zarif" })
end)

test("a past verb before the subject in the main clause still makes no topic", function()
  -- ("Confirmed by the ministry, ...": no subordinator; the topic stays
  -- the earlier sentence's)
  eq(pairs_of({ "Opposition leader Jeremy Corbyn spoke to reporters in Islington.",
    { "Also reported by the agency was a remark of Foreign Secretary Jeremy Hunt.",
      "He later called Antonio Guterres." } },
    "2019-07-12"), { "António Guterres + Jeremy Corbyn" })
end)
