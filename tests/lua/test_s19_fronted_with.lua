-- Session 19: a fronted call phrase with its other party and a time
-- ("In a telephone conversation with Hollande on Tuesday, Merkel said
-- ...") is the occasion of the main clause: the subject after the comma
-- is on the call whatever the verb, one of saying included.  Without the
-- time the two names touched across the comma and it worked by chance.
-- A spokesman, a possessive ("Merkel's spokesman said") and people who
-- are no officials stay off.  Sentences of our own.

local function pairs_of(s)
  return sorted_call_pairs(briefing({ s }, "2014-06-05"), "date")
end

test("'In a call with X <time>, Y said/noted/urged': X and Y", function()
  for _, s in ipairs({
    "In a telephone conversation with President François Hollande on Tuesday, Chancellor Angela Merkel said she expected progress.",
    "During a telephone conversation with President François Hollande on Tuesday, Chancellor Angela Merkel noted the progress made in Minsk.",
    "In a phone call with François Hollande late on Tuesday, Angela Merkel urged him to keep the sanctions in place.",
    "In a brief call with François Hollande on Tuesday evening, Angela Merkel stressed that the sanctions would stay.",
  }) do
    eq(pairs_of(s), { "Angela Merkel + François Hollande @ 2014-06-03" }, s)
  end
end)

test("the claim after it is the subject's", function()
  local ex = extract({ "In a telephone conversation with President François Hollande on Tuesday, Chancellor Angela Merkel noted the progress made in Minsk." }, "2014-06-05")
  ok(has(claim_lines(ex), "Germany | Angela Merkel | - | noted the progress made in Minsk"), table.concat(claim_lines(ex), "\n"))
  eq(#ex.calls, 1)
  eq(ex.claims[1].call, ex.calls[1].id)
end)

test("no party from a call with reporters, nor a spokesman's words", function()
  eq(pairs_of("In a call with reporters on Tuesday, Chancellor Angela Merkel said she expected progress."), {})
  eq(pairs_of("In a call with journalists on Tuesday, Steffen Seibert said the chancellor expected progress."), {})
end)
