-- Claims (session 5, fifth round): quotations that run over more than one
-- sentence.  Each case is a small article written for the test and fails
-- without the rule it names (plugins/extract/30-claims.lua, lua/speech.lua).

-- The claims of an extraction as "side | speaker | text" lines.
local function lines(ex)
  local out = {}
  for _, c in ipairs(ex.claims) do
    out[#out + 1] = table.concat({ c.side or "-", c.speaker.text, c.text }, " | ")
  end
  return out
end

test("a quotation left open over three sentences: the middle one is the same speaker's words", function()
  local ex = extract({
    "Russian Foreign Minister Sergei Lavrov spoke by phone with U.S. Secretary of State Antony Blinken on Friday.",
    { "Lavrov told Blinken: \"We will not accept this ultimatum.",
      "The sanctions must go before any talks.",
      "Only then can we talk about security.\"" } }, "2022-02-05")
  eq(lines(ex), {
    "Russia | Sergey Lavrov | We will not accept this ultimatum",
    "Russia | Sergey Lavrov | The sanctions must go before any talks",
    "Russia | Sergey Lavrov | Only then can we talk about security" })
  for _, c in ipairs(ex.claims) do eq(c.call, ex.claims[1].call) end
end)

test("a reporting verb inside an open quotation is quoted words, not a new speaker", function()
  local ex = extract({
    "Turkish President Recep Tayyip Erdogan spoke by phone with Russian President Vladimir Putin on Tuesday.",
    { "Erdogan said: \"Our position on Syria has not changed.",
      "Moscow said it would respect the ceasefire lines, and we expect it to.",
      "We will defend our soldiers in Idlib.\"" } }, "2020-02-12")
  local got = lines(ex)
  eq(#got, 3)
  for _, l in ipairs(got) do
    ok(l:find("^Turkey | Recep Tayyip Erdoğan | "), "not Erdogan's words: " .. l)
  end
end)

-- (a guard for the rule above: it passes without it, and fails if the open
-- state outlived the closing mark)
test("a quotation that closes ends the open state: the next plain sentence is no quotation", function()
  local ex = extract({
    "Russian Foreign Minister Sergei Lavrov spoke by phone with U.S. Secretary of State Antony Blinken on Friday.",
    { "Lavrov told Blinken: \"We will not accept this ultimatum.",
      "The sanctions must go before any talks.\"",
      "The two diplomats last met in Geneva in January." } }, "2022-02-05")
  eq(lines(ex), {
    "Russia | Sergey Lavrov | We will not accept this ultimatum",
    "Russia | Sergey Lavrov | The sanctions must go before any talks" })
end)
