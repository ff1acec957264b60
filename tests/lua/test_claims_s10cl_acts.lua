-- Speech acts "enquired after/about" and "renewed" (session 10): "the
-- Russian President enquired after the rescue work and offered his
-- condolences", "renewed his invitation": acts of the speaker, as "asked"
-- and "reiterated" are; a first act the lists did not know lost the
-- second one coordinated with it.  Short invented reports.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end

test("'enquired after ... and offered ...' in the call sentence", function()
  eq(lines({ "President Recep Tayyip Erdogan received a telephone call on Monday from President Vladimir Putin of Russia, in which the Russian President enquired after the rescue work and offered his condolences for the victims of the earthquake." }, "2023-02-07"),
    { "Russia | Vladimir Putin | - | enquired after the rescue work and offered his condolences for the victims of the earthquake" })
  eq(lines({ "Prime Minister Shinzo Abe spoke by telephone with Prime Minister Nguyen Xuan Phuc on Tuesday.",
      "Abe inquired about the typhoon damage in central Vietnam and promised emergency supplies." }, "2017-11-08"),
    { "Japan | Shinzo Abe | - | inquired about the typhoon damage in central Vietnam and promised emergency supplies" })
end)

test("'renewed his invitation', 'renewed the condolences of'", function()
  eq(lines({ "President Xi Jinping spoke by phone with President Kassym-Jomart Tokayev on Friday.",
      "Xi renewed his invitation to Tokayev to attend the summit in Xi'an." }, "2023-03-10"),
    { "China | Xi Jinping | - | renewed his invitation to Tokayev to attend the summit in Xi'an" })
  eq(lines({ "President Jair Bolsonaro received a telephone call from President Mauricio Macri on Thursday.",
      "Macri renewed the condolences of Argentina for the victims of the dam collapse." }, "2019-01-31"),
    { "Argentina | Mauricio Macri | - | renewed the condolences of Argentina for the victims of the dam collapse" })
end)
