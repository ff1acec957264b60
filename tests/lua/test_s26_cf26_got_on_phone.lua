-- Session 26 (cf26): "got on the phone with X", "got on the telephone to
-- X", "hopped on a call with X": verbs of speaking whose own words hold
-- the medium or the call noun.  Sentences of our own.

local function calls_of(text, pub) return sorted_call_pairs(briefing({ text }, pub), "date") end

test("'got on the phone with X': a call", function()
  eq(calls_of("Trump got on the phone with Macron on Friday.", "2019-03-05"),
    { "Donald Trump + Emmanuel Macron @ 2019-03-01" })
  eq(calls_of("Mr. Johnson got on the telephone to Mr. Wilson late on Tuesday.", "1965-02-20"),
    { "Harold Wilson + Lyndon B. Johnson @ 1965-02-16" })
  eq(calls_of("Biden hopped on a call with Scholz on Monday.", "2023-03-08"),
    { "Joe Biden + Olaf Scholz @ 2023-03-06" })
end)

test("guards: on the plane, with reporters, 'got on well with' are no call", function()
  eq(calls_of("Trump got on the plane with Macron on Friday.", "2019-03-05"), {})
  eq(calls_of("Trump got on the phone with reporters on Friday.", "2019-03-05"), {})
  eq(sorted_call_pairs(briefing({ "Trump met Macron in Paris on Friday.", "Trump got on well with Macron, aides said." },
    "2019-03-05")), {})
end)
