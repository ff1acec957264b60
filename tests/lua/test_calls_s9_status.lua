-- A call's status, session 9: a negation on a noun the call is the
-- complement of ("gave no details of the conversation", "no readout of
-- their call") is that noun's: a definite call is presupposed held.  A
-- negation that doubts the call's existence ("no record of a call", "no
-- sign of the conversation") or negates it directly still denies it.
-- Short invented sentences.

local function statuses(paras, pub) return call_pairs(briefing(paras, pub or "2021-06-18"), "status") end

test("a negation on the noun a definite call is 'of' leaves the call held", function()
  eq(statuses({ "Chancellor Angela Merkel spoke by phone with President Vladimir Putin on Tuesday, but her office gave no details of the conversation." }),
    { "Angela Merkel + Vladimir Putin: held" })
  eq(statuses({ "Prime Minister Boris Johnson held a call with President Emmanuel Macron on Monday.",
      "Downing Street released no readout of their call." }),
    { "Boris Johnson + Emmanuel Macron: held" })
  eq(statuses({ "President Joe Biden spoke with King Abdullah II and with President Abdel Fattah el-Sisi, officials said, but offered no account of those conversations." }),
    { "Abdel Fattah al-Sisi + Joe Biden: held", "Abdullah II + Joe Biden: held" })
end)

test("a negation that doubts the call or negates it still denies it", function()
  eq(statuses({ "The Kremlin said there was no record of a call between President Vladimir Putin and President Joe Biden." }),
    { "Joe Biden + Vladimir Putin: denied" })
  eq(statuses({ "The White House said it had no record of the phone call between President Joe Biden and President Xi Jinping." }),
    { "Joe Biden + Xi Jinping: denied" })
  eq(statuses({ "There has been no call between Prime Minister Naftali Bennett and President Vladimir Putin since June." }),
    { "Naftali Bennett + Vladimir Putin: denied" })
end)

test("a name is no modal", function()
  eq(statuses({ "Prime Minister Theresa May and President Donald Trump discussed trade in a phone call on Sunday." }),
    { "Donald Trump + Theresa May: held" })
  eq(statuses({ "Chancellor Angela Merkel and Prime Minister Theresa May spoke by telephone on Tuesday." }, "2018-03-16"),
    { "Angela Merkel + Theresa May: held" })
  -- the modal itself still plans the call
  eq(statuses({ "Prime Minister Theresa May may speak to President Donald Trump by phone on Sunday." }),
    { "Donald Trump + Theresa May: planned" })
end)

test("a call in what a denial's that-clause tells is denied", function()
  eq(statuses({ "The Kremlin denied that President Vladimir Putin had spoken to President Donald Trump since the election." }),
    { "Donald Trump + Vladimir Putin: denied" })
  eq(statuses({ "Ankara dismissed reports that President Recep Tayyip Erdoğan would call President Bashar al-Assad." }),
    { "Bashar al-Assad + Recep Tayyip Erdoğan: denied" })
  -- a denial of something else beside the call
  eq(statuses({ "President Vladimir Putin denied the invasion plans, and spoke by phone with President Joe Biden on Tuesday." }),
    { "Joe Biden + Vladimir Putin: held" })
end)

test("what a correction says was reported wrongly is no call", function()
  local function sorted(paras, pub) return sorted_call_pairs(briefing(paras, pub), "date") end
  eq(sorted({ "President Volodymyr Zelensky said he spoke by phone with President Recep Tayyip Erdoğan this afternoon.",
      "Correction: An earlier version of this blog said Erdoğan and Zelensky spoke on Sunday. They spoke on Monday." }, "2023-07-17"),
    { "Recep Tayyip Erdoğan + Volodymyr Zelensky @ 2023-07-17" })
  eq(sorted({ "This article incorrectly reported that Chancellor Olaf Scholz had telephoned President Xi Jinping." }, "2023-07-17"), {})
end)
