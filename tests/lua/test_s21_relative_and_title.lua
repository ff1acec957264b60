-- Session 21: two readings of a readout.  A name followed by "who" with
-- no comma ("a call from Ban Ki-moon who urged dialogue") is the
-- non-restrictive clause with its comma left out: what follows is that
-- person's point.  A bare office as the subject ("Prime Minister thanked
-- Prime Minister Abe") on a call of two holders of that office is the
-- one the sentence does not name.  Sentences of our own.

test("'a call from X who urged ...': X's point", function()
  local l = claim_lines(extract({ "President Mwai Kibaki yesterday received a telephone call from UN Secretary General Ban Ki-moon who urged dialogue to end the violence." }, "2008-01-09"))
  eq(#l, 1)
  ok(l[1]:find("urged dialogue to end the violence", 1, true), l[1])
  ok(l[1]:find("^United Nations |"), l[1])
end)

test("'X, who urged ...' as before", function()
  local l = claim_lines(extract({ "President Mwai Kibaki yesterday received a telephone call from UN Secretary General Ban Ki-moon, who urged dialogue to end the violence." }, "2008-01-09"))
  eq(#l, 1)
  ok(l[1]:find("^United Nations |"), l[1])
end)

test("a bare office on a call of two holders: the one not named", function()
  local l = claim_lines(extract({ "Prime Minister Narendra Modi received a telephone call today from Prime Minister Shinzo Abe of Japan.",
    { "Prime Minister Abe conveyed his condolences on the loss of lives in the storms.",
      "Prime Minister thanked Prime Minister Abe and said that India valued its partnership with Japan." } }, "2018-05-04"))
  eq(#l, 2)
  ok(l[1]:find("^Japan |"), l[1])
  ok(l[2]:find("^India |"), l[2])
end)
