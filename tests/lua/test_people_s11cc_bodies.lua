-- A body's name before an apposed office ("... of the Communist Party of
-- Viet Nam Central Committee, President of Viet Nam, ..."), session 11:
-- a capitalised run ending in a body's noun (Committee, Commission,
-- Council, Assembly ...) is no unknown person the office introduces.
-- Invented state-press leads.

local cases = {
  { "Hu Jintao, general secretary of the Communist Party of China Central Committee, Chinese President and chairman of the Central Military Commission, held phone talks with US President Barack Obama on Monday.",
    "2010-04-13", "Barack Obama + Hu Jintao" },
  { "Nguyen Phu Trong, general secretary of the Communist Party of Viet Nam Central Committee, President of Viet Nam, held phone talks with Russian President Vladimir Putin on Thursday.",
    "2019-05-10", "Nguyễn Phú Trọng + Vladimir Putin" },
  { "Jiang Zemin, chairman of the Central Military Commission, Chinese President, held a telephone conversation with French President Jacques Chirac on Tuesday.",
    "2001-09-19", "Jacques Chirac + Jiang Zemin" },
}
for i, c in ipairs(cases) do
  test("a body before an apposed office is no person " .. i, function()
    eq(call_pairs(briefing({ c[1] }, c[2])), { c[3] })
  end)
end
