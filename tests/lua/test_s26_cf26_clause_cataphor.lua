-- Session 26 (cf26): "he" / "she" as the subject of a temporal clause
-- opening the sentence ("After he spoke with Biden by phone, Netanyahu
-- said ...") is the main clause's subject after the comma, as "his" in
-- "In his call with Scholz, Biden ..." already was.  Sentences of our own.

local function calls_of(paras, pub) return sorted_call_pairs(briefing(paras, pub), "date") end

test("'After he spoke with X by phone, Y ...': X and Y's call", function()
  eq(calls_of({ "After he spoke with Biden by phone on Friday, Netanyahu said Israel would respond." }, "2024-05-05"),
    { "Benjamin Netanyahu + Joe Biden @ 2024-05-03" })
  eq(calls_of({ "When she telephoned Mr. Reagan on Friday, Mrs Thatcher urged restraint." }, "1983-10-26"),
    { "Margaret Thatcher + Ronald Reagan @ 1983-10-21" })
  eq(calls_of({ "Scholz met Xi in Beijing on Friday.", "After he spoke with Biden by phone, Macron flew home." }, "2022-11-06"),
    { "Emmanuel Macron + Joe Biden @ 2022-11-06" })
end)

test("guards: 'he' opening the sentence stays the sentence before's subject", function()
  eq(calls_of({ "Scholz met Xi in Beijing on Friday.", "He later spoke with Biden by phone." }, "2022-11-06"),
    { "Joe Biden + Olaf Scholz @ 2022-11-06" })
  eq(calls_of({ "After he met Biden on Friday, Netanyahu said Israel would respond." }, "2024-05-05"), {})
end)
