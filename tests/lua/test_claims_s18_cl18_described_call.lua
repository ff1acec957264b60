-- A side's office describing the call itself in some terms ("described
-- the same conversation in warmer terms", "portrayed the call
-- differently") gives an account, no assertion of its own; "described the
-- call as useful" still is one (session 18, cl18).  Invented paragraphs.

local function has(lines, text)
  for _, l in ipairs(lines) do
    if l:find(text, 1, true) then return true end
  end
  return false
end

test("described the conversation in other terms: no claim", function()
  local lines = claim_lines(extract({ "President Joe Biden spoke by telephone with Prime Minister Justin Trudeau on Monday, the White House said.",
    "The Prime Minister's Office described the same conversation in far warmer terms.",
    "Mr Trudeau told the President that Canada would double its order of the new aircraft, an aide said." },
    "2022-03-08"))
  ok(not has(lines, "warmer terms") and has(lines, "double its order"), table.concat(lines, "\n"))
end)

test("described the call differently: no claim; described it as useful: a claim", function()
  local lines = claim_lines(extract({ "President Joe Biden spoke by telephone with Prime Minister Justin Trudeau on Monday, the White House said.",
    "Ottawa portrayed the call differently.",
    "A Canadian official described the call as useful and businesslike." },
    "2022-03-08"))
  ok(not has(lines, "portrayed") and not has(lines, "differently") and has(lines, "useful"), table.concat(lines, "\n"))
end)
