-- Gazetteer, session 15: a king is named as the English-language press
-- names him, "King Hussein", "King Fahd" (the formal "Hussein bin Talal",
-- "Fahd bin Abdulaziz Al Saud" are aliases), so that his name and the
-- name a reader writes share their last word.  Invented sentences.

local function pairs_of(text, pub) return sorted_call_pairs(briefing({ text }, pub), "date") end

test("King Hussein", function()
  eq(pairs_of("His Majesty King Hussein telephoned President Hafez al-Assad on Sunday to discuss the summit.",
    "1988-05-10"), { "Hafez al-Assad + King Hussein @ 1988-05-08" })
  eq(pairs_of("Hussein bin Talal spoke by telephone with President Hafez al-Assad on Sunday.",
    "1988-05-10"), { "Hafez al-Assad + King Hussein @ 1988-05-08" })
end)

test("King Fahd, and Saddam Hussein stays himself", function()
  eq(pairs_of("King Fahd telephoned President Saddam Hussein on Sunday about the oil price.",
    "1988-05-10"), { "King Fahd + Saddam Hussein @ 1988-05-08" })
  eq(pairs_of("King Hussein telephoned President Saddam Hussein on Sunday about the oil price.",
    "1988-05-10"), { "King Hussein + Saddam Hussein @ 1988-05-08" })
end)
