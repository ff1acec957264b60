-- Pages as archives and converters leave them, session 12: a cable's
-- declassification date dates nothing, a year-first date line ("2008
-- August 13") does; a timeline's dated paragraphs are told on their days;
-- a converted PDF's page numbers are furniture, its words broken at line
-- ends are whole again, and the date under its signature still dates it
-- past a last "Page 2 of 2"; a question over the byline is the headline.
-- Short invented pages.

local BODY = "The Minister spoke by telephone with his Danish counterpart about the fisheries dispute.\n\n"
  .. "Both sides agreed that officials would meet again before the end of the month.\n"

test("a declassification date is no publication date", function()
  local d = page("S E C R E T OSLO 000231\n\nE.O. 12958: DECL: 03/02/2019\n\nSUBJECT: FISHERIES\n\n" .. BODY)
  eq(d.published, nil)
  local d2 = page("S E C R E T OSLO 000231\n\nDate: 2009 March 2, 11:20 (Monday)\n\nE.O. 12958: DECL: 03/02/2019\n\n"
    .. "SUBJECT: FISHERIES\n\n" .. BODY)
  eq(d2.published, "2009-03-02")
end)

test("a timeline's paragraphs are told on their days", function()
  local d = page("Chronology of the fisheries dispute\n\n"
    .. "4 March - The Norwegian coast guard detains two Danish trawlers.\n\n"
    .. "9 March - The two prime ministers speak. Both call for calm.\n\n"
    .. "The talks are then adjourned.\n\n"
    .. "15 March - Officials meet in Bergen.\n\n"
    .. "Published 20 March 2009\n")
  local days = {}
  for i, p in ipairs(d.paragraphs) do days[i] = p.date or "-" end
  eq(days, { "-", "2009-03-04", "2009-03-09", "2009-03-09", "2009-03-15" })
  -- (two dated paragraphs are no timeline)
  local d2 = page("Fisheries\n\n4 March - The coast guard detains two trawlers.\n\n"
    .. "9 March - The two prime ministers speak.\n\nPublished 20 March 2009\n")
  eq(d2.paragraphs[2].date, nil)
end)

test("a converted PDF: page numbers, broken words, the date under the signature", function()
  local d = page("PRESS RELEASE\n\n"
    .. "The Minister of Foreign Affairs spoke today by telephone with the For-\n"
    .. "eign Minister of Denmark about the detention of two trawlers in the\n"
    .. "Barents Sea and about the work of the joint fisheries commis-\n"
    .. "sion, which is due to meet again before the end of the month.\n\n"
    .. "Page 1 of 2\n\n"
    .. "Both ministers agreed that the matter should be settled by the commission.\n\n"
    .. "Oslo\n4 March 2009\n\nPage 2 of 2\n")
  eq(d.published, "2009-03-04")
  eq(d.published_basis, "signature")
  ok(d.sentences[2].text:find("Foreign Minister of Denmark", 1, true) ~= nil, d.sentences[2].text)
  ok(d.sentences[2].text:find("fisheries commission, which", 1, true) ~= nil, d.sentences[2].text)
  for _, s in ipairs(d.sentences) do ok(not s.text:find("Page 1", 1, true), s.text) end
  -- (a hyphen before a capital stays: "pro-" / "Western")
  local d2 = page("The two foreign ministers, both of them known as firmly pro-\n"
    .. "Western in outlook, spoke for about twenty minutes by phone\n"
    .. "on Monday evening and agreed that they would speak again after\n"
    .. "the commission had met.\n")
  ok(d2.sentences[1].text:find("pro- Western", 1, true) ~= nil, d2.sentences[1].text)
end)

test("a question over the byline is the headline", function()
  local d = page("Fact Desk | Verdict: FALSE\n\nDid the Prime Minister hang up on the Danish Prime Minister?\n\n"
    .. "By Ola Nordmann\n\n4 March 2009\n\n" .. BODY)
  eq(d.title, "Did the Prime Minister hang up on the Danish Prime Minister?")
  eq(d.published, "2009-03-04")
end)
