-- Cue grammar, session 8: "a separate / short call to <person>" is a
-- call to that person (only "a call to <verb>", or to a person and then
-- "to <verb>", is an appeal); a name whose last word has a hyphen ("Ban
-- Ki-moon", "Park Geun-hye") is the subject of the verb of calling after
-- it, not a modifier of a noun "call".  Short invented sentences.

local function pairs_of(s, pub) return call_pairs(briefing({ s }, pub), "date") end

-- each case: a sentence, its publication date and the calls it gives
local function check(cases)
  for _, c in ipairs(cases) do eq(pairs_of(c[1], c[2]), c[3], c[1]) end
end

test("a call to a person after a modifier is a call, an appeal is not", function()
  check({
    { "Macron made a separate call to Olaf Scholz on Tuesday.", "2023-03-15",
      { "Emmanuel Macron + Olaf Scholz @ 2023-03-14" } },
    { "Sunak placed a short call to Giorgia Meloni on Monday.", "2023-03-15",
      { "Giorgia Meloni + Rishi Sunak @ 2023-03-13" } },
    { "Obama telephoned Lee Myung-bak on Monday. He made a separate call to Japanese Prime Minister Taro Aso.",
      "2009-05-26",
      { "Barack Obama + Lee Myung-bak @ 2009-05-25", "Barack Obama + Tarō Asō @ 2009-05-25" } },
    -- appeals
    { "The summit ended with a call to Vladimir Putin to withdraw his troops.", "2023-03-15", {} },
    { "Macron issued a call to end the war.", "2023-03-15", {} },
  })
end)

test("a hyphenated surname before a verb of calling is its subject", function()
  check({
    { "Ban Ki-moon telephoned Salva Kiir on Wednesday.", "2012-04-12",
      { "Ban Ki-moon + Salva Kiir @ 2012-04-11" } },
    { "Park Geun-hye phoned Barack Obama on Monday.", "2015-03-15",
      { "Barack Obama + Park Geun-hye @ 2015-03-09" } },
    { "Roh Moo-hyun telephoned Junichiro Koizumi on Monday.", "2005-03-15",
      { "Junichiro Koizumi + Roh Moo-hyun @ 2005-03-14" } },
    { "Moon Jae-in called Shinzo Abe on Wednesday.", "2018-04-12",
      { "Moon Jae-in + Shinzo Abe @ 2018-04-11" } },
  })
end)
