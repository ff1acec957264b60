-- Session 16: a participant's own clause after ", while", ", but" or ";"
-- with a verb of saying is that participant's account, not inside the
-- account of the one who spoke first ("Biden said the talks had been
-- candid, while Xi said China would defend its interests" gave Xi's words
-- to the United States, with "Xi said" in them); "the chancellery said"
-- is the side of the one participant who is a chancellor.  Invented
-- sentences.

test("the other participant's own clause after a break", function()
  for _, s in ipairs({ "Biden said the talks had been candid, while Xi said China would defend its interests.",
      "Biden said the talks had been candid, but Xi said China would defend its interests.",
      "Biden said the talks had been candid; Xi said China would defend its interests." }) do
    local lines = claim_lines(extract({ "President Joe Biden spoke with President Xi Jinping by video on Monday.", s },
      "2021-11-16"))
    ok(has(lines, "China | Xi Jinping | - | China would defend its interests"), s .. ": " .. table.concat(lines, "; "))
    ok(has(lines, "United States | Joe Biden | - | the talks had been candid"), s .. ": " .. table.concat(lines, "; "))
  end
  -- inside the teller's words it stays the teller's account
  local lines = claim_lines(extract({ "President Joe Biden spoke with President Xi Jinping by video on Monday.",
    "Biden said Xi had agreed to resume military talks." }, "2021-11-16"))
  ok(has(lines, "United States | Xi Jinping | - | Xi had agreed to resume military talks"), table.concat(lines, "; "))
end)

test("the chancellery of the one participant who is a chancellor", function()
  local lines = claim_lines(extract({
    "Chancellor Olaf Scholz held a telephone call with President Vladimir Putin on Saturday, urging him to agree to a ceasefire, the chancellery said." },
    "2022-05-28"))
  ok(has(lines, "Germany | Olaf Scholz | the chancellery | urging him to agree to a ceasefire"), table.concat(lines, "; "))
end)
