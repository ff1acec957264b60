-- Session 21: a call told in the first person inside quotation marks.
-- The "I" of quoted words is the person the quotation is attributed to,
-- after it ('"I spoke with X," Y wrote') or before a colon ('Y said: "I
-- spoke with X"'); a day inside the quotation ("today", "yesterday")
-- counts from the day the words were said when the attribution names
-- one; the purpose of the call and what the speaker "told" the other on
-- it are the speaker's claims, as they are told unquoted.  Sentences of
-- our own.

test("'\"I spoke with X,\" Y wrote': a call of Y and X", function()
  eq(call_pairs(briefing({ '"I spoke with President Zelensky again this morning," Trudeau wrote on Twitter.' }, "2022-03-03"), "status"),
    { "Justin Trudeau + Volodymyr Zelensky: held" })
  eq(call_pairs(briefing({ '"I talked to King Fahd last night and he agreed," Bush told reporters.' }, "1990-08-12"), "date"),
    { "George H. W. Bush + King Fahd @ 1990-08-11" })
end)

test("'Y said: \"I spoke with X\"' (the attribution before a colon)", function()
  eq(call_pairs(briefing({ 'Trudeau wrote on Twitter: "I spoke with President Zelensky this morning about more support."' }, "2022-03-03"), "status"),
    { "Justin Trudeau + Volodymyr Zelensky: held" })
end)

test("'\"I telephoned X\"': the speaker placed the call", function()
  local b = briefing({ '"I telephoned President Mitterrand this morning," Mrs Thatcher told the Commons.' }, "1984-05-20")
  eq(call_pairs(b, "status"), { "François Mitterrand + Margaret Thatcher: held" })
  eq(initiators(b), { "Margaret Thatcher" })
end)

test("quoted denials and plans keep their status", function()
  eq(call_pairs(briefing({ '"I have not spoken to President Assad and I will not," Erdogan said.' }, "2018-05-14"), "status"),
    { "Bashar al-Assad + Recep Tayyip Erdoğan: denied" })
  eq(call_pairs(briefing({ '"I will call President Xi tomorrow," Biden told reporters.' }, "2021-05-14"), "status"),
    { "Joe Biden + Xi Jinping: planned" })
end)

test("no named counterpart, no call", function()
  eq(#briefing({ '"I spoke with the families this morning," Biden said.' }, "2021-05-14").calls, 0)
end)

test("a quoted day counts from the day of the telling", function()
  eq(call_pairs(briefing({ '"I spoke with President Zelensky today," Sall wrote on Twitter late on Monday.' }, "2022-04-12"), "date"),
    { "Macky Sall + Volodymyr Zelensky @ 2022-04-11" })
  eq(call_pairs(briefing({ 'Sall wrote on Monday: "I spoke with President Zelensky this morning."' }, "2022-04-12"), "date"),
    { "Macky Sall + Volodymyr Zelensky @ 2022-04-11" })
  eq(call_pairs(briefing({ '"I spoke with President Zelensky yesterday," Sall told reporters on Tuesday.' }, "2022-04-13"), "date"),
    { "Macky Sall + Volodymyr Zelensky @ 2022-04-11" })
  -- (no day told: from the report's)
  eq(call_pairs(briefing({ '"I spoke with President Zelensky yesterday," Sall told reporters.' }, "2022-04-13"), "date"),
    { "Macky Sall + Volodymyr Zelensky @ 2022-04-12" })
end)

test("the quoted purpose of the call is the speaker's claim", function()
  local l = claim_lines(extract({ '"I just spoke with Prime Minister Netanyahu to reaffirm our ironclad commitment to the security of Israel," Biden said.' }, "2024-04-14"))
  eq(#l, 1)
  ok(l[1]:find("United States | Joe Biden | - | reaffirm our ironclad commitment", 1, true), l[1])
end)

test("what the speaker told the other on the call, quoted", function()
  local l = claim_lines(extract({ 'Mr Bush said: "I told Mr Gorbachev on the telephone that we expect the troops to leave."' }, "1991-05-14"))
  eq(#l, 1)
  ok(l[1]:find("United States | Mr Bush | - | we expect the troops to leave", 1, true), l[1])
end)
