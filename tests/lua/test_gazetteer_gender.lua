-- The gazetteer's optional `gender` field (doc/gazetteer.md): `f` marks a
-- woman, and the loader keeps it on the person record it exposes, so that
-- the linker can resolve "she" and "her" to women only.  A person without
-- it is not known to be a woman (the men are left unmarked).

local function G()
  return require("callbrief.gazetteer").load(ctx("link"))
end

test("the loader keeps gender = \"f\" on the person record", function()
  local g = G()
  for _, name in ipairs({ "Angela Merkel", "Theresa May", "Giorgia Meloni", "Sanae Takaichi",
      "Claudia Sheinbaum", "Kamala Harris", "Ursula von der Leyen", "Kaja Kallas",
      "Maria Zakharova", "Yulia Svyrydenko", "Elizabeth II", "Park Geun-hye" }) do
    local p = g:person(name)
    ok(p, name .. " is in the gazetteer")
    eq(p.gender, "f", name)
  end
end)

test("men are left unmarked", function()
  local g = G()
  for _, name in ipairs({ "Olaf Scholz", "Vladimir Putin", "Keir Starmer", "Emmanuel Macron",
      "Recep Tayyip Erdoğan", "Sergey Lavrov" }) do
    local p = g:person(name)
    ok(p, name .. " is in the gazetteer")
    eq(p.gender, nil, name)
  end
end)

test("every gender given is f or m, and some hundreds of women are marked", function()
  local g = G()
  local women = 0
  for _, p in ipairs(g.people) do
    if p.gender ~= nil then
      ok(p.gender == "f" or p.gender == "m", p.name .. ": gender " .. tostring(p.gender))
      if p.gender == "f" then women = women + 1 end
    end
  end
  ok(women >= 200, "women marked: " .. women)
end)

test("office holders found by role and date carry the field", function()
  local g = G()
  local function holder(country, role, date)
    local hs = g:holders(country, role, date)
    eq(#hs, 1, country .. " " .. role .. " " .. date)
    return hs[1]
  end
  eq(holder("DE", "chancellor", "2015-06-01").gender, "f")
  eq(holder("DE", "chancellor", "2023-06-01").gender, nil)
  eq(holder("GB", "prime minister", "2022-10-01").gender, "f")   -- Truss
  eq(holder("NZ", "prime minister", "2020-06-01").gender, "f")   -- Ardern
  eq(holder("IN", "president", "2023-06-01").gender, "f")        -- Murmu
end)
