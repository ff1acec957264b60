-- Session 26 (cf26): a call told in a participle clause after a temporal
-- preposition, "After speaking with Biden by phone, Netanyahu said ...":
-- the participle's subject is the main clause's, also when that subject
-- then tells something (before, the teller was set aside as a mere
-- speaker and the call was lost).  Sentences of our own.

local function calls_of(text, pub) return sorted_call_pairs(briefing({ text }, pub), "date") end

test("'After speaking with X by phone, Y said ...': X and Y's call", function()
  eq(calls_of("After speaking with Biden by phone on Friday, Netanyahu said Israel would respond.", "2024-05-05"),
    { "Benjamin Netanyahu + Joe Biden @ 2024-05-03" })
  eq(calls_of("After talking to Chancellor Kohl on the telephone, President Bush told reporters he was satisfied.", "1990-08-10"),
    { "George H. W. Bush + Helmut Kohl @ 1990-08-10" })
  eq(calls_of("While speaking with Mr. Brezhnev by telephone, Mr. Nixon said the talks would go on.", "1973-10-25"),
    { "Leonid Brezhnev + Richard Nixon @ 1973-10-25" })
end)

test("guards: a meeting, reporters, 'called on' in such a clause are no call", function()
  eq(calls_of("After meeting Biden on Friday, Netanyahu said Israel would respond.", "2024-05-05"), {})
  eq(calls_of("After speaking to reporters on Friday, Netanyahu said Israel would respond.", "2024-05-05"), {})
  eq(calls_of("After writing to Biden on Friday, Netanyahu said Israel would respond.", "2024-05-05"), {})
  eq(calls_of("After calling on Biden to act, Netanyahu said Israel would respond.", "2024-05-05"), {})
  -- (as before: the participle opening the sentence)
  eq(calls_of("Speaking with Biden by phone on Friday, Netanyahu said Israel would respond.", "2024-05-05"),
    { "Benjamin Netanyahu + Joe Biden @ 2024-05-03" })
end)
