-- Session 23: a call with the head of the World Health Organization,
-- written "WHO Director-General Tedros": "WHO" in capitals is the
-- organisation's acronym, not a relative pronoun opening a clause (which
-- cut the person off from the call).  Sentences of our own.

local function calls(s, pub) return sorted_call_pairs(briefing({ s }, pub), "date") end

test("a call with 'WHO Director-General X'", function()
  eq(calls("President Cyril Ramaphosa held a telephone conversation with WHO Director-General Tedros Adhanom Ghebreyesus on Thursday.", "2020-03-20"),
    { "Cyril Ramaphosa + Tedros Adhanom Ghebreyesus @ 2020-03-19" })
  eq(calls("President Emmanuel Macron had a phone call with WHO Director-General Tedros Adhanom Ghebreyesus on Thursday.", "2020-03-20"),
    { "Emmanuel Macron + Tedros Adhanom Ghebreyesus @ 2020-03-19" })
  eq(calls("President Cyril Ramaphosa spoke by phone with WHO Director-General Tedros Adhanom Ghebreyesus on Thursday.", "2020-03-20"),
    { "Cyril Ramaphosa + Tedros Adhanom Ghebreyesus @ 2020-03-19" })
end)

test("guards: the acronym first; a relative 'who' still opens a clause", function()
  eq(calls("WHO Director-General Tedros Adhanom Ghebreyesus telephoned President Emmanuel Macron on Thursday.", "2020-03-20"),
    { "Emmanuel Macron + Tedros Adhanom Ghebreyesus @ 2020-03-19" })
  eq(calls("President Emmanuel Macron spoke by phone with Chancellor Angela Merkel, who had spoken with President Donald Trump earlier, on Thursday.", "2020-03-20"),
    { "Angela Merkel + Emmanuel Macron @ 2020-03-19" })
end)
