-- An act coordinated after the call clause ("spoke ... with X, and
-- conveyed to him ...") is in the caller's name when the caller's name
-- stands in apposition to his office ("The Prime Minister, Shri Atal
-- Bihari Vajpayee, spoke ..."), session 12: the comma that closes the
-- apposition is no end of the subject.  Invented releases.

local function lines(paras, pub)
  return claim_lines(extract(paras, pub))
end

test("an act after the call clause of an apposed caller", function()
  eq(lines({ "The Prime Minister, Shri Atal Bihari Vajpayee, spoke on the telephone today with President Chandrika Kumaratunga of Sri Lanka, and conveyed to her his good wishes for the peace talks in Oslo." },
    "2002-12-02"),
    { "India | Atal Bihari Vajpayee | - | conveyed to her his good wishes for the peace talks in Oslo" })
end)

test("the caller named plainly, as before", function()
  eq(lines({ "Prime Minister Atal Bihari Vajpayee spoke on the telephone today with President Chandrika Kumaratunga of Sri Lanka, and conveyed to her his good wishes for the peace talks in Oslo." },
    "2002-12-02"),
    { "India | Atal Bihari Vajpayee | - | conveyed to her his good wishes for the peace talks in Oslo" })
end)

test("words said afterwards are another occasion", function()
  eq(lines({ "The Prime Minister, Shri Atal Bihari Vajpayee, spoke on the telephone today with President Chandrika Kumaratunga of Sri Lanka, and afterwards said India would send a team of observers to Jaffna." },
    "2002-12-02"), {})
  eq(lines({ "Prime Minister Atal Bihari Vajpayee spoke on the telephone today with President Chandrika Kumaratunga of Sri Lanka, and later said India would send a team of observers to Jaffna." },
    "2002-12-02"), {})
end)
