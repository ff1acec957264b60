-- Claims (session 7): a quotation introduced by a colon after its
-- speaker ("X hesitated before replying: \"...\"", "agency, citing X's
-- press office: \"...\""), which the sentence parser leaves with no
-- attribution.  Each article is written for the test
-- (plugins/extract/30-claims.lua: colon_quote).

local lines = claim_lines

-- The claim lines of an article.
local function said(paras, published) return lines(extract(paras, published)) end

test("an answer after a colon is the words of the person who gives it, one point per quoted sentence", function()
  -- an opening phrase before the subject, a title abbreviated inside the
  -- quotation ("Mr. Prime Minister" ends no sentence)
  eq(said({
    "German Chancellor Angela Merkel spoke by phone with Greek Prime Minister Alexis Tsipras on Friday.",
    "Asked about the referendum, Mrs. Merkel hesitated before replying: \"Well, Mr. Prime Minister, the door to talks stays open. But the rules of the euro apply to everyone.\"" },
    "2015-07-03"), { "Germany | Angela Merkel | - | Well, Mr. Prime Minister, the door to talks stays open; the rules of the euro apply to everyone" })
  eq(said({
    "Japanese Prime Minister Shinzo Abe spoke by telephone with U.S. President Donald Trump on Tuesday.",
    "Abe paused before answering: \"We will never accept a missile fired over our islands.\"" }, "2017-08-29"), { "Japan | Shinzo Abe | - | We will never accept a missile fired over our islands" })
end)

test("an agency citing a side's office: the quotation is that office's account", function()
  eq(said({
    "Hungarian Prime Minister Viktor Orban spoke by phone with Serbian President Aleksandar Vucic on Monday.",
    "Serbian state agency Tanjug, citing Vucic's press office: \"Aleksandar Vucic informed Viktor Orban about the talks with Pristina in Brussels.\"" },
    "2018-07-03"), { "Serbia | Aleksandar Vučić | Vucic's press office | Aleksandar Vucic informed Viktor Orban about the talks with Pristina in Brussels" })
end)

test("a heading that quotes someone after a colon is no claim", function()
  eq(said({
    "Hungarian Prime Minister Viktor Orban spoke by phone with Serbian President Aleksandar Vucic on Monday.",
    "Orban: \"Borders must be protected\"",
    "Orban told Vucic that Hungary would keep its fence, his office said." }, "2018-07-03"), { "Hungary | Viktor Orbán | his office | Hungary would keep its fence" })
end)
