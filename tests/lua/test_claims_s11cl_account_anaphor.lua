-- An account named in one sentence and referred back to in the next,
-- session 11: "The Turkish presidency gave its own version. Erdogan, it
-- said, had told ...", "... set out in a Kremlin readout issued on
-- Saturday. According to that readout, the President ...": the words are
-- that body's account (its side), though the pointer names no one.
-- Invented reports.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end

test("'it said' after a body that gave its version", function()
  eq(lines({ "President Emmanuel Macron spoke by telephone with President Recep Tayyip Erdogan on Friday.",
    "The Turkish presidency gave its own version.",
    "Erdogan, it said, had told Macron that Ankara would not accept any partition of Syria." }, "2019-10-12"),
    { "Turkey | Recep Tayyip Erdoğan | The Turkish presidency | Ankara would not accept any partition of Syria" })
  eq(lines({ "Prime Minister Shinzo Abe spoke by telephone with President Moon Jae-in on Tuesday.",
    "The South Korean presidential office offered a different version of the call.",
    "It said Moon had urged Abe to drop the export curbs." }, "2019-07-17"),
    { "South Korea | Moon Jae-in | South Korean presidential office | urged Abe to drop the export curbs" })
end)

test("'according to that account' after a body's readout", function()
  eq(lines({ "President Vladimir Putin spoke by telephone with Chancellor Angela Merkel on Saturday.",
    "What the two discussed was set out in a Kremlin readout issued late in the evening.",
    "According to that readout, the President stressed the need to restore gas transit through Ukraine." }, "2015-03-01"),
    { "Russia | Vladimir Putin | a Kremlin readout | stressed the need to restore gas transit through Ukraine" })
  eq(lines({ "President George W. Bush spoke by telephone with President Hu Jintao on Monday.",
    "The White House released a summary of the call that night.",
    "According to this summary, the President urged Beijing to open talks with the Dalai Lama's envoys." }, "2008-03-27"),
    { "United States | George W. Bush | The White House | urged Beijing to open talks with the Dalai Lama's envoys" })
end)
