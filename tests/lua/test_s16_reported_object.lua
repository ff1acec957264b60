-- Session 16: in what a person says, "him" or "her" called by another is
-- that person, past anyone named between ("Bolsonaro said he had spoken
-- with Pinera, and that Netanyahu had called him on Friday": two calls,
-- not one of three); and the day of the second clause is not the
-- first's.  Invented sentences.

test("the one called in what a person says is that person", function()
  eq(sorted_call_pairs(briefing({
    "President Jair Bolsonaro said he had spoken by telephone with President Sebastian Pinera, and that Prime Minister Benjamin Netanyahu had called him on Friday." },
    "2019-08-24"), "date"),
    { "Benjamin Netanyahu + Jair Bolsonaro @ 2019-08-23", "Jair Bolsonaro + Sebastián Piñera @ 2019-08-24" })
  eq(sorted_call_pairs(briefing({
    "Chancellor Angela Merkel said she had talked to President Emmanuel Macron by phone and that President Vladimir Putin had rung her on Tuesday." },
    "2019-08-22"), "date"),
    { "Angela Merkel + Emmanuel Macron @ 2019-08-22", "Angela Merkel + Vladimir Putin @ 2019-08-20" })
  -- the pronoun's gender still decides: "her" is not Bolsonaro
  eq(sorted_call_pairs(briefing({
    "Bolsonaro said he had spoken by telephone with Chancellor Angela Merkel, and that Netanyahu had called her on Friday." },
    "2019-08-24")),
    { "Angela Merkel + Benjamin Netanyahu", "Angela Merkel + Jair Bolsonaro" })
end)
