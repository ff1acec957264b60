-- Call dates, session 6: a weekday with its week ("Monday last week",
-- "Thursday of last week", "Tuesday next week"), "the day before
-- yesterday" and "N days ago", against the publication date; short
-- invented sentences.

local function dated(s, pub) return call_pairs(briefing({ s }, pub), "basis") end

test("a weekday with its week is that day of the week before or after the report's", function()
  -- published Wednesday 15 March 2023
  eq(dated("Lula and Alberto Fernández held a phone call on Monday last week.", "2023-03-15"),
    { "Alberto Fernández + Luiz Inácio Lula da Silva @ 2023-03-06 (relative)" })
  eq(dated("Ruto and Ramaphosa spoke by telephone on Thursday of last week.", "2023-03-15"),
    { "Cyril Ramaphosa + William Ruto @ 2023-03-09 (relative)" })
  -- published Sunday 5 November 2023: the week before runs 23-29 October
  eq(dated("Anwar Ibrahim spoke by phone with Erdogan on Friday last week.", "2023-11-05"),
    { "Anwar Ibrahim + Recep Tayyip Erdoğan @ 2023-10-27 (relative)" })
  local b = briefing({ "Modi and Albanese will speak by phone on Tuesday next week." }, "2023-03-15")
  eq(call_pairs(b, "basis"), { "Anthony Albanese + Narendra Modi @ 2023-03-21 (relative)" })
  eq(b.calls[1].status, "planned")
  -- "last Monday" stays the latest Monday before the report
  eq(dated("Macron and Scholz spoke by phone last Monday.", "2023-03-15"),
    { "Emmanuel Macron + Olaf Scholz @ 2023-03-13 (relative)" })
end)

test("'the day before yesterday' and 'N days ago'", function()
  eq(dated("Tokayev and Mirziyoyev spoke by phone the day before yesterday.", "2022-01-12"),
    { "Kassym-Jomart Tokayev + Shavkat Mirziyoyev @ 2022-01-10 (relative)" })
  eq(dated("Sharif said he had called Erdogan two days ago.", "2023-02-08"),
    { "Recep Tayyip Erdoğan + Shehbaz Sharif @ 2023-02-06 (relative)" })
  eq(dated("Petro and Lula spoke by telephone 3 days ago.", "2023-03-15"),
    { "Gustavo Petro + Luiz Inácio Lula da Silva @ 2023-03-12 (relative)" })
end)

test("a call tried and not connected keeps the day of the attempt", function()
  eq(dated("On Monday Bush tried to telephone Gorbachev and could not get through.", "1991-08-21"),
    { "George H. W. Bush + Mikhail Gorbachev @ 1991-08-19 (relative)" })
  local b = briefing({ "On Monday Bush tried to telephone Gorbachev and could not get through." }, "1991-08-21")
  eq({ b.calls[1].status, b.calls[1].initiator }, { "denied", "George H. W. Bush" })
  -- "telephone him": the person of the call told before
  b = briefing({ "Bush spoke by telephone on Wednesday with Gorbachev.",
    "On Monday Bush had tried to telephone him and was unable to get through." }, "1991-08-21")
  eq(call_pairs(b, "basis"), { "George H. W. Bush + Mikhail Gorbachev @ 1991-08-19 (relative)",
    "George H. W. Bush + Mikhail Gorbachev @ 1991-08-21 (relative)" })
  eq(dated("Netanyahu declined to take a call from Erdogan on Tuesday.", "2023-03-15"),
    { "Benjamin Netanyahu + Recep Tayyip Erdoğan @ 2023-03-14 (relative)" })
end)

test("a call said not to have happened or not to come has no day", function()
  eq(dated("Asked on Saturday whether he had spoken to Assad, Erdogan said he had not called him.", "2016-05-23"),
    { "Bashar al-Assad + Recep Tayyip Erdoğan @ undated (unknown)" })
  eq(dated("Lula said in an interview published on Wednesday that he would not call Trump.", "2025-08-07"),
    { "Donald Trump + Luiz Inácio Lula da Silva @ undated (unknown)" })
end)

test("requests refused before a call held are a denied call of their own; 'since' dates no call", function()
  local b = briefing({ "Erdogan and Netanyahu spoke by phone on Friday.",
    "Israel had declined Erdogan's requests for a call earlier in the week, Turkish officials said." }, "2023-03-18")
  local got = {}
  for _, c in ipairs(b.calls) do got[#got + 1] = c.status .. " @ " .. (c.date or "undated") end
  table.sort(got)
  eq(got, { "denied @ undated", "held @ 2023-03-17" })
  -- a request open since a day is no call on that day
  b = briefing({ "Lula and Biden spoke by telephone on Friday.",
    "Brasília had sought a telephone conversation between the two presidents since Monday." }, "2023-03-18")
  eq(call_pairs(b, "basis"), { "Joe Biden + Luiz Inácio Lula da Silva @ 2023-03-17 (relative)" })
  eq(dated("Erdogan said he had not spoken with Assad since Sunday.", "2023-03-18"),
    { "Bashar al-Assad + Recep Tayyip Erdoğan @ undated (unknown)" })
end)

test("a readout's start time after its date leaves the date stated", function()
  -- posted the next day: the stated day, not the page's
  eq(dated("On October 8, commencing at 6:00 p.m. for approximately 30 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, held a telephone talk with H.E. Mr. Narendra Modi, Prime Minister of the Republic of India.", "2021-10-09"),
    { "Fumio Kishida + Narendra Modi @ 2021-10-08 (stated)" })
  eq(dated("On May 12, starting at 9 p.m., President Joko Widodo held a telephone conversation with Prime Minister Shinzo Abe.", "2020-05-13"),
    { "Joko Widodo + Shinzo Abe @ 2020-05-12 (stated)" })
end)

test("a call in preparation is planned, not held on the report's day", function()
  local function status(s)
    local b = briefing({ s }, "2023-03-15")
    return b.calls[1] and (b.calls[1].status .. " @ " .. (b.calls[1].date or "undated")) or "none"
  end
  eq(status("A call between Biden and Xi is being arranged."), "planned @ undated")
  eq(status("A telephone conversation between Putin and Erdogan is being prepared, Peskov said."), "planned @ undated")
  eq(status("Officials are working to set up a call between Biden and Xi."), "planned @ undated")
  eq(status("A video call between Scholz and Modi is in the works."), "planned @ undated")
  -- tried and failed stays denied
  eq(status("Ankara tried to arrange a call between Erdogan and Assad, but Damascus did not respond."),
    "denied @ undated")
end)
