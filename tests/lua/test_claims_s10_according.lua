-- A description after the source of "according to", session 10:
-- "According to Tass, the Soviet press agency, ..." and "According to
-- Xinhua, the official news agency, ...": the description is part of the
-- source, no point of its own; a person or group after the comma is the
-- content's subject as before.  Short invented sentences.

local function texts(paras, pub)
  local out = {}
  for _, c in ipairs(extract(paras, pub).claims) do out[#out + 1] = c.text end
  return out
end

test("an article and a noun after the source describe it", function()
  local got = texts({ "Chancellor Helmut Kohl spoke by telephone today with the Soviet leader, Mikhail S. Gorbachev.",
    "According to Tass, the official news agency, the two leaders agreed to meet in February." }, "1990-01-10")
  eq(got, { "agreed to meet in February" })
  got = texts({ "President Jiang Zemin spoke by telephone with President Bill Clinton on Friday.",
    "According to Xinhua, the state news agency, the two presidents agreed to keep in touch." }, "1998-06-13")
  eq(got, { "agreed to keep in touch" })
end)
