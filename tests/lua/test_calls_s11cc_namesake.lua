-- A bare office as the other end of a call whose subject holds the same
-- office of another country ("The Prime Minister of Pakistan, X,
-- telephoned the Prime Minister"), session 11: not that namesake but the
-- office's holder of the page's own government.  Invented readouts.

local cases = {
  { { "Ministry of External Affairs, Government of India",
      "The Prime Minister of Pakistan, Yousaf Raza Gilani, telephoned the Prime Minister on 10 June 2010.",
      "The two leaders discussed the meeting of their foreign ministers." }, "2010-06-12",
    "Manmohan Singh + Yousaf Raza Gillani" },
  { { "Cabinet Public Relations Office, Government of Japan",
      "The Prime Minister of Australia, Kevin Rudd, spoke to the Prime Minister by telephone on 3 June 2008.",
      "They agreed to work together on whaling and climate change." }, "2008-06-05", "Kevin Rudd + Yasuo Fukuda" },
  { { "Ministry of External Affairs, Government of India",
      "Mahinda Rajapaksa, the President of Sri Lanka, telephoned the President on 20 May 2009 to brief her." },
    "2009-05-22", "Mahinda Rajapaksa + Pratibha Patil" },
}
for i, c in ipairs(cases) do
  test("the bare office called by a foreign namesake is the page's own " .. i, function()
    eq(call_pairs(briefing(c[1], c[2])), { c[3] })
  end)
end

test("a bare office apposed to the person named stays that person", function()
  local b = briefing({ "Ministry of Foreign Affairs, Government of Japan",
    "Prime Minister Yasuo Fukuda spoke by telephone with US President George W. Bush, his second conversation with the President this month." },
    "2008-06-20")
  eq(call_pairs(b), { "George W. Bush + Yasuo Fukuda" })
end)
