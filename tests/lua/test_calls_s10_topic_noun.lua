-- A weak call noun of a topic, session 10: "in any discussion of German
-- unity", "a dialogue on climate" with nobody "with" or "between" it are
-- no contact a modal could plan (the planned mention then took the
-- sentence's point away from the call).  Short invented paragraphs.

local function cues_of(paras, pub)
  local out = {}
  for _, c in ipairs(extract(paras, pub).calls) do out[#out + 1] = c.cue .. ": " .. c.status end
  return out
end

test("a weak noun of a topic is no planned call", function()
  local P = { "BONN, Jan. 9 — Chancellor Helmut Kohl spoke by telephone today with the Soviet leader, Mikhail S. Gorbachev, a Government spokesman said.",
    "He said Mr. Kohl had also assured the Soviet leader that Bonn would take Moscow's security interests into account in any discussion of German unity." }
  eq(cues_of(P, "1990-01-10"), { "spoke by telephone: held" })
  ok(has(claim_lines(extract(P, "1990-01-10")),
    "Germany | Helmut Kohl | - | Bonn would take Moscow's security interests into account in any discussion of German unity"),
    "the assurance is a claim about the call")
  eq(cues_of({ "Prime Minister Kevin Rudd spoke with President Hu Jintao by telephone on Monday.",
      "Mr Rudd told Mr Hu that Australia would welcome a dialogue on climate at the summit." }, "2008-06-10"),
    { "by telephone: held" })
end)
