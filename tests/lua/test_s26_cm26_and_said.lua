-- Session 26 (cm26): two clauses joined by "and" (or "while"/"but"
-- without a comma), each with its own subject and verb of saying: "Biden
-- said the alliance was united and Scholz said Germany would ...".  The
-- second is its speaker's own account, of his side, without "Scholz said"
-- in the words (session 16 knew only ", while", ", but" and ";").
-- Sentences of our own.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end
local S = "President Biden spoke with Chancellor Scholz on Tuesday."

test("'X said ... and Y said ...': Y's own claim, of his side", function()
  eq(lines({ S, "Biden said the alliance was united and Scholz said Germany would send more arms." }, "2022-03-06"),
    { "United States | Joe Biden | - | the alliance was united",
      "Germany | Olaf Scholz | - | Germany would send more arms" })
  eq(lines({ "Prime Minister Heath telephoned President Pompidou on Monday.",
    "Mr. Heath said Britain would join and Mr. Pompidou said France welcomed it." }, "1971-05-12"),
    { "United Kingdom | Edward Heath | - | Britain would join",
      "France | Georges Pompidou | - | France welcomed it" })
  eq(lines({ S, "Biden said the alliance was united while Scholz said Germany would send more arms." }, "2022-03-06"),
    { "United States | Joe Biden | - | the alliance was united",
      "Germany | Olaf Scholz | - | Germany would send more arms" })
end)

test("guards: the other party inside one's words stays the teller's; a third party stays out", function()
  eq(lines({ S, "Biden said Scholz had promised more arms." }, "2022-03-06"),
    { "United States | Olaf Scholz | - | Scholz had promised more arms" })
  -- one subject of two, "he and Y", agreeing: the teller's account
  eq(lines({ S, "Biden said he and Scholz had agreed to keep in close contact." }, "2022-03-06"),
    { "United States | Olaf Scholz | - | Scholz had agreed to keep in close contact" })
  local got = lines({ S, "Biden said the alliance was united and analysts said Germany would send more arms." }, "2022-03-06")
  for _, l in ipairs(got) do ok(not l:find("^Germany"), l) end
  eq(lines({ S, "Biden said the alliance was united, while Scholz said Germany would send more arms." }, "2022-03-06"),
    { "United States | Joe Biden | - | the alliance was united",
      "Germany | Olaf Scholz | - | Germany would send more arms" })
end)
