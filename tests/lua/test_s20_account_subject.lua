-- Session 20: an account that is itself the subject before a colon.
-- "The Elysee gave a different account:" already introduced the words
-- after the colon as the Elysee's; so now do "The Elysee's version put it
-- differently:", "Paris's account differed:" and a bare "Mitterrand's
-- version:".  Sentences of our own.

local CALL = "President Francois Mitterrand telephoned Chancellor Helmut Kohl on Sunday."

local function lines(second)
  return claim_lines(extract({ CALL, second }, "1990-08-07"))
end

local function has_line(l, side, text)
  for _, x in ipairs(l) do
    if x:find(side, 1, true) == 1 and x:find(text, 1, true) then return true end
  end
  return false
end

test("the account as the subject of a verb before the colon", function()
  local l = lines("The Elysee's version put it differently: Mitterrand had warned against any move without the United Nations.")
  ok(has_line(l, "France |", "warned against any move without the United Nations"), table.concat(l, "; "))
  l = lines("Bonn's account differed sharply: the Chancellor had pressed for an embargo at once.")
  ok(has_line(l, "Germany |", "pressed for an embargo at once"), table.concat(l, "; "))
end)

test("the account and a colon, no verb", function()
  local l = lines("Mitterrand's version: the two men had agreed that Europe must speak with one voice.")
  ok(has_line(l, "France |", "Europe must speak with one voice"), table.concat(l, "; "))
end)

test("an account given before a colon still is", function()
  local l = lines("The Elysee gave a different account: Mitterrand had warned against any move without the United Nations.")
  ok(has_line(l, "France |", "warned against any move without the United Nations"), table.concat(l, "; "))
end)

test("a possessive noun that is no account stays out", function()
  local l = lines("Kohl's plan: a meeting of the Twelve by the end of the week.")
  ok(not has_line(l, "Germany |", "meeting of the Twelve"), table.concat(l, "; "))
end)
