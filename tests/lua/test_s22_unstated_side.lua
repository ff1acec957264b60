-- Session 22: whose account an attribution of no stated country gives,
-- and who "he" is in an office's account.  "Merkel urged restraint, a
-- government spokesman said" is the German government's, whatever body
-- the sentence before named: an unnamed official telling what a person
-- did speaks for that person's side before the side in focus or the
-- latest body.  "A statement from Mr Lange's office said he ...",
-- "Zelensky's office said he ..." and "The office of the president said
-- he ...": "he" is the office's holder.  Sentences of our own.

local MACRON = "President Macron spoke by telephone with Chancellor Merkel on Monday."
local ELYSEE = "According to the Elysee, the president also raised the situation in Libya."

test("'NAME urged ..., a government spokesman said': NAME's side, not the Elysee's before", function()
  local l = claim_lines(extract({ MACRON, ELYSEE, "Merkel urged restraint in Libya, a government spokesman said." }, "2019-03-12"))
  eq(#l, 2)
  eq(l[2], "Germany | Angela Merkel | a government spokesman | urged restraint in Libya")
end)

test("'The chancellor urged ..., a government spokesman said': the office's holder's side", function()
  local l = claim_lines(extract({ MACRON, ELYSEE, "The chancellor urged restraint in Libya, a government spokesman said." }, "2019-03-12"))
  eq(#l, 2)
  eq(l[2], "Germany | Angela Merkel | a government spokesman | urged restraint in Libya")
end)

test("'..., a senior official said' after the other side's account", function()
  local l = claim_lines(extract({ "Mr. Reagan telephoned Mrs. Thatcher on Tuesday evening.",
    "Downing Street said the prime minister had pressed for a negotiated settlement.",
    "Mr. Reagan assured her of American support, a senior official said." }, "1982-04-21"))
  eq(#l, 2)
  ok(l[1]:find("^United Kingdom | Margaret Thatcher |"), l[1])
  ok(l[2]:find("^United States | Ronald Reagan |"), l[2])
end)

test("'..., an official said' after a statement from the other's office", function()
  local l = claim_lines(extract({ "Prime Minister Hawke spoke by telephone with Prime Minister Lange on Friday.",
    "A statement from Mr Lange's office said he had raised the nuclear ships issue.",
    "Mr Hawke told his counterpart that the alliance was not negotiable, an official said." }, "1985-02-09"))
  eq(#l, 2)
  eq(l[1], "New Zealand | David Lange | A statement from Mr Lange's office | raised the nuclear ships issue")
  ok(l[2]:find("^Australia | Bob Hawke |"), l[2])
end)

test("a named side's spokesman as before", function()
  local l = claim_lines(extract({ MACRON, ELYSEE, "The chancellor stressed that sanctions must stay, a German government spokesman said." }, "2019-03-12"))
  eq(l[2], "Germany | Angela Merkel | a German government spokesman | sanctions must stay")
end)

test("'a spokesman' after the Kremlin's account of its own leader as before", function()
  local l = claim_lines(extract({ "President Putin had a telephone conversation with President Erdogan.",
    "The Kremlin said the two discussed Syria.",
    "Putin stressed the need to respect Syria's sovereignty, a spokesman said." }, "2019-10-12"))
  eq(#l, 2)
  eq(l[2], "Russia | Vladimir Putin | The Kremlin | stressed the need to respect Syria's sovereignty")
end)

local JOHNSON = "Prime Minister Johnson spoke by telephone with President Zelensky on Tuesday."

test("'Zelensky's office said he ...': he is Zelensky, though Johnson is named first", function()
  local l = claim_lines(extract({ JOHNSON, "Zelensky's office said he had raised the issue of air defence." }, "2022-03-02"))
  eq(l, { "Ukraine | Volodymyr Zelensky | Zelensky's office | raised the issue of air defence" })
end)

test("'The office of the president said he ...': the participant who is president", function()
  local l = claim_lines(extract({ JOHNSON, "The office of the president said he had asked for more air defence systems." }, "2022-03-02"))
  eq(l, { "Ukraine | Volodymyr Zelensky | The office of the president | asked for more air defence systems" })
end)

test("'A statement from Lange's office said that he ...': Lange", function()
  local l = claim_lines(extract({ "Prime Minister Hawke spoke by telephone with Prime Minister Lange on Friday.",
    "A statement from Lange's office said that he raised the nuclear ships issue." }, "1985-02-09"))
  eq(l, { "New Zealand | David Lange | A statement from Lange's office | raised the nuclear ships issue" })
end)

test("'Mr Lange's spokesman said he ...' as before", function()
  local l = claim_lines(extract({ "Prime Minister Hawke spoke by telephone with Prime Minister Lange on Friday.",
    "Mr Lange's spokesman said he had raised the nuclear ships issue." }, "1985-02-09"))
  eq(l, { "New Zealand | David Lange | Mr Lange's spokesman | raised the nuclear ships issue" })
end)
