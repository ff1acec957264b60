-- A narrative of a held call told in the historic present, session 12: a
-- participant telling the other party ("Mitterrand then tells him: ...",
-- "Kohl tells Bush that ...") reports the call, not a standing position,
-- and so do the present reports of the call's participants that go on
-- from it ("He says ..."); a present report with no hearer and nothing
-- before it stays a standing position.  Invented narratives.

local function lines(paras, pub)
  return claim_lines(extract(paras, pub))
end

test("telling the other party in the present reports the call", function()
  eq(lines({ "On Thursday 12 March 1987, Mitterrand telephoned Chancellor Helmut Kohl. The archive opened the recording in 2017.",
    "Mitterrand then tells him: \"We cannot let the missile talks fail for want of a European voice.\"",
    "He says the talks in Geneva had stalled for a month, and that the Soviet offer was serious." }, "2022-03-12"),
    { "France | François Mitterrand | - | We cannot let the missile talks fail for want of a European voice",
      "France | François Mitterrand | - | the talks in Geneva had stalled for a month; the Soviet offer was serious" })
end)

test("a named hearer on the call", function()
  eq(lines({ "On Monday 6 August 1990, President George Bush telephoned Prime Minister Brian Mulroney.",
    "Bush tells Mulroney that Iraq will not be allowed to keep Kuwait." }, "2020-08-06"),
    { "United States | Bush | - | Iraq will not be allowed to keep Kuwait" })
end)

test("a present report alone is still a standing position", function()
  eq(lines({ "On Monday 6 August 1990, President George Bush telephoned Prime Minister Brian Mulroney.",
    "Bush says Iraq will not be allowed to keep Kuwait." }, "2020-08-06"), {})
end)
