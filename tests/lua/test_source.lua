-- test_source.lua — the source stage: Input -> Document.
--
-- Small articles of our own (inline, and tests/fixtures/source/), plus the
-- worked example's articles (examples/karabakh-2020) checked against its
-- gold publication dates and outlets.

local function input(id, bytes, format)
  return { id = id, path = id, bytes = bytes, sha256 = "", format = format or "text" }
end

local function source(id, bytes, format)
  return run_stage("source", input(id, bytes, format))
end

local function reasons(doc)
  local out = {}
  for _, d in ipairs(doc.dropped) do out[#out + 1] = d.reason end
  return out
end

local function dropped_as(doc, reason)
  local out = {}
  for _, d in ipairs(doc.dropped) do
    if d.reason == reason then out[#out + 1] = d.text end
  end
  return out
end

local function kept(doc)
  local out = {}
  for _, p in ipairs(doc.paragraphs) do out[#out + 1] = p.text end
  return out
end

-- Every paragraph and sentence is found at its offset in text.
local function check_offsets(doc)
  for _, list in ipairs({ doc.paragraphs, doc.sentences }) do
    for _, s in ipairs(list) do
      local at = doc.text:sub(s.offset, s.offset + #s.text - 1)
      if at ~= s.text then
        error(string.format("%s: offset %d holds %q, want %q", doc.id, s.offset, at, s.text), 2)
      end
    end
  end
  for _, s in ipairs(doc.sentences) do
    local p = doc.paragraphs[s.paragraph]
    ok(p and s.offset >= p.offset and s.offset + #s.text <= p.offset + #p.text,
      "sentence inside its paragraph: " .. s.text)
  end
end

local function sentences_of(s)
  local seg = plugin("plugins/source/40-segment.lua")
  local out = {}
  for _, span in ipairs(seg.split_sentences(s)) do out[#out + 1] = s:sub(span[1], span[2]) end
  return out
end

test("plugins have the contract's shape", function()
  for _, f in ipairs({ "10-read", "20-boilerplate", "30-metadata", "40-segment" }) do
    local p = plugin("plugins/source/" .. f .. ".lua")
    eq(p.stage, "source", f)
    eq(p.api, 1, f)
    ok(type(p.name) == "string" and type(p.version) == "string" and type(p.run) == "function", f)
    ok(type(p.description) == "string", f)
  end
end)

test("fixture: wire story with page noise", function()
  local doc = source("docs/wire-noise.txt", read("tests/fixtures/source/wire-noise.txt"))
  eq(doc.title, "Merkel and Obama discuss Ukraine in phone call")
  eq(doc.outlet, "Example Daily News")
  eq(doc.published, "2016-03-03")
  eq(doc.published_basis, "byline")
  eq(doc.dateline, { place = "BERLIN", text = "BERLIN (AP) \226\128\148" })
  eq(doc.url, nil)
  eq(reasons(doc), { "cookie_banner", "nav", "byline", "byline", "caption", "caption_repeat",
    "share_widget", "related_list", "related_list", "related_list", "footer" })
  eq(kept(doc), {
    "Merkel and Obama discuss Ukraine in phone call",
    "BERLIN (AP) \226\128\148 German Chancellor Angela Merkel and U.S. President Barack Obama spoke by phone on Wednesday about the conflict in eastern Ukraine, Merkel's spokesman said.",
    "Both leaders \"agreed that the ceasefire must hold,\" spokesman Steffen Seibert said. The two also discussed Syria.",
    "Mr. Obama had spoken with Russian President Vladimir Putin on Feb. 14, the White House said, and the talks covered the same ground.",
  })
  eq(#doc.sentences, 5)
  eq(doc.sentences[3].text, "Both leaders \"agreed that the ceasefire must hold,\" spokesman Steffen Seibert said.")
  eq(doc.sentences[3].paragraph, 3)
  eq(doc.text, table.concat(kept(doc), "\n\n"))
  eq(doc.meta, {})
  check_offsets(doc)
end)

test("fixture: Markdown readout with front matter", function()
  local doc = source("docs/readout.md", read("tests/fixtures/source/readout.md"), "markdown")
  eq(doc.format, "markdown")
  eq(doc.title, "Readout of the President's call with Prime Minister Abe")
  eq(doc.outlet, "White House")
  eq(doc.url, "https://www.whitehouse.gov/briefings-statements/readout-call-prime-minister-abe/")
  eq(doc.published, "2019-03-05")
  eq(doc.published_basis, "front_matter")
  eq(doc.meta.source, "The White House")
  eq(kept(doc), {
    "Readout of the President's call with Prime Minister Abe",
    "President Donald J. Trump spoke today with Prime Minister Shinzo Abe of Japan. The leaders discussed North Korea and trade.",
    "The two leaders agreed to stay in close contact.",
  })
  eq(reasons(doc), { "front_matter", "byline", "caption", "related_list" })
  eq(doc.sentences[2].text, "President Donald J. Trump spoke today with Prime Minister Shinzo Abe of Japan.")
  ok(not doc.text:find("https://", 1, true), "URLs of links are not text")
  check_offsets(doc)
end)

test("cookie banners in several languages; a body paragraph about cookies stays", function()
  local doc = source("docs/c.txt", table.concat({
    "Leaders talk",
    "Bu sitede çerezler kullanılmaktadır. Siteyi kullanmaya devam ederek çerez politikamızı kabul etmiş olursunuz. [Tamam]",
    "The US envoy handed out cookies to protesters on the square, a gesture Moscow later called interference in the affairs of a sovereign state.",
    "The two presidents spoke by telephone on Monday, the Kremlin said.",
    "Мы используем файлы cookie. Продолжая работу с сайтом, вы соглашаетесь с Политикой конфиденциальности.",
    "אנחנו משתמשים בעוגיות כדי לשפר את חוויית הגלישה שלכם. המשך הגלישה באתר מהווה הסכמה לשימוש בעוגיות. [אישור]",
    "We use cookies to improve your experience. By continuing you accept our cookie policy. Ons gebruik koekies om u ervaring te verbeter. [Aanvaar]",
  }, "\n\n"))
  eq(#dropped_as(doc, "cookie_banner"), 4)
  eq(kept(doc)[2]:sub(1, 30), "The US envoy handed out cookie")
  eq(#doc.paragraphs, 3)
end)

test("share bars, related lists, nav crumbs, tweets, page metadata", function()
  local doc = source("docs/n.txt", table.concat({
    "Skip to content | Skip to main menu",
    "Example.com » World » Europe",
    "Putin and Macron discuss Syria by phone",
    "Reading Time: 2 minutes",
    "Russian President Vladimir Putin and French President Emmanuel Macron discussed Syria in a telephone conversation on Friday, the Kremlin said.",
    "Share this article   [f] [t] [in] [WhatsApp]",
    "Working for peace in Syria with President Putin.\n\226\128\148 Emmanuel Macron (@EmmanuelMacron) May 3, 2019",
    "Related: Macron to visit Moscow | Syria talks stall",
    "The two leaders agreed to keep in touch, according to the Kremlin.",
    "Topics: Foreign policy; Syria",
    "Original url:",
    "https://www.example.com/world/putin-macron-syria",
    "Partager : Facebook | Twitter | E-mail",
    "Lire la suite :",
    "- Syrie : les discussions reprennent",
    "- Macron attendu à Moscou",
    "%d bloggers like this:",
  }, "\n\n"))
  eq(kept(doc), {
    "Putin and Macron discuss Syria by phone",
    "Russian President Vladimir Putin and French President Emmanuel Macron discussed Syria in a telephone conversation on Friday, the Kremlin said.",
    "The two leaders agreed to keep in touch, according to the Kremlin.",
  })
  eq(reasons(doc), { "nav", "nav", "page_meta", "share_widget", "social_embed", "social_embed",
    "related_list", "page_meta", "page_meta", "page_meta", "share_widget", "related_list",
    "related_list", "related_list", "footer" })
  eq(doc.url, "https://www.example.com/world/putin-macron-syria")
  eq(doc.outlet, "Example.com")
  eq(doc.published, nil, "the tweet's date is not the page's")
end)

test("a dateline without a year gives no date; a year stated elsewhere does", function()
  local body = "ISTANBUL, Dec 24 (Reuters) - Turkish President Tayyip Erdogan and U.S. President Donald Trump agreed in a phone call on Sunday to coordinate, Erdogan's office said."
  local doc = source("docs/d.txt", "Turkey, U.S. leaders talk\n\n" .. body)
  eq(doc.dateline, { place = "ISTANBUL", text = "ISTANBUL, Dec 24 (Reuters) -" })
  eq(doc.outlet, "Reuters")
  eq(doc.published, nil)
  eq(doc.sentences[2].text, body, "the dateline stays in its sentence")
  local doc2 = source("docs/d2.txt", "Turkey, U.S. leaders talk\n\n" .. body
    .. "\n\nPHOTO: Erdogan on the phone in Istanbul, December 24, 2018. REUTERS/Murad Sezer")
  eq(doc2.published, "2018-12-24")
  eq(doc2.published_basis, "dateline")
  local doc3 = source("docs/d3.txt", "Putin, Zelensky talk\n\nMOSCOW, July 11, 2019. /TASS/. Russian President Vladimir Putin held a telephone conversation on Thursday with Ukrainian President Vladimir Zelensky.")
  eq(doc3.dateline.text, "MOSCOW, July 11, 2019. /TASS/.")
  eq(doc3.dateline.place, "MOSCOW")
  eq({ doc3.published, doc3.published_basis, doc3.outlet }, { "2019-07-11", "dateline", "TASS" })
end)

test("dates in the body or in captions are never the publication date", function()
  local doc = source("docs/b.txt", table.concat({
    "Lavrov and Kerry discuss Ukraine by phone",
    "PHOTO: Lavrov and Kerry meet in Geneva, March 3, 2014. (AFP)",
    "Russian Foreign Minister Sergei Lavrov and US Secretary of State John Kerry spoke by telephone, the ministry said on March 8, 2014.",
    "The call took place at the initiative of the American side.",
  }, "\n\n"))
  eq(doc.published, nil)
  eq(doc.published_basis, nil)
  eq(doc.outlet, nil, "a photo credit is not the publisher")
  eq(dropped_as(doc, "caption"), { "PHOTO: Lavrov and Kerry meet in Geneva, March 3, 2014. (AFP)" })
end)

test("labelled date lines: publication, updated, byline", function()
  local function pub(lines)
    local doc = source("docs/p.txt", table.concat(lines, "\n\n"))
    return { doc.published, doc.published_basis, doc.outlet }
  end
  local body = "Vladimir Putin had a telephone conversation with Federal Chancellor of Germany Angela Merkel on Tuesday."
  eq(pub({ "Putin, Merkel talk", "Latest update: 30/04/2018", body }), { "2018-04-30", "updated", nil })
  eq(pub({ "Putin, Merkel talk", body, "Publication date: August 22, 2017, 19:40" }),
    { "2017-08-22", "publication_line", nil })
  eq(pub({ "Putin, Merkel talk", "By TOI staff | 18 September 2018, 9:47 pm", body }),
    { "2018-09-18", "byline", "The Times of Israel" })
  eq(pub({ "Putin, Merkel talk", "2019-06-23 13:28 | News24", body }), { "2019-06-23", "byline", "News24" })
  eq(pub({ "Putin, Merkel talk", "Official website of the President of Russia", "13:52 29.12.2015", body }),
    { "2015-12-29", "byline", "Kremlin" })
  eq(pub({ "Putin, Merkel talk", "India Today Web Desk\nNew Delhi, September 10, 2019 | UPDATED: 14:05 IST", body }),
    { "2019-09-10", "updated", "India Today" })
  -- a staff byline of more words, its date in another language after a separator
  eq(pub({ "Putin, Merkel talk", "From our Brasília and Washington correspondents · 17 de setembro de 2013 · 19h42", body }),
    { "2013-09-17", "byline", nil })
  eq(pub({ "Putin, Merkel talk", "The Jerusalem and Ramallah bureau • 21 de octubre de 2009 • 18:05", body }),
    { "2009-10-21", "byline", nil })
  eq(pub({ "Putin, Merkel talk", "Our Moscow, Kyiv and Minsk correspondents | 3 juin 2015 | 07h10", body }),
    { "2015-06-03", "byline", nil })
  -- two labelled dates on one line, clock times as "14h20": the published one
  eq(pub({ "Putin, Merkel talk", "Publicado em 09/12/2023 às 14h20 · Atualizado em 10/12/2023 às 17h05", body }),
    { "2023-12-09", "publication_line", nil })
  eq(pub({ "Putin, Merkel talk", "Publié le 3 mars 2015 à 8h05 | Mis à jour le 4 mars 2015 à 10h40", body }),
    { "2015-03-03", "publication_line", nil })
  eq(pub({ "Putin, Merkel talk", "Veröffentlicht am 21.06.2019 um 14:20 Uhr · Aktualisiert am 22.06.2019 um 09:00 Uhr", body }),
    { "2019-06-21", "publication_line", nil })
  -- (a headline that ends in a staff word has no date after it)
  eq(pub({ "Hospital staff | 2 dead as the strike hits the capital's clinics", body }), { nil, nil, nil })
  eq(pub({ "Putin, Merkel talk", body, "Copyright © 2017, Los Angeles Times | Terms of Service" }),
    { nil, nil, "Los Angeles Times" })
  eq(pub({ "Putin, Merkel talk", body, "Feedback: Send us your feedback. | Permalink https://p.dw.com/p/1F5pz" }),
    { nil, nil, "DW" })
end)

test("more page shapes: agency datelines, site names, stamps", function()
  local function meta(lines)
    local doc = source("docs/m.txt", table.concat(lines, "\n\n"))
    return { doc.published, doc.published_basis, doc.outlet, doc.dateline and doc.dateline.text }
  end
  local body = " Chinese President Xi Jinping held a virtual meeting with U.S. President Joe Biden on Tuesday."
  eq(meta({ "Xi, Biden hold talks", "Source: Xinhua| 2021-11-16 12:34:56|Editor: huaxia",
    "BEIJING, Nov. 16 (Xinhua) --" .. body }),
    { "2021-11-16", "byline", "Xinhua", "BEIJING, Nov. 16 (Xinhua) --" })
  -- an outlet the list does not know, after its label
  eq(meta({ "Xi, Biden hold talks", "2021-11-17 09:14:07 | Source: Eastern Harbour Wire | Editor: Liu Fang",
    "BEIJING, Nov. 16 --" .. body }),
    { "2021-11-17", "byline", "Eastern Harbour Wire", "BEIJING, Nov. 16 --" })
  -- a government body's name under the headline is the page's publisher
  eq(meta({ "President Ruto holds phone talks with President Museveni", "State House Kenya",
    "Nairobi, 12th March 2024", "President William Ruto today held a telephone conversation with President Yoweri Museveni." }),
    { "2024-03-12", "byline", "State House Kenya", nil })
  eq(meta({ "Press Conference by the Chief Cabinet Secretary", "Prime Minister's Office of Japan",
    "Thursday, 8 September 2016", "The Chief Cabinet Secretary said Prime Minister Abe had held a telephone talk." }),
    { "2016-09-08", "byline", "Prime Minister's Office of Japan", nil })
  eq(meta({ "Xi, Biden hold talks", "Publisher: The Lakeside Herald | 17 November 2021", body }),
    { "2021-11-17", "publication_line", "The Lakeside Herald", nil })
  eq(meta({ "Xi, Biden hold talks", "Wednesday, 14 October 2020 9:47 AM  [ Last Update: Wednesday, 14 October 2020 10:05 AM ]",
    "Moscow (AFP) -" .. body }),
    { "2020-10-14", "byline", "AFP", "Moscow (AFP) -" })
  eq(meta({ "FRANCE 24 | Asia-Pacific", "Xi, Biden hold talks", "Issued on: 08/02/2023 - 03:12 Modified: 08/02/2023 - 03:40",
    "Washington (AFP) \226\128\147" .. body, "\194\169 2023 AFP" }),
    { "2023-02-08", "publication_line", "France 24", "Washington (AFP) \226\128\147" })
  eq(meta({ "Mexico News Daily", "Xi, Biden hold talks", "Updated: February 3, 2025 \194\183 12:55 p.m. CST",
    "ISLAMABAD:" .. body }),
    { "2025-02-03", "updated", "Mexico News Daily", "ISLAMABAD:" })
  eq(meta({ "Xi, Biden hold talks", "Special Correspondent", "Dawn Report | Published May 1, 2025 10:05am", body }),
    { "2025-05-01", "publication_line", "Dawn", nil })
  -- a dated dateline without an agency: the date before the dash
  eq(meta({ "Xi, Biden hold talks", "ANKARA, 12 March 2021 -" .. body }),
    { "2021-03-12", "dateline", nil, "ANKARA, 12 March 2021 -" })
  eq(meta({ "Xi, Biden hold talks", "WASHINGTON, March 12, 2021 \226\128\148" .. body }),
    { "2021-03-12", "dateline", nil, "WASHINGTON, March 12, 2021 \226\128\148" })
  eq(meta({ "Xi, Biden hold talks", "ISTANBUL-based analysts said" .. body }), { nil, nil, nil, nil })
  eq(meta({ "Xi, Biden hold talks", "Berlin, 28.02.2014 -" .. body }),
    { "2014-02-28", "dateline", nil, "Berlin, 28.02.2014 -" })
  eq(meta({ "Xi, Biden hold talks", "Berlin - " .. body }), { nil, nil, nil, nil })
  eq(meta({ "Xi, Biden hold talks", "ANKARA/MOSCOW, June 29, 2016 (Reuters) -" .. body }),
    { "2016-06-29", "dateline", "Reuters", "ANKARA/MOSCOW, June 29, 2016 (Reuters) -" })
  local doc = source("docs/bbc.txt", table.concat({ "Xi, Biden hold talks", "IMAGE SOURCE, GETTY IMAGES",
    "Image caption, Xi Jinping on a screen in Beijing", body }, "\n\n"))
  eq(reasons(doc), { "caption", "caption" })
end)

test("front matter date wins; an unreadable one is ignored", function()
  local doc = source("docs/f.txt", "---\ntitle: Talks\ndate: 2018-12-24\nsource: TRT World\n---\n\nTalks\n\nOctober 14, 2020\n\nErdogan and Trump spoke by telephone on Sunday, the Turkish presidency said.")
  eq({ doc.published, doc.published_basis, doc.outlet, doc.title }, { "2018-12-24", "front_matter", "TRT World", "Talks" })
  eq(doc.dropped[1].reason, "front_matter")
  eq(kept(doc), { "Talks", "Erdogan and Trump spoke by telephone on Sunday, the Turkish presidency said." })
end)

test("repeated title, repeated caption, a paragraph split by a bad line break", function()
  local doc = source("docs/r.txt", table.concat({
    "Putin Calls for End to Violence",
    "Putin Calls for End to Violence",
    "Russian Foreign Minister Sergei Lavrov. /VCG",
    "Russian Foreign Minister Sergei Lavrov. /VCG",
    "The ex-Soviet countries have been locked in long-simmering deadlock over Karabakh, which",
    "broke away from Azerbaijan after a war in the 1990s that left some 30,000 dead.",
  }, "\n\n"))
  eq(reasons(doc), { "title_repeat", "caption", "caption_repeat" })
  eq(kept(doc), { "Putin Calls for End to Violence",
    "The ex-Soviet countries have been locked in long-simmering deadlock over Karabakh, which broke away from Azerbaijan after a war in the 1990s that left some 30,000 dead." })
  check_offsets(doc)
end)

test("hard-wrapped prose is one paragraph", function()
  local doc = source("docs/w.txt", "Leaders talk\n\n"
    .. "Turkish President Tayyip Erdogan told Russian leader Vladimir Putin\n"
    .. "on Saturday that Armenia must be convinced to negotiate in the\n"
    .. "Nagorno-Karabakh conflict with Azerbaijan and called for a peaceful\n"
    .. "resolution, the Turkish Presidency said.")
  eq(#doc.paragraphs, 2)
  eq(doc.sentences[2].text, "Turkish President Tayyip Erdogan told Russian leader Vladimir Putin on Saturday that Armenia must be convinced to negotiate in the Nagorno-Karabakh conflict with Azerbaijan and called for a peaceful resolution, the Turkish Presidency said.")
end)

test("sentence splitter: abbreviations, initials, quotes, decimals, ellipses", function()
  eq(sentences_of("Mr. Trump met Gen. Mattis and Sen. McCain. They talked."),
    { "Mr. Trump met Gen. Mattis and Sen. McCain.", "They talked." })
  -- a capital letter alone is an initial, unless a lower-case word comes
  -- before and a sentence opener after
  eq(sentences_of("President George W. Bush called. The book is by J. Smith and friends."),
    { "President George W. Bush called.", "The book is by J. Smith and friends." })
  eq(sentences_of("Lula wrote on X. He said the call had gone well."),
    { "Lula wrote on X.", "He said the call had gone well." })
  eq(sentences_of("Prime Minister K.P. Sharma Oli spoke with Modi. It went well."),
    { "Prime Minister K.P. Sharma Oli spoke with Modi.", "It went well." })
  eq(sentences_of("The U.S. President called the U.N. chief. The talks lasted an hour."),
    { "The U.S. President called the U.N. chief.", "The talks lasted an hour." })
  eq(sentences_of("He will leave the U.S. The talks are over."),
    { "He will leave the U.S.", "The talks are over." })
  eq(sentences_of("Clashes erupted on Sept. 27 and again on Dec. 3. Nobody knows why."),
    { "Clashes erupted on Sept. 27 and again on Dec. 3.", "Nobody knows why." })
  eq(sentences_of("\"We will meet soon,\" he said. \"It was agreed.\" The Kremlin confirmed it."),
    { "\"We will meet soon,\" he said.", "\"It was agreed.\"", "The Kremlin confirmed it." })
  eq(sentences_of("Trade grew 3.5 percent. It was a record."), { "Trade grew 3.5 percent.", "It was a record." })
  eq(sentences_of("He paused... and went on. Then... Silence."),
    { "He paused... and went on.", "Then...", "Silence." })
  eq(sentences_of("The call began at 9 a.m. Moscow time and lasted an hour."),
    { "The call began at 9 a.m. Moscow time and lasted an hour." })
  eq(sentences_of("Is it over? \"Yes!\" she said. Lt. Col. Smith agreed"),
    { "Is it over?", "\"Yes!\" she said.", "Lt. Col. Smith agreed" })
  eq(sentences_of("Erdogan told Putin that \u{201C}Turkey is in favour.\u{201D} Putin agreed."),
    { "Erdogan told Putin that \u{201C}Turkey is in favour.\u{201D}", "Putin agreed." })
  eq(sentences_of("Obama answered with \"Thank you. Khodahafez.\" Then he left."),
    { "Obama answered with \"Thank you. Khodahafez.\"", "Then he left." })
  eq(sentences_of("\"The enemy was stopped. It was thwarted,\" the ministry said. Fighting went on."),
    { "\"The enemy was stopped. It was thwarted,\" the ministry said.", "Fighting went on." })
  eq(sentences_of("\u{201C}We will meet. It was agreed.\u{201D} The Kremlin confirmed it."),
    { "\u{201C}We will meet.", "It was agreed.\u{201D}", "The Kremlin confirmed it." })
  eq(sentences_of("\"On August 22 the leaders spoke. They agreed on a ceasefire."),
    { "\"On August 22 the leaders spoke.", "They agreed on a ceasefire." })
  eq(sentences_of("Resolution No. 2254 was cited. George W. Bush was not."),
    { "Resolution No. 2254 was cited.", "George W. Bush was not." })
end)

test("empty and noise-only input give an empty document", function()
  local doc = source("docs/e.txt", "")
  eq({ doc.text, #doc.paragraphs, #doc.sentences, doc.title, doc.published }, { "", 0, 0, nil, nil })
  local doc2 = source("docs/e2.txt", "Share | Tweet | Email\n\nADVERTISEMENT\n")
  eq(doc2.text, "")
  eq(reasons(doc2), { "share_widget", "advert" })
end)

test("the Document has the contract's fields and nothing of the working state", function()
  local doc = source("docs/wire-noise.txt", read("tests/fixtures/source/wire-noise.txt"))
  eq(doc.blocks, nil)
  for _, k in ipairs({ "id", "path", "sha256", "format", "meta", "text", "paragraphs", "sentences", "dropped" }) do
    ok(doc[k] ~= nil, "field " .. k)
  end
  for k in pairs(doc) do
    ok(({ id = 1, path = 1, sha256 = 1, format = 1, title = 1, outlet = 1, url = 1, published = 1,
      published_basis = 1, dateline = 1, meta = 1, text = 1, paragraphs = 1, sentences = 1,
      dropped = 1 })[k], "unexpected field " .. tostring(k))
  end
end)

-- The worked example: published dates and outlets as its gold file has them.
local EXAMPLE = "examples/karabakh-2020/"

test("worked example: published and outlet match the gold file", function()
  local okread, gold_text = pcall(read, EXAMPLE .. "gold.json")
  if not okread then return end -- the example is not part of this tree
  local json = ctx("source").json
  local gold = assert(json.decode(gold_text))
  local function value(v) if type(v) == "string" then return v end return nil end
  local checked = 0
  for _, g in ipairs(gold.documents) do
    local okdoc, bytes = pcall(read, EXAMPLE .. g.file)
    if okdoc then
      local doc = source(g.file, bytes, g.file:find("%.md$") and "markdown" or "text")
      eq({ doc.published, doc.outlet }, { value(g.published), value(g.outlet) }, g.file)
      check_offsets(doc)
      ok(#doc.sentences > 3, g.file .. ": sentences")
      checked = checked + 1
    end
  end
  ok(checked > 0, "no example document read")
end)

test("worked example: noise is dropped, the body is kept", function()
  local okread, bytes = pcall(read, EXAMPLE .. "docs/004_59be5f47db3bc1db.txt")
  if not okread then return end
  local doc = source("docs/004_59be5f47db3bc1db.txt", bytes)
  eq(#dropped_as(doc, "cookie_banner"), 4)
  ok(not doc.text:find("çerez", 1, true), "Turkish consent text dropped")
  eq(doc.paragraphs[#doc.paragraphs].text, "Multiple UN resolutions also call for withdrawal of the occupying forces.")
  local ok0, b0 = pcall(read, EXAMPLE .. "docs/000_3a25ef9a9304f9a8.txt")
  if ok0 then
    local d0 = source("docs/000_3a25ef9a9304f9a8.txt", b0)
    eq(d0.title, "Putin, Erdogan Urge 'Joint Efforts' to End Karabakh Conflict")
    eq(d0.url, "https://www.themoscowtimes.com/2020/10/14/putin-erdogan-urge-joint-efforts-to-end-karabakh-conflict-a71756")
    ok(d0.text:find("over Karabakh, which broke away", 1, true), "split paragraph re-joined")
  end
end)

test("a page of several dated items: each paragraph has its item's date", function()
  local doc = source("docs/feed.txt", table.concat({ "Statements and Releases",
    "Readout of a call with the President of Turkey", "APRIL 23, 2021",
    "The President spoke today with President Recep Tayyip Erdogan of Turkey about the relationship between the two countries.",
    "Readout of a call with the President of Russia", "APRIL 13, 2021",
    "The President spoke today with President Vladimir Putin of Russia about strategic stability and the situation in Ukraine." }, "\n\n"))
  local dated = {}
  for _, p in ipairs(doc.paragraphs) do
    if p.text:find("spoke today") then dated[#dated + 1] = p.date or "-" end
  end
  eq(dated, { "-", "2021-04-13" })
end)
