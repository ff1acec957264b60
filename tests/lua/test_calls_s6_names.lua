-- People the gazetteer does not know, named the way readouts and wire
-- stories name them (session 6).  The program is run on articles of
-- years its gazetteer may not cover, and on small states' new leaders:
-- the name the article gives must survive, with the country it states.
-- Invented people; real states.

local function people(ex)
  local out = {}
  for _, c in ipairs(ex.calls) do
    local ps = {}
    for _, p in ipairs(c.people) do ps[#ps + 1] = (p.name or "?") .. " (" .. (p.country or "?") .. ")" end
    out[#out + 1] = table.concat(ps, " + ")
  end
  return out
end

-- {report's day, sentence, the people of its call}
local CASES = {
  -- an office in apposition after an unknown name is that person's
  { "2031-03-07", "Hiroshi Tanabe, Japan's prime minister, spoke by phone with Le Van Thanh, Vietnam's prime minister, on Friday.",
    "Hiroshi Tanabe (Japan) + Le Van Thanh (Vietnam)" },
  { "2033-05-10", "Amina Diallo, the president of Senegal, telephoned Jonas Berg, Prime Minister of Norway, on Monday.",
    "Amina Diallo (Senegal) + Jonas Berg (Norway)" },
  -- an honorific introduces an unknown name; a state's official long
  -- form is the state
  { "2031-03-03", "On March 3, Mr. Hiroshi Tanabe, Prime Minister of Japan, held a telephone talk with H.E. Mr. Le Van Thanh, Prime Minister of the Socialist Republic of Viet Nam.",
    "Hiroshi Tanabe (Japan) + Le Van Thanh (Vietnam)" },
  { "2032-01-20", "President Omar Haji of the Republic of Kenya received a phone call today from H.E. Mr. Tomas Kral, President of the Czech Republic.",
    "Omar Haji (Kenya) + Tomas Kral (Czech Republic)" },
  -- the country after the name: "Prime Minister X of Y"
  { "2031-03-07", "Prime Minister Hiroshi Tanabe of Japan held a telephone talk with Prime Minister Le Van Thanh of Vietnam on Friday.",
    "Hiroshi Tanabe (Japan) + Le Van Thanh (Vietnam)" },
  { "2032-06-13", "Prime Minister Lars Holm of the Kingdom of Denmark spoke by telephone with President Ana Ruiz of Chile on Sunday.",
    "Lars Holm (Denmark) + Ana Ruiz (Chile)" },
}

for _, c in ipairs(CASES) do
  test("the name and state the article gives: " .. c[3], function()
    eq(people(extract({ c[2] }, c[1])), { c[3] })
  end)
end

test("official forms never undo a state's own alias, nor make a US state a country", function()
  local c = ctx("extract")
  local G = require("callbrief.gazetteer").load(c)
  local function at(s)
    local tk = require("callbrief.tokenize").run(s, c.text)
    local _, id = G:country_at(tk, 1)
    return id or "-"
  end
  eq({ at("Republic of China"), at("People's Republic of China"), at("Democratic Republic of the Congo"),
    at("Kingdom of Saudi Arabia"), at("State of Georgia"), at("State of Israel"), at("Republic of Moldova") },
    { "TW", "CN", "CD", "SA", "-", "IL", "MD" })
end)
