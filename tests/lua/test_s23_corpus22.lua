-- Session 23: corpus22's census (tests/corpus22/CENSUS.md), with sentences
-- of our own.
--
-- * An office on a page with no date ("the Premier"): every term the
--   gazetteer holds fits, so a later premier the page names as something
--   else (an ambassador, the opposition's leader) made it ambiguous; the
--   one person the page itself titles with the office is meant.
-- * A day and month with no year on a page with no date, after a full date
--   of the text ("on Friday, August 3" after "August 2, 1990"): the people
--   are read in that year (20-dates dates the call so), not over all the
--   terms of both Bushes.
-- * A time inside an earlier clause that ", and" closes ("Ottawa today
--   recalled ..., and Trudeau said he had told Reagan by telephone ...")
--   is that clause's, not the call's.
-- * An opening phrase of "before", "while", "upon", "ahead of", "prior to"
--   ending in a comma, in a sentence a tail attributes ("Before
--   travelling to the border, Machel telephoned Kaunda ..., State House
--   said"), is context, not a point of the account (as "after" was).

test("'the Prime Minister' on an undated page naming a later prime minister as opposition leader", function()
  local b = briefing({ "Prime Minister Menachem Begin met his Cabinet on Sunday.",
    "The opposition leader, Shimon Peres, criticised the plan.",
    "The Prime Minister spoke by telephone with President Carter." }, nil)
  eq(call_pairs(b), { "Jimmy Carter + Menachem Begin" })
end)

test("two people titled with the office: the one the article names, as before", function()
  local b = briefing({ "President Carter met President Sadat at Camp David on Sunday.",
    "The President spoke by telephone with Prime Minister Begin." }, nil)
  eq(call_pairs(b), { "Jimmy Carter + Menachem Begin" })
end)

test("'President George Bush telephoned King Fahd on Friday, August 3' after 'August 2, 1990', no page date", function()
  local b = briefing({ "Iraqi troops crossed into Kuwait on August 2, 1990.",
    "President George Bush telephoned King Fahd on Friday, August 3, to discuss the crisis." }, nil)
  eq(call_pairs(b, "date"), { "George H. W. Bush + King Fahd @ 1990-08-03" })
end)

test("'today' of a clause ', and' closes is not the call's: one call on Tuesday", function()
  local b = briefing({ "Ottawa today recalled its ambassador, and Prime Minister Trudeau said he had told President Reagan by telephone that the decision was final.",
    "Mr. Trudeau said he had spoken to Mr. Reagan late on Tuesday." }, "1983-09-08")
  eq(call_pairs(b, "date"), { "Pierre Trudeau + Ronald Reagan @ 1983-09-06" })
end)

test("a day opening the sentence reaches the clause after ', and', as before", function()
  local b = briefing({ "On Monday, Ankara recalled its envoy, and President Putin telephoned President Erdogan." }, "2016-07-20")
  eq(call_pairs(b, "basis"), { "Recep Tayyip Erdoğan + Vladimir Putin @ 2016-07-18 (relative)" })
end)

test("the call's own day after ', and', as before", function()
  local b = briefing({ "Ankara on Monday recalled its envoy, and President Putin telephoned President Erdogan on Tuesday." }, "2016-07-20")
  eq(call_pairs(b, "date"), { "Recep Tayyip Erdoğan + Vladimir Putin @ 2016-07-19" })
end)

test("'Before travelling to the border, X telephoned Y to brief him ..., State House said': no point of the opening", function()
  eq(claim_lines(extract({ "Before travelling to the border, President Machel telephoned President Kaunda on Thursday evening to brief him on the final text, State House said." }, "1984-03-17")),
    { "Zambia | Samora Machel | State House | brief him on the final text" })
end)

test("'While on a visit to Paris, ...' and 'Ahead of the summit, ...'", function()
  eq(claim_lines(extract({ "While on a visit to Paris, Chancellor Kohl telephoned President Bush to brief him on the talks, his spokesman said." }, "1990-02-14")),
    { "Germany | Helmut Kohl | his spokesman | brief him on the talks" })
  eq(claim_lines(extract({ "Ahead of the summit, Chancellor Kohl telephoned President Bush to brief him on the talks, his spokesman said." }, "1990-02-14")),
    { "Germany | Helmut Kohl | his spokesman | brief him on the talks" })
end)

test("'After landing in Paris, ...', as before", function()
  eq(claim_lines(extract({ "After landing in Paris, Chancellor Kohl telephoned President Bush to brief him on the talks, his spokesman said." }, "1990-02-14")),
    { "Germany | Helmut Kohl | his spokesman | brief him on the talks" })
end)
