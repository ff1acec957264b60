-- Session 22: "Asked whether X had called Y, Z said he did not know" is
-- an evasion, no denial of the call (and so no call); "he did not", "he
-- had not" still deny it.  Sentences of our own.

local function pairs_of(sentence, date)
  return call_pairs(briefing({ sentence }, date), "status")
end

test("'said he did not know': no call", function()
  eq(pairs_of("Asked whether Mr. Reagan had called Mr. Gorbachev, Mr. Speakes said he did not know.", "1985-03-12"), {})
end)

test("'said she did not want to comment': no call", function()
  eq(pairs_of("Asked if Mr Chirac had spoken to Mr Schroeder, the spokeswoman said she did not want to comment.", "2003-02-10"), {})
end)

test("'said he did not recall': no call", function()
  local got = pairs_of("Asked whether Mr. Reagan had called Mr. Gorbachev, Mr. Speakes said he did not recall.", "1985-03-12")
  eq(got, {})
end)

test("'said he did not' still denies the call", function()
  eq(pairs_of("Asked whether Mr. Reagan had called Mr. Gorbachev, Mr. Speakes said he did not.", "1985-03-12"),
    { "Mikhail Gorbachev + Ronald Reagan: denied" })
end)

test("'said he had not' still denies the call", function()
  eq(pairs_of("Asked whether Mr. Reagan had called Mr. Gorbachev, Mr. Speakes said he had not.", "1985-03-12"),
    { "Mikhail Gorbachev + Ronald Reagan: denied" })
end)
