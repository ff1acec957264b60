-- A government page's header in two lines, session 10: the body on one
-- line, with no country in its name ("Office of the President", "The
-- Presidency", "Ministry of the Office of the Prime Minister"), and the
-- country on the line under it ("Republic of the Philippines"): the page
-- is that government's release, so every point in it (the other leader's
-- too) is that country's account.  Short invented releases.

local function page(lines)
  local doc = run_stage("source", { id = "r.txt", path = "r.txt", bytes = table.concat(lines, "\n") .. "\n",
    sha256 = "", format = "text" })
  return doc, run_stage("extract", { document = doc, calls = {}, claims = {} })
end

local function sides(ex)
  local t = {}
  for _, c in ipairs(ex.claims) do t[#t + 1] = c.side or "-" end
  return t
end

local function all_of(t, side)
  if #t == 0 then return false end
  for _, s in ipairs(t) do if s ~= side then return false end end
  return true
end

-- {header lines and release, the side every claim must have}
local RELEASES = {
  { "a body's line over a republic's name: that republic's release", "Philippines", {
    "Office of the President", "Republic of the Philippines", "", "Manila, 14 March 2013", "",
    "President Aquino holds telephone conversation with Prime Minister Abe", "",
    "The President, Benigno S. Aquino III, received a telephone call on Wednesday evening from His Excellency Mr. Shinzo Abe, Prime Minister of Japan.",
    "", "Prime Minister Abe said that Japan would provide patrol vessels to the Philippine Coast Guard.",
    "", "President Aquino said that the two countries shared a commitment to the rule of law at sea." } },
  { "the Presidency over a federal republic", "Nigeria", {
    "The Presidency", "Federal Republic of Nigeria", "", "Press Statement", "Abuja, 2 June 2015", "",
    "His Excellency President Muhammadu Buhari spoke by telephone on Monday with His Excellency Idriss Deby Itno, President of the Republic of Chad.",
    "", "President Deby assured his Nigerian counterpart that Chad would keep its troops in the joint task force.",
    "", "President Buhari thanked him and said the two countries would defeat the insurgents together." } },
  { "a ministry of an office over the country's long name", "Cambodia", {
    "Ministry of the Office of the Prime Minister", "Kingdom of Cambodia", "", "Phnom Penh, 20 January 2021", "",
    "Samdech Techo Hun Sen, Prime Minister, received a telephone call on Tuesday from General Prayut Chan-o-cha, Prime Minister of the Kingdom of Thailand.",
    "", "Prime Minister Prayut said that Thailand was ready to reopen the border crossings once the outbreak eased." } },
}

for _, r in ipairs(RELEASES) do
  test(r[1], function()
    local _, ex = page(r[3])
    local s = sides(ex)
    ok(all_of(s, r[2]), table.concat(s, ","))
  end)
end

test("a newspaper's first lines are not a government's header", function()
  local _, ex = page({ "The Evening Courier", "Republic of Ireland edition", "",
    "Dublin, 9 May 2019", "",
    "Ireland's Taoiseach Leo Varadkar spoke by telephone on Wednesday with Prime Minister Theresa May of Britain.",
    "",
    "Mrs May said that Britain still hoped to leave the European Union in an orderly way." })
  local s = sides(ex)
  ok(not all_of(s, "Ireland"), table.concat(s, ","))
end)
