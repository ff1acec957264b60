-- Session 22: the unquoted first person of a release whose header names
-- its author.  A header line that is one person the gazetteer knows and
-- only capitalised words besides ("The Hon Malcolm Turnbull MP", "H.E.
-- President Uhuru Kenyatta") makes that person the "I" of the body; so
-- does a header line naming an office of a country ("Prime Minister of
-- Australia", "Statement by the Prime Minister of Australia"), or an
-- office after a genre under a government's masthead ("Australian
-- Government" over "Statement by the Prime Minister"): its one holder on
-- the release's date.  A news story whose "I" is only quoted, and a first
-- person with no author named, stay as they were.  Pages of our own.

local function calls_of(text)
  local _, _, b = page_run(text)
  return sorted_call_pairs(b, "date"), b
end

test("a header line naming the author: the 'I' of the body", function()
  local got, b = calls_of("Media Release\n\nThe Hon Malcolm Turnbull MP\n\nPrime Minister of Australia\n\n3 May 2016\n\n"
    .. "Call with Prime Minister Key\n\nI spoke by telephone today with Prime Minister John Key of New Zealand about the Pacific and trade.\n\n"
    .. "We agreed to meet in Sydney in June.\n")
  eq(got, { "John Key + Malcolm Turnbull @ 2016-05-03" })
  eq(initiators(b), { "nil" })
end)

test("'I called X': the author placed the call", function()
  local got, b = calls_of("Press Release\n\nH.E. President Uhuru Kenyatta\n\n12 March 2015\n\n"
    .. "This morning I called President Jakaya Kikwete of Tanzania to discuss the border.\n")
  eq(got, { "Jakaya Kikwete + Uhuru Kenyatta @ 2015-03-12" })
  eq(initiators(b), { "Uhuru Kenyatta" })
end)

test("an office of a country in the header: its holder on the day", function()
  eq(calls_of("Media Release\n\nPrime Minister of Australia\n\n3 May 2016\n\n"
    .. "I spoke by telephone today with Prime Minister John Key of New Zealand about trade.\n"),
    { "John Key + Malcolm Turnbull @ 2016-05-03" })
  eq(calls_of("Statement by the Prime Minister of Australia\n\n3 May 2016\n\n"
    .. "I spoke by telephone today with Prime Minister John Key of New Zealand about trade.\n"),
    { "John Key + Malcolm Turnbull @ 2016-05-03" })
  eq(calls_of("Australian Government\n\nStatement by the Prime Minister\n\nCanberra, 3 May 2016\n\n"
    .. "I spoke by telephone today with Prime Minister John Key of New Zealand about trade.\n"),
    { "John Key + Malcolm Turnbull @ 2016-05-03" })
end)

test("guards: a quoted 'I' in a news story; no author; two people in the header", function()
  eq(calls_of("Leaders talk trade\n\nBy Jane Smith\n\n3 May 2016\n\n"
    .. "Malcolm Turnbull met business leaders in Sydney on Tuesday.\n\n"
    .. "\"We discussed the weather,\" one of them said afterwards.\n"), {})
  eq(calls_of("Leaders talk trade\n\n3 May 2016\n\n"
    .. "I spoke by telephone today with Prime Minister John Key of New Zealand about trade.\n"), {})
  eq(calls_of("Joint Media Release\n\nThe Hon Malcolm Turnbull MP\n\nThe Hon Julie Bishop MP\n\n3 May 2016\n\n"
    .. "I spoke by telephone today with Prime Minister John Key of New Zealand about trade.\n"), {})
  -- (an office with no country: nobody)
  eq(calls_of("Statement by the Prime Minister\n\n3 May 2016\n\n"
    .. "I spoke by telephone today with Prime Minister John Key of New Zealand about trade.\n"), {})
end)
