-- Session 23: a call taken, received, answered or accepted is its
-- owner's: "Modi took Khan's call", "Scholz answered Zelensky's phone
-- call" (Khan, Zelensky placed it; the subject took it).  Sentences of
-- our own.

local function one(s, pub)
  local b = briefing({ s }, pub)
  return sorted_call_pairs(b, "date"), initiators(b), call_pairs(b, "status")
end

test("'X took Y's call': Y placed it", function()
  local calls, init = one("Prime Minister Narendra Modi took Prime Minister Imran Khan's call on Monday.", "2019-08-20")
  eq(calls, { "Imran Khan + Narendra Modi @ 2019-08-19" })
  eq(init, { "Imran Khan" })
  calls, init = one("Chancellor Olaf Scholz took President Volodymyr Zelensky's phone call late on Tuesday.", "2022-03-02")
  eq(calls, { "Olaf Scholz + Volodymyr Zelensky @ 2022-03-01" })
  eq(init, { "Volodymyr Zelensky" })
end)

test("answered, accepted, refused to take", function()
  local _, init = one("Premier Nikita Khrushchev answered President John F. Kennedy's telephone call on Saturday.", "1962-10-28")
  eq(init, { "John F. Kennedy" })
  _, init = one("Prime Minister Malcolm Turnbull accepted President Donald Trump's call on Saturday.", "2017-01-29")
  eq(init, { "Donald Trump" })
  local st
  _, init, st = one("President Jacques Chirac refused to take Prime Minister Tony Blair's call on Tuesday.", "2005-03-02")
  eq(init, { "Tony Blair" })
  eq(st, { "Jacques Chirac + Tony Blair: denied" })
end)

test("guards: a call from X; a call as an appeal; a call on a matter", function()
  local _, init = one("Prime Minister Margaret Thatcher took a telephone call from President George Bush on Saturday.", "1990-08-05")
  eq(init, { "George H. W. Bush" })
  local calls = one("Prime Minister Narendra Modi took Prime Minister Imran Khan's call for talks seriously.", "2019-08-20")
  eq(calls, {})
  calls = one("Chancellor Angela Merkel took a call on the matter from her aides on Tuesday.", "2015-06-10")
  eq(calls, {})
  _, init = one("Prime Minister Narendra Modi returned Prime Minister Imran Khan's call on Monday.", "2019-08-20")
  eq(init, { "Narendra Modi" })
end)
