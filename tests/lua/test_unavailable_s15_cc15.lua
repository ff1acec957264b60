-- Call status, session 15: a call tried and not put through because the
-- one called "was not available" (or "unavailable") is denied, as one
-- tried that "could not get through"; "unavailable for comment" says
-- nothing of the call.  Invented sentences.

local function statuses(text, pub)
  local out = {}
  for _, c in ipairs(briefing({ text }, pub).calls) do out[#out + 1] = c.status end
  return out
end

test("tried, and told the other was not available: denied", function()
  eq(statuses("Prime Minister Goh Chok Tong said he had tried to telephone President Suharto on Sunday night, but was told that Suharto was not available.",
    "1998-05-19"), { "denied" })
  eq(statuses("Prime Minister Chuan Leekpai tried to call Mahathir Mohamad on Monday, but the Malaysian leader was unavailable.",
    "1998-05-19"), { "denied" })
end)

test("a spokesman unavailable for comment denies nothing", function()
  local got = statuses("Prime Minister Chuan Leekpai tried to call Mahathir Mohamad on Monday, and the Malaysian leader's spokesman was unavailable for comment.",
    "1998-05-19")
  eq(#got, 1)
  ok(got[1] ~= "denied", "not denied: " .. tostring(got[1]))
end)
