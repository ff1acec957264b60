-- Session 24 (cl24): a spokesperson off the call, known to the gazetteer,
-- in apposition to his office or holding a spokesperson's term on the
-- day, who tells of the call itself ("the conversation was ...", "the
-- call ...") or speaks in his side's "we", with no participant's words:
-- the side's account, speaker "joint", as of a spokesman the gazetteer
-- does not know.  Guards: a leader's words told by a spokesman stay his,
-- a spokesman's own position stays his.  Sentences of our own.

local function lines(paras, date) return claim_lines(extract(paras, date)) end

test("a known spokesman in apposition telling of the call", function()
  eq(lines({ "President Putin spoke by telephone with Chancellor Merkel on Monday.",
    "Putin's spokesman, Dmitry Peskov, said the conversation had been businesslike." }, "2015-02-10"),
    { "Russia | joint | Putin's spokesman | the conversation had been businesslike" })
  eq(lines({ "Foreign Minister Lavrov spoke by phone with Secretary Kerry on Friday.",
    "Maria Zakharova, the ministry's spokeswoman, said the call had been frank." }, "2016-09-24"),
    { "Russia | joint | the ministry's spokeswoman | the call had been frank" })
end)

test("the same as an unknown spokesman", function()
  eq(lines({ "President Putin spoke by telephone with Chancellor Merkel on Monday.",
    "Putin's spokesman, Ivan Petrenko, said the conversation had been businesslike." }, "2015-02-10"),
    { "Russia | joint | Putin's spokesman | the conversation had been businesslike" })
end)

test("guard: a leader's words told by a spokesman stay his", function()
  eq(lines({ "President Putin spoke by telephone with Chancellor Merkel on Monday.",
    "Putin's spokesman, Dmitry Peskov, said Putin told Merkel that Kiev had to negotiate." }, "2015-02-10"),
    { "Russia | Vladimir Putin | Putin's spokesman | Kiev had to negotiate" })
end)
