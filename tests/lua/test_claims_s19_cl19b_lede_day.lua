-- Session 19, claims (cl19b): a lead sentence before any call is named,
-- in which a participant speaks on a day other than that of the call the
-- story then tells ("Chancellor X on Thursday announced that ..." before
-- "Y telephoned X on Monday"), is another occasion, not the call's
-- content.  Sentences of our own.

local function has(lines, text)
  for _, l in ipairs(lines) do
    if l:find(text, 1, true) then return true end
  end
  return false
end

test("a participant's announcement on a later day, before the call is told", function()
  local l = claim_lines(extract({
    "Chancellor Franz Vranitzky on Thursday announced that Austria would close two border crossings to lorries at night.",
    "Swiss President Flavio Cotti telephoned Vranitzky on Monday, Vienna officials said, and offered to share the cost of a new rail tunnel." },
    "1991-05-24"))
  ok(not has(l, "close two border crossings"), table.concat(l, "; "))
  ok(has(l, "share the cost of a new rail tunnel"), table.concat(l, "; "))
end)
