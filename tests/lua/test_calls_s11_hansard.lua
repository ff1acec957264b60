-- Records of parliamentary debates, session 11: labels ending in a dash
-- ("Mr HOWARD—", "Mr BEAZLEY (2.14 p.m.)—") whose surname is the one
-- person of that name in office on the day; an office in brackets after
-- a speaker's name ("Right Hon. Brian Mulroney (Prime Minister):") is
-- that person's; the chair addressed ("Mr. Speaker") is nobody; a
-- question after the chair addressed asks about a call, it reports none.
-- Short invented records.

local function calls_of(paras, pub) return sorted_call_pairs(briefing(paras, pub), "status") end

test("a label ending in a dash, its surname the one in office", function()
  eq(calls_of({ "Mr RUDD (2.05 p.m.)—My question is to the Prime Minister. Has he spoken to the President of Indonesia?",
      "Mr HOWARD—I spoke to President Yudhoyono by telephone last night about the bombing in Jakarta." }, "2004-09-10"),
    { "John Howard + Susilo Bambang Yudhoyono: held" })
end)

test("an office in brackets after the speaker's name; the chair addressed", function()
  eq(calls_of({ "Hon. Stockwell Day (Okanagan—Coquihalla): Mr. Speaker, has the Prime Minister called the President?",
      "Right Hon. Jean Chrétien (Prime Minister): Mr. Speaker, I spoke with President Bush by telephone this morning about the border." },
      "2001-09-17"),
    { "George W. Bush + Jean Chrétien: held" })
  eq(calls_of({ "Mr. Harper: Mr. Speaker, did the Prime Minister speak to the President of France about the war?",
      "Right Hon. Jean Chrétien (Prime Minister): Mr. Speaker, I will speak to President Chirac tomorrow." },
      "2003-03-18"),
    { "Jacques Chirac + Jean Chrétien: planned" })
end)
