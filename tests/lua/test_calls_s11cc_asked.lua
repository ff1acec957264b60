-- "him" / "her" right after a yes/no question of the same turn whose
-- only person is its subject ("Sir, has the Prime Minister also spoken to
-- other leaders? We read that X telephoned him."), session 11: the
-- question's subject, not the last man named turns before (corpus9 G6
-- was the same family).  Invented records.

local cases = {
  { { "Ministry of External Affairs, Government of India",
      "SHRI A. K. NAIR: The Prime Minister received a call from President Pervez Musharraf on 2 May 2006.",
      { "SHRI RAJIV MENON: Sir, has the Prime Minister also spoken to other leaders?",
        "We understand the President of Sri Lanka telephoned him later that day." } }, "2006-05-10",
    { "Mahinda Rajapaksa + Manmohan Singh", "Manmohan Singh + Pervez Musharraf" } },
  { { "Press Office, Government of France",
      "PIERRE LEBLANC: The President received a call from Prime Minister David Cameron on 3 March 2014.",
      { "PIERRE DUVAL (Le Quotidien): Has the President talked to anyone else?",
        "We understand the German Chancellor telephoned him later that day." } }, "2014-03-05",
    { "Angela Merkel + François Hollande", "David Cameron + François Hollande" } },
  { { "Office of the Prime Minister, Government of Japan",
      "KENJI SATO: The Prime Minister spoke with President Lee Myung-bak on 12 March 2011.",
      { "AKIRA MORI (Asahi): Did the Prime Minister hear from Washington?",
        "We understand the American President telephoned him later that day." } }, "2011-03-14",
    { "Barack Obama + Naoto Kan", "Lee Myung-bak + Naoto Kan" } },
}
for i, c in ipairs(cases) do
  test("'him' after a question about an office holder is that holder " .. i, function()
    eq(call_pairs(briefing(c[1], c[2])), c[3])
  end)
end
