-- Names, session 20 (cc20): Hepburn romanisation writes Japanese's
-- syllabic n as m before b, p (and m); the modified system and most
-- dictionaries keep n ("Gemba"/"Genba", "Sampei"/"Sanpei",
-- "Shimbun"/"Shinbun", "Namba"/"Nanba").  names.key, which mention
-- matching and scoring share, folds them together; names that differ in
-- another letter stay apart.  (Italian "Giampaolo"/"Gianpaolo" is the same
-- variation.)
local names = require("callbrief.names")
local eval = require("callbrief.eval")
local fold = ctx("link").text.fold

test("m or n before b or p: one key", function()
  for _, pair in ipairs({ { "gemba", "genba" }, { "sampei", "sanpei" }, { "shimbun", "shinbun" },
    { "namba", "nanba" }, { "kampo", "kanpo" } }) do
    eq(names.key(pair[1]), names.key(pair[2]), pair[1])
  end
end)

test("guards: other letters, and m or n before other letters, still differ", function()
  for _, pair in ipairs({ { "kemp", "kent" }, { "lamb", "lane" }, { "hamid", "hanid" },
    { "samba", "salba" }, { "kim", "kin" } }) do
    ok(names.key(pair[1]) ~= names.key(pair[2]), pair[1] .. " / " .. pair[2])
  end
end)

local function call(participants)
  return { participants = participants, date = "2012-09-18", date_basis = "relative",
    status = "held", medium = "phone", sources = { "docs/001.txt" }, claims = {} }
end

test("a gold call in one spelling matches the briefing's other", function()
  local r = eval.score({ calls = { call({ "Koichiro Gemba", "Hillary Clinton" }) } },
    { calls = { call({ "Kōichirō Genba", "Hillary Clinton" }) } }, { fold = fold })
  eq(r.calls.matched, 1)
  local r2 = eval.score({ calls = { call({ "Junichi Sampei", "Kevin Rudd" }) } },
    { calls = { call({ "Jun'ichi Sanpei", "Kevin Rudd" }) } }, { fold = fold })
  eq(r2.calls.matched, 1)
end)
