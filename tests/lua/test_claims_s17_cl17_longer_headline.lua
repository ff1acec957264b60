-- A page whose h1 repeats its title with more words after it ("Title;
-- more words", no full stop, a paragraph of its own) has two headlines:
-- neither is a claim (session 17, cl17); the story's sentences are still
-- read.  Invented page.

local function has(lines, text)
  for _, l in ipairs(lines) do
    if l:find(text, 1, true) then return true end
  end
  return false
end

local TITLE = "Kohl announces rail deal on speakerphone; Kohl and Mitterrand speak"

test("the title again with a deck after it", function()
  local lines = claim_lines(extract({ TITLE,
    TITLE .. " as Paris weighs its reply",
    "Chancellor Helmut Kohl announced a rail accord with Austria on Tuesday.",
    "President Francois Mitterrand spoke with Kohl later in the afternoon.",
    "The Elysee said the two leaders had a \"useful exchange\" and agreed that their ministers would meet next week." },
    "1992-03-11", { title = TITLE }))
  ok(not has(lines, "Paris weighs its reply") and has(lines, "useful exchange"), table.concat(lines, "\n"))
end)
