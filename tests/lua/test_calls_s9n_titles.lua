-- Names after abbreviated titles and ranks, session 9: "Atty. Gen.",
-- "Lt. Gen.", "Sen.", "Rep.", "Amb.", "Hon.", "Prof." introduce a name
-- and are no part of it (nor a surname of their own: "Atty" is no
-- "Abdel-Atty"); "Pres.", "FM", "Amb." name an office.  Short invented
-- sentences.

local function pairs_of(paras, pub) return call_pairs(briefing(paras, pub or "2023-03-15"), "date") end

-- The people[] entries of an extraction as "text => name / role".
local function people_of(paras, pub)
  local out = {}
  for _, p in ipairs(extract(paras, pub or "2023-03-15").people) do
    out[#out + 1] = p.text .. " => " .. tostring(p.name) .. " / " .. tostring(p.role)
  end
  return out
end

test("an abbreviated rank or title before an unknown name introduces that name", function()
  eq(pairs_of({ "Atty. Gen. Merrick Garland spoke by phone on Monday with Foreign Minister Dmytro Kuleba." }),
    { "Dmytro Kuleba + Merrick Garland @ 2023-03-13" })
  eq(pairs_of({ "Sen. Joe Manchin spoke by telephone on Tuesday with President William Ruto." }),
    { "Joe Manchin + William Ruto @ 2023-03-14" })
  eq(pairs_of({ "President Tsai Ing-wen spoke by phone on Monday with Rep. Michael McCaul." }),
    { "Michael McCaul + Tsai Ing-wen @ 2023-03-13" })
  eq(pairs_of({ "Lt. Gen. Mohamed Hamdan Dagalo spoke by phone on Monday with President William Ruto." }),
    { "Mohamed Hamdan Dagalo + William Ruto @ 2023-03-13" })
  eq(pairs_of({ "Prime Minister Sheikh Hasina received a call on Monday from Prof Kamal Hossain." }),
    { "Kamal Hossain + Sheikh Hasina @ 2023-03-13" })
end)

test("the abbreviation is no surname and no part of the name", function()
  eq(people_of({ "Atty. Gen. Merrick Garland spoke with Foreign Minister Dmytro Kuleba." }),
    { "Atty. Gen. Merrick Garland => Merrick Garland / nil",
      "Foreign Minister Dmytro Kuleba => Dmytro Kuleba / foreign minister" })
  eq(people_of({ "Hon. Paul Kagame and Maj. Gen. Muhoozi Kainerugaba spoke." }),
    { "Hon. Paul Kagame => Paul Kagame / nil", "Maj. Gen. Muhoozi Kainerugaba => Muhoozi Kainerugaba / nil" })
end)

test("'Pres.', 'FM', 'Amb.' are offices before a name", function()
  eq(people_of({ "Pres. William Ruto spoke with FM Sergey Lavrov." }),
    { "Pres. William Ruto => William Ruto / president", "FM Sergey Lavrov => Sergey Lavrov / foreign minister" })
  eq(pairs_of({ "Amb. Linda Thomas-Greenfield spoke by telephone on Monday with Pres. William Ruto." }),
    { "Linda Thomas-Greenfield + William Ruto @ 2023-03-13" })
end)

test("a full-word rank or legislative title introduces a name too", function()
  eq(pairs_of({ "Senator Paul Laxalt spoke by phone on Monday with President Ferdinand Marcos." }, "1986-02-26"),
    { "Ferdinand Marcos + Paul Laxalt @ 1986-02-24" })
  eq(pairs_of({ "Governor Kathy Hochul spoke by phone on Monday with President Volodymyr Zelensky." }),
    { "Kathy Hochul + Volodymyr Zelensky @ 2023-03-13" })
end)

test("a word after an abbreviation that is no name stays no person", function()
  eq(people_of({ "The Gen Z protests were discussed by President William Ruto." }),
    { "President William Ruto => William Ruto / president" })
  eq(people_of({ "Nobel laureate Amartya Sen spoke with Prime Minister Narendra Modi." }),
    { "Prime Minister Narendra Modi => Narendra Modi / prime minister" })
  eq(pairs_of({ "Prime Minister Hun Sen spoke by phone on Monday with President Joko Widodo." }),
    { "Hun Sen + Joko Widodo @ 2023-03-13" })
end)

test("names.clean drops a row of honorifics and ranks", function()
  local names = require("callbrief.names")
  eq(names.clean("Lt. Gen. Burhan"), "Burhan")
  eq(names.clean("Sen. Laxalt's"), "Laxalt")
  eq(names.clean("Mr Sharif"), "Sharif")
  eq(names.clean("Hun Sen"), "Hun Sen")
end)

test("an office abbreviation alone in a clock time or a brand is no person", function()
  eq(people_of({ "The leaders spoke at 3 PM on Monday, the station's FM service said." }), {})
  eq(people_of({ "PM spoke to President Joe Biden on Monday." }),
    { "PM => nil / prime minister", "President Joe Biden => Joe Biden / president" })
end)
