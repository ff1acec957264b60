-- A call's purpose that is a verb of telling with its hearer and a
-- manner alone ("rang him to tell him personally", "to inform her in
-- person") says nothing: no claim (session 17, cl17).  With what was told
-- it stays one.  Invented paragraphs.

local function has(lines, text)
  for _, l in ipairs(lines) do
    if l:find(text, 1, true) then return true end
  end
  return false
end

test("to tell him personally", function()
  local lines = claim_lines(extract({ "Prime Minister Jean Chretien said President Bush had called him this morning to tell him personally." }, "2001-03-14"))
  ok(not has(lines, "personally"), table.concat(lines, "\n"))
end)

test("to inform her in person", function()
  local lines = claim_lines(extract({ "Chancellor Helmut Kohl telephoned Prime Minister Margaret Thatcher on Sunday to inform her in person." }, "1989-11-13"))
  ok(not has(lines, "in person"), table.concat(lines, "\n"))
end)

test("to tell him personally what was decided stays a claim", function()
  local lines = claim_lines(extract({ "Chancellor Helmut Kohl phoned President Francois Mitterrand on Monday to tell him personally that the vote would be delayed." }, "1990-02-14"))
  ok(has(lines, "the vote would be delayed"), table.concat(lines, "\n"))
end)
