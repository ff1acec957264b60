-- What a call was for, told with the call (session 16, cl16): the
-- purpose or the act after the call verb is the caller's claim even when
-- (1) the caller has his office in apposition inside a reported clause
-- ("Sources said X, the Foreign Minister, had telephoned Y to press
-- that ..."), (2) the purpose is "to keep him informed about ...", with
-- a refusal after "but" ("but gave no details"), (3) the act is "advised
-- him to ..." after an interposed attribution.  Short invented
-- paragraphs.

test("reported clause: the caller's office in apposition", function()
  local ex = extract({ "Diplomatic sources in Bonn said that Hans-Dietrich Genscher, the Foreign Minister, had telephoned Roland Dumas on Saturday to press that the French delegate be at the conference on time." },
    "1990-05-07")
  local lines = claim_lines(ex)
  ok(has(lines, "Germany | Hans-Dietrich Genscher | Bonn | press that the French delegate be at the conference on time"), table.concat(lines, "\n"))
end)

test("no 'that', the caller's office in apposition", function()
  local ex = extract({ "Sources said Hans-Dietrich Genscher, the Foreign Minister, telephoned Roland Dumas to urge him to attend." },
    "1990-05-07")
  local lines = claim_lines(ex)
  ok(has(lines, "Germany | Hans-Dietrich Genscher | Sources | urge him to attend"), table.concat(lines, "\n"))
end)

test("called him to keep him informed, but gave no details", function()
  local ex = extract({ "A government spokesman confirmed on Tuesday that Prime Minister Felipe Gonzalez had called Chancellor Helmut Kohl to keep him informed about the strike, but gave no details of the conversation." },
    "1992-05-06")
  local lines = claim_lines(ex)
  ok(has(lines, "Spain | Felipe González | A government spokesman | keep him informed about the strike"), table.concat(lines, "\n"))
end)

test("spoke with Y, the office said, and advised him to", function()
  local ex = extract({ "President Jacques Chirac has spoken by telephone with President Abdoulaye Wade, the Elysee said, and advised him to take the matter to the African Union." },
    "2004-03-02")
  local lines = claim_lines(ex)
  ok(has(lines, "France | Jacques Chirac | Elysee | advised him to take the matter to the African Union"), table.concat(lines, "\n"))
end)
