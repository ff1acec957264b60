-- Session 15: a dateline whose place has letters beyond ASCII
-- ("BRASÍLIA, 12 Jan 2024 —", "SÃO PAULO", "Bogotá") dates the story
-- and names its place, as "BRASILIA" does.  Invented stories.

local function dated(line)
  local d = page_run(table.concat({ "Lula calls Ali over border dispute", "",
    line .. " President Luiz Inácio Lula da Silva telephoned President Irfaan Ali on Wednesday.", "" }, "\n"))
  return { tostring(d.published), d.dateline and d.dateline.place or "-" }
end

test("places written with accents open datelines", function()
  eq(dated("BRASILIA, 12 Jan 2024 —"), { "2024-01-12", "BRASILIA" })
  eq(dated("BRASÍLIA, 12 Jan 2024 —"), { "2024-01-12", "BRASÍLIA" })
  eq(dated("SÃO PAULO, Jan. 12, 2024 -"), { "2024-01-12", "SÃO PAULO" })
  eq(dated("Bogotá, 12 January 2024 —"), { "2024-01-12", "Bogotá" })
  eq(dated("ÅLESUND, 12 January 2024 —"), { "2024-01-12", "ÅLESUND" })
end)

test("the call is dated from such a dateline", function()
  local _, _, b = page_run(table.concat({ "Lula calls Ali", "",
    "BRASÍLIA, 12 Jan 2024 — President Luiz Inácio Lula da Silva telephoned President Irfaan Ali on Wednesday.", "" }, "\n"))
  eq(sorted_call_pairs(b, "date"), { "Irfaan Ali + Luiz Inácio Lula da Silva @ 2024-01-10" })
end)
