-- Content inside the call sentence (session 7): the purpose of a call
-- ("telephoned X to offer ...") is the caller's claim also when a time
-- phrase stands between the call and its purpose, set off by commas
-- ("..., hours after the quake struck, to offer ...", "..., shortly after
-- the vote, to congratulate ...").

-- {what, report's day, the paragraphs, the claim lines wanted}
local CASES = {
  { "'hours after' between the call and its purpose",
    "2005-10-09", {
      "Indian Prime Minister Manmohan Singh telephoned Pakistani President Pervez Musharraf on Saturday, hours after the flood struck, to offer help with the rescue." },
    { "India | Manmohan Singh | - | offer help with the rescue" } },
  { "'shortly after' between the call and its purpose",
    "2017-05-09", {
      "German Chancellor Angela Merkel telephoned Emmanuel Macron on Sunday evening, shortly after the results were announced, to congratulate him on his victory." },
    { "Germany | Angela Merkel | - | congratulate him on his victory" } },
  { "'only days after' between the call and its purpose",
    "2016-11-12", {
      "Japanese Prime Minister Shinzo Abe called Donald Trump on Thursday, only days after the election, to propose a meeting in New York." },
    { "Japan | Shinzo Abe | - | propose a meeting in New York" } },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(claim_lines(extract(c[3], c[2])), c[4])
  end)
end
