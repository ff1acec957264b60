-- "... and that <person> <modal> ..." after a point goes on with the same
-- speaker's point, about the person named: "Downing Street said the two
-- leaders agreed to X and that President Mugabe must end Y" is the
-- leaders' point, not one spoken by Mugabe, and "Assad must go" is words
-- enough with its modal; so is "and that Colonel Gaddafi's forces ...",
-- and "and that <person> had ..." of a person not on the call (session 10).  "and that he ..." and "and that
-- <person> said ..." (a reporting verb of its own) stay as they were.

-- {what, report's day, the paragraphs, the claim lines wanted}
local CASES = {
  { "a joint agreement, then 'and that President <name> must'",
    "2008-07-03", {
      { "British Prime Minister Gordon Brown spoke by telephone with South African President Thabo Mbeki on Wednesday.",
        "Downing Street said the two leaders agreed to press for tougher sanctions and that President Mugabe must end the repression of the opposition." } },
    { "United Kingdom | joint | Downing Street | agreed to press for tougher sanctions; President Mugabe must end the repression of the opposition" } },
  { "one leader's words, then a short 'and that President <name> must go'",
    "2012-02-10", {
      { "British Prime Minister David Cameron spoke by telephone with US President Barack Obama on Thursday.",
        "Mr Cameron said the shelling of Homs was appalling and that President Assad must go." } },
    { "United Kingdom | David Cameron | - | the shelling of Homs was appalling; President Assad must go" } },
  { "'told X that A and that <name> should'",
    "2014-02-20", {
      { "German Chancellor Angela Merkel spoke by telephone with Russian President Vladimir Putin on Wednesday.",
        "Mrs Merkel told Mr Putin that the bloodshed in Kiev had to end and that President Yanukovych should open talks with the opposition at once." } },
    { "Germany | Angela Merkel | - | the bloodshed in Kiev had to end; President Yanukovych should open talks with the opposition at once" } },
  { "'agreed that A and that <name> would have to'",
    "2003-03-12", {
      { "French President Jacques Chirac telephoned Russian President Vladimir Putin on Tuesday.",
        "The Elysee said the two presidents agreed that the inspectors needed more time and that Saddam Hussein would have to disarm completely." } },
    { "France | joint | The Elysee | agreed that the inspectors needed more time; Saddam Hussein would have to disarm completely" } },
  { "'and that <name>'s <noun> must': the possessor is no speaker",
    "2011-03-01", {
      { "British Prime Minister David Cameron spoke by telephone with French President Nicolas Sarkozy on Monday.",
        "The Elysee said the two leaders agreed to seek a no-fly zone and that Colonel Gaddafi's forces must stop attacking civilians." } },
    { "France | joint | The Elysee | agreed to seek a no-fly zone; Colonel Gaddafi's forces must stop attacking civilians" } },
  { "'and that <name> had ...' of a person not on the call",
    "2011-03-01", {
      { "British Prime Minister David Cameron spoke by telephone with French President Nicolas Sarkozy on Monday.",
        "Downing Street said Mr Cameron called for a no-fly zone and that Colonel Gaddafi had lost all legitimacy." } },
    { "United Kingdom | David Cameron | Downing Street | called for a no-fly zone; Colonel Gaddafi had lost all legitimacy" } },
  { "'but that she ...' after a tail attribution is the first speaker's, not the source's",
    "1988-12-23", {
      { "President Ronald Reagan spoke by telephone with British Prime Minister Margaret Thatcher on Thursday.",
        "Mrs Thatcher told the President that the wreckage had been searched through the night, the spokesman Marlin Fitzwater said, but that she had no figure yet for the dead on the ground." } },
    { "United States | Margaret Thatcher | the spokesman Marlin Fitzwater | the wreckage had been searched through the night; she had no figure yet for the dead on the ground" } },
  { "kept: 'and that he would' is the same speaker's, as before",
    "2012-02-10", {
      { "British Prime Minister David Cameron spoke by telephone with US President Barack Obama on Thursday.",
        "Mr Cameron said the shelling of Homs was appalling and that he would push for new sanctions at the United Nations." } },
    { "United Kingdom | David Cameron | - | the shelling of Homs was appalling; he would push for new sanctions at the United Nations" } },
  { "kept: 'and that <name> said' is that person's own point",
    "2012-02-10", {
      { "British Prime Minister David Cameron spoke by telephone with US President Barack Obama on Thursday.",
        "Downing Street said Mr Cameron condemned the shelling of Homs and that Mr Obama said the regime had lost all legitimacy." } },
    { "United Kingdom | David Cameron | Downing Street | condemned the shelling of Homs",
      "United Kingdom | Barack Obama | Downing Street | the regime had lost all legitimacy" } },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(claim_lines(extract(c[3], c[2])), c[4])
  end)
end
