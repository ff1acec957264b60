-- Unnamed officials (session 7): officials of no stated country, in an
-- article that gives no home side, telling what a leader did or meant
-- ("Administration officials said Mr. Bush had hoped to speak to Deng")
-- are that leader's people, and "the officials" after them are the same
-- account, even when what they say is about the other side ("the Chinese
-- side had not made Deng available" is the US account).  Officials the
-- article already places (its home side, a body named before) keep that.

-- {what, report's day, the paragraphs, the claim lines wanted}
local CASES = {
  { "officials telling what their leader hoped, then what the other side did (a leader of namesakes)",
    "1991-07-17", {
      "WASHINGTON - President Bush said on Tuesday that he had tried to telephone China's leaders to offer help after the floods, but could not get through.",
      "Administration officials said afterward that Mr. Bush had hoped to speak directly to Li Peng, China's prime minister.",
      "The officials said the Chinese side had not made Mr. Li available and had suggested no other time." },
    { "United States | George H. W. Bush | - | he had tried to telephone China's leaders to offer help after the floods, but could not get through",
      "United States | joint | officials | the Chinese side had not made Mr. Li available and had suggested no other time" } },
  { "the same told of a prime minister",
    "1989-01-10", {
      "NEW DELHI - Prime Minister Gandhi said on Monday that he had tried to telephone Pakistan's leaders after the border clash, but could not get through.",
      "Officials said afterward that Mr. Gandhi had hoped to speak directly to Benazir Bhutto, Pakistan's prime minister.",
      "The officials said the Pakistani side had not made Ms. Bhutto available and had suggested no other time." },
    { "India | Rajiv Gandhi | - | he had tried to telephone Pakistan's leaders after the border clash, but could not get through",
      "India | joint | Officials | the Pakistani side had not made Ms. Bhutto available and had suggested no other time" } },
  { "senior officials of a chancellor who tried to reach a president",
    "1990-09-08", {
      "BONN - Chancellor Helmut Kohl tried to telephone Mikhail Gorbachev on Friday, but the Soviet leader was travelling.",
      "Senior officials said Mr. Kohl had wanted to settle the troop costs before the treaty was signed.",
      "The officials said the Soviet side had asked for more time to study the German offer." },
    -- (session 8: "Senior officials" opens the clause, so the first
    -- sentence is their account too, and "The officials" the same body)
    { "Germany | Helmut Kohl | officials | Mr. Kohl had wanted to settle the troop costs before the treaty was signed",
      "Germany | joint | officials | asked for more time to study the German offer" },
    -- (the source stage finds the dateline; Bonn is a capital, session 14)
    { dateline = { place = "BONN", text = "BONN -" } } },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(claim_lines(extract(c[3], c[2], c[5])), c[4])
  end)
end

test("aides of an article's home side keep it when they tell what the other leader asked", function()
  local ex = extract({
    "President Barack Obama spoke by phone on Thursday with Indonesian President Susilo Bambang Yudhoyono about the earthquake.",
    "Aides said Yudhoyono had asked for transport aircraft and field hospitals." }, "2009-10-02")
  eq(claim_lines(ex), { "United States | Susilo Bambang Yudhoyono | Aides | asked for transport aircraft and field hospitals" })
end)
