-- Pronouns, session 15: "Mrs" (or "Mme") before the surname of a man the
-- gazetteer knows is his wife ("Mrs Carter, who travelled with him"); it
-- does not make him a woman, so a later "he" can still be him.  (The
-- gazetteer marks its women with `gender: f`.)  Invented paragraphs.

test("a wife named by her title leaves her husband a man", function()
  local b = briefing({
    "President Carter was the first to congratulate Chancellor Schmidt by telephone yesterday.",
    "Mrs Carter, who was with him in Plains, sent her good wishes. Mr Brezhnev has sent no message.",
    "It was the second time this month that the President had called a European leader. "
      .. "In early April, after the floods, he telephoned Prime Minister Trudeau from Camp David.",
  }, "1980-04-20")
  local got = sorted_call_pairs(b)
  ok(has(got, "Jimmy Carter + Pierre Trudeau"), "the April call is Carter's: " .. table.concat(got, "; "))
  ok(not has(got, "Leonid Brezhnev + Pierre Trudeau"), "not Brezhnev's")
end)

test("a woman the gazetteer knows keeps her gender", function()
  local b = briefing({
    "Prime Minister Margaret Thatcher telephoned President Carter on Monday. "
      .. "Later she spoke to Chancellor Schmidt.",
  }, "1980-04-20")
  local got = sorted_call_pairs(b)
  ok(has(got, "Helmut Schmidt + Margaret Thatcher"), table.concat(got, "; "))
end)
