-- Calls, session 16 (cc16): a person who is the subject of a clause of
-- their own ("a month in which Mr Rudd had worked the phones") is no
-- object: a "he" opening the next call is that person, not the topic of
-- an older sentence.  Invented paragraphs.

local function pairs_of(paras, pub) return sorted_call_pairs(briefing(paras, pub), "date") end

test("he after a relative clause's subject is that subject", function()
  eq(pairs_of({
    "Opposition leader Brendan Nelson said the vote had been a mistake.",
    "The summit closed a month in which Mr Rudd had worked the phones to win support for the climate deal.",
    "On Tuesday evening he spoke to President Hu Jintao for half an hour." }, "2008-04-11"),
    { "Hu Jintao + Kevin Rudd @ 2008-04-08" })
end)

test("he after a list of names keeps the topic", function()
  eq(pairs_of({
    "Prime Minister Kevin Rudd spent the morning at his desk.",
    "The visitors came one after another: Nelson, Turnbull, Bishop.",
    "At noon he telephoned President Hu Jintao." }, "2008-04-11"),
    { "Hu Jintao + Kevin Rudd @ 2008-04-11" })
end)
