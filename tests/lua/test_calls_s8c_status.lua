-- A call's status, session 8: a negation in what was told in the call
-- ("told him in a phone call that there could be no talks") is the
-- content's, not the call's; a negation of the call itself still denies
-- it.  Short invented sentences.

local function pairs_of(paras, pub) return call_pairs(briefing(paras, pub or "2023-03-15"), "date") end

test("a negation after the 'that' of a verb of telling belongs to what was told", function()
  eq(pairs_of({ "President Joe Biden told President Xi Jinping in a phone call on Tuesday that there could be no talks on tariffs until the ships left." }),
    { "Joe Biden + Xi Jinping @ 2023-03-14" })
  eq(pairs_of({ "Prime Minister Narendra Modi assured Prime Minister Shehbaz Sharif by telephone on Friday that India had no plans to attack." }),
    { "Narendra Modi + Shehbaz Sharif @ 2023-03-10" })
  eq(pairs_of({ "Chancellor Olaf Scholz told President Vladimir Putin by phone on Monday that there would be no ceasefire without a withdrawal." }),
    { "Olaf Scholz + Vladimir Putin @ 2023-03-13" })
  eq(pairs_of({ "President Emmanuel Macron warned President Recep Tayyip Erdoğan in a call on Sunday that France denied any such deal." }),
    { "Emmanuel Macron + Recep Tayyip Erdoğan @ 2023-03-12" })
  -- the hearer in apposition between the verb and the call
  eq(pairs_of({ "The President, Luiz Inácio Lula da Silva, told his Argentine counterpart, Alberto Fernández, in a telephone conversation on Thursday that Brazil would not close the border." }),
    { "Alberto Fernández + Luiz Inácio Lula da Silva @ 2023-03-09" })
end)

test("a negation of the call itself still denies it", function()
  -- (session 25) a denied call keeps the day its own clause gives
  -- (SCHEMA dates a denied call when the text gives its day)
  eq(pairs_of({ "There was no phone call between President Joe Biden and President Xi Jinping on Tuesday." }),
    { "Joe Biden + Xi Jinping @ 2023-03-14" })
  eq(pairs_of({ "President Emmanuel Macron said a call with President Vladimir Putin was not planned." }),
    { "Emmanuel Macron + Vladimir Putin @ undated" })
  eq(pairs_of({ "Chancellor Olaf Scholz did not speak to President Vladimir Putin by phone on Monday." }),
    { "Olaf Scholz + Vladimir Putin @ 2023-03-13" })
end)
