-- Session 23 (cl23): an aide the gazetteer does not know telling a
-- participant's words.  "NAME, a senior aide, said X had told Y that ...":
-- the description apposed to an unknown name may have adjectives between
-- its article and its office word; "..., according to NAME, his press
-- secretary." / "..., according to NAME, a White House aide.": the
-- description ends the sentence and may open with a possessive; neither
-- stays in the claim's text.  The tellers are invented names no gazetteer
-- holds.  Sentences of our own.

local function ends(s, tail) return s:sub(-#tail) == tail end

local BK = "President Bush telephoned Chancellor Kohl on Tuesday evening."

test("'..., according to NAME, his press secretary.': the description out of the text", function()
  local l = claim_lines(extract({ BK, "Bush told Kohl that Washington would not object, according to Michel Roux, his press secretary." }, "1990-02-14"))
  eq(#l, 1)
  ok(l[1]:find("United States | George H. W. Bush | ", 1, true) == 1, l[1])
  ok(ends(l[1], "| Washington would not object"), l[1])
end)

test("'..., according to NAME, a White House aide.'", function()
  local l = claim_lines(extract({ "Prime Minister Thatcher telephoned President Reagan on Monday.",
    "Mrs. Thatcher urged restraint in the Gulf, according to Alan Pickering, a Downing Street aide." }, "1987-07-21"))
  eq(#l, 1)
  ok(l[1]:find("United Kingdom | Margaret Thatcher | ", 1, true) == 1, l[1])
  ok(ends(l[1], "| urged restraint in the Gulf"), l[1])
end)

test("'NAME, a senior aide, said X had told Y that ...': X's words", function()
  local l = claim_lines(extract({ BK, "Michel Roux, a senior aide, said Bush had told Kohl that Washington would not object." }, "1990-02-14"))
  eq(#l, 1)
  ok(l[1]:find("United States | George H. W. Bush | ", 1, true) == 1, l[1])
  ok(ends(l[1], "| Washington would not object"), l[1])
end)

test("'NAME, a close presidential adviser, said the president had assured ...'", function()
  local l = claim_lines(extract({ "President Mitterrand spoke by telephone with Chancellor Kohl on Friday.",
    "Jean-Paul Aubrac, a close presidential adviser, said the president had assured Mr. Kohl that France would not stand in the way." }, "1989-11-25"))
  eq(#l, 1)
  ok(l[1]:find("France | François Mitterrand | ", 1, true) == 1, l[1])
  ok(ends(l[1], "| France would not stand in the way"), l[1])
end)

test("'A senior aide, John Harwood, said ...' as before", function()
  local l = claim_lines(extract({ BK, "A senior aide, John Harwood, said Bush had told Kohl that Washington would not object." }, "1990-02-14"))
  eq(#l, 1)
  ok(l[1]:find("United States | George H. W. Bush | ", 1, true) == 1, l[1])
end)

test("'..., his aide NAME said' as before", function()
  local l = claim_lines(extract({ BK, "Bush told Kohl that Washington would not object, his aide Michel Roux said." }, "1990-02-14"))
  eq(l, { "United States | George H. W. Bush | his aide Michel Roux | Washington would not object" })
end)

test("'according to NAME, the spokesman, ...' opening the sentence as before", function()
  local l = claim_lines(extract({ BK, "According to Michel Roux, the spokesman, Bush told Kohl that Washington would not object." }, "1990-02-14"))
  eq(#l, 1)
  ok(ends(l[1], "| Washington would not object"), l[1])
end)

test("'..., according to his press secretary, NAME.': the name out of the text", function()
  local l = claim_lines(extract({ BK, "Bush told Kohl that Washington would not object, according to his press secretary, Michel Roux." }, "1990-02-14"))
  eq(l, { "United States | George H. W. Bush | his press secretary | Washington would not object" })
end)
