-- A pronoun of the other gender than the latest person named, session
-- 10: "The President telephoned Mrs Thatcher ... He also spoke with Kohl"
-- is the President's call, the topic written as a bare office, not Mrs
-- Thatcher's (the gazetteer marks her a woman), also when an attribution
-- ends the sentence that named them both.  Short invented articles.

local function people(paras, pub)
  local out = {}
  for _, c in ipairs(extract(paras, pub).calls) do out[#out + 1] = who(c) end
  return out
end

test("'he' after a woman named last is the office the account is about", function()
  eq(people({ "WASHINGTON, Oct. 14 — The President telephoned Prime Minister Margaret Thatcher of Britain this morning to give her his account of the summit, the White House said.",
      "The call was the first of several the President placed to allied leaders today. He also spoke with Chancellor Helmut Kohl of West Germany, a spokesman said." },
      "1986-10-15"),
    { "Margaret Thatcher + The President", "Helmut Kohl + The President" })
  eq(people({ "The Chancellor spoke by telephone on Monday with Prime Minister Benazir Bhutto of Pakistan to offer her help with the floods, a government spokesman said.",
      "The conversation was one of many the Chancellor held that day. Later he telephoned President Bill Clinton." },
      "1995-04-11"),
    { "Benazir Bhutto + The Chancellor", "Bill Clinton + The Chancellor" })
end)

test("'she' after a man named last is the office the account is about", function()
  eq(people({ "The Prime Minister telephoned President George Bush on Friday to give him her view of the crisis, Downing Street said.",
      "The call was the first of the day the Prime Minister made. She then spoke with President François Mitterrand." },
      "1990-08-04"),
    { "George H. W. Bush + The Prime Minister", "François Mitterrand + The Prime Minister" })
end)
