-- Session 24 (cl24): a transcript turn's label naming a government's
-- briefer on the day (a spokesperson, press secretary, Japan's chief
-- cabinet secretary) is the one who briefs, no party to the call the
-- turn tells; a person's later (or earlier) office does not make him one
-- ("MR SUGA:" of 2019 is the chief cabinet secretary, not the prime
-- minister of 2020).  Guards: the same people in another office still
-- make calls, and a leader telephoning a spokesman-turned-minister is a
-- call.  Sentences of our own.

test("a chief cabinet secretary's label: no party to a denied call", function()
  local b = briefing({ "Q: Has the Prime Minister talked with President Moon?",
    "MR SUGA: No, there has been no telephone talk with President Moon." }, "2019-07-10")
  for _, p in ipairs(call_pairs(b)) do ok(not p:find("Suga", 1, true), p) end
end)

test("a chief cabinet secretary's label: no party to a held call", function()
  local b = briefing({ "QUESTION: Did the Prime Minister speak with President Trump?",
    "MR SUGA: Yes, the Prime Minister spoke with President Trump by telephone this morning." }, "2019-05-08")
  for _, p in ipairs(call_pairs(b)) do ok(not p:find("Suga", 1, true), p) end
end)

test("a foreign ministry spokesman's label: no party", function()
  local b = briefing({ "Q: Has the Foreign Minister spoken to Secretary Kerry?",
    "MR QIN GANG: The Foreign Minister spoke with Secretary Kerry by phone last night." }, "2014-03-05")
  for _, p in ipairs(call_pairs(b)) do ok(not p:find("Qin Gang", 1, true), p) end
end)

test("guard: the same man in his later office makes calls", function()
  eq(sorted_call_pairs(briefing({ "Prime Minister Suga spoke by telephone with President Biden on Wednesday." },
    "2021-01-28"), "date"), { "Joe Biden + Yoshihide Suga @ 2021-01-27" })
  eq(sorted_call_pairs(briefing({ "Foreign Minister Qin Gang spoke by phone with Secretary Blinken on Thursday." },
    "2023-01-06"), "date"), { "Antony Blinken + Qin Gang @ 2023-01-05" })
end)

test("guard: a leader telephoning a spokesman-turned-minister is a call", function()
  eq(sorted_call_pairs(briefing({ "Secretary Blinken telephoned Qin Gang on Thursday." }, "2023-01-06"), "date"),
    { "Antony Blinken + Qin Gang @ 2023-01-05" })
end)
