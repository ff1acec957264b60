-- Verbs of calling, session 8: every inflection of a verb of calling is
-- one ("had rung him", "was ringing", "phoning", "telephoning", "dials");
-- "speak for X" (act in X's name) is no conversation with X.  Short
-- invented sentences.

local function pairs_of(paras, pub) return call_pairs(briefing(paras, pub or "2023-03-15"), "date") end

test("the participles and present forms of 'ring', 'phone', 'telephone' and 'dial' are calls", function()
  eq(pairs_of({ "Chancellor Olaf Scholz said President Emmanuel Macron had rung him on Monday evening." }),
    { "Emmanuel Macron + Olaf Scholz @ 2023-03-13" })
  eq(pairs_of({ "Prime Minister Rishi Sunak has rung President Volodymyr Zelensky twice this week, Downing Street said." }),
    { "Rishi Sunak + Volodymyr Zelensky @ 2023-03-15" })
  eq(pairs_of({ "Ringing President Yoweri Museveni on Tuesday, President William Ruto asked for calm at the border." }),
    { "William Ruto + Yoweri Museveni @ 2023-03-14" })
  eq(pairs_of({ "After phoning President Cyril Ramaphosa on Tuesday, President Hakainde Hichilema flew to Lusaka." }),
    { "Cyril Ramaphosa + Hakainde Hichilema @ 2023-03-14" })
  eq(pairs_of({ "Telephoning Prime Minister Narendra Modi on Friday, President Joe Biden offered help after the floods." }),
    { "Joe Biden + Narendra Modi @ 2023-03-10" })
end)

test("'speak for' someone is acting in his name, not a conversation with him", function()
  eq(pairs_of({ "Chancellor Olaf Scholz said he was in no position to speak for President Joe Biden." }), {})
  eq(pairs_of({ "Prime Minister Rishi Sunak told President Emmanuel Macron that he did not speak for the European Union." }), {})
  eq(pairs_of({ "President Lula da Silva, speaking for Brazil, told President Xi Jinping the offer stood." }), {})
  -- a denied conversation stays one
  -- ((session 25) on the day its own clause gives)
  eq(pairs_of({ "Chancellor Olaf Scholz did not speak to President Joe Biden on Monday." }),
    { "Joe Biden + Olaf Scholz @ 2023-03-13" })
  -- still a call: "spoke by phone for an hour with"
  eq(pairs_of({ "President Emmanuel Macron spoke by phone for an hour with President Vladimir Putin on Sunday." }),
    { "Emmanuel Macron + Vladimir Putin @ 2023-03-12" })
end)
