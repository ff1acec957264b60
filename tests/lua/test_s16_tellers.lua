-- Session 16: a person's office or spokesman telling a call names that
-- person as its other party ("Ardern's office said Morrison had phoned
-- her", "The call with Morrison lasted an hour, Ardern's spokesman
-- said"), and the office that person holds is theirs in what is told
-- ("Ramaphosa's office said the president had explained ..."); a call
-- set for a day in a phrase between commas, then postponed or cancelled,
-- is denied ("A call between A and B, scheduled for Thursday, was
-- postponed"); the part of a month or week ("at the end of February",
-- "in mid-February", "at the beginning of the week") tells no day.
-- Invented sentences.

local function pairs_of(s, date, with)
  return sorted_call_pairs(briefing(type(s) == "table" and s or { s }, date), with or "date")
end

test("a person's office or spokesman telling a call with one other person", function()
  eq(pairs_of("Ardern's office said Morrison had phoned her on Tuesday.", "2021-03-03"),
    { "Jacinda Ardern + Scott Morrison @ 2021-03-02" })
  eq(pairs_of("The call with Morrison lasted an hour, Ardern's spokesman said.", "2021-03-03"),
    { "Jacinda Ardern + Scott Morrison @ 2021-03-03" })
  eq(pairs_of("A spokesman for Ardern said the call with Morrison covered trade.", "2021-03-03"),
    { "Jacinda Ardern + Scott Morrison @ 2021-03-03" })
  eq(pairs_of("According to Ardern's office, Morrison called on Tuesday to offer condolences.", "2021-03-03"),
    { "Jacinda Ardern + Scott Morrison @ 2021-03-02" })
  -- the same side tells nobody's other end
  eq(pairs_of("Ardern's office said the Prime Minister had phoned on Tuesday.", "2021-03-03"), {})
end)

test("a call set for a day, then postponed or called off", function()
  eq(pairs_of("A call between Ardern and Morrison, scheduled for Thursday, was postponed.", "2021-03-03",
    "status"), { "Jacinda Ardern + Scott Morrison: denied" })
  eq(pairs_of("Ardern's call with Morrison, which had been set for Thursday, was called off.", "2021-03-03",
    "status"), { "Jacinda Ardern + Scott Morrison: denied" })
  eq(pairs_of("A call between Ardern and Morrison, set for Friday, will cover trade.", "2021-03-03"),
    { "Jacinda Ardern + Scott Morrison @ 2021-03-05" })
  eq(pairs_of("A call between Ardern and Morrison, set for Friday, will cover trade.", "2021-03-03",
    "status"), { "Jacinda Ardern + Scott Morrison: planned" })
  eq(pairs_of("A call between Ardern and Morrison, scheduled for Monday, went ahead.", "2021-03-03"),
    { "Jacinda Ardern + Scott Morrison @ 2021-03-01" })
  -- a length is no day
  eq(pairs_of({ "Ardern spoke to Morrison by phone on Monday.",
    "The call, scheduled for 30 minutes, lasted an hour." }, "2021-03-03", "status"),
    { "Jacinda Ardern + Scott Morrison: held" })
end)

test("a part of a month or week tells no day", function()
  for _, s in ipairs({ "Ardern called Morrison at the end of February.",
      "Ardern called Morrison in mid-February.", "Ardern called Morrison at the start of March.",
      "Ardern called Morrison at the beginning of the week." }) do
    eq(pairs_of(s, "2021-03-03"), { "Jacinda Ardern + Scott Morrison @ undated" }, s)
  end
end)

test("the office of the person whose spokesman tells", function()
  local call = "President Emmanuel Macron spoke by phone with President Cyril Ramaphosa on Monday."
  for _, s in ipairs({ "Ramaphosa's office said the president had explained South Africa's neutrality.",
      "Vincent Magwenya, Ramaphosa's spokesman, said the president had explained South Africa's neutrality.",
      "Ramaphosa's spokesman Vincent Magwenya said the president had explained South Africa's neutrality." }) do
    local lines = claim_lines(extract({ call, s }, "2022-05-10"))
    local found = false
    for _, l in ipairs(lines) do
      if l:find("^South Africa | Cyril Ramaphosa | .* | explained South Africa's neutrality$") then found = true end
    end
    ok(found, s .. ": " .. table.concat(lines, "; "))
  end
end)

test("an office the text gave no side takes the account's, whose participant holds it", function()
  local ex = extract({ "Prime Minister Narendra Modi and his Pakistani counterpart Imran Khan spoke by telephone late on Friday.",
    "An Indian official said Modi had told Khan that India expected action against militant groups.",
    { "Khan's office gave a different account.",
      "In a statement, it said the prime minister had offered talks on all issues." } }, "2019-03-02")
  local found
  for _, l in ipairs(claim_lines(ex)) do
    if l:find("offered talks on all issues", 1, true) then found = l end
  end
  ok(found and found:find("^Pakistan | Imran Khan | "), tostring(found))
end)

test("a denied report with its determiner and modifiers", function()
  eq(sorted_call_pairs(briefing({
    "The Kremlin on Monday denied a newspaper report that President Vladimir Putin and President-elect Donald Trump had spoken by phone last week." },
    "2024-11-11"), "status"), { "Donald Trump + Vladimir Putin: denied" })
  eq(sorted_call_pairs(briefing({
    "Ankara dismissed the latest press reports that President Erdogan had telephoned President Assad." },
    "2022-08-20"), "status"), { "Bashar al-Assad + Recep Tayyip Erdoğan: denied" })
end)

test("his office, after a person opening the sentence with no verb of saying", function()
  local ex = extract({ "President Javier Milei has still not spoken to President Lula, a spokesman said.",
    "Lula has said he will not call until Milei apologises.",
    "Milei did speak by phone with Chilean President Gabriel Boric on Thursday, his office said, and the two agreed to meet in April." },
    "2024-03-15")
  ok(has(claim_lines(ex), "Argentina | joint | a spokesman | agreed to meet in April"), table.concat(claim_lines(ex), "; "))
end)
