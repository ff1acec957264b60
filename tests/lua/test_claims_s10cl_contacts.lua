-- Other contacts told with a time or an adverb between the verb and its
-- "with" / "to", session 10: "he had spoken that morning with the leaders
-- of China, Japan and Russia" reports calls (the call data of several
-- calls), not what was said in this one; so does "had talked twice this
-- week to the premiers of ...".  Short invented reports.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end

-- {the call, the sentence after it, the day}: no claim from either.
local CONTACTS = {
  { "President Emmanuel Macron spoke by telephone with Chancellor Olaf Scholz on Tuesday.",
    "Macron told reporters he had spoken that morning with the leaders of Germany, Italy and Spain.", "2022-03-02" },
  { "Prime Minister Pedro Sanchez spoke by telephone with Prime Minister Antonio Costa on Tuesday.",
    "Sanchez told reporters he had talked that evening with the prime ministers of Portugal, Italy and Greece.", "2020-03-25" },
  { "Chancellor Olaf Scholz spoke by telephone with President Joe Biden on Thursday.",
    "Scholz said he had spoken this afternoon with the presidents of France and Poland.", "2022-02-25" },
  { "President Luiz Inacio Lula da Silva spoke by phone with President Alberto Fernandez on Monday.",
    "Lula said he had talked on Sunday with the presidents of Argentina, Uruguay and Paraguay.", "2023-01-17" },
  { "President William Ruto spoke by phone with President Yoweri Museveni on Wednesday.",
    "Ruto said he had talked separately with the leaders of Uganda, Tanzania and Rwanda.", "2023-06-15" },
}

test("a call verb, a time, then 'with' the leaders of several countries: no claim", function()
  for _, c in ipairs(CONTACTS) do
    eq(lines({ c[1], c[2] }, c[3]), {}, c[2])
  end
end)

test("what was said stays a claim", function()
  eq(lines({ "Prime Minister Mark Carney spoke with President Claudia Sheinbaum on Friday.",
      "Carney said the two countries would coordinate their response to the tariffs." }, "2025-03-08"),
    { "Canada | Mark Carney | - | the two countries would coordinate their response to the tariffs" })
end)
