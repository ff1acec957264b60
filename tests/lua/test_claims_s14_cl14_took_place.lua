-- The call's occurrence confirmed with a refusal after it, session 14
-- (cl14): "The embassy confirmed that the call had taken place but would
-- not say what was discussed" announces the call and asserts nothing; a
-- real point after "but" still counts.  Short invented paragraphs.

test("took place, but would not say", function()
  local ex = extract({ "President Emmanuel Macron telephoned Chancellor Angela Merkel on Sunday night, officials in Paris said.",
    "The German Embassy confirmed that the call had taken place but would not say what had been discussed." },
    "2018-06-25")
  eq(#claim_lines(ex), 0, table.concat(claim_lines(ex), "\n"))
end)

test("took place, but declined to discuss", function()
  local ex = extract({ "Prime Minister Jacinda Ardern spoke with Prime Minister Scott Morrison by phone on Friday.",
    "An Australian government spokesman said the call had taken place on Friday afternoon but declined to discuss its content." },
    "2019-03-16")
  eq(#claim_lines(ex), 0, table.concat(claim_lines(ex), "\n"))
end)

test("took place, but a real point after it", function()
  local ex = extract({ "Prime Minister Jacinda Ardern spoke with Prime Minister Scott Morrison by phone on Friday.",
    "An Australian government spokesman said the call had taken place but the two sides remained far apart on deportations." },
    "2019-03-16")
  eq(#claim_lines(ex), 1, table.concat(claim_lines(ex), "\n"))
end)
