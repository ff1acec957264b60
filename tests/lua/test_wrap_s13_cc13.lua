-- A hard-wrapped paragraph of two lines whose second line starts with a
-- capital (session 13, cc13): a prose-long first line ending in a word
-- that ends no sentence ("with", "by", "the", "of", "and") or in a comma
-- goes on on the next line; a short or complete first line does not.
-- Invented text.

local function paragraphs(d)
  local out = {}
  for _, p in ipairs(d.paragraphs) do out[#out + 1] = p.text end
  return out
end

test("a line ending in 'with' goes on before a name", function()
  local d = page("Foreign ministers meet in Lima\n\n"
    .. "The foreign minister this afternoon spoke by telephone, at some length, with\n"
    .. "Minister Celso Amorim of Brazil about the crisis in the Andes region.\n\n"
    .. "Officials in both capitals gave no further details of the conversation.\n")
  local ps = paragraphs(d)
  ok(has(ps, "The foreign minister this afternoon spoke by telephone, at some length, with "
    .. "Minister Celso Amorim of Brazil about the crisis in the Andes region."), table.concat(ps, " | "))
end)

test("and the call is found", function()
  local d, ex = page_run("Lima, 14 March 2006\n\n"
    .. "Chile's President Michelle Bachelet this morning spoke by telephone, briefly, with\n"
    .. "President Alejandro Toledo of Peru about the border incident of last week.\n")
  local pairs = {}
  for _, c in ipairs(ex.calls) do pairs[#pairs + 1] = who(c) end
  eq(pairs, { "Alejandro Toledo + Michelle Bachelet" })
  ok(d ~= nil)
end)

test("a complete or short line stays a paragraph of its own", function()
  local d = page("Ministers meet in Lima\n"
    .. "Talks with Brazil and Peru\n\n"
    .. "The talks ended on Monday without an agreement on the border.\n"
    .. "Officials said they would meet again in April, in Brasilia.\n")
  local ps = paragraphs(d)
  ok(has(ps, "The talks ended on Monday without an agreement on the border."), table.concat(ps, " | "))
end)
