-- Family names, session 11.  A Spanish or Portuguese name written in full
-- with another given name before and the second family name after
-- ("Juan Evo Morales Ayma") is the gazetteer's person of the first one; and of several people the document named
-- before, a bare surname is the one whose own family name it is, not one
-- who bears it by marriage ("Bhutto" after Benazir Bhutto and Bilawal
-- Bhutto Zardari).  Invented stories.

local cases = {
  { "President Juan Evo Morales Ayma telephoned President Rafael Correa on Tuesday.", "2009-08-11",
    "Evo Morales + Rafael Correa" },
  { "President Verónica Michelle Bachelet Jeria spoke by telephone with President Lula on Sunday.", "2007-06-17",
    "Luiz Inácio Lula da Silva + Michelle Bachelet" },
  { "José Manuel Zelaya Rosales, the deposed President, spoke by telephone with Hugo Chávez from the embassy.",
    "2009-09-23", "Hugo Chávez + Manuel Zelaya" },
}
for i, c in ipairs(cases) do
  test("both family names written: the first is the gazetteer's " .. i, function()
    eq(call_pairs(briefing({ c[1] }, c[2])), { c[3] })
  end)
end

test("a bare surname is its own bearer's, not a spouse's or child's", function()
  local b = briefing({ "Benazir Bhutto, the former Prime Minister, was killed in 2007.",
    "Her son Bilawal Bhutto Zardari leads the party today.",
    "Bhutto once telephoned Bill Clinton at midnight, the memoir says." }, "2012-05-02")
  eq(call_pairs(b), { "Benazir Bhutto + Bill Clinton" })
end)
