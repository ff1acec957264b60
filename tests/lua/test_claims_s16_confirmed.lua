-- Session 16: "confirmed the call but would not discuss its contents"
-- asserts nothing about the call: a conjunction ends the noun phrase
-- after a verb of saying that is also an act, which then takes no clause
-- without "that" ("confirmed the call took place" still does).
-- Invented sentences.

test("a confirmed call and a conjunction: no claim", function()
  local ex = extract({ "Prime Minister Bob Hawke spoke to President George Bush by telephone on Tuesday about the Gulf.",
    "A White House spokesman confirmed the call but would not discuss what was said." }, "1990-08-08")
  for _, l in ipairs(claim_lines(ex)) do
    ok(not l:find("the call but", 1, true), l)
  end
  ex = extract({ "Prime Minister Bob Hawke spoke to President George Bush by telephone on Tuesday about the Gulf.",
    "A White House spokesman confirmed the two leaders had agreed to keep in close touch." }, "1990-08-08")
  ok(has(claim_lines(ex), "United States | joint | A White House spokesman | agreed to keep in close touch"),
    table.concat(claim_lines(ex), "; "))
end)
