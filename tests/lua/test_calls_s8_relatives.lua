-- Relative clauses on a person, session 8: ", who ...," tells of that
-- person, not of the contact the sentence reports, so a visit or a trip
-- told in it does not put the call's people in one room; and wanting to
-- talk is a disposition, like being ready to talk.  Short invented
-- sentences.

local function pairs_of(s, pub) return call_pairs(briefing({ s }, pub or "2023-03-15"), "date") end

-- each case: a sentence (published 15 March 2023) and the calls it gives
local function check(cases)
  for _, c in ipairs(cases) do eq(pairs_of(c[1]), c[2], c[1]) end
end

test("a visit told in a relative clause on the callee does not make the call a meeting", function()
  check({
    { "Chancellor Olaf Scholz has spoken to President Emmanuel Macron, who is cutting short a visit to Africa to return to Paris, his office says.",
      { "Emmanuel Macron + Olaf Scholz @ 2023-03-15" } },
    { "Lula spoke with Alberto Fernández, who was visiting flooded towns in the north, on Monday.",
      { "Alberto Fernández + Luiz Inácio Lula da Silva @ 2023-03-13" } },
    { "Prime Minister Rishi Sunak talked to Giorgia Meloni, whose trip to Kyiv had been announced that morning, aides said.",
      { "Giorgia Meloni + Rishi Sunak @ 2023-03-15" } },
    -- the visit of the main clause still puts them in one room
    { "Scholz spoke with Macron during a visit to Paris on Monday.", {} },
    { "Scholz, who spoke with Macron on Monday, met him again in Paris.", {} },
  })
end)

test("wanting to talk is a disposition, not a call", function()
  check({
    { "Scholz said he wanted to talk to Vladimir Putin.", {} },
    { "Macron wants to speak with Erdogan, an aide said.", {} },
    { "Gitanas Nausėda, whom Lukashenko had named among the leaders who \"want to talk\", is due in Warsaw on Thursday for talks with Andrzej Duda.",
      {} },
  })
end)
