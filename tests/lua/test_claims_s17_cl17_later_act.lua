-- A participant's own act told on a day after the call's, with no
-- attribution ("Chirac, in remarks on Thursday, called the bombing ...
-- and said ..." of a call on Wednesday), is another occasion, as "On
-- Thursday, X said ..." is (session 17, cl17).  An act of the call's own
-- day stays the call's.  Invented paragraphs.

local function has(lines, text)
  for _, l in ipairs(lines) do
    if l:find(text, 1, true) then return true end
  end
  return false
end

test("an act in remarks on the day after the call", function()
  local lines = claim_lines(extract({ "President Chirac telephoned Prime Minister John Major on Wednesday night to discuss the bombing, the Elysee said.",
    "Chirac, in remarks at the Elysee on Thursday, called the bombing \"a barbaric act\" and said France \"stands with the British people.\"" },
    "1996-02-16"))
  ok(not has(lines, "barbaric act") and not has(lines, "British people"), table.concat(lines, "\n"))
end)

test("an act opened by the day after the call", function()
  local lines = claim_lines(extract({ "Chancellor Helmut Kohl telephoned President Lech Walesa on Monday to discuss the border treaty.",
    "On Tuesday Kohl praised the treaty as \"a new beginning\" before the Bundestag." },
    "1991-06-19"))
  ok(not has(lines, "new beginning"), table.concat(lines, "\n"))
end)

test("an act of the call's own day stays", function()
  local lines = claim_lines(extract({ "Chancellor Helmut Kohl telephoned President Lech Walesa on Monday.",
    "Kohl on Monday urged Walesa to sign the border treaty before the summer." },
    "1991-06-19"))
  ok(has(lines, "sign the border treaty"), table.concat(lines, "\n"))
end)
