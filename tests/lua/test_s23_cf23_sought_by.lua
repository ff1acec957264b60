-- Session 23: who asked for the call, told after it: "at the instance of
-- the Indian side", "at the Pakistani side's instance" (as "at the
-- request of"), and a relative clause naming the one who sought it, on a
-- person ("spoke with Trump, who had requested the call") or on the call
-- ("in a call which Trump had sought", "a conversation that Thatcher had
-- initiated").  Sentences of our own.

local function one(s, pub)
  local b = briefing({ s }, pub)
  return sorted_call_pairs(b, "date"), initiators(b)
end

test("'at the instance of' a side, 'at the side's instance'", function()
  local calls, init = one("Prime Minister Nawaz Sharif spoke to Prime Minister Atal Bihari Vajpayee by telephone on Saturday at the instance of the Indian side.", "1999-05-30")
  eq(calls, { "Atal Bihari Vajpayee + Nawaz Sharif @ 1999-05-29" })
  eq(init, { "Atal Bihari Vajpayee" })
  local _, init2 = one("Prime Minister Narendra Modi spoke by phone with Prime Minister Nawaz Sharif on Wednesday at the Pakistani side's instance.", "2014-06-05")
  eq(init2, { "Nawaz Sharif" })
end)

test("'X, who had requested the call'", function()
  local _, init = one("Chancellor Angela Merkel spoke by phone with President Donald Trump, who had requested the call, on Wednesday.", "2018-05-10")
  eq(init, { "Donald Trump" })
end)

test("'a call which X had sought', 'a conversation that X had initiated'", function()
  local _, init = one("Chancellor Angela Merkel spoke by phone with President Donald Trump on Wednesday, in a call which Trump had sought.", "2018-05-10")
  eq(init, { "Donald Trump" })
  _, init = one("President Ronald Reagan spoke to Prime Minister Margaret Thatcher by telephone on Wednesday in a conversation that Thatcher had initiated.", "1982-06-10")
  eq(init, { "Margaret Thatcher" })
end)

test("guards: something else requested; a call's relative clause of no asking", function()
  local _, init = one("Chancellor Angela Merkel spoke by phone with President Donald Trump, who had requested the meeting in Berlin, on Wednesday.", "2018-05-10")
  eq(init, { "nil" })
  _, init = one("The call, which lasted an hour, was held on Wednesday between Chancellor Angela Merkel and President Donald Trump.", "2018-05-10")
  eq(init, { "nil" })
  _, init = one("Prime Minister Margaret Thatcher, who had requested the call, spoke to President Ronald Reagan by telephone on Wednesday.", "1982-06-10")
  eq(init, { "Margaret Thatcher" })
end)
