-- outlets.lua — news outlets and official sites by name, short name and web
-- domain (require "callbrief.outlets").  Pure: a constant table and lookups.
--
-- The canonical name is what a briefing shows and what gold files use: the
-- outlet's common short name ("AFP", "DW", "TASS", "Los Angeles Times",
-- "Kremlin" for kremlin.ru), not the legal name.
--
--   outlets.lookup(s) -> name | nil       s is exactly a known name or alias
--                                          ("Sputnik International", "TOI",
--                                          "Radio Free Europe / Radio Liberty")
--   outlets.lookup_prefix(s) -> name, len | nil
--                                          s starts with a known name or alias
--                                          ("TASS Russian News Agency"); the
--                                          longest one wins; len = bytes used
--   outlets.from_host(url_or_host) -> name | nil
--                                          "https://p.dw.com/p/1F5pz" -> "DW"
--   outlets.host(url) -> host | nil        "en.kremlin.ru" from a URL
--   outlets.is_agency(name) -> boolean     wire services (their name in a
--                                          photo credit says nothing about
--                                          who published the page)
--   outlets.news_name(s) -> boolean        s is a news service's name
--                                          ("... News Service", "... Wire
--                                          Service")
--   outlets.official_body(s) -> boolean    s is the whole name of a government
--                                          body, as the header of its site
--                                          prints it ("Press Information
--                                          Bureau", "Ministry of Foreign
--                                          Affairs of Japan", "Prime
--                                          Minister's Office", "Government of
--                                          India", "President of Russia")
--   outlets.official_part(s) -> name | nil the official site one part of a
--                                          header line names ("... --
--                                          Élysée": "Elysee")
--   outlets.header_parts(s) -> a, b | nil  the two sides of a header line's
--                                          separator ("Republic of Ghana",
--                                          "The Presidency")
--   outlets.masthead_name(s) -> name       the outlet a masthead line names:
--                                          the known outlet, else the line
--                                          with capitals only made title case
--                                          ("THE NORTHERN POST" -> "The
--                                          Northern Post"; "CNA" stays)
--   outlets.personal(s) -> boolean        s is a person's name with a title
--                                          before it ("Shri Vikas Swarup",
--                                          "Dr. Jane Doe"): never an outlet
--   outlets.looks_like_name(s) -> boolean  s is shaped like a publication's
--                                          name: at most five capitalised
--                                          words, one of them a word like
--                                          "Times", "News", "Daily"
--                                          ("Mexico News Daily")

local text = require("callbrief.text")

local M = {}

-- name, aliases (other spellings as pages print them), domains.
local LIST = {
  -- wire services and agencies
  { "AFP", { "Agence France-Presse", "Agence France Presse", "AFP News" }, { "afp.com" }, agency = true },
  { "AP", { "Associated Press", "The Associated Press", "AP News" }, { "apnews.com", "ap.org" }, agency = true },
  { "Reuters", { "Thomson Reuters", "Reuters News" }, { "reuters.com" }, agency = true },
  { "Bloomberg", { "Bloomberg News" }, { "bloomberg.com" } },
  { "dpa", { "Deutsche Presse-Agentur" }, { "dpa.com" }, agency = true },
  { "EFE", { "Agencia EFE" }, { "efe.com" }, agency = true },
  { "ANSA", {}, { "ansa.it" }, agency = true },
  { "TASS", { "TASS Russian News Agency", "ITAR-TASS" }, { "tass.com", "tass.ru", "itar-tass.com" }, agency = true },
  { "RIA Novosti", { "RIA" }, { "ria.ru" }, agency = true },
  { "Interfax", {}, { "interfax.com", "interfax.ru" }, agency = true },
  { "Sputnik", { "Sputnik International", "Sputnik News" }, { "sputniknews.com", "sputnikglobe.com" }, agency = true },
  { "Xinhua", { "Xinhua News Agency", "新华社", "新華社", "新华网" }, { "xinhuanet.com", "news.cn" }, agency = true },
  { "Kyodo", { "Kyodo News", "共同社", "共同通信", "共同通信社" }, { "kyodonews.net" }, agency = true },
  { "Yonhap", { "Yonhap News Agency", "연합뉴스" }, { "yna.co.kr" }, agency = true },
  { "KCNA", { "Korean Central News Agency" }, { "kcna.kp", "kcnawatch.org" }, agency = true },
  { "Anadolu Agency", { "AA", "Anadolu", "Anadolu Ajansı" }, { "aa.com.tr" }, agency = true },
  { "IRNA", { "Islamic Republic News Agency" }, { "irna.ir" }, agency = true },
  { "Tasnim", { "Tasnim News Agency" }, { "tasnimnews.com" }, agency = true },
  { "Fars", { "Fars News Agency", "FNA" }, { "farsnews.ir", "farsnews.com" }, agency = true },
  { "Mehr", { "Mehr News Agency" }, { "mehrnews.com" }, agency = true },
  { "ISNA", {}, { "isna.ir" }, agency = true },
  { "PTI", { "Press Trust of India" }, { "ptinews.com" }, agency = true },
  { "ANI", { "Asian News International" }, { "aninews.in" }, agency = true },
  { "Ukrinform", {}, { "ukrinform.net", "ukrinform.ua" }, agency = true },
  { "UNIAN", {}, { "unian.info", "unian.net" }, agency = true },
  { "Armenpress", {}, { "armenpress.am" }, agency = true },
  { "Azertac", { "AZERTAC" }, { "azertag.az", "azertac.az" }, agency = true },
  { "APA", {}, { "apa.az" }, agency = true },
  { "BelTA", {}, { "belta.by" }, agency = true },
  { "VCG", { "Visual China Group" }, { "vcg.com" }, agency = true },
  { "Getty Images", { "Getty" }, { "gettyimages.com" }, agency = true },
  { "EPA", { "EPA-EFE" }, { "epa.eu" }, agency = true },
  -- broadcasters and papers
  { "BBC", { "BBC News" }, { "bbc.com", "bbc.co.uk" } },
  { "CNN", {}, { "cnn.com" } },
  { "Al Jazeera", { "Al Jazeera English", "Aljazeera" }, { "aljazeera.com", "aljazeera.net" } },
  { "Al Arabiya", { "Al Arabiya English", "Alarabiya" }, { "alarabiya.net" } },
  { "Asharq Al-Awsat", {}, { "aawsat.com" } },
  { "Al-Monitor", {}, { "al-monitor.com" } },
  { "Middle East Eye", {}, { "middleeasteye.net" } },
  { "Arab News", {}, { "arabnews.com" } },
  { "Gulf News", {}, { "gulfnews.com" } },
  { "The National", {}, { "thenationalnews.com", "thenational.ae" } },
  { "Rudaw", {}, { "rudaw.net" } },
  { "Kurdistan 24", { "Kurdistan24" }, { "kurdistan24.net" } },
  { "RT", { "Russia Today" }, { "rt.com" } },
  { "CGTN", { "China Global Television Network" }, { "cgtn.com" } },
  { "China Daily", {}, { "chinadaily.com.cn" } },
  { "Global Times", {}, { "globaltimes.cn" } },
  { "People's Daily", { "人民日报", "人民網", "人民网" }, { "people.com.cn" } },
  { "China News Service", { "中新社", "中新网", "中國新聞社", "中国新闻社" }, { "chinanews.com", "chinanews.com.cn" }, agency = true },
  { "South China Morning Post", { "SCMP" }, { "scmp.com" } },
  { "NHK", { "NHK World" }, { "nhk.or.jp" } },
  { "The Japan Times", {}, { "japantimes.co.jp" } },
  { "The Korea Herald", {}, { "koreaherald.com" } },
  { "The Straits Times", {}, { "straitstimes.com" } },
  { "TRT World", {}, { "trtworld.com" } },
  { "Daily Sabah", {}, { "dailysabah.com" } },
  { "Hürriyet Daily News", { "Hurriyet Daily News" }, { "hurriyetdailynews.com" } },
  { "Ensonhaber", {}, { "ensonhaber.com" } },
  { "Press TV", {}, { "presstv.ir", "presstv.com" } },
  { "Tehran Times", {}, { "tehrantimes.com" } },
  { "The Times of Israel", { "Times of Israel", "TOI" }, { "timesofisrael.com" } },
  { "Haaretz", {}, { "haaretz.com" } },
  { "The Jerusalem Post", { "Jerusalem Post" }, { "jpost.com" } },
  { "Ynet", { "Ynetnews" }, { "ynetnews.com" } },
  { "Dawn", { "Dawn.com" }, { "dawn.com" } },
  { "The Express Tribune", { "Express Tribune" }, { "tribune.com.pk" } },
  { "The Times of India", { "Times of India" }, { "timesofindia.indiatimes.com", "timesofindia.com" } },
  { "Hindustan Times", {}, { "hindustantimes.com" } },
  { "India Today", {}, { "indiatoday.in" } },
  { "NDTV", {}, { "ndtv.com" } },
  { "The Hindu", {}, { "thehindu.com" } },
  { "The Kathmandu Post", { "Kathmandu Post" }, { "kathmandupost.com" } },
  { "Premium Times", {}, { "premiumtimesng.com" } },
  { "Punch", {}, { "punchng.com" } },
  { "Mexico News Daily", {}, { "mexiconewsdaily.com" } },
  { "El Universal", { "El Universal English" }, { "eluniversal.com.mx" } },
  { "Euractiv", { "EURACTIV" }, { "euractiv.com" } },
  { "Vanguard", {}, { "vanguardngr.com" } },
  { "News24", {}, { "news24.com" } },
  { "Mail & Guardian", {}, { "mg.co.za" } },
  { "DW", { "Deutsche Welle" }, { "dw.com", "dw.de" } },
  { "Der Spiegel", { "Spiegel" }, { "spiegel.de" } },
  { "France 24", { "France24" }, { "france24.com" } },
  { "Le Monde", {}, { "lemonde.fr" } },
  { "RFI", { "Radio France Internationale" }, { "rfi.fr" } },
  { "Euronews", {}, { "euronews.com" } },
  { "Politico", { "Politico Europe" }, { "politico.com", "politico.eu" } },
  { "The Guardian", { "Guardian" }, { "theguardian.com" } },
  { "The Telegraph", { "Telegraph" }, { "telegraph.co.uk" } },
  { "Financial Times", { "FT" }, { "ft.com" } },
  { "The Independent", { "Independent" }, { "independent.co.uk" } },
  { "The Times", {}, { "thetimes.co.uk" } },
  { "Sky News", {}, { "news.sky.com", "sky.com" } },
  { "The New York Times", { "New York Times", "NYT" }, { "nytimes.com" } },
  { "The Washington Post", { "Washington Post" }, { "washingtonpost.com" } },
  { "The Wall Street Journal", { "Wall Street Journal", "WSJ" }, { "wsj.com" } },
  { "Los Angeles Times", { "LA Times", "L.A. Times" }, { "latimes.com" } },
  { "San Diego Union-Tribune", {}, { "sandiegouniontribune.com" } },
  { "USA Today", {}, { "usatoday.com" } },
  { "CNBC", {}, { "cnbc.com" } },
  { "NBC News", {}, { "nbcnews.com" } },
  { "CBS News", {}, { "cbsnews.com" } },
  { "ABC News", {}, { "abcnews.go.com" } },
  { "Fox News", {}, { "foxnews.com" } },
  { "NPR", {}, { "npr.org" } },
  { "The Hill", {}, { "thehill.com" } },
  { "Axios", {}, { "axios.com" } },
  { "Newsweek", {}, { "newsweek.com" } },
  { "Washington Free Beacon", { "Free Beacon" }, { "freebeacon.com" } },
  { "VOA", { "Voice of America" }, { "voanews.com" } },
  { "Radio Free Europe/Radio Liberty", { "RFE/RL", "Radio Free Europe", "Radio Liberty" }, { "rferl.org" } },
  { "The Moscow Times", { "Moscow Times" }, { "themoscowtimes.com" } },
  { "Meduza", {}, { "meduza.io" } },
  { "Pravda.Ru", { "Pravda", "Pravda Report" }, { "pravda.ru", "english.pravda.ru", "pravdareport.com" } },
  { "Kyiv Post", {}, { "kyivpost.com" } },
  { "Eurasianet", {}, { "eurasianet.org" } },
  { "CBC News", { "CBC" }, { "cbc.ca" } },
  { "ABC", { "ABC News (Australia)" }, { "abc.net.au" } },
  { "Yahoo News", {}, { "news.yahoo.com" } },
  -- official sites
  { "Kremlin", { "President of Russia", "Official website of the President of Russia",
    "The Kremlin" }, { "kremlin.ru" }, official = true },
  { "White House", { "The White House" }, { "whitehouse.gov" }, official = true },
  { "Elysee", { "Élysée", "Elysée" }, { "elysee.fr" }, official = true },
  { "Turkish Presidency", { "Presidency of the Republic of Türkiye",
    "Presidency of the Republic of Turkey" }, { "tccb.gov.tr" }, official = true },
  { "US State Department", { "U.S. Department of State" }, { "state.gov" }, official = true },
  { "Russian Foreign Ministry", { "Ministry of Foreign Affairs of the Russian Federation" }, { "mid.ru" }, official = true },
  { "President of Ukraine", { "Official website of the President of Ukraine" }, { "president.gov.ua" }, official = true },
  { "Press Information Bureau", { "PIB" }, { "pib.gov.in", "pib.nic.in" }, official = true },
  { "Indian Ministry of External Affairs", { "Ministry of External Affairs" }, { "mea.gov.in" }, official = true },
  { "Egyptian Presidency", { "Presidency of the Arab Republic of Egypt" }, { "presidency.eg" }, official = true },
  { "Japanese Ministry of Foreign Affairs", { "Ministry of Foreign Affairs of Japan" }, { "mofa.go.jp" }, official = true },
  { "Chinese Foreign Ministry", { "Ministry of Foreign Affairs of the People's Republic of China" },
    { "fmprc.gov.cn", "mfa.gov.cn" }, official = true },
  { "UK Government", { "GOV.UK" }, { "gov.uk" }, official = true },
}

-- "The Times of Israel" and "Times of Israel ." both key to "times of israel".
-- The ends are trimmed byte by byte: a pattern anchored only at the end
-- ("%s$") would try every position of s.
local function key(s)
  s = s:lower():gsub("%s+", " ")
  if s:byte(1) == 32 then s = s:sub(2) end
  if s:byte(-1) == 32 then s = s:sub(1, -2) end
  if s:find("/", 1, true) then s = s:gsub("%s*/%s*", "/") end
  local e = #s -- trailing spaces and punctuation
  while e > 0 and s:find("^[%s%p]", e) do e = e - 1 end
  s = s:sub(1, e):gsub("^the ", "")
  return s
end

local BY_KEY, BY_DOMAIN, AGENCY, OFFICIAL = {}, {}, {}, {}
for _, o in ipairs(LIST) do
  local name = o[1]
  BY_KEY[key(name)] = name
  for _, a in ipairs(o[2]) do BY_KEY[key(a)] = BY_KEY[key(a)] or name end
  for _, d in ipairs(o[3]) do BY_DOMAIN[d] = name end
  if o.agency then AGENCY[name] = true end
  if o.official then OFFICIAL[name] = true end
end

function M.lookup(s)
  if type(s) ~= "string" or s == "" then return nil end
  return BY_KEY[key(s)]
end

-- Longest known name that s starts with, ending at a word boundary.
function M.lookup_prefix(s)
  if type(s) ~= "string" then return nil end
  local words = {}
  for w_start, w_end in s:gmatch("()%S+()") do words[#words + 1] = { w_start, w_end } end
  for n = math.min(#words, 8), 1, -1 do
    local stop = words[n][2] - 1
    local name = M.lookup(s:sub(1, stop))
    if name then return name, stop end
  end
  return nil
end

function M.host(url)
  if type(url) ~= "string" then return nil end
  local h = url:match("^%a[%w+.-]*://([^/?#:]+)") or url:match("^([%w.-]+%.%a%a+)[/?#:]")
    or url:match("^([%w.-]+%.%a%a+)$")
  return h and h:lower() or nil
end

function M.from_host(url)
  local h = M.host(url)
  if not h then return nil end
  h = h:gsub("^www%d*%.", "")
  -- Try "p.dw.com", then "dw.com": the longest registered suffix wins.
  while h do
    if BY_DOMAIN[h] then return BY_DOMAIN[h] end
    h = h:match("^[^.]+%.(.+%..+)$")
  end
  return nil
end

function M.is_agency(name)
  return AGENCY[name] == true
end

local NAME_WORDS = {}
for w in ([[times news post daily herald tribune journal gazette agency press
  radio tv television telegraph observer standard express chronicle review
  today wire media network insider monitor report magazine online
  broadcasting courier mail star sun nation globe ledger sentinel guardian bulletin
  dispatch examiner inquirer register]]):gmatch("%S+") do
  NAME_WORDS[w] = true
end

-- The first word of a body's name ("Ministry of ...", "Office of the
-- President") and the last ("Prime Minister's Office", "Press Information
-- Bureau"), the words a name may hold between (capitalised ones, and these).
local BODY_FIRST, BODY_LAST, BODY_SMALL = {}, {}, {}
for w in ([[ministry ministère ministerio ministério ministero ministerium department
  office presidency présidence presidencia presidência presidenza präsidialamt president government embassy mission cabinet chancellery secretariat
  state council federal permanent high consulate]]):gmatch("%S+") do BODY_FIRST[w] = true end
for w in ([[bureau office ministry presidency chancellery secretariat service
  department council cabinet kremlin house]]):gmatch("%S+") do BODY_LAST[w] = true end
for w in ([[of the and for to in at de du des la le el del des y e di da do der für]]):gmatch("%S+") do
  BODY_SMALL[w] = true
end
-- Bodies named by their first word alone need "of" after it.
local NEEDS_OF = { president = true, government = true, embassy = true, mission = true,
  consulate = true, state = true, high = true, permanent = true }

-- The parts of a header line its separators divide: "Republic of Ghana —
-- The Presidency", "The Presidency | Republic of South Africa".
local SEPARATORS = { " \226\128\148 ", " \226\128\147 ", " | ", " - ", " :: " }

local function parts_of(s)
  for _, sep in ipairs(SEPARATORS) do
    local a, b = s:find(sep, 1, true)
    if a then return s:sub(1, a - 1), s:sub(b + 1) end
  end
  return nil
end

local official_body

-- A header line of a body's site: one of its parts the body's name and
-- the other a name too (the country's, the government's), capitalised.
local function official_header(s)
  local a, b = parts_of(s)
  if not a then return false end
  local function capitalised(x)
    for w in x:gmatch("%S+") do
      if not (w:find("^%u") or w:find("^[\195-\201]") or BODY_SMALL[w:lower()]) then return false end
    end
    return x:find("%S") ~= nil
  end
  if not (capitalised(a) and capitalised(b)) then return false end
  return official_body(a) or official_body(b)
end

official_body = function(s)
  if type(s) ~= "string" or #s > 120 or s:find("[%.!?:;]%s*$") or s:find("%d") then return false end
  if parts_of(s) then return official_header(s) end
  local ws = {}
  for w in s:gmatch("%S+") do
    ws[#ws + 1] = w
    if #ws > 12 then return false end
  end
  if #ws < 2 then return false end
  for _, w in ipairs(ws) do
    local lw = w:lower()
    if not (w:find("^%u") or w:find("^[\195-\201]") or BODY_SMALL[lw]) then return false end
  end
  local first = ws[1]:lower()
  local last = ws[#ws]:lower():gsub("%p", "")
  if BODY_LAST[last] then return true end
  -- "State House Kenya", "State House, Uganda": a president's office
  if first == "state" and ws[2]:lower():gsub("%p", "") == "house" then return true end
  -- an office of a country: "Prime Minister's Office of Japan", "Press
  -- Service of the President of Russia"
  for k = 2, #ws - 1 do
    local w = ws[k]:lower():gsub("%p", "")
    if BODY_LAST[w] and ws[k + 1]:lower() == "of" then return true end
  end
  if BODY_FIRST[first] then
    return not NEEDS_OF[first] or ws[2]:lower() == "of" or (ws[3] and ws[3]:lower() == "of") or false
  end
  return false
end
M.official_body = official_body

-- (session 11) Is name s a news service's ("Trans-Atlantic News
-- Service", "Meridian Wire Service", "Central News Bureau"): a word of the
-- news trade in a name official_body's "Service" or "Bureau" ends?  Such
-- a name is a publication's.
local NEWS_WORD = {}
for w in ([[news newswire wire media broadcasting broadcast television radio tv newspaper
  newspapers times herald gazette tribune journal chronicle]]):gmatch("%S+") do NEWS_WORD[w] = true end
function M.news_name(s)
  if type(s) ~= "string" then return false end
  local news, last = false, nil
  for w in s:lower():gmatch("[%w\128-\255%-]+") do
    if NEWS_WORD[w] then news = true end
    last = w
  end
  -- (a news service or bureau: a department named so stays one,
  -- "Political News Department")
  return news and (last == "service" or last == "bureau" or last == "services")
end
M.header_parts = parts_of

-- (session 21) The official site one part of a header line names, the
-- parts divided by any of the separators ("Présidence de la République
-- française -- Élysée", "Kremlin | President of Russia"), or nil.
function M.official_part(s)
  if type(s) ~= "string" then return nil end
  -- (" -- " too, as plain text writes a dash: here only, where one part
  -- must be an official site's known name; official_header would take
  -- "SOUTHERN CONE PRESS SERVICE -- ENGLISH DESK" for a body's)
  local line = s:gsub(" %-%- ", " | ")
  for _, sep in ipairs(SEPARATORS) do line = line:gsub((sep:gsub("%p", "%%%0")), " | ") end
  for part in (line .. " | "):gmatch("(.-) | ") do
    local name = M.lookup(part)
    if name and OFFICIAL[name] then return name end
  end
  return nil
end

-- Does word w hold a lower-case letter (Unicode category Ll)?
local function has_lower(w)
  for pos in utf8.codes(w) do
    if text.category(w, pos) == "Ll" then return true end
  end
  return false
end

-- A word in capitals made title case, accented capitals as well
-- ("RÉPUBLIQUE" -> "République": utf8proc's case folding).
local function title_word(w)
  local first = w:match("^[\194-\244][\128-\191]+") or w:sub(1, 1)
  return first .. text.casefold(w:sub(#first + 1))
end

function M.masthead_name(s)
  if type(s) ~= "string" then return nil end
  local known = M.lookup(s) or M.lookup_prefix(s)
  if known then return known end
  if s:find("%l") or not s:find("%s") then return s end
  local n = 0
  return (s:gsub("%S+", function(w)
    n = n + 1
    if n > 1 and BODY_SMALL[w:lower()] then return w:lower() end
    if #w > 1 and utf8.len(w) and not has_lower(w) then return title_word(w) end
    return w
  end))
end

-- Titles a person's name opens with: "Shri Vikas Swarup", "Smt. Meenakshi
-- Lekhi", "Dr. Jane Doe", "H.E. Mr. John Smith".
local HONORIFICS = {}
for w in ([[shri sri shrimati smt sh kumari km mr mrs ms miss mx dr prof professor sir dame
  lord lady sheikh shaikh hon honourable honorable he h.e rev reverend justice adv]]):gmatch("%S+") do
  HONORIFICS[w] = true
end

function M.personal(s)
  if type(s) ~= "string" then return false end
  local first = s:match("^%s*(%S+)%s+%S")
  return first ~= nil and HONORIFICS[first:lower():gsub("%.$", "")] == true
end

function M.looks_like_name(s)
  if type(s) ~= "string" then return false end
  local n, hit = 0, false
  for w in s:gmatch("%S+") do
    n = n + 1
    if not w:find("^%u") and not w:find("^%d") then return false end
    if NAME_WORDS[w:lower():gsub("%p", "")] then hit = true end
  end
  return hit and n <= 5
end

return M
