-- "He"/"she" opening a relative clause on the call ("X held a telephone
-- conversation with Y, during which he informed ...", "..., in which she
-- confirmed ...") is the sentence's subject, the first person it names,
-- not the person the sentences before were about (session 8, round 9);
-- the claim then goes to that sentence's call.

-- {what, report's day, the paragraphs, the claim lines wanted}
local CASES = {
  { "'during which he' after a sentence on another call",
    "2022-06-15", {
      { "Kazakh President Kassym-Jomart Tokayev received a telephone call from Russian President Vladimir Putin today." },
      { "On Tuesday, Uzbek President Shavkat Mirziyoyev held a telephone conversation with Vladimir Putin, during which he thanked the Russian leader for the grain deliveries." } },
    { "Uzbekistan | Shavkat Mirziyoyev | - | thanked the Russian leader for the grain deliveries" } },
  { "'in which she'",
    "2023-02-21", {
      { "Ukrainian President Volodymyr Zelensky spoke with German Chancellor Olaf Scholz on Monday." },
      { "Italian Prime Minister Giorgia Meloni had a telephone conversation with Polish President Andrzej Duda on Tuesday, in which she proposed a joint purchase of ammunition." } },
    { "Italy | Giorgia Meloni | - | proposed a joint purchase of ammunition" } },
  { "'during which he' with the caller named first by his office",
    "2021-04-14", {
      { "Japanese Prime Minister Yoshihide Suga spoke by telephone with South Korean President Moon Jae-in on Monday." },
      { "Chinese President Xi Jinping held a telephone conversation with South Korean President Moon Jae-in on Tuesday, during which he invited Moon to visit Beijing." } },
    { "China | Xi Jinping | - | invited Moon to visit Beijing" } },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(claim_lines(extract(c[3], c[2])), c[4])
  end)
end
