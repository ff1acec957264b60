-- A side's earlier name, session 12: a claim of West Germany's account on
-- a call before 1990 is "West Germany"'s, on a call of unified Germany
-- "Germany"'s (countries.yaml `earlier`).  Short invented paragraphs.

local function sides(paras, pub)
  local out = {}
  for _, c in ipairs(briefing(paras, pub).calls) do
    for _, cl in ipairs(c.claims) do out[#out + 1] = cl.side end
  end
  return out
end

test("the side by its name on the call's day", function()
  eq(sides({ "Chancellor Helmut Kohl telephoned President Ronald Reagan on Tuesday.",
      "A government spokesman in Bonn said Kohl had urged a new round of arms talks." }, "1985-03-14"),
    { "West Germany" })
  eq(sides({ "Chancellor Helmut Kohl telephoned President Bill Clinton on Tuesday.",
      "A government spokesman in Bonn said Kohl had urged a new round of arms talks." }, "1995-03-14"),
    { "Germany" })
end)
