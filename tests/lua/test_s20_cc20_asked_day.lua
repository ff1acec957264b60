-- Calls, session 20 (cc20): a day right after "asked" is the asking's,
-- not the call's.  "Asked on Friday whether A and B would speak by
-- phone, a spokeswoman said ..." (a briefing's question) and "A asked on
-- Monday to speak with B" (a request) tell when the question or the
-- request was made; the call asked about has no day of its own there, so
-- a planned call is not put on the next such weekday.  A day that is the
-- call's own ("will speak ... on Friday") keeps it.  And the answer to
-- such a question, after the question's clause, denies the call when it
-- says so ("there were no such plans", "Not on the schedule yet"); an
-- answer that does not leaves it planned.  Sentences written for the
-- test; the report is of Wednesday 10 June 2020.

local PUB = "2020-06-10"

local function pairs_of(s)
  return sorted_call_pairs(briefing({ s }, PUB), "date")
end

test("the day of the question is not the planned call's", function()
  eq(pairs_of("Asked on Friday if President Emmanuel Macron and President Donald Trump would speak by phone, a White House spokeswoman said a call was being arranged."),
    { "Donald Trump + Emmanuel Macron @ undated" })
  eq(pairs_of("Asked on Monday whether Chancellor Angela Merkel planned to telephone President Xi Jinping, a government spokesman said a call would take place in the coming days."),
    { "Angela Merkel + Xi Jinping @ undated" })
end)

test("the day of the request is not the requested call's", function()
  eq(pairs_of("President Emmanuel Macron asked on Monday to speak by telephone with President Vladimir Putin, the Elysee said."),
    { "Emmanuel Macron + Vladimir Putin @ undated" })
end)

test("guards: the call's own day stays", function()
  eq(pairs_of("Prime Minister Boris Johnson will speak by phone with President Donald Trump on Friday, his spokesman said when asked."),
    { "Boris Johnson + Donald Trump @ 2020-06-12" })
  eq(pairs_of("Asked about the call, the spokesman said Prime Minister Boris Johnson had spoken with President Donald Trump on Monday."),
    { "Boris Johnson + Donald Trump @ 2020-06-08" })
  eq(pairs_of("Prime Minister Boris Johnson asked President Donald Trump on Monday in a phone call to lift the tariffs."),
    { "Boris Johnson + Donald Trump @ 2020-06-08" })
end)

local function status_pairs(s)
  return sorted_call_pairs(briefing({ s }, PUB), "status")
end

test("a question's answer that denies the call", function()
  eq(status_pairs("Asked on Saturday whether President Vladimir Putin planned a telephone conversation with President Emmanuel Macron, Kremlin spokesman Dmitry Peskov replied: \"Not on the schedule yet.\""),
    { "Emmanuel Macron + Vladimir Putin: denied" })
  eq(status_pairs("Asked if Prime Minister Justin Trudeau would call President Xi Jinping, an aide said there were no such plans."),
    { "Justin Trudeau + Xi Jinping: denied" })
  eq(status_pairs("Asked whether President Joe Biden and President Recep Tayyip Erdogan would speak by phone, a spokeswoman said that no such arrangement had been made."),
    { "Joe Biden + Recep Tayyip Erdoğan: denied" })
end)

test("guards: an answer without a denial leaves the call planned", function()
  eq(status_pairs("Asked whether President Vladimir Putin would speak by phone with President Emmanuel Macron, Kremlin spokesman Dmitry Peskov said such a call was possible."),
    { "Emmanuel Macron + Vladimir Putin: planned" })
  eq(status_pairs("Asked if Prime Minister Justin Trudeau would call President Xi Jinping, an aide said the two leaders would speak in the coming days."),
    { "Justin Trudeau + Xi Jinping: planned" })
end)
