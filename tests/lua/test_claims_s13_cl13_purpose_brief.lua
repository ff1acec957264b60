-- The purpose of a call, session 13: "to brief him on X" (and "to update
-- her on", "to notify them about") is what the caller told, also after a
-- long adjunct of place ("from his plane on the way back from ..., with
-- a name list in apposition"); "to brief him" alone tells nothing.
-- Invented sentences.

local function lines(text, pub) return claim_lines(extract({ text }, pub)) end

test("to brief him on X is the caller's claim", function()
  eq(lines("Chancellor Olaf Scholz telephoned President Emmanuel Macron on Tuesday to brief him on the talks in Beijing.", "2023-04-05"),
    { "Germany | Olaf Scholz | - | brief him on the talks in Beijing" })
end)

test("after a long adjunct and a list of names in apposition", function()
  eq(lines("On Friday Prime Minister Jacinda Ardern rang Prime Minister Scott Morrison from her plane on the way back from her meeting in Suva with the Fijian and Samoan prime ministers, Frank Bainimarama and Tuilaepa Sailele Malielegaoi, to update him on the border reopening.", "2019-08-16"),
    { "New Zealand | Jacinda Ardern | - | update him on the border reopening" })
end)

test("to brief him alone is no claim", function()
  eq(lines("Chancellor Olaf Scholz telephoned President Emmanuel Macron on Tuesday to brief him.", "2023-04-05"), {})
end)
