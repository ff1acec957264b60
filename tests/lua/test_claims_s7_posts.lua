-- A leader's post (session 7): first person without "I".  The post's
-- opening words that only report the call ("Received a phone call from
-- X", "Took a call from X") and a sentence telling of the call as a whole
-- ("described the call in a post") are no claims; the quotation after
-- them goes on in the author's words and account: a sentence with no
-- subject is the author's, one opening with "he"/"she" the other
-- leader's, both on the author's side.  So in a post embedded in the
-- page and signed "— Name (@handle) Date" on its last line.

local function page(text)
  return run_stage("source", { id = "p.txt", path = "p.txt", bytes = text, sha256 = "", format = "text" })
end

-- {what, report's day, the paragraphs, the claim lines}
local CASES = {
  { "a post opening with the call received: the rest is the author's account",
    "2023-09-12", {
      "Australian Prime Minister Anthony Albanese telephoned Prime Minister Fumio Kishida on Tuesday.",
      { "Kishida described the call in a post on social media.",
        "\"Received a phone call from Prime Minister Anthony Albanese,\" he wrote.",
        "\"Agreed to deepen our defence cooperation in the region.",
        "He conveyed Australia's condolences for the victims of the typhoon.\"" } },
    { "Japan | Fumio Kishida | - | Agreed to deepen our defence cooperation in the region",
      "Japan | Anthony Albanese | - | He conveyed Australia's condolences for the victims of the typhoon" } },
  { "a call taken from someone, then what the author stressed",
    "2021-04-20", {
      "German Chancellor Angela Merkel spoke by phone with French President Emmanuel Macron on Tuesday.",
      { "\"Took a call from Chancellor Merkel this afternoon,\" Macron wrote on Twitter.",
        "\"Stressed that Europe must act together on vaccine production.\"" } },
    { "France | Emmanuel Macron | - | Stressed that Europe must act together on vaccine production" } },
  { "a sentence telling of the call as a judgement stays a claim",
    "2021-04-20", {
      "German Chancellor Angela Merkel spoke by phone with French President Emmanuel Macron on Tuesday.",
      "Macron described the call as frank and useful." },
    { "France | Emmanuel Macron | - | described the call as frank and useful" } },
  -- a post embedded in the page, signed "— Name (@handle) Date"
  { "an embedded post: its subjectless sentences are its author's, 'he' the other leader's, on the author's side",
    "2023-03-07", {
      "South Korean President Yoon Suk Yeol telephoned Japanese Prime Minister Fumio Kishida on Tuesday.",
      { "Received a phone call from President Yoon Suk Yeol.",
        "Agreed to resume the shuttle diplomacy between our two countries.",
        "He conveyed his wish to settle the wartime labour issue this year.",
        "\u{2014} Fumio Kishida (@kishida230) March 7, 2023" } },
    { "Japan | Fumio Kishida | - | Agreed to resume the shuttle diplomacy between our two countries",
      "Japan | Yoon Suk Yeol | - | He conveyed his wish to settle the wartime labour issue this year" } },
  { "an embedded post signed with a hyphen",
    "2023-05-03", {
      "German Chancellor Olaf Scholz spoke by phone with French President Emmanuel Macron on Wednesday.",
      { "Spoke by phone with President Macron.",
        "Stressed that Europe must keep up its support for Ukraine.",
        "- Olaf Scholz (@Bundeskanzler) May 3, 2023" } },
    { "Germany | Olaf Scholz | - | Stressed that Europe must keep up its support for Ukraine" } },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(claim_lines(extract(c[3], c[2])), c[4])
  end)
end

test("a capital letter after a lower-case word ends a sentence before a quotation", function()
  local function texts(doc)
    local out = {}
    for _, s in ipairs(doc.sentences) do out[#out + 1] = s.text end
    return out
  end
  eq(texts(page("The president described the call in a post on X. \"Spoke with the chancellor,\" he wrote.")),
    { "The president described the call in a post on X.", "\"Spoke with the chancellor,\" he wrote." })
  -- curly quotes, and a sentence opener as before
  eq(texts(page("She thanked him in a message on X. \u{201C}We stand together,\u{201D} she wrote.")),
    { "She thanked him in a message on X.", "\u{201C}We stand together,\u{201D} she wrote." })
  eq(texts(page("He posted on X. Then he left.")), { "He posted on X.", "Then he left." })
end)
