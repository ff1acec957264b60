-- Session 25 (cm25): a surname that is also a month ("May") as the object
-- of a verb taking a hearer or of a verb of calling, or after "to"/"with"
-- and a verb of speaking ("Merkel told May that ...", "telephoned May"):
-- the person, no month; "in May" stays a month.  Sentences of our own.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end
local M = "Chancellor Merkel spoke by telephone with Prime Minister Theresa May on Monday."

test("'Merkel told May that ...', 'assured May that ...' after their call", function()
  eq(lines({ M, "Merkel told May that Germany stood with Britain." }, "2017-06-06"),
    { "Germany | Angela Merkel | - | Germany stood with Britain" })
  eq(lines({ M, "Merkel assured May that Germany stood with Britain." }, "2017-06-06"),
    { "Germany | Angela Merkel | - | Germany stood with Britain" })
end)

test("'Merkel telephoned May on Monday' with no full name: the call with Theresa May", function()
  eq(sorted_call_pairs(briefing({ "Chancellor Merkel telephoned May on Monday." }, "2017-06-06"), "date"),
    { "Angela Merkel + Theresa May @ 2017-06-05" })
end)

test("as before: 'May told Merkel ...', 'Mrs May said ...'", function()
  eq(lines({ M, "May told Merkel that Britain would leave the single market." }, "2017-06-06"),
    { "United Kingdom | Theresa May | - | Britain would leave the single market" })
  eq(lines({ M, "Mrs May said the talks had been constructive." }, "2017-06-06"),
    { "United Kingdom | Theresa May | - | the talks had been constructive" })
end)

test("guards: 'in May' stays a month", function()
  eq(lines({ M, "Merkel said the two leaders would meet in May." }, "2017-06-06"),
    { "Germany | Angela Merkel | - | the two leaders would meet in May" })
  eq(lines({ "Chancellor Merkel spoke by telephone with President Macron on Monday.",
      "Merkel told Macron that the vote in May would be decisive." }, "2017-06-06"),
    { "Germany | Angela Merkel | - | the vote in May would be decisive" })
  eq(sorted_call_pairs(briefing({ "Chancellor Merkel spoke with President Macron in May." }, "2017-06-06")),
    { "Angela Merkel + Emmanuel Macron" })
end)

test("'During the call, May thanked Trump ...' (a speech act), 'Trump spoke with May on Sunday'", function()
  eq(lines({ "President Trump called Prime Minister May on Sunday.", "During the call, May thanked Trump for his support." }, "2017-06-06"),
    { "United Kingdom | Theresa May | - | thanked Trump for his support" })
  eq(sorted_call_pairs(briefing({ "Trump spoke with May on Sunday." }, "2017-06-06")),
    { "Donald Trump + Theresa May" })
end)
