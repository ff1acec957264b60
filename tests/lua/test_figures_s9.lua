-- The short names of the figures, session 9: the short form a leader's
-- gazetteer aliases give ("Lula"), a regnal name whole ("Abdullah II"),
-- the family name of an East Asian name, else the last word; full names
-- where two leaders would share a label.
local figures = require("callbrief.figures")
local c = ctx("render", "figures")
local P = figures.particles(c.yaml.load(c.data("extract/roles.yaml"), "extract/roles.yaml"))

test("labels from the gazetteer's aliases, regnal names and family names", function()
  local actors = {
    ["Luiz Inácio Lula da Silva"] = { aliases = { "Luiz Inacio Lula da Silva", "Lula da Silva", "Lula" } },
    ["Tamim bin Hamad Al Thani"] = { aliases = { "Sheikh Tamim bin Hamad Al Thani", "Sheikh Tamim", "Tamim bin Hamad" } },
    ["Joe Biden"] = { aliases = { "Joseph R. Biden Jr.", "Biden" } },
  }
  local short = figures.short_names({ "Luiz Inácio Lula da Silva", "Tamim bin Hamad Al Thani", "Joe Biden",
    "Abdullah II", "Charles III", "Xi Jinping", "Olaf Scholz" }, actors, P)
  eq(short, { ["Luiz Inácio Lula da Silva"] = "Lula", ["Tamim bin Hamad Al Thani"] = "Tamim",
    ["Joe Biden"] = "Biden", ["Abdullah II"] = "Abdullah II", ["Charles III"] = "Charles III",
    ["Xi Jinping"] = "Xi", ["Olaf Scholz"] = "Scholz" })
  -- particles go with the surname
  eq(figures.short_names({ "Ursula von der Leyen", "F. W. de Klerk", "Mohammed bin Salman" }, nil, P),
    { ["Ursula von der Leyen"] = "von der Leyen", ["F. W. de Klerk"] = "de Klerk",
      ["Mohammed bin Salman"] = "bin Salman" })
  -- without aliases: the last word, with its particles
  eq(figures.short_names({ "Luiz Inácio Lula da Silva" }, nil, P)["Luiz Inácio Lula da Silva"], "da Silva")
  -- two leaders of one label: full names
  eq(figures.short_names({ "Kim Jong Il", "Kim Jong Un" }, nil, P), { ["Kim Jong Il"] = "Kim Jong Il", ["Kim Jong Un"] = "Kim Jong Un" })
end)
