-- A call told only as a claim or a rumour, then denied, session 10: a
-- fact-check's "Claim: A post says X telephoned Y" or "Rumours spread that
-- X had telephoned Y", then a side's "the two have not spoken by phone
-- since ..." or "denied that the two had spoken", is one denied call; a
-- call a report tells as held is not undone by "had not spoken since".
-- Short invented articles.

local function st(paras, pub) return sorted_call_pairs(briefing(paras, pub), "status") end

test("a claimed or rumoured call, then denied: denied", function()
  eq(st({ "Claim: A post says President Jair Bolsonaro telephoned President Emmanuel Macron last week to apologise.",
      "Verdict: False.",
      "The Élysée said on Tuesday that the two presidents have not spoken by phone since the fires began." }, "2019-08-28"),
    { "Emmanuel Macron + Jair Bolsonaro: denied" })
  eq(st({ "Rumours spread on Monday that President Jair Bolsonaro had telephoned President Emmanuel Macron to apologise.",
      "The Élysée denied that the two presidents had spoken." }, "2019-08-28"),
    { "Emmanuel Macron + Jair Bolsonaro: denied" })
end)

test("a call told as held stays held", function()
  eq(st({ "President Jair Bolsonaro telephoned President Emmanuel Macron on Monday, the Élysée said.",
      "The two presidents had not spoken by phone since the summit in Osaka." }, "2019-08-28"),
    { "Emmanuel Macron + Jair Bolsonaro: held" })
end)
