-- Session 25 (cm25): an impersonal parenthetical between a participant
-- and his verb ("Kennedy, it was learned, told Macmillan that ...", ", it
-- was reported,", ", it is understood,") is no subject of its own: the
-- participant tells, no via.  And "protested", "objected" are a side's
-- position, the verb starting the point ("According to British officials,
-- Mrs. Thatcher protested strongly").  Sentences of our own.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end
local K = "President Kennedy spoke by telephone with Prime Minister Macmillan on Saturday."
local T = "Prime Minister Thatcher spoke by telephone with President Reagan on Friday."

test("'Kennedy, it was learned, told Macmillan that ...'", function()
  eq(lines({ K, "Kennedy, it was learned, told Macmillan that the blockade would hold." }, "1962-10-28"),
    { "United States | John F. Kennedy | - | the blockade would hold" })
  eq(lines({ K, "Macmillan, it is understood, assured Kennedy that Britain would stand firm." }, "1962-10-28"),
    { "United Kingdom | Harold Macmillan | - | Britain would stand firm" })
end)

test("as before: 'Kennedy, a White House aide said, told ...'; no person, no claim", function()
  eq(lines({ K, "Kennedy, a White House aide said, told Macmillan that the blockade would hold." }, "1962-10-28"),
    { "United States | John F. Kennedy | a White House aide | the blockade would hold" })
  eq(lines({ K, "The blockade, it was learned, would hold." }, "1962-10-28"), {})
end)

test("'According to British officials, Mrs. Thatcher protested strongly'", function()
  eq(lines({ T, "According to British officials, Mrs. Thatcher protested strongly against the invasion." }, "1983-10-29"),
    { "United Kingdom | Margaret Thatcher | British officials | protested strongly against the invasion" })
end)

test("hearsay with its agent: 'Mr. Nixon was said by aides to have told Mr. Brandt that ...'", function()
  local N = "President Nixon spoke by telephone with Chancellor Brandt on Friday."
  eq(lines({ N, "Mr. Nixon was said by aides to have told Mr. Brandt that the alliance was sound." }, "1973-05-05"),
    { "United States | Richard Nixon | - | the alliance was sound" })
  -- (as before, without the agent)
  eq(lines({ N, "Mr. Nixon was said to have told Mr. Brandt that the alliance was sound." }, "1973-05-05"),
    { "United States | Richard Nixon | - | the alliance was sound" })
end)
