-- Forms of official readouts, session 11: honorifics between an office
-- and the name ("President of France H.E. Mr. Emmanuel Macron"); an
-- abbreviated office acting in the past tense ("PM thanked ..."); "the
-- President of the Republic" as a republic's page names its own head of
-- state; a place of another occasion inside the words said ("conveyed
-- that France looked forward to welcoming him at the parade").  Short
-- invented paragraphs.

local function lines(paras, pub, extra) return claim_lines(extract(paras, pub, extra)) end

test("honorifics between an office and its holder's name", function()
  local ex = extract({ "Prime Minister Narendra Modi spoke on phone today with President of Brazil H.E. Mr. Luiz Inácio Lula da Silva." }, "2023-04-10")
  eq(who(ex.calls[1]), "Luiz Inácio Lula da Silva + Narendra Modi")
  local ex2 = extract({ "The Prime Minister of Pakistan H.E. Mr. Shehbaz Sharif received a telephone call from Prime Minister Anthony Albanese." }, "2022-09-02")
  eq(who(ex2.calls[1]), "Anthony Albanese + Shehbaz Sharif")
end)

test("an abbreviated office that acts", function()
  eq(lines({ "Prime Minister Narendra Modi spoke on phone today with Prime Minister Anthony Albanese.",
      "PM welcomed the early harvest trade agreement between the two countries." }, "2022-04-02"),
    { "India | Narendra Modi | - | welcomed the early harvest trade agreement between the two countries" })
end)

test("the President of the Republic on a republic's page", function()
  eq(lines({ "The President of the Republic spoke today by telephone with Chancellor Olaf Scholz.",
      "The President of the Republic stressed the need for a common European answer on energy prices." }, "2022-10-05",
      { outlet = "Élysée" }),
    { "France | The President of the Republic | Élysée | stressed the need for a common European answer on energy prices" })
end)

test("a place inside the words said is no other occasion", function()
  local got = lines({ "Prime Minister Shri Narendra Modi spoke on phone today with President Emmanuel Macron.",
      "President Macron conveyed that France looked forward to welcoming him as the Guest of Honour at the Bastille Day Parade." }, "2023-06-21")
  ok(has(got, "France | Emmanuel Macron | - | France looked forward to welcoming him as the Guest of Honour at the Bastille Day Parade"),
    table.concat(got, " / "))
end)
