-- "X was quoted by Y as saying/telling Z that ...", session 11: the
-- quoted person is the subject and speaks.  Short invented paragraphs.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end

test("quoted by someone as saying or telling", function()
  eq(lines({ "President Xi Jinping spoke by telephone with President Emmanuel Macron on Tuesday.",
      "Xi was quoted by state broadcaster CCTV as telling Macron that China and France should deepen their cooperation." }, "2023-07-12"),
    { "China | Xi Jinping | - | China and France should deepen their cooperation" })
  eq(lines({ "President Xi Jinping spoke by telephone with President Emmanuel Macron on Tuesday.",
      "Macron was quoted by the newspaper Le Monde as saying that the call had been frank." }, "2023-07-12"),
    { "France | Emmanuel Macron | - | the call had been frank" })
end)
