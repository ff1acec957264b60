-- Session 19, claims (cl19b): broadcasters as accounts.  A body named
-- by its country or capital
-- that opens a sentence naming an account ("Radio Havana gave its own
-- version.") is the "it" of the next sentence; and what a participant
-- said "in a broadcast" is said on another occasion.  Sentences of our
-- own.

local function has(lines, text)
  for _, l in ipairs(lines) do
    if l:find(text, 1, true) then return true end
  end
  return false
end

local CALL = "President Juan Velasco of Peru telephoned the Chilean leader, President Salvador Allende, on Tuesday."

test("'Radio Havana gave its own version. It said ...': Cuba's account", function()
  local l = claim_lines(extract({
    "President Luis Echeverria of Mexico telephoned Cuban Prime Minister Fidel Castro on Friday.",
    "Mexico's foreign ministry said Echeverria had raised the fishing dispute.",
    { "Radio Havana gave its own version.", "It said the two men had discussed sugar prices." } },
    "1975-05-10"))
  ok(has(l, "Cuba | joint |") and has(l, "discussed sugar prices"), table.concat(l, "; "))
  ok(not has(l, "Mexico | joint | Mexico's foreign ministry | discussed sugar prices"), table.concat(l, "; "))
end)

test("what a participant said in a broadcast is another occasion", function()
  local l = claim_lines(extract({ CALL,
    "Radio Chile said Allende had told Velasco that the border talks must resume.",
    "Mr Velasco himself demanded \"a fair share of the river\" in a broadcast on national radio yesterday morning." },
    "1972-03-03"))
  ok(not has(l, "fair share of the river"), table.concat(l, "; "))
end)
