-- A participant telling reporters what passed between the two, in the
-- third person, session 11: "Mr Harper told reporters he had congratulated
-- her on ... and that they had agreed to ...", "She told a news conference
-- she had invited him to ...": the call, though told elsewhere (session 8
-- read "I told him", "he told me", "I said to her").  Invented reports.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end

test("'told reporters she had congratulated him'", function()
  eq(lines({ "Prime Minister Stephen Harper telephoned Chancellor Angela Merkel on Monday.",
    "Mr Harper told reporters he had congratulated her on a convincing victory and that they had agreed to meet in Berlin in the spring." }, "2009-09-29"),
    { "Canada | Stephen Harper | - | congratulated her on a convincing victory; agreed to meet in Berlin in the spring" })
  eq(lines({ "President Michelle Bachelet spoke by telephone with President Alan Garcia on Thursday.",
    "Bachelet told a news conference in Santiago she had invited him to a summit on the border dispute." }, "2008-01-18"),
    { "Chile | Michelle Bachelet | - | invited him to a summit on the border dispute" })
end)

test("'had assured him' and 'had thanked her', to journalists", function()
  eq(lines({ "Prime Minister Gordon Brown telephoned President Nicolas Sarkozy on Sunday.",
    "Mr Brown told reporters he had urged him to back the bank rescue plan at the European summit." }, "2008-10-13"),
    { "United Kingdom | Gordon Brown | - | urged him to back the bank rescue plan at the European summit" })
  eq(lines({ "Prime Minister John Key telephoned Prime Minister Julia Gillard on Wednesday.",
    "Mr Key told journalists he had assured her that New Zealand would send a rescue team to Queensland." }, "2011-01-13"),
    { "New Zealand | John Key | - | New Zealand would send a rescue team to Queensland" })
  eq(lines({ "President Dilma Rousseff spoke by telephone with President Barack Obama on Friday.",
    "Rousseff told reporters she had thanked him for the support of the United States during the floods." }, "2011-01-15"),
    { "Brazil | Dilma Rousseff | - | thanked him for the support of the United States during the floods" })
end)

test("the teller named by office in the call sentence", function()
  eq(lines({ "The Australian Prime Minister telephoned President Susilo Bambang Yudhoyono on Sunday night.",
    "Mr Howard told reporters he had assured him that Canberra would send aircraft to Aceh." }, "2004-12-27"),
    { "Australia | John Howard | - | Canberra would send aircraft to Aceh" })
end)
