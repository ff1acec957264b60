-- A transcript's bare office label ("PRIME MINISTER:", "THE PRESIDENT:")
-- with no person in the header, session 9: the speaker is the one holder
-- of that office on the report's day in the page's country, the country
-- of the government publishing it (its outlet) or else the one country
-- the header's lines name ("PARLIAMENT HOUSE, CANBERRA"); not when the
-- turn speaks to that very holder (a press conference abroad).  Short
-- invented transcripts.

local function pairs_of(paras, pub, extra)
  return call_pairs(briefing(paras, pub or "2023-03-15", extra), "date")
end

test("a header naming one country's capital: its holder of the label's office", function()
  eq(pairs_of({ "PRIME MINISTER'S PRESS CONFERENCE, PARLIAMENT HOUSE, CANBERRA", "PRIME MINISTER:",
    "Good afternoon. I spoke to President Joko Widodo by telephone this morning about the floods.",
    "JOURNALIST: Did he ask for help?", "PRIME MINISTER: He did, and we will send it." }),
    { "Anthony Albanese + Joko Widodo @ 2023-03-15" })
  -- (the header's prose names other countries: only its headings count)
  eq(pairs_of({ "PRIME MINISTER'S PRESS CONFERENCE, PARLIAMENT HOUSE, CANBERRA",
    "Subjects: the floods in Indonesia; trade with India", "PRIME MINISTER:",
    "Good afternoon. I spoke to President Joko Widodo by telephone this morning about the floods.",
    "JOURNALIST: Did he ask for help?", "PRIME MINISTER: He did, and we will send it." }),
    { "Anthony Albanese + Joko Widodo @ 2023-03-15" })
  -- every turn of that label, not only the first
  eq(pairs_of({ "PRESS CONFERENCE, PARLIAMENT HOUSE, CANBERRA", "PRIME MINISTER: Good afternoon.",
    "JOURNALIST: Have you spoken to Jakarta?",
    "PRIME MINISTER: I spoke by telephone with President Joko Widodo this morning." }),
    { "Anthony Albanese + Joko Widodo @ 2023-03-15" })
  eq(pairs_of({ "DOORSTOP INTERVIEW, OTTAWA", "PRIME MINISTER: Earlier today I spoke by phone with President Emmanuel Macron.",
    "REPORTER: About the fisheries dispute?", "PRIME MINISTER: Among other things." }),
    { "Emmanuel Macron + Justin Trudeau @ 2023-03-15" })
end)

test("a government's own page: its holder of the label's office", function()
  eq(pairs_of({ "REMARKS ON THE ECONOMY", "THE PRESIDENT: Thank you. This morning I spoke by phone with Prime Minister Narendra Modi.",
    "Q: Did you discuss tariffs?", "THE PRESIDENT: We did." }, "2023-03-15", { outlet = "White House" }),
    { "Joe Biden + Narendra Modi @ 2023-03-15" })
end)

test("no speaker when the turn speaks to that holder, or the header names two countries", function()
  eq(pairs_of({ "PRESS CONFERENCE, TOKYO", "PRIME MINISTER:",
    "I spoke by telephone this morning with the Prime Minister of Japan, Fumio Kishida.",
    "JOURNALIST: What about trade?", "PRIME MINISTER: Next week." }), {})
  eq(pairs_of({ "JOINT PRESS CONFERENCE, CANBERRA AND WELLINGTON", "PRIME MINISTER:",
    "I spoke by telephone this morning with President Joko Widodo.",
    "JOURNALIST: What about trade?", "PRIME MINISTER: Next week." }), {})
end)
