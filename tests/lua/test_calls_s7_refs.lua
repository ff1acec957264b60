-- References and implied parties of calls, session 7: "he" opening a call
-- sentence is the topic the sentences before share, not the last man they
-- name as an object or in a list; an object-less "rang" / "called" is a
-- call with that topic.  Short invented accounts.

local function pairs_of(paras, pub) return call_pairs(briefing(paras, pub or "2023-03-15"), "date") end

test("'he' with nobody before it is the topic, not the last man of a list or an object", function()
  -- a list of domestic contacts, then "he"
  eq(pairs_of({ { "Chancellor Olaf Scholz cut short his holiday on Monday.",
    "All morning his meetings ran back to back: Finance Minister Christian Lindner, Economy Minister Robert Habeck, his own advisers.",
    "At noon he telephoned French President Emmanuel Macron." } }),
    { "Emmanuel Macron + Olaf Scholz @ 2023-03-15" })
  -- an office standing for the named topic, the last man an object
  eq(pairs_of({ { "Rishi Sunak was in Scotland when the news broke.",
    "Within the hour the Prime Minister had summoned Defence Secretary Ben Wallace to Downing Street.",
    "Shortly after 6pm he called Joe Biden." } }),
    { "Joe Biden + Rishi Sunak @ 2023-03-15" })
  -- the last man named is the subject of his sentence: he stays "he"
  eq(pairs_of({ { "Olaf Scholz met his cabinet on Monday.",
    "Emmanuel Macron flew to Berlin on Tuesday.",
    "In the evening he telephoned Joe Biden." } }),
    -- (session 11: "In the evening" is Tuesday's, the day told before)
    { "Emmanuel Macron + Joe Biden @ 2023-03-14" })
end)

test("an object-less 'rang' / 'called' / 'phoned' is a call with the person the account is about", function()
  -- "rang to offer ...", the caller in apposition to his office
  eq(pairs_of({ { "Chancellor Olaf Scholz spent Monday at the flood sites in the Ahr valley.",
    "Scholz then returned to Berlin for a meeting of the crisis staff.",
    "In the evening the French President, Emmanuel Macron, rang to express his solidarity." } }),
    -- (session 11: "In the evening" is Monday's, the day told before)
    { "Emmanuel Macron + Olaf Scholz @ 2023-03-13" })
  -- "rang;" followed by "the two leaders spoke", after another caller told
  -- as the subject of his own sentence
  eq(pairs_of({ { "Prime Minister Rishi Sunak stayed in Downing Street on Monday.",
    "Sunak chaired a meeting of ministers in the morning.",
    "At noon Italian Prime Minister Giorgia Meloni rang to offer help.",
    "At 4pm US President Joe Biden phoned; the two leaders spoke for twenty minutes." } }),
    { "Giorgia Meloni + Rishi Sunak @ 2023-03-15", "Joe Biden + Rishi Sunak @ 2023-03-15" })
  -- "called back."
  eq(pairs_of({ { "Chancellor Olaf Scholz was in Brussels on Monday.",
    "Scholz left a message for Emmanuel Macron, and Macron called back." } }),
    { "Emmanuel Macron + Olaf Scholz @ 2023-03-15" })
end)

test("'called for', 'called on', 'called it' and 'was called' are no calls", function()
  eq(pairs_of({ { "Chancellor Olaf Scholz spent Monday in Berlin.",
    "Emmanuel Macron called for calm.",
    "Giorgia Meloni called on both sides to stop.",
    "Joe Biden called it a tragedy.",
    "The operation was called off by Rishi Sunak." } }),
    {})
end)

test("a list after a colon that follows plural calls names their other ends: no call between them", function()
  -- one government's ministers and offices
  eq(pairs_of({ { "Chancellor Olaf Scholz cut short his holiday on Monday.",
    "All morning the calls went out: the crisis unit, Finance Minister Christian Lindner, Interior Minister Nancy Faeser, his own staff.",
    "At noon he telephoned French President Emmanuel Macron." } }),
    { "Emmanuel Macron + Olaf Scholz @ 2023-03-15" })
  -- foreign leaders listed after a dash
  eq(pairs_of({ { "Prime Minister Rishi Sunak spent Monday in Downing Street.",
    "The calls came in one after another \226\128\148 Joe Biden, Emmanuel Macron, Giorgia Meloni." } }),
    {})
  -- plural calls with the people in a "with" phrase are still told
  eq(pairs_of({ "Scholz held phone calls on Monday with Macron and Sunak." }),
    { "Emmanuel Macron + Olaf Scholz @ 2023-03-13", "Olaf Scholz + Rishi Sunak @ 2023-03-13" })
end)

test("calls counted ('spoke twice', 'two calls'), the first told, then the pair on another day: the second call", function()
  eq(pairs_of({ { "Scholz also spoke twice with French President Emmanuel Macron.",
    "In the first call, on 10 March, the two leaders discussed energy prices.",
    "On 12 March, according to the Elysee, the two leaders agreed to meet in Paris." } }),
    { "Emmanuel Macron + Olaf Scholz @ 2023-03-10", "Emmanuel Macron + Olaf Scholz @ 2023-03-12" })
  eq(pairs_of({ { "Lula has held two phone calls with Argentine President Alberto Fernández.",
    "In the first call, on 6 March, the presidents reviewed trade.",
    "On Thursday both leaders agreed to reopen the border crossing." } }),
    { "Alberto Fernández + Luiz Inácio Lula da Silva @ 2023-03-06",
      "Alberto Fernández + Luiz Inácio Lula da Silva @ 2023-03-09" })
  -- no count: a later day of the pair is no call
  eq(pairs_of({ { "Scholz also spoke with French President Emmanuel Macron.",
    "In the call, on 10 March, the two leaders discussed energy prices.",
    "On 12 March the two leaders met in Paris." } }),
    { "Emmanuel Macron + Olaf Scholz @ 2023-03-10" })
end)

-- The statuses of the call mentions of an article of our own.
local function statuses(id, text)
  local doc = run_stage("source", { id = id, path = id, bytes = text, sha256 = "", format = "text" })
  local ex = run_stage("extract", { document = doc, calls = {}, claims = {} })
  local out = {}
  for _, c in ipairs(ex.calls) do out[#out + 1] = who(c) .. " " .. c.status end
  return out
end

test("'not in this call' refers back to the held call: the call is not denied", function()
  eq(statuses("s7-gaggle.txt", table.concat({ "Press gaggle aboard Air Force One", "March 15, 2023",
    "Q: Did the President speak to Chancellor Scholz today?",
    "MR. KIRBY: Yes. President Biden telephoned Chancellor Olaf Scholz this morning from Air Force One.",
    "Q: Did the Chancellor ask for anything specific?",
    "MR. KIRBY: Not in this call. They will meet next month." }, "\n\n") .. "\n"),
    { "Joe Biden + Olaf Scholz held", "Joe Biden + Olaf Scholz held" })
  eq(statuses("s7-briefing.txt", table.concat({ "Briefing by the press secretary", "March 15, 2023",
    "MS. JEAN-PIERRE: The President spoke with President Emmanuel Macron of France yesterday.",
    "Q: Did they discuss the pension protests?",
    "MS. JEAN-PIERRE: Not during that conversation, no." }, "\n\n") .. "\n"),
    { "Emmanuel Macron + The President held", "Emmanuel Macron + The President held" })
end)
