-- Plural calls, session 8: names listed before a plural call noun ("Putin,
-- Kerry calls", "the Biden and Macron calls") say whose calls they are,
-- not who was on one call; and a plural contact noun with a complement of
-- its own ("contacts with the administration") announces no series of
-- calls, nor does a series apply to the sentence announcing it.  Short
-- invented accounts.

local function pairs_of(paras, pub) return call_pairs(briefing(paras, pub), "date") end

test("names before plural calls are no call between them", function()
  -- a section heading over two calls told below
  eq(pairs_of({ "Scholz spoke by phone with Zelensky on Tuesday.", "Biden, Macron calls",
    "Biden telephoned Zelensky on Sunday." }, "2023-03-15"),
    { "Joe Biden + Volodymyr Zelensky @ 2023-03-12", "Olaf Scholz + Volodymyr Zelensky @ 2023-03-14" })
  eq(pairs_of({ "Scholz spoke by phone with Zelensky on Tuesday.",
    "The Biden and Macron calls, both on Sunday, were shorter." }, "2023-03-15"),
    { "Olaf Scholz + Volodymyr Zelensky @ 2023-03-14" })
  -- people after the noun are still its people
  eq(pairs_of({ "Scholz held phone calls on Monday with Macron and Sunak." }, "2023-03-15"),
    { "Emmanuel Macron + Olaf Scholz @ 2023-03-13", "Olaf Scholz + Rishi Sunak @ 2023-03-13" })
end)

test("contacts with an institution announce no series; an announcement is told after it", function()
  -- two calls of Zelensky, then a letter and "contacts with" a government
  eq(pairs_of({ "Scholz spoke by phone with Zelensky on Monday.", "Zelensky had also been telephoned by Macron, Scholz said.",
    "Scholz said he had written to Giorgia Meloni in May, and that contacts with the Dutch government were handled by officials." },
    "2023-03-15"),
    { "Olaf Scholz + Volodymyr Zelensky @ 2023-03-13", "Emmanuel Macron + Volodymyr Zelensky @ 2023-03-15" })
  eq(pairs_of({ "Chancellor Scholz spoke with Mark Rutte by phone on Monday.",
    "Contacts with the Dutch government were frequent, said Scholz, who also wrote to Giorgia Meloni." },
    "2023-03-15"),
    { "Mark Rutte + Olaf Scholz @ 2023-03-13" })
end)
