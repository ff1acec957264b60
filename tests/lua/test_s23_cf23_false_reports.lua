-- Session 23: reports of a call denied without a verb of denying:
-- "described as false reports of a call", "branded as baseless reports
-- that X had telephoned Y", "there was no truth in reports of a telephone
-- conversation", "no basis for reports that ...": the call is denied.
-- Sentences of our own.

local function st(s, pub) return call_pairs(briefing({ s }, pub), "status") end

test("'described as false reports of a call'", function()
  eq(st("The Kremlin described as false reports of a call between President Vladimir Putin and President Donald Trump on Monday.", "2019-09-10"),
    { "Donald Trump + Vladimir Putin: denied" })
  eq(st("Bonn branded as baseless reports that Chancellor Helmut Kohl had telephoned General Secretary Mikhail Gorbachev.", "1986-10-05"),
    { "Helmut Kohl + Mikhail Gorbachev: denied" })
end)

test("'no truth in reports', 'no basis for reports'", function()
  eq(st("There was no truth in reports of a telephone conversation between President Donald Trump and President Vladimir Putin, the Kremlin said.", "2019-09-10"),
    { "Donald Trump + Vladimir Putin: denied" })
  eq(st("Downing Street said there was no truth in reports that Prime Minister Tony Blair had telephoned President Jacques Chirac on Sunday.", "2003-02-10"),
    { "Jacques Chirac + Tony Blair: denied" })
  eq(st("There is no basis for reports that President Vladimir Putin and President Donald Trump spoke by phone on Monday, the Kremlin said.", "2019-09-10"),
    { "Donald Trump + Vladimir Putin: denied" })
end)

test("guards: reports confirmed; 'some truth'; other reports denied; a call described", function()
  eq(st("Reports of a call between President Donald Trump and President Vladimir Putin on Monday were confirmed by the Kremlin.", "2019-09-10"),
    { "Donald Trump + Vladimir Putin: held" })
  eq(st("There was some truth in reports of a telephone conversation between President Donald Trump and President Vladimir Putin, the Kremlin said.", "2019-09-10"),
    { "Donald Trump + Vladimir Putin: held" })
  eq(st("The Kremlin said there was no truth in reports about sanctions, after President Vladimir Putin spoke by phone with President Donald Trump on Monday.", "2019-09-10"),
    { "Donald Trump + Vladimir Putin: held" })
  eq(st("The Kremlin described as constructive a call between President Vladimir Putin and President Donald Trump on Monday.", "2019-09-10"),
    { "Donald Trump + Vladimir Putin: held" })
end)
