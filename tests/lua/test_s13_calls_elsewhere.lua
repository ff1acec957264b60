-- Calls in stories about something else, session 13 (second set): "the
-- two had agreed" told by a side on one of the several calls the sentence
-- before told; "according to a readout" right after a sentence a side
-- told the call in; a relative clause on the sentence's subject telling a
-- call ("X, who telephoned Y last week, will meet Z") is that call only.
-- Short invented paragraphs.

test("the two, told by the side of one of several calls", function()
  local b = briefing({
    "Barack Obama spoke by phone with David Cameron on Friday and later with Angela Merkel, the White House said.",
    "A Downing Street spokesperson said the two had agreed to keep trade talks going." }, "2016-06-25")
  local found
  for _, c in ipairs(b.calls) do
    for _, cl in ipairs(c.claims) do
      if cl.text:find("keep trade talks going", 1, true) then found = table.concat(c.participants, " + ") .. " | " .. cl.side end
    end
  end
  eq(found, "Barack Obama + David Cameron | United Kingdom")
end)

test("according to a readout, after the side that told the call", function()
  local ex = extract({ { "President Joe Biden held a call on Saturday with Emmanuel Macron, Olaf Scholz and Rishi Sunak, the White House said.",
    "The leaders pledged to coordinate closely, according to a readout." } }, "2023-06-26")
  ok(has(claim_lines(ex), "United States | joint | White House | pledged to coordinate closely"),
    table.concat(claim_lines(ex), "\n"))
end)

test("a relative clause on the subject tells its own call", function()
  eq(sorted_call_pairs(briefing({
    "Japanese Prime Minister Yukio Hatoyama, who telephoned President Lee Myung-bak last week, will meet Wen Jiabao in Seoul on Saturday." },
    "2010-05-25")), { "Lee Myung-bak + Yukio Hatoyama" })
end)
