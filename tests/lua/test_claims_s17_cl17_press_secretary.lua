-- "press secretary X" is a spokesperson (session 17, cl17): right after
-- a sentence a body of a known side gave ("..., the Elysee said"), he
-- speaks for that body's side, not for the document's home side, and
-- "the president" in his words is that side's.  ("Secretary X" alone is
-- still no spokesperson word.)  Invented paragraphs.

local function find(lines, text, head)
  for _, l in ipairs(lines) do
    if l:find(text, 1, true) and l:find(head, 1, true) == 1 then return true end
  end
  return false
end

test("a press secretary after the body that gave the call", function()
  local ex = extract({ "MOSCOW — Russian troops pressed on into Grozny on Friday.",
    "President Vladimir Putin, who flew to Dagestan last week, faces questions abroad.",
    "French President Jacques Chirac spoke by telephone with Putin on Friday from his residence at Bregancon, the Elysee said.",
    "Press secretary Jean Dupont said the president expressed his sympathy, urged Putin to \"show restraint\" in Chechnya and said it was important that civilians be spared." },
    "2000-01-08")
  local lines = claim_lines(ex)
  ok(find(lines, "urged Putin", "France | Jacques Chirac"), table.concat(lines, "\n"))
end)

test("a deputy press secretary after a readout", function()
  local ex = extract({ "ANKARA — Floods swept the Black Sea coast on Tuesday.",
    "Prime Minister Bulent Ecevit, who visited the region, promised help.",
    "German Chancellor Gerhard Schroeder telephoned Ecevit on Tuesday evening, the Chancellery said.",
    "Deputy press secretary Anna Keller said the chancellor offered German rescue teams and assured Ecevit of Germany's solidarity." },
    "1998-07-01")
  local lines = claim_lines(ex)
  ok(find(lines, "offered German rescue teams", "Germany | Gerhard Schr"), table.concat(lines, "\n"))
end)
