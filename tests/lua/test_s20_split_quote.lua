-- Session 20: a quotation the segmenter split in two, on a call that did
-- not take place.  '"The time for that call has not yet come. But we will
-- be patient," X said.': the first sentence says something of the call (a
-- denial's words), the second closes the quotation with its attribution
-- but says nothing of the call itself; the first sentence's words are
-- still X's, as they are on a call that took place.  Sentences of our own.

local function lines(paras, day)
  return claim_lines(extract(paras, day))
end

test("the opened words on a denied call take the closing attribution", function()
  local l = lines({ { "In March, Mr Rudd sought a call with President Hu Jintao, but the Chinese president would not take it.",
    "\"The time for that call has not yet come.", "But we will be patient,\" Mr Rudd said in Canberra." } }, "2009-04-20")
  eq(#l, 1)
  ok(l[1]:find("^Australia | Kevin Rudd |") and l[1]:find("has not yet come", 1, true), l[1])
end)

test("on a call that took place, as before", function()
  local l = lines({ { "Mr Rudd spoke to President Hu Jintao by telephone on Thursday.",
    "\"Our relationship with China remains strong and will weather this dispute.",
    "But we have a great deal of work to do,\" Mr Rudd said." } }, "2009-04-20")
  local all = table.concat(l, "; ")
  ok(#l == 2 and all:find("Kevin Rudd | - | Our relationship with China remains strong", 1, true)
    and all:find("work to do", 1, true), all)
end)
