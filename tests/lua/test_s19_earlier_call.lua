-- Session 19: "the two leaders" (a reference back to the call just told)
-- with a month or day of its own that cannot be that call's ("had last
-- spoken by phone in March", after a call in June) is an earlier
-- contact, not the same call.  A month the call's day has, or a
-- reference with no time of its own, still joins it.  Sentences of our own.

local function calls_of(ps, date)
  local b = briefing(ps, date)
  local out = {}
  for _, c in ipairs(b.calls) do
    out[#out + 1] = table.concat(c.participants, " + ") .. " @ " .. tostring(c.date) .. " " .. c.medium
  end
  table.sort(out)
  return out
end

test("'the two leaders had last spoken in March' after a June call: two calls", function()
  local june = "Moon Jae-in + Shinzo Abe @ 2019-06-11 video"
  for _, case in ipairs({
    { "The two leaders had last spoken by phone in March.", "Moon Jae-in + Shinzo Abe @ nil phone" },
    { "The two leaders last spoke by telephone in March, when they discussed the fisheries dispute.",
      "Moon Jae-in + Shinzo Abe @ nil phone" },
    { "The two presidents had previously talked by phone on March 3.", "Moon Jae-in + Shinzo Abe @ 2019-03-03 phone" },
  }) do
    local got = calls_of({ "Prime Minister Shinzo Abe and President Moon Jae-in held a video conference on Tuesday.", case[1] },
      "2019-06-12")
    local want = { june, case[2] }
    table.sort(want)
    eq(got, want, case[1])
  end
end)

test("a reference back in the call's own month, or with no time, is the same call", function()
  eq(calls_of({ "Prime Minister Shinzo Abe and President Moon Jae-in spoke by telephone on Tuesday.",
    "The two leaders spoke for forty minutes in June's first call between them." }, "2019-06-12"),
    { "Moon Jae-in + Shinzo Abe @ 2019-06-11 phone" })
  eq(calls_of({ "Prime Minister Shinzo Abe and President Moon Jae-in spoke by telephone on Tuesday.",
    "The two leaders spoke for forty minutes." }, "2019-06-12"),
    { "Moon Jae-in + Shinzo Abe @ 2019-06-11 phone" })
end)
