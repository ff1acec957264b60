-- "She" and "he" carried over from the sentences before, session 10: the
-- pronoun is a person of its gender.  The gazetteer marks its women
-- (gender: f), so a leader it knows and does not mark is "he": "She
-- said ..." after a man spoke is the woman on the call, not him, and
-- "he" after a woman spoke is the man.  Short invented reports.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end

test("'she' after a man spoke is the woman on the call", function()
  eq(lines({ "Chancellor Angela Merkel spoke by telephone with Prime Minister Mark Rutte of the Netherlands on Monday.",
      "Rutte said the Dutch government wanted a quick decision on the bailout.",
      "She said Germany would not agree to any deal without reforms." }, "2015-07-06"),
    { "Netherlands | Mark Rutte | - | the Dutch government wanted a quick decision on the bailout",
      "Germany | Angela Merkel | - | Germany would not agree to any deal without reforms" })
  eq(lines({ "Prime Minister Jacinda Ardern spoke by phone with Prime Minister Scott Morrison of Australia on Sunday.",
      "Morrison said Australia would send police investigators to Christchurch.",
      "She said New Zealand was grateful for the support of its closest neighbour." }, "2019-03-17"),
    { "Australia | Scott Morrison | - | Australia would send police investigators to Christchurch",
      "New Zealand | Jacinda Ardern | - | New Zealand was grateful for the support of its closest neighbour" })
end)

test("'he' after a woman spoke is the man on the call", function()
  eq(lines({ "Prime Minister Margaret Thatcher spoke by telephone with President Ronald Reagan on Tuesday.",
      "Mrs Thatcher said Britain had not been consulted before the landing.",
      "He said the United States had acted to protect its citizens on the island." }, "1983-10-26"),
    { "United Kingdom | Margaret Thatcher | - | Britain had not been consulted before the landing",
      "United States | Ronald Reagan | - | the United States had acted to protect its citizens on the island" })
end)

test("'she' fits no man: no claim for him", function()
  local ls = lines({ "Prime Minister Pedro Sanchez spoke by phone with President Emmanuel Macron on Friday.",
      "Sanchez said Spain would back the French plan for the border.",
      "She said the decision had surprised the party." }, "2019-01-12")
  eq(ls, { "Spain | Pedro Sánchez | - | Spain would back the French plan for the border" })
end)

test("'he' after a woman's spokesman is the man on the call", function()
  eq(lines({ "Chancellor Angela Merkel spoke by telephone with President Barack Obama on Friday.",
      { "Obama told Merkel that the sanctions would be widened.",
        "Meanwhile he said that Washington wanted Berlin to send more trainers, Merkel's spokesman said." } }, "2014-08-02"),
    { "Germany | Barack Obama | Merkel's spokesman | the sanctions would be widened",
      "Germany | Barack Obama | Merkel's spokesman | Washington wanted Berlin to send more trainers" })
end)

test("'he' after a woman spoke, in an account named after it", function()
  eq(lines({ "Prime Minister Julia Gillard spoke by phone with President Susilo Bambang Yudhoyono on Sunday.",
      { "Gillard told Yudhoyono that Australia would resume the live cattle trade.",
        "In turn he said that Indonesia would step up its patrols against people smugglers, Australian officials said." } }, "2011-07-10"),
    { "Australia | Julia Gillard | - | Australia would resume the live cattle trade",
      "Australia | Susilo Bambang Yudhoyono | Australian officials | Indonesia would step up its patrols against people smugglers" })
end)

-- A connective before a clause that goes to another speaker than the
-- account's is left alone in the account's frame: no point of its own.
test("a connective before another speaker's clause is no claim", function()
  eq(lines({ "President Vladimir Putin spoke by telephone with President Dilma Rousseff on Friday.",
      { "Rousseff told Putin that Brazil valued the partnership.",
        "At the same time she said that the grain quotas were a problem, the Kremlin press service said." } }, "2014-08-02"),
    { "Russia | Dilma Rousseff | Kremlin press service | Brazil valued the partnership",
      "Russia | Dilma Rousseff | Kremlin press service | the grain quotas were a problem" })
  eq(lines({ "Chancellor Helmut Kohl spoke by telephone with President Boris Yeltsin on Monday.",
      { "Yeltsin told Kohl that the troops would leave on time.",
        "On the other hand Kohl said that Germany would pay for the housing, a Russian spokesman said." } }, "1993-05-04"),
    { "Russia | Boris Yeltsin | - | the troops would leave on time",
      "Russia | Helmut Kohl | a Russian spokesman | Germany would pay for the housing" })
end)
