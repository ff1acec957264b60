-- Call dating, session 5e: a call told inside a dated saying, and an
-- ordinal call noun ("the first, which ... received on Thursday") that
-- refers back to calls told before; short invented articles.

test("a call told in a saying on a stated day is dated by that day", function()
  local got = call_pairs(briefing({
    "Jets struck a compound in Doha in early September.",
    "Trump said on September 9 that he had spoken with the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani." },
    "2025-09-29"), "basis")
  ok(has(got, "Donald Trump + Tamim bin Hamad Al Thani @ 2025-09-09 (reported)"), table.concat(got, "; "))
end)

test("a call told in a saying opened by a weekday is dated by that weekday, basis reported", function()
  local got = call_pairs(briefing({
    "On Monday, Scholz told reporters he had called Zelensky to discuss air defence." },
    "2023-05-12"), "basis")
  ok(has(got, "Olaf Scholz + Volodymyr Zelensky @ 2023-05-08 (reported)"), table.concat(got, "; "))
end)

test("a call with its own day keeps it, whatever day the saying is", function()
  local got = call_pairs(briefing({
    "Macron said on Friday that he had spoken with Putin on Tuesday about the plant." },
    "2022-08-20"), "basis")
  ok(has(got, "Emmanuel Macron + Vladimir Putin @ 2022-08-16 (relative)"), table.concat(got, "; "))
end)

test("'the first, which ... received on Thursday' after a call counted as the second is an earlier call", function()
  local got = call_pairs(briefing({
    "Today, President Ramaphosa received a phone call from Chancellor Olaf Scholz.",
    "A spokesman said the call was the second between the two leaders this week.",
    "During the first, which the President received on Tuesday, the two leaders discussed vaccine supplies." },
    "2021-06-11"), "basis")
  ok(has(got, "Cyril Ramaphosa + Olaf Scholz @ 2021-06-08 (relative)"), table.concat(got, "; "))
  ok(has(got, "Cyril Ramaphosa + Olaf Scholz @ 2021-06-11 (relative)"), table.concat(got, "; "))
end)

test("an ordinal with no count of calls before it is no call", function()
  local got = call_pairs(briefing({
    "Today, President Ramaphosa received a phone call from Chancellor Olaf Scholz.",
    "Of the two proposals, the first, which the cabinet approved on Tuesday, concerns vaccine supplies." },
    "2021-06-11"), "basis")
  eq(#got, 1, table.concat(got, "; "))
end)
