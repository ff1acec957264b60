-- A deliberative body as the hearer ("told the Security Council", "told
-- the General Assembly", "told the cabinet") is another occasion than
-- the call, as "told parliament" is: its words are no claim unless the
-- sentence names the call (session 18, cl18).  Invented paragraphs.

local function has(lines, text)
  for _, l in ipairs(lines) do
    if l:find(text, 1, true) then return true end
  end
  return false
end

test("told the Security Council, before the call is told", function()
  local lines = claim_lines(extract({ "UNITED NATIONS, March 2 (Wire) -- The Security Council met behind closed doors on the famine tonight.",
    "Secretary-General Ban Ki-moon told the Council he would send an envoy to the region within days.",
    "Mr. Ban spoke by telephone with President Nicolas Sarkozy this morning, a spokesman said." },
    "2011-03-02"))
  ok(not has(lines, "send an envoy"), table.concat(lines, "\n"))
end)

test("told the General Assembly, in the sentence after the call", function()
  local lines = claim_lines(extract({ "UNITED NATIONS, March 2 (Wire) -- Secretary-General Ban Ki-moon spoke by telephone with President Nicolas Sarkozy this morning, a spokesman said.",
    "Mr. Ban told the General Assembly that the appeal was only a third funded." },
    "2011-03-02"))
  ok(not has(lines, "only a third funded"), table.concat(lines, "\n"))
end)
