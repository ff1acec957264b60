-- An office as the subject of words one participant reports, set before a
-- parenthetical attribution, session 10: "The Governor-General, he said,
-- had told him that A", "The President, she said, had assured her that
-- A": the office is a mention (a style office such as "the
-- Governor-General" too, alone after "the"), the words are A, not "The
-- Governor-General had told him that A", and the office speaks them (its
-- holder on the call when the call has one), in the teller's account.  A
-- pronoun subject ("He said he had told him ...") stays the teller's.
-- Invented reports.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end

test("a style office alone after 'the' speaks what it told the teller", function()
  eq(lines({ "Prime Minister Paul Keating telephoned Papua New Guinea's Governor-General, Sir Wiwa Korowi, on Tuesday.",
    { "Mr Keating told reporters he had rung Sir Wiwa that morning.",
      "The Governor-General, he said, had assured him that the army would stay in its barracks." } }, "1991-08-14"),
    { "Australia | The Governor-General | - | the army would stay in its barracks" })
  -- (an "and that" after it goes on with the same subject)
  eq(lines({ "Prime Minister Paul Keating telephoned Papua New Guinea's Governor-General, Sir Wiwa Korowi, on Tuesday.",
    { "Mr Keating told reporters he had rung Sir Wiwa that morning.",
      "The Governor-General, he said, had told him that the cabinet was safe and that the talks would resume." } }, "1991-08-14"),
    { "Australia | The Governor-General | - | the cabinet was safe; the talks would resume" })
end)

test("an office of the gazetteer is its holder on the call", function()
  eq(lines({ "Chancellor Angela Merkel spoke by telephone with Prime Minister Gordon Brown on Thursday.",
    { "Ms Merkel told a news conference that she had called Mr Brown in the morning.",
      "The Prime Minister, she said, had assured her that London would back the rescue plan." } }, "2008-10-10"),
    { "Germany | Gordon Brown | - | London would back the rescue plan" })
  eq(lines({ "President Bill Clinton telephoned Prime Minister Jean Chrétien on Sunday night.",
    { "Mr Clinton told reporters that he had telephoned Mr Chrétien after dinner.",
      "The Prime Minister, he said, had told him that Ottawa would keep its troops in Bosnia." } }, "1995-11-20"),
    { "United States | Jean Chrétien | - | Ottawa would keep its troops in Bosnia" })
end)

test("a pronoun subject stays the teller's", function()
  eq(lines({ "President Bill Clinton telephoned Prime Minister Jean Chrétien on Sunday night.",
    "Mr Clinton said he had told him that Washington would send its envoy to Ottawa." }, "1995-11-20"),
    { "United States | Bill Clinton | - | Washington would send its envoy to Ottawa" })
end)

test("without the parenthetical the words stay the teller's", function()
  eq(lines({ "Chancellor Angela Merkel spoke by telephone with Prime Minister Gordon Brown on Thursday.",
    "Ms Merkel said the Prime Minister had assured her that London would back the rescue plan." }, "2008-10-10"),
    { "Germany | Angela Merkel | - | London would back the rescue plan" })
end)
