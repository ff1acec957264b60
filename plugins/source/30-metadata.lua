-- 30-metadata.lua — title, outlet, url, dateline, published date.
--
-- Reads the front matter and the blocks 20-boilerplate marked (a byline or
-- a date line tells who published the page and when, even though it is
-- dropped from the text).  Each field takes the first source that gives it,
-- in this order of trust:
--
--   outlet     front matter source; a byline ("By AFP", "By TOI staff",
--              "India Today Web Desk", "By Jane Doe, Example Wire Service");
--              a line that is just an outlet's name ("CGTN", "Sputnik
--              International"), the site's name heading the page ("THE
--              HARBOUR LEDGER | World") or the government body whose header
--              opens it ("Press Information Bureau", "Ministry of Foreign
--              Affairs of ...": the page is that body's readout); an outlet named on a date
--              line ("TASS, July 11, 2019", "2019-06-23 13:28 | News24"); the
--              dateline ("ISTANBUL, Dec 24 (Reuters) -", "/TASS/"); a
--              breadcrumb ("Pravda.Ru » World"); a copyright line; the URL's
--              host.  Names are made canonical through lua/outlets.lua.
--   published  (dates in English or in the languages of
--              data/extract/dates.yaml: "Martes, 1 de diciembre de 2020",
--              "Updated 3:45 PM EST, Tue March 1, 2022", "2017/05/11 08:30",
--              "15 марта 2013 г.", "١٥ آذار ٢٠١٣", "2013年3月15日", Solar
--              Hijri "۲۵ اسفند ۱۳۹۱" read as 2013-03-15)
--              front matter date -> "front_matter" ("meta" for a web page,
--              whose front matter 05-html wrote from its <meta> tags); a labelled line
--              ("Publication date: ...", "Date 10.04.2015") ->
--              "publication_line"; a date line above the body ("October 14,
--              2020", "By X | 18 September 2018") -> "byline"; the dateline
--              when it has a year, or a month and day whose year the page
--              states elsewhere (a full date, or a wire's stamp with a
--              two-digit year: "15-JAN-91", "29 APR 86 17:42",
--              "06/08/95 18:44 CET") -> "dateline"; a date in the URL's path
--              ("/2019/05/10/") -> "url"; an "Updated ..." line ->
--              "updated"; a date alone on the page's last line under a
--              press release's signature -> "signature".  A labelled
--              date below the article's last paragraph, and such a
--              signature's, rank after the URL; the dates of listed stories
--              ("Most read") and of comments are never the page's, nor is a
--              relative time ("Updated 2 hours ago").  Dates in the body
--              narrative and in photo captions are never the publication
--              date; with none of the above, published is nil.

local dates = require("callbrief.dates")
local outlets = require("callbrief.outlets")
local textlib = require("callbrief.text")
local fold = textlib.fold

-- Separators a byline or date line puts between its parts.
local SEPARATORS = { "[%s|,;:%-]+", "\226\128\147", "\226\128\148" } -- ASCII, en dash, em dash

local function trim(s)
  repeat
    local before = #s
    for _, sep in ipairs(SEPARATORS) do
      s = s:gsub("^" .. sep, ""):gsub(sep .. "$", "")
    end
  until #s == before
  return s
end

-- (two Chinese or Japanese characters count as a word, as in 20-boilerplate)
local function words(s)
  local n = select(2, s:gsub("%S+", ""))
  if s:find("[\227-\233]") then
    n = n + select(2, s:gsub("[\227-\233][\128-\191][\128-\191]", "")) // 2
  end
  return n
end

-- 。 ！ ？ । ؟ ۔ (see 20-boilerplate)
local OTHER_STOPS = { ["\227\128\130"] = true, ["\239\188\129"] = true, ["\239\188\159"] = true,
  ["\224\165\164"] = true, ["\216\159"] = true, ["\219\148"] = true }

local CLOSERS = { [34] = true, [39] = true, [41] = true, [93] = true } -- " ' ) ]
local STOPS = { [33] = true, [46] = true, [58] = true, [63] = true }   -- ! . : ?

-- . ! ? or : at the end, before any closing quotes and brackets (a run of
-- " ' ) ], then a ” or ’).  Byte by byte from the end: a pattern anchored
-- only at the end would try every position of a long paragraph.
local function ends_sentence(s)
  local e = #s
  while CLOSERS[s:byte(e)] do e = e - 1 end
  local q = e >= 3 and s:sub(e - 2, e)
  if q == "\226\128\157" or q == "\226\128\153" then e = e - 3 end
  return STOPS[s:byte(e)] == true or OTHER_STOPS[s:sub(e - 2, e)] or OTHER_STOPS[s:sub(e - 1, e)]
    or false
end

local function is_prose(s)
  return words(s) >= 8 and ends_sentence(s)
end

-- Outlets -----------------------------------------------------------------

-- Words after a publisher's name in a staff byline: "By TOI staff".
local STAFF_SUFFIXES = { "web desk", "news desk", "online desk", "desk", "staff writers",
  "staff writer", "staff", "bureau", "correspondents", "correspondent", "reporters",
  "reporter", "report", "wire services", "wires", "team", "editorial" }

local looks_like_outlet = outlets.looks_like_name

local function canonical(x)
  x = trim(x or "")
  if x == "" then return nil end
  return outlets.lookup(x) or (outlets.lookup_prefix(x)) or nil
end

-- The publisher named by a byline's subject ("AFP", "Los Angeles Times
-- staff", "India Today Web Desk"); a person's name gives nil.
local function outlet_from_byline_name(x)
  x = trim(x)
  if x == "" then return nil end
  local name = canonical(x)
  if name then return name end
  local fx = x:lower()
  for _, suffix in ipairs(STAFF_SUFFIXES) do
    if fx:sub(-#suffix - 1) == " " .. suffix then
      -- "Special Correspondent" names no outlet; "TOI staff" and "Example
      -- Daily News staff" do.
      local base = trim(x:sub(1, #x - #suffix - 1))
      local name = canonical(base)
      if name then return name end
      if looks_like_outlet(base) or base:find("^%u%u+$") then return base end
      return nil
    end
  end
  if looks_like_outlet(x) then return x end
  return nil
end

-- "By Jane Doe, Example Wire Service", "By Jane Doe | Reuters", "By Jane
-- Doe for Example News": the part after the writer's name names the
-- publisher; the whole subject is tried first ("By TOI staff").
local function outlet_from_byline(s)
  local subject = s:match("^[Bb][Yy]%s*:?%s+(.+)$")
  if subject then
    local first = subject:gsub("%s*|.*$", ""):gsub("%s+%-%s+.*$", "")
      :gsub("%s+\226\128[\147\148]%s+.*$", ""):gsub(",.*$", "")
    local name = outlet_from_byline_name(first)
    if name then return name end
    local parts = subject:gsub("%s+\226\128[\147\148]%s+", "|"):gsub("%s+%-%s+", "|")
      :gsub("%s+for%s+", "|"):gsub(",", "|")
    local k = 0
    for part in parts:gmatch("[^|]+") do
      k = k + 1
      -- (a date or a time on the byline's line is no outlet)
      if k > 1 and not part:find("%d") then
        name = outlet_from_byline_name(part)
        if name then return name end
      end
    end
    return nil
  end
  return outlet_from_byline_name(s:gsub("%s*|.*$", ""))
end

-- Labels a date line puts before its publisher's name.
local PUBLISHER_LABEL = { source = true, sources = true, publisher = true, ["published by"] = true,
  from = true, outlet = true, media = true, agency = true, ["news source"] = true }

-- A date line's other words: "TASS, July 11, 2019" or "2019-06-23 | News24".
local function outlet_on_date_line(s, D)
  if s:find("^[Bb][Yy]%s*:?%s") then return outlet_from_byline(s) end
  local cleaned = s
  for _, d in ipairs(D.find_all(s)) do
    cleaned = cleaned:gsub(d.text:gsub("%p", "%%%0"), "|", 1)
  end
  for part in cleaned:gmatch("[^|,]+") do
    part = trim(part)
    -- "Source: New Asia Wire": the label is no part of the name
    local label, rest = part:match("^(%a[%a ]*):%s*(.+)$")
    if label and PUBLISHER_LABEL[label:lower()] then part = rest end
    -- "Source: Xinhua", "TIMESOFINDIA.COM | Updated: ..."
    local name = outlet_from_byline_name(part) or outlets.lookup(trim(part:match(":(.*)$") or ""))
      or (part:find("^[%w-]+%.[%w.-]*%a%a$") and (outlets.from_host(part:lower()) or part))
    if name then return name end
  end
  return nil
end

local function outlet_from_nav(s)
  local first = s:match("^(.-)%s+[>/|]%s") or s:match("^(.-)%s+\194\187%s")
    or s:match("^(.-)%s+\226\128\186%s") -- » ›
  if not first then return nil end
  first = trim(first)
  local name = outlets.lookup(first)
  if name then return name end
  if first:find("^[%w-]+%.%a%a+$") then return outlets.from_host(first) or first end
  -- A site's name in capitals before its sections: "THE SEOUL OBSERVER |
  -- NATIONAL | DIPLOMACY" (not a section's "WORLD NEWS")
  if not first:find("%l") and (first:find("^THE%s") or words(first) >= 3) then
    local name = outlets.masthead_name(first)
    if looks_like_outlet(name) then return name end
  end
  return nil
end

local function outlet_from_copyright(s)
  local x = s:gsub("%s*|.*$", "")
  x = x:gsub("[Cc]opyright", ""):gsub("©", ""):gsub("%([Cc]%)", "")
  x = x:gsub("%d%d%d%d%s*%-%s*%d%d%d%d", ""):gsub("%d%d%d%d%s*\226\128\147%s*%d%d%d%d", "")
    :gsub("%d%d%d%d", "")
  x = x:gsub("[Aa]ll [Rr]ights [Rr]eserved.*$", "")
  -- (the stop before "All rights reserved" with the space after it)
  x = trim(trim(x):gsub("%.$", ""))
  if x == "" then return nil end
  local name = canonical(x)
  if name then return name end
  -- A company's legal name ("THG PUBLISHING PVT LTD") is not the outlet's.
  local lx = " " .. x:lower():gsub("%p", " ") .. " "
  for _, w in ipairs({ " ltd ", " limited ", " inc ", " llc ", " gmbh ", " pvt ", " plc ",
    " corporation ", " publishing ", " group " }) do
    if lx:find(w, 1, true) then return nil end
  end
  return (words(x) <= 5 and x:find("^%u") and x) or nil
end

-- A known outlet named inside a navigation line: "Skip to more DW sites".
local function outlet_in_nav(s)
  for w in s:gmatch("%S+") do
    if w:find("^%u%u+$") or w:find("^%u%l") then
      local name = outlets.lookup(w)
      if name and not outlets.is_agency(name) then return name end
    end
  end
  return nil
end

-- Dateline ----------------------------------------------------------------

-- "ISTANBUL, Dec 24 (Reuters) -", "SOCHI, Russia, Dec 2 (Reuters) -",
-- "MOSCOW, July 11. /TASS/.", "TEHRAN (Tasnim) –", "WASHINGTON —",
-- "ANKARA/MOSCOW, June 29 (Reuters) -".
local DASHES = { "\226\128\148", "\226\128\147", "%-%-", "%-" }

-- The place a dateline opens with: capitals ("SOCHI", "NEW DELHI"), or up
-- to three capitalised words ("Washington") when an agency follows.
-- (session 15) The line with each letter of two or three bytes
-- ("BRASÍLIA", "SÃO PAULO", "Bogotá") written as as many ASCII letters of
-- its case, for Lua's patterns, which know ASCII letters only: the same
-- length, so positions hold.
local function ascii_case_mask(s)
  if not s:find("[\195-\237]") then return s end
  return (s:gsub("[\195-\237][\128-\191]+", function(ch)
    local cat = textlib.category(ch)
    if cat == "Lu" or cat == "Lt" then return ("A"):rep(#ch) end
    if cat == "Ll" or cat == "Lo" or cat == "Lm" then return ("a"):rep(#ch) end
    return nil
  end))
end

local function place_at_start(s, titlecase)
  -- ("ANKARA/MOSCOW": two places of one report)
  local word = titlecase and "%u[%a%.'%-]+%f[^%w]" or "%u[%u%.'%-/]+%f[^%w/]"
  local m = ascii_case_mask(s)
  local p = m:match("^" .. word)
  if not p then return nil end
  local pos, n = #p + 1, 1
  while not titlecase or n < 3 do
    local more = m:match("^ " .. word, pos)
    if not more then break end
    pos, n = pos + #more, n + 1
  end
  return s:sub(1, pos - 1), pos
end

-- A Chinese dateline: the agency, the place, the month and day, "电"
-- ("dispatch"), and the reporter in brackets: "新华社北京3月15日电（记者
-- 张三）", "中新社华盛顿3月15日电", "本报东京3月15日电" ("本报": this paper).
local CJK_OPEN, CJK_CLOSE = "\239\188\136", "\239\188\137" -- （ ）
local function chinese_dateline(s)
  local head, mo, da, stop = s:match("^([\228-\233][\128-\191][\128-\191]"
    .. "[\228-\233\128-\191]-)(%d%d?)月(%d%d?)日电()")
  -- (with its year: "新华社北京2013年3月15日电")
  local y = nil
  if not head then
    head, y, mo, da, stop = s:match("^([\228-\233][\128-\191][\128-\191]"
      .. "[\228-\233\128-\191]-)(%d%d%d%d)年(%d%d?)月(%d%d?)日电()")
  end
  if not head or #head > 36 then return nil end
  local outlet, place = nil, head
  for k = #head, 3, -3 do
    local name = outlets.lookup(head:sub(1, k))
    if name then outlet, place = name, head:sub(k + 1); break end
  end
  if not outlet and head:sub(1, 6) == "本报" then place = head:sub(7) end
  -- the reporter: "（记者 张三）", "(记者张三)"
  local rest = s:sub(stop)
  local inner = rest:match("^" .. CJK_OPEN .. "([^\n]-)" .. CJK_CLOSE) or rest:match("^%(([^()\n]-)%)")
  if inner and #inner <= 60 then
    stop = stop + #inner + (rest:find("^%(") and 2 or 6)
  end
  return { place = place ~= "" and place or nil, text = s:sub(1, stop - 1), outlet = outlet,
    date = { year = tonumber(y), month = tonumber(mo), day = tonumber(da) } }
end

-- "(Reuters) - ...", "(Xinhua) -- ...": a known agency's name in brackets
-- and a dash open the paragraph, with no place before them.
local function agency_dateline(s)
  local inner = s:match("^%(([^()]+)%)") or s:match("^/([^/]+)/")
  if not inner or #inner > 40 or not canonical(inner) then return nil end
  local pos = #inner + 3
  local gap = s:match("^%.?%s*", pos)
  for _, dash in ipairs(DASHES) do
    local m = s:match("^" .. dash .. "%s", pos + #gap)
    if m then
      return { text = s:sub(1, pos + #gap + #m - 2), outlet = inner }
    end
  end
  return nil
end

-- A line of a place and a date, nothing else: "COLOMBO, Jan 8 2021",
-- "New Delhi, 12 May 2023.", or the weekday alone the story was filed
-- on ("KAMPALA, Friday", session 15) -> the place, or nil.
local function place_date_line(s)
  local place, pos = place_at_start(s, false)
  if not place then place, pos = place_at_start(s, true) end
  if not place or #place < 2 or not s:find("^,%s*", pos) then return nil end
  -- (a weekday is no place: "Wednesday, May 8, 1974" is a date line)
  if dates.weekday_number(place) then return nil end
  local weekday = s:match("^,%s*(%a+)[%s%.]*$", pos)
  if weekday and dates.weekday_number(weekday) then return place, weekday end
  local d = dates.parse_at(s, pos + #s:match("^,%s*", pos))
  if not (d and d.day and d.month) or not s:find("^[%s%.]*$", d.stop + 1) then return nil end
  return place
end

-- (session 19) The same after the byline it shares a line with ("Our
-- Special Correspondent, NEW DELHI, Dec. 29", "By Jane Roe, LONDON, March
-- 3"): the place, and the line from the place on.
local BYLINE_HEAD = { "^By [^,]+,%s*", "^Our [^,]*Correspondents?,%s*", "^From [^,]*Correspondents?,%s*",
  "^[^,]*Staff [Rr]eporters?,%s*", "^[^,]*Staff,%s*" }
local function byline_place_date_line(s)
  for _, pat in ipairs(BYLINE_HEAD) do
    local head = s:match(pat)
    if head then
      local rest = s:sub(#head + 1)
      local place, weekday = place_date_line(rest)
      if place then return place, rest, weekday end
    end
  end
  return nil
end

local function parse_dateline(s, titlecase)
  if not titlecase then
    local b = s:byte(1)
    if b == 40 or b == 47 then return agency_dateline(s) end -- ( /
    if b and b >= 228 and b <= 233 then return chinese_dateline(s) end
  end
  local place, pos = place_at_start(s, titlecase)
  if not place or #place < 2 then
    if not titlecase then return parse_dateline(s, true) end
    return nil
  end
  -- ", Russia" (up to three capitalised words followed by a comma)
  local country = s:match("^, %u%l+[%a ]-%f[,]", pos)
  if country and words(country) <= 3 and not dates.month_number(country:sub(3):match("%a+")) then
    pos = pos + #country
  end
  local date
  local d = dates.parse_at(s, pos + #s:match("^,?%s*", pos))
  -- (session 12: past a date of another calendar before it, "Riyadh,
  -- Jumada I 12, 1441, January 7, 2020, SPA --")
  if not (d and d.day) and s:find("^,%s*%u%a+ %u?[%w]* ?%d%d?, %d%d%d%d,", pos) then
    local e = s:find(",", s:find("%d%d%d%d,", pos) + 4, true)
    d = e and dates.parse_at(s, e + #s:match("^,?%s*", e))
  end
  if d and d.day then
    date, pos = d, d.stop + 1
  end
  -- (session 22) a weekday for the date, as British papers' own
  -- correspondents file: "BONN, Tuesday -"
  local weekday
  if not date then
    local wd = s:match("^,%s*(%a+)", pos)
    if wd and dates.weekday_number(wd) then
      weekday, pos = wd, pos + #s:match("^,%s*%a+", pos)
      -- (a paragraph of its own: "BONN, Tuesday.")
      if not titlecase and s:find("^[%.%s]*$", pos) then
        return { place = place, line = true, weekday = weekday }
      end
    end
  end
  local skipped = s:match("^%.?%s*", pos)
  pos = pos + #skipped
  local outlet
  local inner = s:match("^%(([^()]+)%)", pos)
  if inner then
    outlet, pos = inner, pos + #inner + 2
  else
    inner = s:match("^/([^/]+)/", pos)
    if inner then outlet, pos = inner, pos + #inner + 2 end
  end
  -- (session 12) an agency's initials after a comma: "January 7, 2020, SPA --"
  if not inner and date then
    local agency = s:match("^,%s*(%u%u%u?%u?%u?)%s", pos)
    if agency then outlet, inner, pos = agency, agency, pos + #s:match("^,%s*%u+", pos) end
  end
  -- The dash closing the dateline must stand apart: "KIEV (Sputnik) — The",
  -- "WASHINGTON - President", not "ISTANBUL-based".
  local gap = s:match("^%.?%s*", pos)
  local dash_end
  if outlet or gap:find("%s") or (not inner and skipped:find("%s")) then
    for _, dash in ipairs(DASHES) do
      local m = s:match("^" .. dash .. "%s", pos + #gap)
      if m then dash_end = pos + #gap + #m - 2; break end
    end
  end
  -- "ISLAMABAD: ..." (a place of five or more capitals, then a colon)
  if not titlecase and not outlet and not dash_end and not date and #place >= 5
    and s:find("^:%s+%u", pos) then
    dash_end = pos
  end
  -- (session 26) "NEW DELHI, Dec. 7. The Prime Minister ...", as Indian
  -- papers' own correspondents file: a place in capitals, a day and a
  -- full stop before the first sentence
  if not titlecase and not outlet and not dash_end and date and skipped:find("^%.%s")
    and s:find("^%u", pos) then
    dash_end = pos - #skipped
  end
  -- (a place in title case needs an agency, or a full date and a dash:
  -- "Berlin, 28.02.2014 - ")
  if not outlet and not dash_end
      or titlecase and not outlet and not (date and date.year and dash_end) then
    if not titlecase then return parse_dateline(s, true) end
    return nil
  end
  local stop = dash_end or (pos - 1 + #(s:match("^%.?", pos)))
  local text = s:sub(1, stop)
  return { place = place, text = text, outlet = outlet, date = date, weekday = weekday }
end

-- Dates -------------------------------------------------------------------

-- (the labels of other languages are in data/extract/dates.yaml: D.labels)
local UPDATED = { "updat", "aktualisiert", "mis a jour", "guncel", "обновлено", "modified" }
local PUBLISHED = { "publi", "posted", "issued", "date", "datum", "yayin", "опубликовано", "created" }
-- (session 12) Labels of a date that is no publication's: a cable's
-- declassification ("E.O. 12958: DECL: 08/13/2018", "Declassify on:").
local NOT_PUBLISHED = { "decl", "expir" }

local function has_any(f, list)
  for _, w in ipairs(list) do
    if f:find(w, 1, true) then return true end
  end
  return false
end

-- The full dates of a date line with the basis each one's label gives.
-- A date's label is the text between it and the previous date.  An
-- unlabelled date on a line that says "updated" elsewhere ("New Delhi,
-- September 10, 2019 | UPDATED: 14:05 IST") is an update stamp, unless the
-- update has a date of its own ("14 October 2020 9:47 AM [Last Update: 14
-- October 2020 10:05 AM]").
-- An age instead of a date, in English or a language of
-- data/extract/dates.yaml: "3 hours ago", "há 2 horas", "hace 3 horas",
-- "il y a 2 heures", "vor 2 Stunden", "2 ore fa", "2 uur geleden".
local AGE = { "%f[%a]ago%f[%A]", "%f[%a]ha %d", "%f[%a]hace %d", "%f[%a]il y a %d", "%f[%a]vor %d",
  "%d+ %a+ fa%f[%A]", "%f[%a]geleden%f[%A]" }
local function an_age(fs)
  for _, p in ipairs(AGE) do
    if fs:find(p) then return true end
  end
  return false
end

local function dated_entries(s, D, opts)
  local out, prev, update_dated = {}, 1, false
  local updated, published = D.labels.updated, D.labels.published
  for _, d in ipairs(D.find_all(s, opts)) do
    if d.year and d.day then
      local label = fold(s:sub(prev, d.start - 1))
      local basis
      if has_any(label, NOT_PUBLISHED) then basis = false
      elseif has_any(label, UPDATED) or has_any(label, updated) then basis = "updated"; update_dated = true
      elseif has_any(label, PUBLISHED) or has_any(label, published) then basis = "publication_line" end
      if basis ~= false then out[#out + 1] = { iso = dates.iso(d.year, d.month, d.day), basis = basis } end
    end
    prev = d.stop + 1
  end
  local fs = fold(s)
  -- ("Tuesday, March 5, 2019 | Updated 3 hours ago": an update of some
  -- hours ago dates nothing; the date is the publication's)
  local loose = (has_any(fs, UPDATED) or has_any(fs, updated)) and not update_dated
    and not an_age(fs) and "updated" or "byline"
  for _, e in ipairs(out) do e.basis = e.basis or loose end
  return out
end

-- The order of a page's numeric dates whose day and month could be
-- either way round ("3/5/2011"): "mdy" when the page's date lines write
-- one only month first ("03/15/2011"), or, with none only day first
-- ("15/03/2011"), stamp a clock with a US time zone ("2:04 PM ET",
-- "10:15 EDT"); else nil (day first, dates.lua's default).
local US_ZONE = { et = true, est = true, edt = true, ct = true, cst = true, cdt = true, mt = true,
  mst = true, mdt = true, pt = true, pst = true, pdt = true }
local function numeric_order(blocks)
  local zone = false
  for _, b in ipairs(blocks) do
    if b.kind == "date_line" or b.kind == "byline" then
      for a, c in b.text:gmatch("%f[%d](%d%d?)[/.%-](%d%d?)[/.%-]%d%d%d%d%f[%D]") do
        a, c = tonumber(a), tonumber(c)
        if a > 12 and c <= 12 then return nil end
        if c > 12 and a <= 12 then return "mdy" end
      end
      for z in b.text:gmatch("%d[%s%.apmAPM]*%s(%u%u%u?)%f[%A]") do
        if US_ZONE[z:lower()] then zone = true end
      end
    end
  end
  return zone and "mdy" or nil
end

-- Whether block i is the page's last but dropped short furniture after
-- it (session 12: a converted PDF's "Page 2 of 2").
local function last_but_furniture(blocks, i)
  for j = i + 1, #blocks do
    if not blocks[j].drop or #blocks[j].text > 24 then return false end
  end
  return true
end

local function front_matter_date(meta, D)
  for _, k in ipairs({ "date", "published", "pubdate", "date_published", "datePublished" }) do
    local v = meta[k]
    if type(v) == "string" then
      local d = D.parse(v)
      local iso = d and dates.to_iso(d)
      if iso then return iso end
    end
  end
  return nil
end

local BASIS_RANK = { front_matter = 1, meta = 1, publication_line = 2, byline = 3, dateline = 4,
  url = 5, signature = 6, updated = 7 }
-- A labelled date below the article's last paragraph (a footer's
-- "Published: ...", or what is left of a comment or a list) is trusted
-- after the URL's date, before an update stamp.
local LATE_RANK = 6

-- The date a URL's path gives: "/2019/05/10/", "/2019-05-10-slug",
-- "/20190510/"; nil when there is none or it is no date of the web's years.
local function url_date(u)
  if type(u) ~= "string" then return nil end
  local path = u:gsub("^%a[%w+.-]*://[^/]*", ""):gsub("[?#].*$", "")
  for _, pat in ipairs({ "/(%d%d%d%d)/(%d%d?)/(%d%d?)/", "/(%d%d%d%d)/(%d%d?)/(%d%d?)$",
    "[/_-](%d%d%d%d)%-(%d%d)%-(%d%d)%f[^%d]", "/(%d%d%d%d)(%d%d)(%d%d)[/_.-]" }) do
    local y, m, d = path:match(pat)
    y, m, d = tonumber(y), tonumber(m), tonumber(d)
    if y and y >= 1990 and y <= 2099 then
      local iso = dates.iso(y, m, d)
      if iso then return iso end
    end
  end
  return nil
end

local function first_prose(blocks)
  for i, b in ipairs(blocks) do
    if not b.drop and b.kind ~= "title" and is_prose(b.text) then return i end
  end
  return #blocks + 1
end

-- The year of a month-day dateline, when the page states it elsewhere: a
-- full date with the same month and day (a caption of the event, a
-- timeline) names the year; of several, the latest (an anniversary a year
-- back is older than the report).
-- (session 16) also an agency slug's date with a two-digit year, "NP
-- 0418 15-JAN-91 07:52" (the day and month the dateline's; 00-49 are
-- of this century, 50-99 of the last).
-- (session 20) and a wire's stamp in its other shapes, when a clock time
-- follows it or it ends the line (what makes it a stamp, not prose: "14
-- March 88 delegates" is a count): the slug's "29 APR 86  17:42", the
-- sign-off's "06/08/95 18:44 CET" (figures: the day and month either way
-- round, as long as they are the dateline's).
local function century(yy)
  local y = tonumber(yy)
  return y < 50 and 2000 + y or 1900 + y
end

local function stamp_end(t, k)
  local rest = t:sub(k)
  return rest:find("^%s*$") ~= nil or rest:find("^%s+%d%d?:?%d%d%f[%D]") ~= nil
end

local function slug_year(t, month, day)
  for d, mon, yy in t:gmatch("%f[%w](%d%d?)%-(%a%a%a)%-(%d%d)%f[^%w]") do
    if dates.month_number(mon) == month and tonumber(d) == day then
      return century(yy)
    end
  end
  for d, mon, yy, k in t:gmatch("%f[%w](%d%d?) (%a%a%a%a?%.?) (%d%d)()%f[^%w]") do
    if dates.month_number(mon) == month and tonumber(d) == day and stamp_end(t, k) then
      return century(yy)
    end
  end
  for a, sep, b, yy, k in t:gmatch("%f[%w](%d%d?)([/.-])(%d%d?)%2(%d%d)()%f[^%w]") do
    a, b = tonumber(a), tonumber(b)
    if ((a == day and b == month) or (a == month and b == day)) and stamp_end(t, k) then
      return century(yy)
    end
  end
  return nil
end

local function year_elsewhere(blocks, month, day, D)
  local year
  for _, b in ipairs(blocks) do
    if not year and #b.text <= 80 then year = slug_year(b.text, month, day) end
    -- (a year is four digits: a block without them has no full date)
    for _, d in ipairs(b.text:find("%d%d%d%d") and D.find_all(b.text) or {}) do
      if d.year and d.month == month and d.day == day and (not year or d.year > year) then
        year = d.year
      end
    end
  end
  return year
end

-- The year of a month-day dateline from the copyright line of the agency
-- that filed it: "WASHINGTON, Jan 15 (CWS) -" above "(c) Caribbean Wire
-- Service 2010" (the agency's name or its initials).  A wire story's
-- copyright is the story's year; a site's footer naming another holder
-- ("© 2024 Example Daily") may be the year the page was saved, and a range
-- ("2000-2024") always is: neither dates the story.
local function initials(x)
  local out = {}
  for w in x:gmatch("[%a\128-\255]+") do
    if w:find("^%u") then out[#out + 1] = w:sub(1, 1) end
  end
  return table.concat(out)
end

-- The four-digit numbers of a copyright line (a short line that opens
-- with the mark; 20-boilerplate's footer kinds are not relied on, since
-- they ask for a year right after "(c)"), or nil for any other line.
local function copyright_years(t)
  if #t > 200 or not (t:find("^%s*©") or t:find("^%s*%([Cc]%)") or t:find("^%s*[Cc]opyright")) then
    return nil
  end
  local years = {}
  for y in t:gmatch("%f[%d]%d%d%d%d%f[%D]") do years[#years + 1] = tonumber(y) end
  return years
end

local function copyright_year(blocks, agency)
  if type(agency) ~= "string" or agency == "" then return nil end
  local fa = fold(agency)
  for _, b in ipairs(blocks) do
    local t = b.text
    local years = copyright_years(t)
    if years then
      local holder = outlet_from_copyright(t) or t
      local fh = fold(holder)
      if #years == 1 and years[1] >= 1900 and years[1] <= 2199
          and not t:find("%d%d%d%d%s*[%-\226]%s*%d%d%d%d")
          and (fh:find(fa, 1, true) or initials(t:gsub("[Cc]opyright", "")) :find(agency, 1, true)) then
        return years[1]
      end
    end
  end
  return nil
end

local function footer_year(blocks)
  for _, b in ipairs(blocks) do
    local years = copyright_years(b.text)
    if years then
      if #years == 1 and years[1] >= 1900 and years[1] <= 2199 then return years[1] end
      return nil
    end
  end
  return nil
end

local function url_in(s)
  return s:match("%a[%w+.-]*://[^%s>|]+") or s:match(":%s*([%w.-]+%.%a%a+/[^%s|]*)")
end

local function run(doc, ctx)
  local meta = doc.meta or {}
  local blocks = doc.blocks or {}
  -- A page's own dates may be in another language (data/extract/dates.yaml).
  local D = dates.load(ctx)
  local body_start = first_prose(blocks)

  -- title
  if type(meta.title) == "string" and meta.title ~= "" then
    doc.title = meta.title
  else
    for _, b in ipairs(blocks) do
      if b.kind == "title" then doc.title = b.text; break end
    end
  end

  -- url
  for _, k in ipairs({ "url", "link", "canonical", "permalink" }) do
    if type(meta[k]) == "string" and meta[k] ~= "" then doc.url = meta[k]; break end
  end
  if not doc.url then
    for _, b in ipairs(blocks) do
      if b.kind == "url_line" then
        local u = url_in(b.text) or b.text:match("^(www%.%S+)$")
        if u then doc.url = u; break end
      end
    end
  end

  -- dateline: in the first paragraphs of the body
  local seen = 0
  for i, b in ipairs(blocks) do
    if not b.drop and b.kind ~= "title" and i >= body_start then
      doc.dateline = parse_dateline(b.text)
      seen = seen + 1
      if doc.dateline or seen >= 2 then break end
    end
  end
  -- (session 14) else a date line above the body that opens with a place
  -- ("COLOMBO, Jan 8 2021", a release's "New Delhi, 12 May 2023"): its
  -- place is where the story was filed, as a dateline's is; (session 15)
  -- or a line of its own with the weekday alone ("KAMPALA, Friday")
  if not doc.dateline then
    for i, b in ipairs(blocks) do
      if i >= body_start then break end
      if b.kind == "date_line" or b.kind == "byline" or not b.drop and b.kind ~= "title" then
        -- (session 22: its weekday, "BONN, Tuesday" in Wednesday's
        -- paper, is the day "today" counts from, call_times.filed_day)
        local place, weekday = place_date_line(b.text)
        if place then
          doc.dateline = { place = place, line = true, weekday = weekday }
          break
        end
        local rest
        place, rest, weekday = byline_place_date_line(b.text)
        if place then
          -- its day is the day "today" counts from (call_times.filed_day)
          doc.dateline = { place = place, line = true, day_text = rest:find("%d") and rest or nil,
            weekday = weekday }
          break
        end
      end
    end
  end

  -- outlet candidates in order of trust
  local found = {}
  local function offer(rank, name)
    -- (a byline's "Shri Vikas Swarup" or "Dr. Jane Doe" is a person)
    if name and name ~= "" and (not found.rank or rank < found.rank) and not outlets.personal(name) then
      found.rank, found.name = rank, name
    end
  end
  for _, k in ipairs({ "source", "outlet", "publisher", "site_name" }) do
    if type(meta[k]) == "string" then offer(1, canonical(meta[k]) or meta[k]); break end
  end
  -- A byline names who wrote the story for this page; the site's own name
  -- (a masthead line, the first step of its breadcrumb) comes next, then an
  -- outlet on a date line, the dateline's agency, the copyright holder.
  for _, b in ipairs(blocks) do
    if b.kind == "byline" then offer(2, outlet_from_byline(b.text))
    elseif b.kind == "masthead" then
      -- (a known outlet; the site's name before its sections; a body's name)
      -- (a body's header keeps its parts: "Republic of Ghana — The
      -- Presidency" is the presidency's site, not the republic's)
      local head = b.text
      if not outlets.official_body(head) then
        for _, sep in ipairs({ " | ", " \194\183 ", " \226\128\148 ", " \226\128\147 ", " \226\128\162 ", " - " }) do
          local i = head:find(sep, 1, true)
          if i then head = head:sub(1, i - 1) end
        end
      end
      offer(3, outlets.lookup(b.text) or outlets.official_part(b.text) or outlet_from_nav(b.text)
        or outlets.masthead_name(trim(head)))
    elseif b.kind == "nav" then offer(3, outlet_from_nav(b.text))
    elseif b.kind == "date_line" then offer(4, outlet_on_date_line(b.text, D))
    elseif b.kind == "copyright" then offer(6, outlet_from_copyright(b.text))
    end
  end
  if doc.dateline and doc.dateline.outlet then
    offer(5, canonical(doc.dateline.outlet)
      or (words(doc.dateline.outlet) <= 3 and doc.dateline.outlet:find("^%u") and doc.dateline.outlet))
  end
  for _, b in ipairs(blocks) do
    if b.kind == "nav" then offer(7, outlet_in_nav(b.text)) end
  end
  if doc.url then offer(8, outlets.from_host(doc.url)) end
  doc.outlet = found.name

  -- published
  local best
  local function candidate(iso, basis, rank)
    rank = rank or BASIS_RANK[basis]
    if iso and (not best or rank < best.rank) then
      best = { iso = iso, basis = basis, rank = rank }
    end
  end
  local fm = front_matter_date(meta, D)
  -- A web page's front matter is its <meta> tags, written by 05-html.
  if fm then candidate(fm, doc.format == "html" and "meta" or "front_matter")
  elseif meta.date ~= nil then
    ctx.log.warn("front matter date not understood: " .. tostring(meta.date), { line = 1 })
  end
  local body_end = 0
  for i = #blocks, 1, -1 do
    if not blocks[i].drop and blocks[i].kind ~= "title" and is_prose(blocks[i].text) then
      body_end = i
      break
    end
  end
  local order = numeric_order(blocks)
  local opts = order and { order = order } or nil
  for i, b in ipairs(blocks) do
    -- (a byline above the body may carry the date: "By our correspondent ·
    -- December 26, 1991")
    if b.kind == "date_line" or b.kind == "byline" and i < body_start and b.text:find("%d") then
      for _, e in ipairs(dated_entries(b.text, D, opts)) do
        -- Unlabelled dates count only above the body, where bylines are;
        -- labelled ones below it are a last resort.
        if e.basis ~= "byline" or i < body_start then
          candidate(e.iso, e.basis, i > body_end and body_end > 0 and e.basis == "publication_line"
            and LATE_RANK or nil)
        elseif last_but_furniture(blocks, i) and body_end > 0 and i - body_end <= 5 then
          -- (session 11) a press release's date under its signature, the
          -- page's last line ("Femi Adesina / Special Adviser ... /
          -- February 14, 2017"): a last resort, as a labelled one there
          candidate(e.iso, "signature", LATE_RANK)
        end
      end
    end
  end
  candidate(url_date(doc.url), "url")
  -- (session 12) a transcript's title ending in its full date ("Regular
  -- Press Conference on February 11, 2021"): a last resort
  if doc.title and not best then
    local d = D.parse(doc.title)
    if d and d.year and d.day and d.stop >= #doc.title - 1 then
      candidate(dates.iso(d.year, d.month, d.day), "title", LATE_RANK)
    end
  end
  local dl = doc.dateline and doc.dateline.date
  if dl then
    local year = dl.year or year_elsewhere(blocks, dl.month, dl.day, D)
      or copyright_year(blocks, doc.dateline.outlet)
    if year then candidate(dates.iso(year, dl.month, dl.day), "dateline") end
  end
  if doc.dateline then doc.dateline.date, doc.dateline.outlet = nil, nil end
  if best then doc.published, doc.published_basis = best.iso, best.basis end
  -- (session 16) a page with no date: the single year of its copyright
  -- line, which dates nothing by itself (it may be the year the page was
  -- saved); extract uses it for a day and month told with a weekday that
  -- falls on that day in that year
  if not doc.published then doc.footer_year = footer_year(blocks) end
  return doc
end

return {
  name = "metadata",
  stage = "source",
  version = "1.23.0",
  api = 1,
  description = "title, outlet, url, dateline and publication date",
  run = run,
  parse_dateline = parse_dateline, -- for tests
  outlet_from_byline = outlet_from_byline,
  url_date = url_date,
}
