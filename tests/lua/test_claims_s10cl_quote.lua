-- A quotation over two sentences, session 10: '"A. B," X told
-- reporters.' — A, in the sentence that opens the quotation and leaves it
-- open, is X's words too, in the same account.  Short invented reports.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end

test("the first sentence of a quotation closed by the next one's attribution", function()
  eq(lines({ "President Emmanuel Macron spoke by telephone with President Vladimir Putin on Sunday.",
      { "\"The situation is very serious.", "We need a ceasefire now,\" Macron told reporters after the call." } }, "2022-02-28"),
    { "France | Emmanuel Macron | - | The situation is very serious",
      "France | Emmanuel Macron | - | We need a ceasefire now" })
  eq(lines({ "Prime Minister Mark Rutte spoke by phone with President Volodymyr Zelensky on Friday.",
      { "\226\128\156The Netherlands will deliver the howitzers this month.",
        "We are also looking at air defence,\226\128\157 Rutte said." } }, "2022-04-23"),
    { "Netherlands | Mark Rutte | - | The Netherlands will deliver the howitzers this month",
      "Netherlands | Mark Rutte | - | We are also looking at air defence" })
end)

test("a quotation closed in its own sentence lends nothing to the next", function()
  eq(lines({ "President Emmanuel Macron spoke by telephone with President Vladimir Putin on Sunday.",
      { "\"The situation is very serious.\"", "We need a ceasefire now, Macron told reporters after the call." } }, "2022-02-28"),
    { "France | Emmanuel Macron | - | We need a ceasefire now" })
end)

-- A leader's post opens with the call itself: its first sentence is no
-- claim ('"Had a warm call with X.').
test("a post's first sentence is not carried", function()
  local ls = lines({ "Prime Minister Anthony Albanese spoke by phone with Prime Minister Fumio Kishida on Monday.",
      { "\"Had a warm call with Prime Minister Kishida this morning.",
        "We agreed to deepen our cooperation on critical minerals,\" Albanese wrote on social media." } }, "2023-03-07")
  for _, l in ipairs(ls) do ok(not l:find("warm call", 1, true), l) end
end)
