-- Military ranks written in full, session 10: "Colonel Qadhafi",
-- "Lieutenant General Leopoldo Galtieri", "General Zia-ul-Haq" are the
-- people the gazetteer knows; a rank introduces no one it does not know
-- (a chief of staff is no party to a call between leaders), and "the
-- General Assembly" is no one.  Short invented sentences.

local function calls_of(text, pub) return sorted_call_pairs(briefing({ text }, pub)) end

test("a rank in full before a person the gazetteer knows", function()
  eq(calls_of("Secretary-General Ban Ki-moon spoke by telephone with Colonel Qadhafi on Monday.", "2011-02-23"),
    { "Ban Ki-moon + Muammar Gaddafi" })
  eq(calls_of("President Ronald Reagan telephoned Lieutenant General Leopoldo Galtieri on Thursday night.", "1982-04-03"),
    { "Leopoldo Galtieri + Ronald Reagan" })
  eq(calls_of("Prime Minister Rajiv Gandhi spoke by telephone with General Zia-ul-Haq on Sunday.", "1987-02-03"),
    { "Muhammad Zia-ul-Haq + Rajiv Gandhi" })
end)

test("a rank introduces no one the gazetteer does not know", function()
  eq(calls_of("Admiral Mike Mullen spoke by phone with General Ashfaq Kayani on Monday.", "2011-05-03"), {})
  eq(calls_of("After the General Assembly voted, President George Bush spoke with President François Mitterrand by phone.", "1990-11-30"),
    { "François Mitterrand + George H. W. Bush" })
end)
