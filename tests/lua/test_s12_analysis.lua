-- An analysis telling several calls, session 12: in a sentence of two
-- accounts between semicolons, a bare office is the country of the body
-- telling its own clause; "Hours later, ..." after a call is after it.
-- Short invented paragraphs.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end

test("each clause's teller gives its bare office a country", function()
  eq(lines({ "Vladimir Putin spoke to George W. Bush by telephone on Saturday.",
      "The Kremlin said Putin warned that a war would be a grave error; the White House said the president had thanked him for his frankness." },
      "2003-03-17"), {
      "Russia | Vladimir Putin | The Kremlin | a war would be a grave error",
      "United States | George W. Bush | White House | thanked him for his frankness" })
end)

test("a duration then 'later' opens another occasion", function()
  eq(lines({ "Joe Biden spoke to Xi Jinping by video link on Monday.",
      "Hours later Biden addressed a dinner of donors in Washington." }, "2021-11-17"), {})
  eq(lines({ "Joe Biden spoke to Xi Jinping by video link on Monday.",
      "Two days later, Biden signed the infrastructure bill." }, "2021-11-17"), {})
end)
