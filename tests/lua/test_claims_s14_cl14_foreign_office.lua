-- "The Foreign Office" alone, session 14 (cl14): the press calls
-- Pakistan's foreign ministry (and, in English, Germany's) by the bare
-- name that is also the UK's.  The gazetteer's `also` lists the other
-- sides; on a call the UK is not on but one of them is, the body speaks
-- for that one; on a call with the UK it stays the UK's.  Short invented
-- paragraphs.

test("a Foreign Office spokesman in a Pakistani report", function()
  local ex = extract({ "ISLAMABAD, Aug 12: Prime Minister Nawaz Sharif spoke to Afghan President Ashraf Ghani by telephone on Tuesday, a Foreign Office spokesman said.",
    "The spokesman said the prime minister had assured Mr Ghani that Pakistan would not allow its soil to be used against Afghanistan." },
    "2015-08-12")
  local lines = claim_lines(ex)
  ok(has(lines, "Pakistan | Nawaz Sharif | a Foreign Office spokesman | Pakistan would not allow its soil to be used against Afghanistan"),
    table.concat(lines, "\n"))
end)

test("the Foreign Office on a call of the United Kingdom", function()
  local ex = extract({ "Foreign Secretary Jack Straw telephoned Secretary of State Colin Powell on Monday.",
    "A Foreign Office spokesman said Mr Straw had urged Washington to seek a second resolution." },
    "2003-02-18")
  local lines = claim_lines(ex)
  ok(has(lines, "United Kingdom | Jack Straw | A Foreign Office spokesman | urged Washington to seek a second resolution"),
    table.concat(lines, "\n"))
end)

test("the Foreign Office in Bonn", function()
  local ex = extract({ "Chancellor Helmut Kohl spoke to President George Bush by telephone on Saturday, a Foreign Office spokesman in Bonn said.",
    "The spokesman said the Chancellor had assured Mr Bush that Germany would meet its commitments to the alliance." },
    "1991-01-20")
  local lines = claim_lines(ex)
  ok(has(lines, "Germany | Helmut Kohl | a Foreign Office spokesman | Germany would meet its commitments to the alliance"),
    table.concat(lines, "\n"))
end)
