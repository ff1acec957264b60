-- Who placed the call, told as the call's own subject, session 11: "The
-- conversation took place at the initiative of the Finnish side", "the call
-- had been made at the Japanese side's request", "was initiated by the
-- Italian side" -- call data (the initiator), no side's assertion, as
-- "placed the call" and the call's length.  A request in another clause
-- stays, and so does a request of a named body ("at the request of the
-- White House": who asked may be disputed).  Invented reports.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end

test("the initiative of a side is no claim", function()
  eq(lines({ "President Vladimir Putin spoke by telephone with President Sauli Niinisto on Friday.",
    "The conversation took place at the initiative of the Finnish side, the Kremlin said." }, "2017-01-20"),
    {})
  eq(lines({ "President Dmitry Medvedev spoke by telephone with Prime Minister Naoto Kan on Sunday.",
    "The Kremlin said the call had been made at the Japanese side's request." }, "2011-03-13"),
    {})
  eq(lines({ "President Vladimir Putin spoke by telephone with Prime Minister Matteo Renzi on Tuesday.",
    "According to the Kremlin, the telephone conversation was initiated by the Italian side." }, "2014-08-26"),
    {})
end)

test("a request in another clause, or of a named body, stays", function()
  -- (who asked for the call, when a side names the other's office, may be
  -- disputed: the formula of the readouts names a "side")
  eq(lines({ "President Barack Obama spoke by telephone with President Hassan Rouhani on Friday.",
    "Rouhani's office said the conversation took place at the request of the White House." }, "2013-09-28"),
    { "Iran | joint | Rouhani's office | the conversation took place at the request of the White House" })
  eq(lines({ "President Vladimir Putin spoke by telephone with President Sauli Niinisto on Friday.",
    "The Kremlin said the call was constructive and that Russia would send observers at the request of the OSCE." }, "2017-01-20"),
    { "Russia | joint | The Kremlin | the call was constructive; Russia would send observers at the request of the OSCE" })
end)

-- (and the call's taking place, a time at most after it: "a telephone
-- conversation had taken place on Monday evening" is the call itself; "in
-- a businesslike atmosphere" is a judgement and stays)
test("that the call took place is no claim", function()
  eq(lines({ "President Vladimir Putin spoke by telephone with President Sauli Niinisto on Friday.",
    "The Kremlin press service said a telephone conversation had taken place on Friday evening." }, "2017-01-21"),
    {})
  eq(lines({ "General Wojciech Jaruzelski spoke by telephone with Mikhail Gorbachev on Tuesday.",
    "The Polish news agency PAP said only that a conversation took place." }, "1989-08-23"),
    {})
  eq(lines({ "President Vladimir Putin spoke by telephone with President Sauli Niinisto on Friday.",
    "The Kremlin said the talks took place in a businesslike atmosphere." }, "2017-01-21"),
    { "Russia | joint | The Kremlin | the talks took place in a businesslike atmosphere" })
end)

-- (and a participant's confirming the call, on some channel at most)
test("confirming the call is no claim", function()
  eq(lines({ "Prime Minister Justin Trudeau spoke by telephone with President Joe Biden on Friday.",
    "Trudeau confirmed the chat on social media." }, "2021-01-23"),
    {})
  eq(lines({ "Prime Minister Jacinda Ardern spoke by telephone with Prime Minister Scott Morrison on Sunday.",
    "Ardern confirmed the brief conversation on Twitter." }, "2019-03-17"),
    {})
end)

-- (and who made the call, or where from, when that is all the point says)
test("who made the call is no claim; what follows 'and' stays", function()
  eq(lines({ "Prime Minister Tony Blair spoke by telephone with Prime Minister Bertie Ahern on Sunday.",
    "Irish officials said the call was made by Mr. Blair." }, "1998-04-06"),
    {})
  eq(lines({ "President Lula spoke by telephone with President Hugo Chavez on Thursday.",
    "Brazilian officials said the call was placed from the Planalto and Lula had urged Chavez to free the hostages." }, "2008-01-11"),
    { "Brazil | Luiz Inácio Lula da Silva | Brazilian officials | urged Chavez to free the hostages" })
end)
