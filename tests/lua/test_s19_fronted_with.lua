-- Session 19: a fronted call phrase with its other party and a time
-- ("In a telephone conversation with Hollande on Tuesday, Merkel said
-- ...") is the occasion of the main clause: the subject after the comma
-- is on the call whatever the verb, one of saying included.  Without the
-- time the two names touched across the comma and it worked by chance.
-- So after a dateline, and after "After / Following a call with X".
-- A spokesman, a possessive ("Merkel's spokesman said") and people who
-- are no officials stay off.  "At the initiative of the French side, a
-- conversation took place between A and B": the side placed it, not the
-- first person named after it.  Sentences of our own.

local function pairs_of(s)
  return sorted_call_pairs(briefing({ s }, "2014-06-05"), "date")
end

test("'In a call with X <time>, Y said/noted/urged': X and Y", function()
  for _, s in ipairs({
    "In a telephone conversation with President François Hollande on Tuesday, Chancellor Angela Merkel said she expected progress.",
    "During a telephone conversation with President François Hollande on Tuesday, Chancellor Angela Merkel noted the progress made in Minsk.",
    "In a phone call with François Hollande late on Tuesday, Angela Merkel urged him to keep the sanctions in place.",
    "In a brief call with François Hollande on Tuesday evening, Angela Merkel stressed that the sanctions would stay.",
    "Following a phone call with François Hollande on Tuesday, Angela Merkel said the sanctions would stay.",
    "After a telephone conversation with François Hollande on Tuesday, Angela Merkel said she expected progress.",
    "BERLIN, June 5 (Wire) - In a phone call with François Hollande on Tuesday, Angela Merkel said she expected progress.",
    "BERLIN, June 5 (Wire) - In a call on Tuesday, Angela Merkel told François Hollande that she expected progress.",
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

test("'at the initiative of the X side': X's leader placed the call", function()
  for _, s in ipairs({
    "At the initiative of the French side, a telephone conversation took place between Vladimir Putin and François Hollande.",
    "At the request of the French side, Vladimir Putin had a telephone conversation with François Hollande.",
  }) do
    local b = briefing({ s }, "2014-06-05")
    eq(#b.calls, 1, s)
    eq(b.calls[1].initiator, "François Hollande", s)
  end
end)
