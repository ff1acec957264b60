-- A government office named by an adjective of its holder's title ("the
-- presidential office said", "according to the presidential palace")
-- speaks for the one participant of the call who holds that title,
-- whatever the document's home side (session 9): a joint claim given by
-- it is that participant's country's account.

-- {what, report's day, the paragraphs, the claim lines wanted}
local CASES = {
  { "a joint claim, the presidential office after it",
    "2019-11-20", {
      { "South Korean President Moon Jae-in spoke by telephone with Japanese Prime Minister Shinzo Abe on Tuesday.",
        "The two leaders agreed to keep talking, the presidential office said." } },
    { "South Korea | joint | the presidential office | agreed to keep talking" } },
  { "the presidential palace in the call sentence itself",
    "2022-06-07", {
      { "Indonesian President Joko Widodo spoke by phone with Australian Prime Minister Anthony Albanese on Monday, and the two leaders agreed to resume live cattle shipments, the presidential palace said." } },
    { "Indonesia | joint | the presidential palace | agreed to resume live cattle shipments" } },
  { "'according to the presidential office' before the claim",
    "2021-03-02", {
      { "Turkish President Recep Tayyip Erdogan held a telephone conversation with Greek Prime Minister Kyriakos Mitsotakis on Monday.",
        "According to the presidential office, the two leaders agreed to continue the exploratory talks." } },
    { "Turkey | joint | the presidential office | agreed to continue the exploratory talks" } },
  { "the president is the one called, in a page from the other country",
    "2016-01-12", {
      { "TOKYO, Jan. 12 (Kyodo) -- Japanese Prime Minister Shinzo Abe telephoned South Korean President Park Geun-hye on Tuesday.",
        "The two leaders agreed to respond firmly to the nuclear test, the presidential office said." } },
    { "South Korea | joint | the presidential office | agreed to respond firmly to the nuclear test" } },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(claim_lines(extract(c[3], c[2])), c[4])
  end)
end
