-- Session 20, claims (cl20): a broadcaster named by its country or
-- capital ("Radio Pakistan", "Cuban television") that opens a sentence
-- reporting nothing ("... struck a different note.") is the subject the
-- next sentence's "It said" goes back to, not the account named before
-- it.  Sentences of our own.

local function has(lines, text)
  for _, l in ipairs(lines) do
    if l:find(text, 1, true) then return true end
  end
  return false
end

test("'Radio Pakistan struck a different note. It said ...': Pakistan's account", function()
  local l = claim_lines(extract({
    "Prime Minister Indira Gandhi telephoned President Zia-ul-Haq on Monday, Indian officials said.",
    "According to the Indian account, Mrs Gandhi urged the President to rein in the border militias.",
    { "Radio Pakistan struck a different note.",
      "It said the President had assured Mrs Gandhi that Pakistan would not be drawn into the conflict." } },
    "1981-03-10"))
  ok(has(l, "Pakistan |") and has(l, "Pakistan would not be drawn into the conflict"), table.concat(l, "; "))
  ok(not has(l, "India | Muhammad Zia-ul-Haq"), table.concat(l, "; "))
end)

test("'Cuban television took another line. It said ...': Cuba's account", function()
  local l = claim_lines(extract({
    "President Carlos Andres Perez of Venezuela telephoned Fidel Castro on Thursday, his office said.",
    "The Venezuelan account said Mr Perez had pressed for the release of the fishermen.",
    { "Cuban television took another line.",
      "It said Mr Castro had told the Venezuelan leader that the boats had entered Cuban waters illegally." } },
    "1977-06-03"))
  ok(has(l, "Cuba | Fidel Castro") and has(l, "entered Cuban waters illegally"), table.concat(l, "; "))
end)

test("guard: a broadcaster that reports keeps its own report; 'It' after a report stays the account", function()
  local l = claim_lines(extract({
    "Prime Minister Indira Gandhi telephoned President Zia-ul-Haq on Monday, Indian officials said.",
    { "Radio Pakistan said the President had assured Mrs Gandhi that Pakistan would not be drawn into the conflict.",
      "It said the two leaders had agreed to meet in the spring." } },
    "1981-03-10"))
  ok(has(l, "Pakistan |") and has(l, "would not be drawn into the conflict"), table.concat(l, "; "))
  ok(has(l, "agreed to meet in the spring") and not has(l, "India | joint | Indian officials | agreed to meet"), table.concat(l, "; "))
end)
