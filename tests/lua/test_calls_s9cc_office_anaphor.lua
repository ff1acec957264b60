-- Who is on a call, session 9: a joint anaphor with an office word ("the
-- two foreign ministers", "the two presidents", "both prime ministers")
-- refers back to the latest call whose people hold that office, not to
-- the latest call whatever its people are.  Short invented sentences.

local function pairs_of(paras, pub) return sorted_call_pairs(briefing(paras, pub), "date") end

test("'the two foreign ministers' skip a later call of two heads of government", function()
  eq(pairs_of({ { "Foreign Minister Mevlüt Çavuşoğlu telephoned his Greek counterpart, Nikos Dendias, on Monday.",
    "Later that day President Recep Tayyip Erdoğan spoke by phone with Prime Minister Kyriakos Mitsotakis." },
    "The two foreign ministers agreed to talk again by telephone on Friday." }, "2021-03-03"),
    { "Kyriakos Mitsotakis + Recep Tayyip Erdoğan @ 2021-03-01", "Mevlüt Çavuşoğlu + Nikos Dendias @ 2021-03-01",
      "Mevlüt Çavuşoğlu + Nikos Dendias @ 2021-03-05" })
end)

test("'the two presidents' skip a later call of two foreign ministers", function()
  eq(pairs_of({ { "President Emmanuel Macron called President Joe Biden on Tuesday.",
    "Separately, Foreign Minister Catherine Colonna spoke by phone with Secretary of State Antony Blinken." },
    "The two presidents will speak again by phone next Monday, an aide said." }, "2022-11-16"),
    { "Antony Blinken + Catherine Colonna @ 2022-11-16", "Emmanuel Macron + Joe Biden @ 2022-11-15",
      "Emmanuel Macron + Joe Biden @ 2022-11-21" })
end)

test("'the two prime ministers' pass over a ministers' call told in between", function()
  eq(pairs_of({ { "Prime Minister Justin Trudeau had a telephone call with Prime Minister Boris Johnson on Wednesday.",
    "Foreign Minister Marc Garneau then phoned Foreign Secretary Dominic Raab." },
    "The two prime ministers agreed to hold another call on Saturday." }, "2021-06-03"),
    { "Boris Johnson + Justin Trudeau @ 2021-06-02", "Boris Johnson + Justin Trudeau @ 2021-06-05",
      "Dominic Raab + Marc Garneau @ 2021-06-03" })
end)

test("without an office word the anaphor still takes the latest call", function()
  eq(pairs_of({ { "Foreign Minister Mevlüt Çavuşoğlu telephoned his Greek counterpart, Nikos Dendias, on Monday.",
    "Later that day President Recep Tayyip Erdoğan spoke by phone with Prime Minister Kyriakos Mitsotakis." },
    "The two leaders agreed to talk again by telephone on Friday." }, "2021-03-03"),
    { "Kyriakos Mitsotakis + Recep Tayyip Erdoğan @ 2021-03-01", "Kyriakos Mitsotakis + Recep Tayyip Erdoğan @ 2021-03-05",
      "Mevlüt Çavuşoğlu + Nikos Dendias @ 2021-03-01" })
end)

test("'the two' before an office the joint list does not hold ('the two defence ministers')", function()
  eq(pairs_of({ { "Defence Minister Ben Wallace phoned his Ukrainian counterpart, Oleksii Reznikov, on Monday.",
    "Prime Minister Boris Johnson later called President Volodymyr Zelensky." },
    "The two defence ministers agreed to speak again on Thursday." }, "2022-03-09"),
    { "Ben Wallace + Oleksii Reznikov @ 2022-03-07", "Ben Wallace + Oleksii Reznikov @ 2022-03-10",
      "Boris Johnson + Volodymyr Zelensky @ 2022-03-09" })
end)
