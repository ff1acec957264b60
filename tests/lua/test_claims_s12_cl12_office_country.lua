-- A country named before an office's title ("Kenya's presidential
-- spokesman", "the Kenyan presidential spokesman") is the office's side,
-- session 12, when that country is on the call: not the page's home side,
-- though both leaders hold the title.  Invented reports.

local function lines(paras, pub)
  return claim_lines(extract(paras, pub))
end

test("a country's possessive before a presidential office", function()
  eq(lines({ "Emmanuel Macron spoke by phone with Kenyan President William Ruto on Thursday.",
    "Kenya's presidential spokesman said Ruto told Macron that Nairobi would host the climate summit in September." },
    "2023-05-04"),
    { "Kenya | William Ruto | spokesman | Nairobi would host the climate summit in September" })
end)

test("the country's adjective before a presidential office", function()
  eq(lines({ "Emmanuel Macron spoke by phone with Kenyan President William Ruto on Thursday.",
    "The Kenyan presidential spokesman said Ruto told Macron that Nairobi would host the climate summit in September." },
    "2023-05-04"),
    { "Kenya | William Ruto | spokesman | Nairobi would host the climate summit in September" })
end)

test("a presidential office of no stated country stays the home side's", function()
  eq(lines({ "Emmanuel Macron spoke by phone with Kenyan President William Ruto on Thursday.",
    "The presidential spokesman said Macron told Ruto that France would back the climate summit." },
    "2023-05-04"),
    { "France | Emmanuel Macron | spokesman | France would back the climate summit" })
end)
