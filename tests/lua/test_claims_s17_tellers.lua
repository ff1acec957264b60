-- Session 17, claims: a teller set off by a connective between commas
-- ("Banjul, however, said"); "he" in a body's account after a clause it
-- opened with a person ("said it was Jawara who ..., and that he had");
-- "A statement said" right after a body's account is that body's.
-- Sentences of our own.

local LEAD = "President Abdou Diouf held telephone talks yesterday with Gambian President Dawda Jawara "
  .. "over the border closure, the presidency in Dakar said."

local function lines(second)
  return claim_lines(extract({ LEAD, second }, "1989-08-24"))
end

test("a capital's account with a connective between commas", function()
  local l = lines("Banjul, however, said that Jawara had demanded the reopening of the Karang crossing.")
  eq(#l, 1)
  ok(has(l, "Gambia | Dawda Jawara | Banjul | demanded the reopening of the Karang crossing"), table.concat(l, "; "))
end)

test("'he' after a clause the account opened with the other leader", function()
  local l = lines("Banjul, however, said it was Jawara who had placed the call, and that he had demanded the reopening of the Karang crossing.")
  ok(has(l, "Gambia | Dawda Jawara | Banjul | demanded the reopening of the Karang crossing"), table.concat(l, "; "))
end)

test("'A statement said' after the presidency's account is the presidency's", function()
  local l = lines("A statement said the two presidents agreed that their interior ministers would meet within a week.")
  eq(#l, 1)
  ok(l[1]:find("^Senegal | joint |") ~= nil, l[1])
end)
