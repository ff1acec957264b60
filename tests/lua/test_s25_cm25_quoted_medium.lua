-- Session 25 (cm25): a medium named by its noun quoting a participant
-- ("Israeli radio quoted Begin as saying that ...", "The newspaper quoted
-- ...", "French television quoted X as telling Y ..."): the participant's
-- claim, via the medium, as "State television quoted ..." already was.
-- Sentences of our own.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end
local K = "Chancellor Kohl spoke by telephone with President Mitterrand on Monday."

test("'Israeli radio quoted Mr. Begin as saying that ...'", function()
  eq(lines({ "President Carter telephoned Prime Minister Begin on Tuesday.",
      "Israeli radio quoted Mr. Begin as saying that Israel would not withdraw." }, "1978-09-20"),
    { "Israel | Menachem Begin | Israeli radio | Israel would not withdraw" })
end)

test("'The newspaper quoted ...', 'French television quoted X as telling Y that ...'", function()
  eq(lines({ K, "The newspaper quoted Mitterrand as saying France would not block unity." }, "1990-06-12"),
    { "France | François Mitterrand | The newspaper | France would not block unity" })
  eq(lines({ K, "French television quoted Mitterrand as telling Kohl that France would not block unity." }, "1990-06-12"),
    { "France | François Mitterrand | French television | France would not block unity" })
end)

test("as before: 'State television quoted ...', 'Reuters quoted ...'", function()
  eq(lines({ K, "State television quoted Mitterrand as saying that France would not block unity." }, "1990-06-12"),
    { "France | François Mitterrand | State television | France would not block unity" })
  eq(lines({ K, "Reuters quoted Mitterrand as saying France would not block unity." }, "1990-06-12"),
    { "France | François Mitterrand | Reuters | France would not block unity" })
end)

test("guard: a medium quoting someone not on the call gives nothing", function()
  eq(lines({ K, "French radio quoted a farmer as saying that the harvest was poor." }, "1990-06-12"), {})
  eq(lines({ K, "The newspaper quoted Mr. Chevènement as saying that the army was ready." }, "1990-06-12"), {})
end)

test("'The foreign ministry quoted Xi as saying ...': a ministry of no stated country quoting a participant is his side's", function()
  local P = "President Biden spoke by telephone with President Xi Jinping on Tuesday."
  eq(lines({ P, "The foreign ministry quoted Xi as saying that China would never accept interference." }, "2021-11-17"),
    { "China | Xi Jinping | The foreign ministry | China would never accept interference" })
  -- (as before: one in a capital quoting the other participant is the capital's)
  eq(lines({ P, "In Beijing, the foreign ministry quoted Biden as saying that the United States did not seek conflict." }, "2021-11-17"),
    { "China | Joe Biden | the foreign ministry | the United States did not seek conflict" })
end)
