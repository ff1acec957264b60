-- Session 20, claims (cl20): "According to the Prime Minister, President
-- X promised ...": the comma closes the attribution and the name after it
-- opens the clause (a verb follows), so the office is the teller of the
-- call's account, not an office in apposition to the other leader's
-- name.  An apposition closed by a comma ("According to the Prime
-- Minister, Mr Howard, ...") stays one.  Sentences of our own.

local function has(lines, text)
  for _, l in ipairs(lines) do
    if l:find(text, 1, true) then return true end
  end
  return false
end

local CALL = "Prime Minister John Howard spoke by telephone on Tuesday with President Susilo Bambang Yudhoyono of Indonesia."

test("'According to the Prime Minister, President Yudhoyono assured him ...': Australia's account", function()
  local l = claim_lines(extract({ CALL,
    "According to the Prime Minister, President Yudhoyono assured him that Indonesia would hand over the suspects." },
    "2005-03-10"))
  ok(has(l, "Australia | Susilo Bambang Yudhoyono") and has(l, "hand over the suspects"), table.concat(l, "; "))
end)

test("'According to the Chancellor, Mitterrand said ...': Germany's account", function()
  local l = claim_lines(extract({
    "Chancellor Helmut Kohl spoke by telephone with President Francois Mitterrand on Sunday.",
    "According to the Chancellor, Mitterrand agreed that the summit should open with the monetary question." },
    "1989-11-20"))
  ok(has(l, "Germany |") and has(l, "open with the monetary question"), table.concat(l, "; "))
  ok(not has(l, "France |"), table.concat(l, "; "))
end)

test("guard: 'According to the Prime Minister, Mr Howard, ...' is still an apposition", function()
  local ex = extract({ CALL,
    "According to the Prime Minister, Mr Howard, President Yudhoyono had promised a full inquiry into the attack." },
    "2005-03-10")
  local l = claim_lines(ex)
  ok(has(l, "Australia |") and has(l, "a full inquiry into the attack"), table.concat(l, "; "))
end)
