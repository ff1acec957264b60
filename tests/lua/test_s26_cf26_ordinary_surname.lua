-- Session 26 (cf26): a surname that is also an ordinary word ("Trump",
-- "Bush", "Brown") opening a sentence names a person, for the date to
-- settle, also before a verb in the past with a name as its object
-- ("Trump thanked Putin in a phone call ...") and before a call phrase set
-- off by commas ("Trump, in a call with Putin on Friday, ...").  Before,
-- only a verb of speaking or calling or a word like "is", "has" did.
-- Sentences of our own.

local function calls_of(text, pub) return sorted_call_pairs(briefing({ text }, pub), "date") end

test("'Trump thanked Putin in a phone call', 'Trump, in a call with Putin, ...'", function()
  eq(calls_of("Trump thanked Putin in a phone call on Friday for the ventilators.", "2020-04-12"),
    { "Donald Trump + Vladimir Putin @ 2020-04-10" })
  eq(calls_of("Trump, in a call with Putin on Friday, raised oil prices.", "2020-04-12"),
    { "Donald Trump + Vladimir Putin @ 2020-04-10" })
  eq(calls_of("Brown urged Obama in a telephone call on Monday to act on the banks.", "2009-03-04"),
    { "Barack Obama + Gordon Brown @ 2009-03-02" })
end)

test("guards: the word as a word; out of office", function()
  eq(calls_of("Trump cards were played in a phone call between Merkel and Macron on Friday.", "2019-04-12"),
    { "Angela Merkel + Emmanuel Macron @ 2019-04-12" })
  eq(calls_of("Brown rice exported to Japan was discussed in a call between Abe and Modi.", "2019-04-12"),
    { "Narendra Modi + Shinzo Abe @ 2019-04-12" })
end)
