-- The person called after a title the mention leaves out, session 9:
-- "spoke to General X", "telephoned Field Marshal X", or an office owned
-- by a country that the gazetteer does not know ("spoke to Sudan's army
-- chief X", "called Libya's eastern commander X").  The list after
-- "to"/"with" and the object of a verb of calling start at the person;
-- an audience ("reporters about Biden") or a journalist after an outlet's
-- possessive is nobody called.  Short invented sentences.

local function pairs_of(paras, pub) return sorted_call_pairs(briefing(paras, pub), "date") end

test("'said he spoke to General X this evening'", function()
  eq(pairs_of({ "President William Ruto said he spoke to General Abdel Fattah al-Burhan this evening and urged him to accept a truce." }, "2023-05-02"),
    { "Abdel Fattah al-Burhan + William Ruto @ 2023-05-02" })
end)

test("'spoke with Field Marshal X by phone'", function()
  eq(pairs_of({ "Egyptian President Abdel Fattah el-Sisi spoke with Field Marshal Khalifa Haftar by phone on Sunday." }, "2020-06-09"),
    { "Abdel Fattah al-Sisi + Khalifa Haftar @ 2020-06-07" })
end)

test("an office owned by a country before the name: after 'to' and as the object", function()
  eq(pairs_of({ "Abiy Ahmed spoke by telephone to Sudan's army chief Abdel Fattah al-Burhan on Thursday." }, "2023-04-22"),
    { "Abdel Fattah al-Burhan + Abiy Ahmed @ 2023-04-20" })
  eq(pairs_of({ "Recep Tayyip Erdoğan called Libya's eastern commander Khalifa Haftar on Wednesday, his office said." }, "2020-06-05"),
    { "Khalifa Haftar + Recep Tayyip Erdoğan @ 2020-06-03" })
end)

test("a title before the second person of a list is stepped over too", function()
  eq(pairs_of({ "Emmanuel Macron telephoned General Abdel Fattah al-Burhan and Field Marshal Khalifa Haftar on Friday." }, "2023-04-29"),
    { "Abdel Fattah al-Burhan + Emmanuel Macron @ 2023-04-28", "Emmanuel Macron + Khalifa Haftar @ 2023-04-28" })
end)

test("no call with people named after an audience or an outlet's journalist", function()
  eq(pairs_of({ "William Ruto spoke to reporters about Joe Biden on Friday." }, "2023-04-29"), {})
  eq(pairs_of({ "William Ruto spoke to Kenya's press about Joe Biden on Friday." }, "2023-04-29"), {})
  eq(pairs_of({ "Joe Biden spoke to CBS's Norah O'Donnell on Friday." }, "2023-04-29"), {})
end)
