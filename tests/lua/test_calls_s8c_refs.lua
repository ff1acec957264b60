-- References to people on a call, session 8: "the President-elect" is
-- the one person the document names with that title (he holds no office
-- yet, so the date cannot find him); "they" after a sentence naming
-- someone who is not on the latest call are not that call's people.
-- Short invented documents.

local function pairs_of(paras, pub) return call_pairs(briefing(paras, pub or "2023-03-15"), "date") end

test("'the President-elect' is the person the document names with that title", function()
  eq(pairs_of({ "President-elect Luiz Inácio Lula da Silva received a phone call from President Joe Biden on Monday.",
    "President Emmanuel Macron is expected to call the President-elect on Friday." }, "2022-11-01"),
    { "Joe Biden + Luiz Inácio Lula da Silva @ 2022-10-31", "Emmanuel Macron + Luiz Inácio Lula da Silva @ 2022-11-04" })
  eq(pairs_of({ "President-elect William Ruto spoke to reporters in Nairobi on Tuesday.",
    "President Cyril Ramaphosa telephoned the President-elect on Wednesday to congratulate him." }, "2022-09-08"),
    { "Cyril Ramaphosa + William Ruto @ 2022-09-07" })
end)

test("'they' after a sentence naming someone new is not the latest call's people", function()
  eq(pairs_of({ "Prime Minister Fumio Kishida is expected to call President Yoon Suk Yeol on Monday.",
    "Reporters then asked about President Joe Biden.", "They spoke by phone yesterday." }, "2023-03-15"),
    { "Fumio Kishida + Yoon Suk Yeol @ 2023-03-20" })
  eq(pairs_of({ "Chancellor Olaf Scholz will call President Emmanuel Macron on Friday, his office said.",
    "Asked about Prime Minister Rishi Sunak, the spokesman added:", "They talked by telephone on Monday." }, "2023-03-15"),
    { "Emmanuel Macron + Olaf Scholz @ 2023-03-17" })
  -- no one new: "they" are the latest call's people
  eq(pairs_of({ "Prime Minister Fumio Kishida is expected to call President Yoon Suk Yeol on Monday.",
    "They spoke by phone yesterday." }, "2023-03-15"),
    { "Fumio Kishida + Yoon Suk Yeol @ 2023-03-14", "Fumio Kishida + Yoon Suk Yeol @ 2023-03-20" })
end)
