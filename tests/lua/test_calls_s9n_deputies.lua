-- A deputy's office is not the office it is deputy to, session 9:
-- "Deputy Foreign Minister X", "Vice Foreign Minister X", "Assistant
-- Secretary of State X" are officials of that country, not its foreign
-- minister; "the deputy foreign minister" alone is no foreign minister the
-- date would name; "Acting President X" keeps "Acting" in the words that
-- describe the person.  Offices that are titles of their own ("Deputy
-- Prime Minister", "Vice President", "Deputy President") stay so.  Short
-- invented sentences.

local function people_of(paras, pub)
  local out = {}
  for _, p in ipairs(extract(paras, pub or "2023-03-15").people) do
    out[#out + 1] = p.text .. " => " .. tostring(p.name) .. " / " .. tostring(p.role) .. " / " .. tostring(p.country)
  end
  return out
end

local function pairs_of(paras, pub) return call_pairs(briefing(paras, pub or "2023-03-15"), "date") end

test("a deputy's title names an official of the country, with the words as written", function()
  eq(people_of({ "Russian Deputy Foreign Minister Sergei Ryabkov spoke with Foreign Minister Penny Wong." }),
    { "Russian Deputy Foreign Minister Sergei Ryabkov => Sergei Ryabkov / official / Russia",
      "Foreign Minister Penny Wong => Penny Wong / foreign minister / nil" })
  eq(people_of({ "Chinese Vice Foreign Minister Ma Zhaoxu met Assistant Secretary of State Daniel Kritenbrink." }),
    { "Chinese Vice Foreign Minister Ma Zhaoxu => Ma Zhaoxu / official / China",
      "Assistant Secretary of State Daniel Kritenbrink => Daniel Kritenbrink / official / nil" })
  eq(people_of({ "First Deputy Defence Minister Ruslan Tsalikov was also present." }),
    { "First Deputy Defence Minister Ruslan Tsalikov => Ruslan Tsalikov / official / nil" })
end)

test("a deputy without a name is no holder of the office it deputises", function()
  local ex = extract({ "President Vladimir Putin spoke by phone with Chancellor Olaf Scholz on Monday.",
    "Russia's deputy foreign minister said the talks had been useful." }, "2023-03-15")
  eq(names_in(ex)["Sergey Lavrov"], nil)
  eq(pairs_of({ "The Russian deputy foreign minister spoke by phone with Foreign Minister Penny Wong on Monday." }),
    {})
end)

test("offices that are titles of their own keep them", function()
  eq(people_of({ "Deputy Prime Minister Richard Marles spoke with Vice President Kamala Harris." }),
    { "Deputy Prime Minister Richard Marles => Richard Marles / deputy prime minister / nil",
      "Vice President Kamala Harris => Kamala Harris / vice president / nil" })
  eq(people_of({ "South African Deputy President Paul Mashatile spoke with President William Ruto." }),
    { "South African Deputy President Paul Mashatile => Paul Mashatile / vice president / South Africa",
      "President William Ruto => William Ruto / president / nil" })
end)

test("'Acting' before a title stays in the words that describe the person", function()
  eq(people_of({ "Acting President Han Duck-soo spoke with President Joe Biden." }, "2024-12-20"),
    { "Acting President Han Duck-soo => Han Duck-soo / president / nil",
      "President Joe Biden => Joe Biden / president / nil" })
  eq(pairs_of({ "Acting President Han Duck-soo spoke by phone on Monday with President Joe Biden." }, "2024-12-20"),
    { "Han Duck-soo + Joe Biden @ 2024-12-16" })
end)
