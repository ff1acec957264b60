-- Session 21 (cf21), form 1: a bare surname that several people of the
-- gazetteer bear ("Mr Hu": Hu Jintao, Hu Yaobang, Jason Hu; "Mr Khan",
-- "Mr Singh") takes, at extraction, the side of the one candidate who
-- held an office on the report's day, so the call has its sides and the
-- claims that need one keep it.  None or several in office: as before.
-- Sentences of our own.

local function sides(paras, date)
  local ex = extract(paras, date)
  local out = {}
  for _, c in ipairs(ex.calls) do
    for _, p in ipairs(c.people) do out[#out + 1] = (p.name or p.text) .. "=" .. tostring(p.country) end
  end
  table.sort(out)
  return out
end

local function claims(paras, date)
  local out = claim_lines(extract(paras, date))
  table.sort(out)
  return out
end

test("the one namesake in office gives the side", function()
  eq(sides({ "Mr Hu telephoned Mr Bush on Monday." }, "2008-05-14"),
    { "Mr Bush=United States", "Mr Hu=China" })
  eq(sides({ "Mr Hu spoke by telephone with Mr Nakasone on Monday." }, "1985-05-14"),
    { "Mr Hu=China", "Mr Nakasone=Japan" })
  eq(sides({ "Mr Brown telephoned Mr Singh on Monday." }, "2008-05-14"),
    { "Mr Brown=United Kingdom", "Mr Singh=India" })
  eq(sides({ "Mr Trump spoke by phone with Mr Khan on Monday." }, "2019-05-14"),
    { "Donald Trump=United States", "Mr Khan=Pakistan" })
end)

test("claims that need the speaker's side keep it", function()
  eq(claims({ "Mr Hu telephoned Mr Bush on Monday.", "Mr Hu said China would welcome American rescue teams." },
    "2008-05-14"), { "China | Mr Hu | - | China would welcome American rescue teams" })
  eq(claims({ "Mr Obama telephoned Mr Hu on Monday.", "Mr Hu said the two countries should respect each other." },
    "2011-05-14"), { "China | Mr Hu | - | the two countries should respect each other" })
  eq(claims({ "Mr Trump spoke by phone with Mr Khan on Monday.",
    "Mr Khan said Pakistan wanted peace in Afghanistan." }, "2019-05-14"),
    { "Pakistan | Mr Khan | - | Pakistan wanted peace in Afghanistan" })
  eq(claims({ "Mr Obama telephoned Mr Lee on Monday.", "Mr Lee said the ship had been sunk by a torpedo." },
    "2010-05-14"), { "South Korea | Mr Lee | - | the ship had been sunk by a torpedo" })
  eq(sorted_call_pairs(briefing({ "Mr Hu telephoned Mr Bush on Monday.",
    "Mr Hu said China would welcome American rescue teams." }, "2008-05-14"), "date"),
    { "George W. Bush + Hu Jintao @ 2008-05-12" })
end)

test("none or several in office: no side, as before", function()
  -- Kim Young-sam and Kim Jong Il both held office in 1996
  eq(sides({ "Mr Clinton telephoned Mr Kim on Monday." }, "1996-05-14"),
    { "Mr Clinton=United States", "Mr Kim=nil" })
  -- Hu Yaobang had left office, Hu Jintao not yet in one
  eq(sides({ "Mr Hu spoke by telephone with Mr Takeshita on Monday." }, "1988-05-14"),
    { "Mr Hu=nil", "Noboru Takeshita=Japan" })
  -- a namesake whose surname only keys alike (Le Duan for "Lee") is no fit
  eq(sides({ "Mr Carter telephoned Mr Lee on Monday." }, "1980-05-14"),
    { "Mr Carter=United States", "Mr Lee=nil" })
end)
