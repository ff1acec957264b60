-- Call grammar, session 6 (b): a counterpart whose office had ended by
-- the call's date; short invented sentences.

local function one(s, pub) return call_pairs(briefing({ s }, pub or "2023-03-15"), "basis") end

test("a counterpart in an office ended by the call's date is that country's leader", function()
  -- Turkey's premiership ended in 2018: its president after that
  eq(one("Swedish Prime Minister Ulf Kristersson phoned his Turkish counterpart on Monday.", "2023-01-18"),
    { "Recep Tayyip Erdoğan + Ulf Kristersson @ 2023-01-16 (relative)" })
  eq(one("Greek Prime Minister Kyriakos Mitsotakis spoke by phone with his Turkish counterpart on Tuesday.", "2023-02-08"),
    { "Kyriakos Mitsotakis + Recep Tayyip Erdoğan @ 2023-02-07 (relative)" })
  -- while the office was held, its holder
  eq(one("Greek Prime Minister Alexis Tsipras called his Turkish counterpart on Monday.", "2017-06-14"),
    { "Alexis Tsipras + Binali Yıldırım @ 2017-06-12 (relative)" })
end)
