-- 20-boilerplate.lua — mark the noise scraping leaves around an article.
--
-- Every block of the working list (see 10-read.lua) that is page furniture
-- gets `drop = reason`; blocks that tell something about the page get a
-- `kind` too ("date_line", "byline", "masthead", "nav", "copyright",
-- "url_line", "title"), which 30-metadata reads even when the block is
-- dropped.  Nothing is deleted here except paragraphs re-joined across a bad
-- line break; 40-segment builds `dropped[]` from the marks.
--
-- The rules are about the shape of page furniture in any outlet and
-- language (a line mentioning cookies and consent, a list under "Most read",
-- a line of share buttons), never about one page's wording.  A body
-- paragraph is never dropped for a word it contains: the rules that look
-- at words only apply to short lines, lines at the edges of the article, or
-- lines that are not sentences.  When unsure, keep.
--
-- Reasons: cookie_banner, share_widget, related_list, nav, byline, masthead,
-- page_meta, caption, caption_repeat, title_repeat, repeat, social_embed,
-- footer, promo, advert, widget (also a live blog's time stamp alone on its line,
-- "10:42 GMT", kind "time_stamp", and a page number, "Page 1 of 2", kind
-- "page_number"), comments.

local dates = require("callbrief.dates")
local memo = require("callbrief.memo")
local outlets = require("callbrief.outlets")
local textlib = require("callbrief.text")
local fold = textlib.fold

-- Vocabulary --------------------------------------------------------------
-- Written naturally and folded once at load (marks stripped, case folded),
-- so "Çerez", "çerezler" and "CEREZ" all meet "cerez".

local function folded(list)
  local out = {}
  for k, w in ipairs(list) do out[k] = fold(w) end
  return out
end

-- "cookie" in the languages consent banners come in.
local COOKIE_WORDS = folded({
  "cookie", "çerez", "koekie", "עוגיות", "куки", "ciasteczk", "sütik",
  "evästeet", "informasjonskapsler", "piškotk", "kolačić", "бисквитк",
  "クッキー", "쿠키", "कुकी", "کوکی", "ملفات تعريف الارتباط", "tanımlama bilgi",
  "témoins de connexion",
})

-- Words consent banners use around it: the site, the visitor's experience,
-- accepting, privacy, advertising.
local CONSENT_CUES = folded({
  "website", "web site", "our site", "this site", "experience", "accept",
  "consent", "agree", "privacy", "policy", "browsing", "browse", "continuing",
  "settings", "personali", "advertis", "analytics", "third part", "partners",
  -- de fr es it pt nl af
  "webseite", "angebot", "datenschutz", "zustimm", "akzept", "einverstanden",
  "navigation", "acceptez", "accepter", "utilise", "paramétr", "confidentialité",
  "navegación", "acepta", "aceit", "política", "sitio", "experiencia",
  "accetta", "navigazione", "consenso", "ervaring", "verbeter", "gebruik",
  "aanvaar", "akkoord",
  -- tr ru he ar pl
  "site", "politika", "kabul", "izin", "tarayıcı", "deneyim", "reklam",
  "kullan", "сайт", "соглаш", "согласие", "политик", "конфиденциальн",
  "пользовател", "продолжая", "אתר", "הגלישה", "הסכמה", "לשימוש", "موقع",
  "zgod", "prywatno", "التصفح", "توافق", "تجربتك",
})

local SHARE_WORDS = folded({
  "share", "tweet", "partager", "paylaş", "teilen", "compartir", "condividi",
  "partilhar", "delen", "поделиться", "שתפו", "مشاركة",
})

-- Items of share bars and page tool bars.
local TOOL_ITEMS = {}
for _, w in ipairs(folded({
  "facebook", "twitter", "x", "whatsapp", "email", "e-mail", "mail", "linkedin",
  "telegram", "vk", "vkontakte", "google+", "pinterest", "reddit", "messenger",
  "viber", "odnoklassniki", "instagram", "youtube", "flipboard", "print",
  "comments", "comment", "share", "tweet", "partager", "paylaş", "teilen",
  "copy link", "save", "discuss", "subscribe", "post your comment",
  "join our community", "send via email", "print version", "print this page",
  "share on facebook", "share on twitter", "share this article",
  "email this", "f", "t", "in", "drucken", "imprimer", "yazdır", "печать",
})) do TOOL_ITEMS[w] = true end

-- Headings of lists of other stories.
local RELATED_HEADS = folded({
  "related", "most read", "most popular", "most viewed", "most shared",
  "most visited", "top stories", "top news", "trending", "read more",
  "read also", "also read", "see also", "more from", "more on this",
  "more stories", "more news", "recommended", "you may also like",
  "you might also like", "editor's picks", "editors' picks", "latest news",
  "latest stories", "in other news", "don't miss", "popular now",
  "lire la suite", "lire aussi", "à lire aussi", "les plus lus", "voir aussi",
  "sur le même sujet", "mehr zum thema", "meistgelesen", "lesen sie auch",
  "auch interessant", "en çok okunanlar", "çok okunanlar", "ilgili haberler",
  "bunlar da ilginizi", "benzer haberler", "читайте также", "самое читаемое",
  "популярное", "по теме", "lo más leído", "leer más", "más leídas",
  "te puede interesar", "veja também", "mais lidas", "leia também",
  "leggi anche", "più letti", "lees ook", "meest gelezen", "ook interessant",
  "קראו עוד", "اقرأ أيضا",
})

-- Labels of page metadata lines ("Topics: ...").
local META_LABELS = folded({
  "topics", "topic", "persons", "people", "tags", "tag", "keywords",
  "related subjects", "subjects", "categories", "category", "filed under",
  "posted in", "publication status", "publication date", "published",
  "direct link", "original url", "original link", "source url", "permalink",
  "feedback", "reading time", "read time", "etiketler", "etiket", "теги",
  "темы", "ключевые слова", "schlagworte", "schlagwörter", "themen",
  "mots-clés", "mots clés", "palabras clave", "temas", "section", "source",
  "sources", "short url", "url", "canonical", "last modified",
})

local FOOTER_PHRASES = folded({
  "all rights reserved", "tous droits réservés", "alle rechte vorbehalten",
  "все права защищены", "tüm hakları saklıdır", "todos los derechos reservados",
  "licensed under", "creative commons", "may not be published, broadcast",
  "our standards", "trust principles", "quotes delayed", "bloggers like this",
  "with input from agencies", "with inputs from agencies",
  "terms of use", "terms of service", "terms and conditions",
})

local LEGAL_LINKS = folded({
  "terms of use", "terms of service", "privacy policy", "privacy",
  "cookie policy", "cookies", "contact us", "about us", "advertise",
  "newsletters", "careers", "sitemap", "imprint", "impressum", "rss", "apps",
  "notice of collection", "accessibility",
})

local PROMO_STARTS = folded({
  "sign up", "subscribe", "get the news", "get real-time", "get our",
  "download the", "download our", "support ", "join our", "follow us",
  "click here", "to participate in the discussion", "log in", "register",
  "like us on", "get the app",
})
local PROMO_NOUNS = folded({
  "newsletter", "journalism", "app", "alerts", "subscription", "updates",
  "discussion", "account", "free", "notifications", "inbox", "podcast",
})

local ADVERTS = {}
for _, w in ipairs(folded({ "advertisement", "advertising", "sponsored",
  "sponsored content", "anzeige", "publicité", "reklam", "реклама", "ad",
  "paid content", "partner content" })) do ADVERTS[w] = true end

local WIDGETS = {}
for _, w in ipairs(folded({ "x", "×", "0", "loader", "loading", "loading...",
  "newsfeed", "chats", "chat", "comments", "load more", "show more", "close",
  "menu", "search", "more", "next", "previous", "back to top", "top", "live", "live updates",
  "key events", "pinned", "pinned post", "breaking" })) do
  WIDGETS[w] = true
end

-- Words a byline or date line may hold besides names, dates and outlets.
local LABEL_WORDS = {}
for _, w in ipairs({ "by", "staff", "date", "updated", "update", "published",
  "posted", "on", "at", "last", "latest", "publication", "modified", "ist",
  "gmt", "utc", "et", "est", "edt", "cet", "cest", "msk", "pm", "am",
  "p.m.", "a.m.", "world", "news", "web", "desk", "created", "time",
  "first", "ago", "hours", "hour", "minutes", "min", "read", "issued",
  "source", "editor" }) do
  LABEL_WORDS[w] = true
end

-- Helpers -----------------------------------------------------------------

-- Folded texts of the page's blocks: classify, the repeat keys and the
-- cookie banner's neighbours all fold the same block.  Emptied by run.
local folds = {}

local function fold_text(s)
  local f = folds[s]
  if not f then
    f = fold(s)
    folds[s] = f
  end
  return f
end

-- Word counts: the classifiers and passes ask for the same block's count
-- many times, and pages repeat lines (see classify_text).
-- Chinese and Japanese put no spaces between words: each two of their
-- characters (kana, ideographs: lead bytes E3-E9) count as a word.
local words = memo.fn(function(s)
  local n = select(2, s:gsub("%S+", ""))
  if s:find("[\227-\233]") then
    n = n + select(2, s:gsub("[\227-\233][\128-\191][\128-\191]", "")) // 2
  end
  return n
end)

-- Ends like a sentence: . ! ? … or a colon introducing a quote, possibly
-- followed by closing quotes or brackets.  Asked about the same blocks many
-- times: the answers are kept per page, like word counts.
local sentence_ends = {}

local CLOSERS = { [34] = true, [39] = true, [41] = true, [93] = true } -- " ' ) ]
local STOPS = { [33] = true, [46] = true, [58] = true, [63] = true }   -- ! . : ?

-- Full stops of other scripts: 。 ！ ？ (CJK, full width), । (Devanagari
-- danda), ؟ (Arabic question mark), ۔ (Urdu full stop).
local OTHER_STOPS = { ["\227\128\130"] = true, ["\239\188\129"] = true, ["\239\188\159"] = true,
  ["\224\165\164"] = true, ["\216\159"] = true, ["\219\148"] = true }

-- Whether the bytes of s that end at byte e are `bytes`.
local function has_at(s, e, bytes)
  return e >= #bytes and s:sub(e - #bytes + 1, e) == bytes
end

-- Walks back from the end over the closers (one run of " ' ) ], then a
-- ” or ’, then a »), so no pattern anchored at the end has to try every
-- position of a long paragraph.
local function sentence_end(s)
  local e = #s
  while CLOSERS[s:byte(e)] do e = e - 1 end
  if has_at(s, e, "\226\128\157") or has_at(s, e, "\226\128\153") then e = e - 3 end
  if has_at(s, e, "\194\187") then e = e - 2 end
  return STOPS[s:byte(e)] == true or has_at(s, e, "\226\128\166") or OTHER_STOPS[s:sub(e - 2, e)]
    or OTHER_STOPS[s:sub(e - 1, e)] or false
end

local function ends_sentence(s)
  local r = sentence_ends[s]
  if r == nil then
    r = sentence_end(s)
    sentence_ends[s] = r
  end
  return r
end

local function is_prose(s)
  return words(s) >= 8 and ends_sentence(s)
end

-- (lists of words written out here, without holes: a counted loop costs
-- less than ipairs, and these run over most lines of every page)
-- (sp26) each list in one call of C (text.find_any, text.count_any), not
-- one string.find per entry
local find_any = textlib.find_any
local function has_any(f, list)
  return find_any(f, list) ~= nil
end

local count_any = textlib.count_any

-- f starts with one of the phrases, at a word boundary; returns the rest.
-- Each list is looked at only among its phrases with f's first byte.
local by_first_byte = {}   -- list -> first byte -> phrases, in list order

local function starts_with(f, list)
  local index = by_first_byte[list]
  if not index then
    index = {}
    for _, w in ipairs(list) do
      local b = w:byte(1)
      if b then
        index[b] = index[b] or {}
        table.insert(index[b], w)
      end
    end
    by_first_byte[list] = index
  end
  for _, w in ipairs(index[f:byte(1) or -1] or {}) do
    if f:sub(1, #w) == w then
      local rest = f:sub(#w + 1)
      if rest == "" or not rest:find("^%w") then return w, rest end
    end
  end
  return nil
end

-- Items of a tool bar: split on | • · and runs of two or more spaces, with
-- "[f] [t]" style buttons unbracketed.
local function bar_items(f)
  local s = f:gsub("%]%s*%[", "|"):gsub("[%[%]]", ""):gsub("%s%s+", "|")
    :gsub("\194\183", "|"):gsub("\226\128\162", "|")
  local items = {}
  for item in s:gmatch("[^|]+") do
    item = item:gsub("^%s+", ""):gsub("[%s:]+$", "")
    if item ~= "" then items[#items + 1] = item end
  end
  return items
end

-- Whether f has anything bar_items splits or unbrackets at.
local function has_bar_separator(f)
  return f:find("[|%[%]]") or f:find("%s%s") or f:find("\194\183", 1, true)
    or f:find("\226\128\162", 1, true)
end

local function mostly_tools(f)
  -- One item cannot be a bar: most lines have no separator to split at.
  if not has_bar_separator(f) then return false end
  local items = bar_items(f)
  if #items == 0 then return false end
  local tools = 0
  for _, it in ipairs(items) do
    local head = it:match("^(%S+)") or it
    if TOOL_ITEMS[it] or TOOL_ITEMS[head] then tools = tools + 1 end
  end
  return tools >= 2 and tools * 2 >= #items
end

-- Block classifiers -------------------------------------------------------
-- Each takes whether the block is an image's alt text, the block's text s
-- and folded text f, and returns a drop reason (and optionally a kind) or
-- nil.  Nothing else of the page counts: classify_text remembers the
-- answers by text and flag alone.

local function cookie_banner(_, s, f)
  if words(s) > 150 or not has_any(f, COOKIE_WORDS) then return nil end
  local cues = count_any(f, CONSENT_CUES)
  -- A consent button ("[OK]", "[Accept]") closing a cookie notice is enough.
  local button = s:find("%[[^%]]+%]%s*$") ~= nil
  if cues >= 2 or button then return "cookie_banner" end
  return nil
end

-- A photo credit at the end of a line: "(AA)", "/Reuters", "(Saul Loeb /
-- AFP/Getty Images)", "REUTERS/Alexei Druzhinin", "[Name/AP]", "Kremlin.ru".
-- Patterns anchored only at the end ("...$") try every position of s, so
-- the helpers below look at the last bytes first.

-- The last byte of s that is not a space ("" when there is none).
local function last_visible(s)
  local e = #s
  while e > 0 and s:find("^%s", e) do e = e - 1 end
  return s:sub(e, e)
end

-- What the brackets closing s hold: "AA" in "... (AA)", "Name/AP" in
-- "... [Name/AP]"; nil when s does not end with a bracket.
local function bracketed_tail(s)
  local close = last_visible(s)
  if close == ")" then return s:match("%(([^()]*)%)%s*$") end
  if close == "]" then return s:match("%[([^%[%]]*)%]%s*$") end
  return nil
end

-- A credit after a slash at the end: "... Sergei Lavrov. /VCG" (not a
-- breadcrumb's " / "), "REUTERS/Alexei Druzhinin".
local function slash_credit(s)
  if not s:find("/", 1, true) then return false end
  if s:find("%s/[%w][^/%s]*[^/]*$") and words(s:match("/([^/]*)$")) <= 4 then return true end
  if s:find("%u%u+/%u[%w%.%-]*[%s%w%.%-]*$") then
    local tail = s:match("(%u%u+/[^/]*)$")
    if tail and words(tail) <= 4 then return true end
  end
  return false
end

-- The text after the last sentence end (. ! ? and a space) of s, or nil.
local function after_last_sentence(s)
  return s:match("^.*[%.!?]%s+(.*)$")
end

-- Abbreviations before a number, whose dot ends no sentence ("No. 2031",
-- "Vol. 12").
local NUMBER_ABBREV = { no = true, nos = true, nr = true, vol = true, vols = true, pp = true, art = true }

local function credit_at_end(s)
  local inner = bracketed_tail(s)
  if inner then
    local fi = fold(inner)
    if inner:find("/") or fi:find("^photo") or fi:find("^image") or fi:find("^file")
      or fi:find(" via ") or fi:find("getty") or fi:find("pool") or outlets.lookup(inner) then
      return true
    end
  end
  if slash_credit(s) or s:find("©") then return true end
  -- "... over the Kremlin. Photo: Archive"
  local tail = after_last_sentence(s)
  if tail and words(tail) <= 5 and (fold(tail):find("^photo%a*%s*:") or fold(tail):find("^picture%s*:")
      or fold(tail):find("^image%s*:")) then
    return true
  end
  -- "... Wednesday. Kremlin.ru": a trailing fragment that is a site name
  -- (session 15: not after a number's abbreviation, which ends no
  -- sentence: a masthead's "No. 2031 | moscowtelegraph.example").
  local last = after_last_sentence(s)
  if last and words(last) <= 3 and (last:find("%w%.%a%a+$") or outlets.lookup(last))
      and not NUMBER_ABBREV[(s:sub(1, #s - #last):match("(%a+)%.%s+$") or ""):lower()] then
    return true
  end
  return false
end

-- Words of a paragraph that reports something: a line holding them is kept
-- even if it ends like a caption.
local REPORTING = { " said", " says", " told", "according to", " stated", " announced",
  "phone", " call", " spoke", " talks", "conversation" }

-- First words of the labels caption_label knows.
local CAPTION_LEADS = { image = true, photo = true, credit = true, caption = true,
  picture = true, foto = true, file = true, ["фото"] = true, fotograf = true, video = true }

-- f opens with a caption's label: "Image source", "Photo credit", "Photo:".
local function caption_label(f)
  -- Each label's first word is a whole word: most lines fail the lookup.
  if not CAPTION_LEADS[f:match("^[%a\128-\255]+")] then return false end
  return f:find("^image source") or f:find("^image caption") or f:find("^photo credit")
    or f:find("^credit%s*:") or f:find("^caption%s*:")
    or f:find("^photo%s*[:|]") or f:find("^image%s*[:|]") or f:find("^picture%s*[:|]")
    or f:find("^foto%s*[:|]") or f:find("^file photo") or f:find("^фото%s*[:|]")
    or f:find("^fotograf%s*[:|]") or f:find("^video%s*[:|]")
end

local function caption(image, s, f)
  if image or caption_label(f) then return "caption" end
  if s:find("^%[") and s:find("%]$") and (f:find("^%[image") or f:find("^%[photo")
    or f:find("^%[video") or f:find("getty")) then
    return "caption"
  end
  if s:find("^©") then return "caption" end
  -- A short line ending in a photo credit, that reports nobody's words.
  if words(s) <= 45 and not has_any(f, REPORTING) and credit_at_end(s) then
    return "caption"
  end
  return nil
end

-- "— Narendra Modi (@narendramodi) September 10, 2019" closes an embedded
-- tweet; the tweet's text is the line(s) above it in the same group.
local function tweet_attribution(s)
  return (s:find("^\226\128\148") or s:find("^\226\128\147") or s:find("^%-"))
    and s:find("%(@[%w_]+%)") ~= nil
end

-- Dates and the words around them ----------------------------------------

-- A short line that is a date plus a label, a byline or an outlet: "October
-- 14, 2020", "By TOI staff | 18 September 2018, 9:47 pm", "20.05.2019 -
-- 16:33 | World", "Publication date: August 22, 2017, 19:40".
-- The date parser of the run's data (dates in other languages too), set by
-- run: the classifiers are remembered by text alone, and the data is the
-- same for the whole run.
local page_dates = dates.load()

-- The words of the data's date labels ("Publicado", "Atualizado", "Mis à
-- jour"): a line may hold two labelled dates ("Publicado em 09/12/2023 às
-- 14h20 · Atualizado em 09/12/2023 às 17h05").
local date_label_words = {}
for _, list in ipairs({ page_dates.labels.published or {}, page_dates.labels.updated or {} }) do
  for _, label in ipairs(list) do
    for w in label:gmatch("%S+") do date_label_words[w:lower()] = true end
  end
end

-- The words a newspaper's masthead line holds beside its date: the
-- edition, the volume and issue, the price, the page ("Wednesday,
-- February 26, 1986 · Late City Edition · 35 cents", "Vol. CXL No.
-- 48,512 | Saturday, January 19, 1991 | Final Edition | $1.00", "Price
-- 50p").  A price or a number ("$1.00", "50p", "50¢", "48,512") and a
-- separator ("·", "•") are no words either.
local MASTHEAD_WORDS = {}
for _, w in ipairs({ "edition", "final", "late", "early", "city", "home", "metro", "national",
  "international", "overseas", "weekend", "morning", "evening", "vol", "vol.", "volume", "no",
  "no.", "number", "issue", "price", "cents", "cent", "pence", "page", "section", "extra",
  "special", "late-city", "two-star", "three-star", "four-star" }) do
  MASTHEAD_WORDS[w] = true
end
local function no_word(w)
  return w:find("^[%$\194\163\226\130\172]*%d[%d.,]*[p]?$") ~= nil or w:find("^%d+\194\162$") ~= nil
    or w == "\194\183" or w == "\226\128\162"
end

local date_line

-- (session 15) An archive's or a microfilm's banner: parts between " | ",
-- one of them a date line by itself, the others a few words each
-- ("Issue of Sunday, 14 October 1973 | Front page, continued on page 2").
local function banner_date(s)
  if not s:find(" | ", 1, true) then return nil end
  local found
  for part in (s .. " | "):gmatch("%s*(.-)%s+|%s+") do
    if words(part) > 6 then return nil end
    if not found and date_line(nil, part, fold_text(part)) then found = true end
  end
  return found
end

function date_line(_, s, f)
  if #s > 160 or words(s) > 20 then return nil end
  -- A full date has a year of four digits: without one, no date search
  -- (unless the line has digits of another script or CJK: "١٥ مارس ٢٠١٣",
  -- "平成25年3月15日").
  if not s:find("%d%d%d%d") and not s:find("[\217\219\228-\239]") then return nil end
  local found = page_dates.find_all(s)
  local full = false
  for _, d in ipairs(found) do
    if d.year and d.day then full = true end
  end
  if not full then return nil end
  -- What is left once dates and clock times are removed.
  local rest, pos = {}, 1
  for _, d in ipairs(found) do
    rest[#rest + 1] = s:sub(pos, d.start - 1)
    pos = d.stop + 1
  end
  rest[#rest + 1] = s:sub(pos)
  local r = table.concat(rest, " ")
  -- (a Chinese or Japanese sentence that opens with a date has its commas
  -- and full stop: "2013年3月15日，两国领导人……。")
  if r:find("\239\188\140", 1, true) or r:find("\227\128[\129\130]") then return nil end
  r = r:gsub("%d%d?:%d%d", " ")
    :gsub("\226\128[\147\148]", " ") -- dashes
  -- Words other than labels and clock times ("14h20"): at most six, and
  -- at most one of them in lower case.
  local n, loose = 0, 0
  for w in r:gmatch("[^%s|,;:%-/()%[%]]+") do
    local lw = w:lower()
    if not (LABEL_WORDS[lw] or page_dates.labels.words[lw] or date_label_words[lw]
        or lw:find("^%d%d?h%d%d$") or MASTHEAD_WORDS[lw] or no_word(lw)) then
      n = n + 1
      if w:find("^%l") then loose = loose + 1 end
    end
  end
  if (n > 6 or loose > 1) and not banner_date(s) then return nil end
  -- (a short lede after its dateline is a sentence, not the date's line:
  -- "LONDON, 14 March 2013 - Obama called Cameron on Wednesday.")
  if loose > 0 and ends_sentence(s) and not s:find("%u%.$") then return nil end
  if f:find("^publication") or f:find("^published") or f:find("^date%f[%A]")
    or f:find("^datum") or f:find("^last modified") then
    return "page_meta", "date_line"
  end
  return "byline", "date_line"
end

local BYLINE_STARTS = folded({
  "(reporting by", "(writing by", "(editing by", "(additional reporting",
  "(with reporting", "(compiled by", "reporting by", "writing by",
  "written by", "edited by", "compiled by", "curator:", "author:", "authors:",
  "editor:", "автор", "yazar:", "(with input", "(with inputs",
})

-- Last words of a staff byline: "TOI staff", "India Today Web Desk",
-- "Special Correspondent", "Dawn Report".
local STAFF_ENDINGS = { "desk", "staff", "staff writer", "staff writers", "bureau",
  "correspondent", "correspondents", "reporters", "report", "wires" }

local function staff_line(f)
  for _, e in ipairs(STAFF_ENDINGS) do
    if f:sub(-#e - 1) == " " .. e then return true end
  end
  return false
end

local PART_SEPARATORS = { "|", "\194\183", "\226\128\162" }

-- Text before the first separator: "|", "·" or "•".
local function first_part(s)
  local cut = #s + 1
  for _, sep in ipairs(PART_SEPARATORS) do
    local i = s:find(sep, 1, true)
    if i and i < cut then cut = i end
  end
  return (s:sub(1, cut - 1):gsub("%s+$", ""))
end

local TIME_LABELS = folded({ "updated", "published", "posted", "issued", "modified" })

local function byline(_, s, f)
  if starts_with(f, BYLINE_STARTS) and words(s) <= 25 then return "byline", "byline" end
  -- "Associated Press writers in Beijing contributed."
  if words(s) <= 15 and f:find("contributed", 1, true)
    and (f:find("contributed%.?$") or f:find("contributed to this report%.?$")) then
    return "byline", "byline"
  end
  if words(s) <= 20 and not ends_sentence(s) then
    -- "From our correspondents · 17 de setembro de 2013 · 19h42": a staff
    -- byline, its date and time in the parts after a separator
    local first = first_part(f)
    if #first < #f and words(first) <= 6 and staff_line(first) and f:find("%d%d%d%d", #first + 1) then
      return "byline", "byline"
    end
  end
  if words(s) > 10 or ends_sentence(s) and not s:find("%u%.$") then return nil end
  -- "Global Europe · Updated 19:05 CEST": a time stamp without a date
  if s:find("%d%d?:%d%d") and has_any(f, TIME_LABELS) then return "byline", "byline" end
  if f:find("^by%s*:?%s+%S") then return "byline", "byline" end
  -- The first part of "Al-Monitor staff · Iran Pulse".
  local first = first_part(f)
  if words(first) <= 6 and staff_line(first) then return "byline", "byline" end
  -- "ANKARA - Hürriyet Daily News": a place and the outlet
  if words(s) > 8 then return nil end
  local place, rest = s:gsub("\226\128[\147\148]", "-"):match("^(%u[%u%s%.'-]+%u)%s+[-|,]+%s+(.+)$")
  if place and outlets.lookup(rest) then return "byline", "byline" end
  return nil
end

-- A line that is the site's own name, alone or before its sections:
-- "CGTN", "Sputnik International", "FRANCE 24 | Asia-Pacific".
local function masthead(_, s, _)
  if words(s) > 10 then return nil end
  if outlets.lookup(s) then return "masthead", "masthead" end
  -- (session 21) an official site's header, its name one of the parts:
  -- "Présidence de la République française -- Élysée"
  if outlets.official_part(s) and not ends_sentence(s) then return "masthead", "masthead" end
  if not s:find("|", 1, true) then return nil end
  local first, rest = s:match("^(.-)%s+|%s+(.*)$")
  if first and outlets.lookup(first) and not ends_sentence(s) then
    for part in (rest .. " | "):gmatch("(.-)%s+|%s+") do
      if words(part) > 3 then return nil end
    end
    return "masthead", "masthead"
  end
  return nil
end

local function page_meta(_, s, f)
  if s:find("^<?%a[%w+.-]*://%S+>?$") or s:find("^www%.%S+$") then
    return "page_meta", "url_line"
  end
  if f:find("^%d+%s*min%a*%s+read$") then return "page_meta" end
  if words(s) > 40 then return nil end
  local label, rest = starts_with(f, META_LABELS)
  if label and (rest:find("^%s*:") or (label == "permalink" and rest:find("^%s+%a+://"))) then
    if s:find("%a[%w+.-]*://") or s:find(":%s*[%w.-]+%.%a%a+/") then
      return "page_meta", "url_line"
    end
    return "page_meta"
  end
  return nil
end

local function share_widget(_, s, f)
  if words(s) > 16 or is_prose(s) then return nil end
  if starts_with(f, SHARE_WORDS) and words(s) <= 6 then return "share_widget" end
  if mostly_tools(f) then return "share_widget" end
  return nil
end

-- A heading over a list of other stories ("MOST READ"), or the list on one
-- line ("Related: A | B", "ALSO READ | ...").
local function related(_, s, f)
  local head, rest = starts_with(f, RELATED_HEADS)
  if not head then return nil end
  if rest:find("^%s*[:|]%s*$") then return "related_list", "related_heading" end
  if rest:find("^%s*[:|]") or rest:find("^%s*\194\187") then return "related_list" end
  if words(s) <= 8 and not ends_sentence(s) then return "related_list", "related_heading" end
  return nil
end

local function nav(_, s, f)
  if f:find("^skip to ") then return "nav", "nav" end
  if words(s) > 14 or ends_sentence(s) then return nil end
  for _, sep in ipairs({ " » ", " \194\187 ", " > ", " / ", " › ", " | " }) do
    if s:find(sep, 1, true) then
      local parts, longest = 0, 0
      for part in (s .. sep):gmatch("(.-)" .. sep:gsub("%p", "%%%0")) do
        parts = parts + 1
        longest = math.max(longest, words(part))
      end
      if parts >= 2 and longest <= 4 and (sep ~= " | " or parts >= 3) then
        return "nav", "nav"
      end
      if sep == " | " and parts >= 3 and longest <= 6 then return "nav", "nav" end
    end
  end
  return nil
end

-- A row of legal and corporate links ("Terms of Use Privacy Cookies").
local function legal_links(_, s, f)
  if words(s) <= 15 and not ends_sentence(s) and not s:find("[%.!?]%s")
    and count_any(f, LEGAL_LINKS) >= 2 then
    return "footer"
  end
  return nil
end

-- Company names in copyright lines: "© THG PUBLISHING PVT LTD."
local COMPANY = { "ltd", "limited", "inc", "llc", "gmbh", "pvt", "plc", "corporation",
  "publishing", "media group", "s.a", "ag" }

local function footer(_, s, f)
  if words(s) <= 40 and (s:find("^©") or f:find("^copyright") or f:find("^%(c%)%s*%d")) then
    local company = false
    for _, w in ipairs(COMPANY) do
      if f:find("%f[%w]" .. w:gsub("%p", "%%%0") .. "%f[%W]") then company = true end
    end
    if s:find("%d%d%d%d") or f:find("rights") or company then return "footer", "copyright" end
  end
  if words(s) <= 40 and has_any(f, FOOTER_PHRASES) then return "footer" end
  return nil
end

local function promo(_, s, f)
  if words(s) > 25 then return nil end
  if starts_with(f, PROMO_STARTS) and (words(s) <= 3 or has_any(f, PROMO_NOUNS)) then
    return "promo"
  end
  return nil
end

-- f without its leading spaces nor its trailing spaces and punctuation.  (A
-- pattern anchored at the end only would try every position of f.)
local function core(f)
  local first, e = f:match("^%s*()"), #f
  while e >= first and f:find("^[%s%p]", e) do e = e - 1 end
  return f:sub(first, e)
end

local function advert(_, _, f)
  if ADVERTS[core(f)] then return "advert" end
  return nil
end

-- A live blog's time stamp alone on its line: "10:42 GMT", "10.42am BST",
-- "9:05 p.m. ET", "2h ago", "35 min ago".
local function time_stamp(f)
  if #f > 24 then return false end
  local rest = f:match("^%d%d?[:.]%d%d(.*)$")
  if rest then
    rest = rest:gsub("^%s*[ap]%.?m%.?", ""):gsub("^%s*%a%a%a?%a?$", ""):gsub("^%s*[+-]%d%d?:?%d?%d?$", "")
    return not rest:find("%S")
  end
  return f:find("^%d+%s*[hm]%a*%s+ago$") ~= nil
end

local function widget(_, s, f)
  if WIDGETS[f] or not s:find("[%w\128-\255]") then return "widget" end
  if time_stamp(f) then return "widget", "time_stamp" end
  -- (session 12) a converted PDF's page number: "Page 1 of 2", "- 3 -"
  if f:find("^page %d+ of %d+$") or f:find("^page %d+$") or f:find("^%- ?%d+ ?%-$") then
    return "widget", "page_number"
  end
  if s:find("^%[[^%]]+%]$") or s:find("^%[[^%]]+%]%s*%[[^%]]+%]$") then return "widget" end
  return nil
end

local CLASSIFIERS = {
  legal_links, cookie_banner, footer, caption, date_line, byline, masthead,
  page_meta, share_widget, related, nav, promo, advert, widget,
}

-- {reason, kind} for a block's text and image flag, or nil.  Pages repeat
-- the same lines (a site's cookie banner, share bar and footer on every
-- page; a wire story printed by several outlets), so the answers are
-- remembered across pages.
local classify_text = memo.fn2(function(s, image)
  local f = fold_text(s)
  for k = 1, #CLASSIFIERS do
    local reason, kind = CLASSIFIERS[k](image, s, f)
    if reason then return { reason, kind } end
  end
  return nil
end)

local function classify(b)
  local r = classify_text(b.text, b.image == true)
  if r then return r[1], r[2] end
  return nil
end

-- Passes over the whole list ----------------------------------------------

local function mark(b, reason, kind)
  b.drop = reason
  if kind then b.kind = kind end
end

-- An embedded tweet: the attribution line and the tweet text above it.
local function drop_tweets(blocks)
  for i, b in ipairs(blocks) do
    if tweet_attribution(b.text) then
      mark(b, "social_embed")
      local j = i - 1
      while j >= 1 and blocks[j].group == b.group and not blocks[j].drop
        and #blocks[j].text <= 300 do
        mark(blocks[j], "social_embed")
        j = j - 1
      end
    end
  end
end

-- Units following a related heading, up to the next paragraph of prose.
local function drop_related_items(blocks)
  local i = 1
  while i <= #blocks do
    if blocks[i].kind == "related_heading" then
      local j = i + 1
      while j <= #blocks do
        local b = blocks[j]
        if not b.drop then
          local listy = b.item or b.text:find("^%d+%s") or words(b.text) <= 20
          if not listy or (is_prose(b.text) and not b.item) then break end
          mark(b, "related_list")
        elseif b.kind == "date_line" and (b.item or blocks[j - 1].group == b.group) then
          -- the date of a listed story is not the page's ("list_date")
          b.kind = "list_date"
        end
        j = j + 1
      end
      i = j
    else
      i = i + 1
    end
  end
end

-- The heading of a comment section: a count ("12 comments", "Comments
-- (12)") or an invitation ("Leave a comment", "Join the conversation");
-- a bare "Comments" only as a heading.
local COMMENT_WORDS = {}
for _, w in ipairs(folded({ "comments", "comment", "reader comments", "kommentare", "commentaires",
  "комментарии", "yorumlar", "comentarios", "comentários", "commenti", "reacties", "komentarze",
  "التعليقات", "تعليقات", "תגובות" })) do COMMENT_WORDS[w] = true end
local COMMENT_INVITES = folded({ "leave a comment", "leave a reply", "post a comment", "add a comment",
  "join the conversation", "join the discussion", "show comments", "view comments",
  "comments are closed", "write a comment", "kommentar schreiben", "laisser un commentaire",
  "deja un comentario", "оставить комментарий", "yorum yaz" })

local function comment_heading(b)
  if words(b.text) > 6 or ends_sentence(b.text) and not b.text:find(":$") then return false end
  local f = core(fold_text(b.text))
  if starts_with(f, COMMENT_INVITES) then return true end
  local bare = f:gsub("^%d+%s+", ""):gsub("%s*%(%d+%)$", ""):gsub("%s+%d+$", "")
  if not COMMENT_WORDS[bare] then return false end
  return bare ~= f or b.heading ~= nil
end

-- Everything after a comment section's heading, once the article has
-- begun, is readers' comments: dropped ("comments"), their time stamps
-- too (no date of theirs is the page's).
local function drop_comments(blocks)
  local begun = false
  for i, b in ipairs(blocks) do
    if not b.drop and is_prose(b.text) then begun = true end
    if begun and comment_heading(b) then
      for j = i, #blocks do
        local c = blocks[j]
        if c.kind ~= "copyright" then
          if not c.drop or c.kind == "date_line" or c.kind == "byline" then
            mark(c, "comments", "comments")
          end
        end
      end
      return
    end
  end
end

-- Blocks next to a cookie banner that continue it.
local function extend_cookie_banners(blocks)
  local changed = true
  while changed do
    changed = false
    for i, b in ipairs(blocks) do
      if b.drop == "cookie_banner" then
        for _, j in ipairs({ i - 1, i + 1 }) do
          local n = blocks[j]
          if n and not n.drop then
            local f = fold_text(n.text)
            -- The banner's next paragraph still speaks of cookies and of
            -- the site, or is a short line; a news paragraph is neither.
            if (has_any(f, COOKIE_WORDS) and words(n.text) <= 150
                and (has_any(f, CONSENT_CUES) or words(n.text) <= 12))
              or n.text:find("^%[[^%]]+%][%s%[%]%w]*$") then
              mark(n, "cookie_banner")
              changed = true
            end
          end
        end
      end
    end
  end
end

-- The text folded, its runs of punctuation and spaces one space, trimmed
-- (remembered across pages, like classify_text).
local key = memo.fn(function(s)
  local k = fold_text(s):gsub("[%p%s]+", " ")
  if k:byte(1) == 32 then k = k:sub(2) end
  if k:byte(-1) == 32 then k = k:sub(1, -2) end
  return k
end)

-- The site's name before its sections: "Agência Brasil | English",
-- "THE NORTHERN POST · World · Live", "GLOBAL DESK — Asia · China".
local HEAD_SEPARATORS = { " | ", " \194\183 ", " \226\128\148 ", " \226\128\147 ", " \226\128\162 ", " - " }

local function masthead_head(s)
  local head = s
  for _, sep in ipairs(HEAD_SEPARATORS) do
    local i = head:find(sep, 1, true)
    if i then head = head:sub(1, i - 1) end
  end
  return head, head ~= s
end

-- Section names a page may open with: not the site's name.
local SECTIONS = {}
for _, w in ipairs(folded({ "world", "politics", "news", "europe", "asia", "africa", "americas",
  "business", "opinion", "live", "analysis", "home", "international", "national", "nation",
  "region", "diplomacy", "breaking", "latest", "video", "middle east", "asia-pacific",
  "press releases", "press release", "statements", "readouts", "news releases" })) do
  SECTIONS[w] = true
end

-- Capitalised words only ("The Local France", "MercoPress", "Kurdistan 24").
local function capitalised(head)
  for w in head:gmatch("%S+") do
    if not (w:find("^%u") or w:find("^%d") or w:find("^[\195-\201]")) then return false end
  end
  return true
end

-- The page's header, above its headline: the lines naming a government
-- body ("Press Information Bureau", "Government of India", "Prime
-- Minister's Office": its readouts are that body's), and the first line,
-- when it is a short name ("CNA", "The Local France", "Mexico News
-- Daily", "THE DELHI REVIEW | Long Read") and a headline follows, are
-- the site's name.
local function header_lines(blocks)
  local first = #blocks + 1
  for i, b in ipairs(blocks) do
    if not b.drop and is_prose(b.text) then first = i; break end
  end
  local kept = {}
  for i = 1, first - 1 do
    if not blocks[i].drop then kept[#kept + 1] = i end
  end
  if #kept < 1 then return end
  -- official bodies: header lines up to the last kept line before the body,
  -- above the headline or under it ("Telephone talk with ... / State House
  -- Kenya / Nairobi, 12th March 2024")
  for k = 1, #kept > 1 and #kept or 0 do
    local b = blocks[kept[k]]
    if outlets.official_body(b.text) then mark(b, "masthead", "masthead") end
  end
  -- (a line dropped as a byline may be a body's name: "Press Information Bureau")
  for i = 1, math.min(kept[1] - 1, 3) do
    local b = blocks[i]
    if b.drop == "byline" and outlets.official_body(b.text) then mark(b, "masthead", "masthead") end
  end
  local b, nxt = blocks[kept[1]], blocks[kept[1] + 1]
  if b.drop or not nxt or is_prose(nxt.text) then return end
  local head, sections = masthead_head(b.text)
  local n = words(head)
  if n > 4 or ends_sentence(b.text) or SECTIONS[fold_text(head)] then return end
  local known = outlets.lookup(head) or outlets.lookup_prefix(head)
  if not known and not capitalised(head) then return end
  -- (one word in capitals is an acronym, "CNA", not a section, "GERMANY")
  local caps = head == head:upper() and head:find("%u") and (n > 1 or #head <= 5)
  if known or sections or outlets.looks_like_name(head) or caps
    or (n <= 3 and words(nxt.text) > n and (not nxt.kind or nxt.kind == "nav")
      and (n > 1 or head:find("^%u%l+%u"))) then
    mark(b, "masthead", "masthead")
  end
end

-- The headline: the first kept block of a few words before the body
-- starts (30-metadata prefers the front matter's title when there is one).
local function find_title(blocks)
  for i, b in ipairs(blocks) do
    if not b.drop then
      -- (session 12: but a sentence over the byline is the headline, "Did
      -- Trump tell Zelensky ...?" over "By Hannah Ostrowski")
      local nx = blocks[i + 1]
      if nx and nx.drop == "byline" and words(b.text) <= 30 and not b.item then return i end
      if is_prose(b.text) then return nil end -- the body starts: no headline
      if words(b.text) >= 2 and words(b.text) <= 30 and not b.item then return i end
    end
  end
  return nil
end

-- Repeated blocks: copies of the headline, photo captions (which pages
-- print twice, as alt text and as caption), and other repeats.
local function drop_repeats(doc, blocks, title_i)
  local title_key = title_i and key(blocks[title_i].text)
  local meta_title = type(doc.meta.title) == "string" and key(doc.meta.title) or nil
  local seen = {}
  for i, b in ipairs(blocks) do
    local k = key(b.text)
    if words(b.text) >= 3 then
      local first = seen[k]
      if i ~= title_i and (k == title_key or (k == meta_title and title_i and i > title_i)) then
        mark(b, "title_repeat")
      elseif first then
        -- Copies with nothing kept between them (or only their photo
        -- credits) are a caption printed twice.
        local near = true
        for j = first + 1, i - 1 do
          if not blocks[j].drop then near = false end
        end
        if near and not blocks[first].drop then
          mark(blocks[first], "caption", "caption")
        end
        if blocks[first].drop == "caption" then
          mark(b, "caption_repeat")
        elseif not b.drop then
          mark(b, "repeat")
        end
      end
      seen[k] = seen[k] or i
    end
  end
end

local function first_prose(blocks)
  for i, b in ipairs(blocks) do
    if not b.drop and is_prose(b.text) then return i end
  end
  return #blocks + 1
end

local function last_prose(blocks)
  for i = #blocks, 1, -1 do
    if not blocks[i].drop and is_prose(blocks[i].text) then return i end
  end
  return 0
end

-- Written in capitals: letters of Latin or Cyrillic script, none of them
-- in lower case ("AMERICAS", "ПОЛИТИКА"; not a headline of a script
-- without case).
local function caps_label(s)
  if not (s:find("%a") or s:find("\208[\128-\175]")) then return false end
  return not s:find("%l") and not s:find("\208[\176-\191]") and not s:find("\209[\128-\159]")
end

-- Around the article: section labels ("AMERICAS") above the body, and
-- short non-sentences after its last paragraph (widgets, menus, promos).
local function drop_edges(blocks, title_i)
  local first = first_prose(blocks)
  for i = 1, first - 1 do
    local b = blocks[i]
    if not b.drop and i ~= title_i and not ends_sentence(b.text) then
      if words(b.text) <= 3 and caps_label(b.text) and not b.text:find("%d") then
        mark(b, "nav", "nav")              -- a section label: "AMERICAS"
      elseif b.text:find(" | ", 1, true) and words(b.text) <= 12 then
        mark(b, "nav", "nav")              -- "Version for the visually impaired | ..."
      end
    end
  end
  for i = last_prose(blocks) + 1, #blocks do
    local b = blocks[i]
    if not b.drop and i ~= title_i and words(b.text) <= 12 and not ends_sentence(b.text)
      and not b.heading then
      mark(b, "widget")
    end
  end
end

-- "...over Karabakh, which" / "broke away from Azerbaijan...": a paragraph
-- that stops without punctuation and one that goes on in lower case are one.
local function rejoin(blocks)
  local out, last_kept = {}, nil
  for _, b in ipairs(blocks) do
    if not b.drop and last_kept and last_kept.kind ~= "title" and not last_kept.heading
      and not last_kept.item and not ends_sentence(last_kept.text)
      and b.text:find("^%l") then
      last_kept.text = last_kept.text .. " " .. b.text
    else
      out[#out + 1] = b
      if not b.drop then last_kept = b end
    end
  end
  return out
end

local function run(doc, ctx)
  page_dates = dates.load(ctx)
  sentence_ends, folds = {}, {}
  local blocks = doc.blocks or {}
  drop_tweets(blocks)
  for _, b in ipairs(blocks) do
    if not b.drop then
      local reason, kind = classify(b)
      if reason then mark(b, reason, kind) end
    end
  end
  drop_related_items(blocks)
  drop_comments(blocks)
  extend_cookie_banners(blocks)
  header_lines(blocks)
  local title_i = find_title(blocks)
  drop_repeats(doc, blocks, title_i)
  if title_i and blocks[title_i].drop then title_i = find_title(blocks) end
  if title_i then blocks[title_i].kind = "title" end
  drop_edges(blocks, title_i)
  doc.blocks = rejoin(blocks)
  return doc
end

return {
  name = "boilerplate",
  stage = "source",
  version = "1.13.0",
  api = 1,
  description = "mark cookie banners, share bars, related lists, captions and other page noise",
  run = run,
  -- exposed for tests
  classify = classify,
}
