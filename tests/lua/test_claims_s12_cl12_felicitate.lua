-- "felicitated" (Indian English for congratulated, common in the
-- releases of India's and Pakistan's offices) is a speech act of
-- position, and "to felicitate" the purpose of a call, session 12.
-- Invented releases.

local function lines(paras, pub)
  return claim_lines(extract(paras, pub))
end

test("felicitated is a speech act", function()
  eq(lines({ "Prime Minister Atal Bihari Vajpayee spoke on the telephone today with President Chandrika Kumaratunga of Sri Lanka.",
    "Prime Minister Vajpayee felicitated the people of Sri Lanka on the peaceful conduct of the provincial elections." },
    "2002-12-02"),
    { "India | Atal Bihari Vajpayee | - | felicitated the people of Sri Lanka on the peaceful conduct of the provincial elections" })
end)

test("to felicitate is the purpose of a call", function()
  eq(lines({ "Prime Minister Atal Bihari Vajpayee telephoned President Chandrika Kumaratunga of Sri Lanka today to felicitate her on the signing of the ceasefire." },
    "2002-02-23"),
    { "India | Atal Bihari Vajpayee | - | felicitate her on the signing of the ceasefire" })
end)
