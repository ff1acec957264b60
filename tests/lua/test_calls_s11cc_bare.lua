-- An object-less verb of calling with an adverb before it ("has also
-- phoned", "had already telephoned") or an attribution after a comma
-- ("rang, aides said", "also rang, according to ..."), session 11: the
-- person called is the one the account is about, the topic of most of
-- its sentences, also those told after it (a live page's newest entries
-- come first).  Invented stories.

local lead = "Nicolas Sarkozy spent his first day as president-elect receiving congratulations at his headquarters in Paris."
local forms = {
  "German Chancellor Angela Merkel has also phoned, his spokesman confirmed.",
  "German Chancellor Angela Merkel also rang, according to his spokesman.",
  "German Chancellor Angela Merkel had already telephoned, aides said.",
  "German Chancellor Angela Merkel has phoned, his campaign confirms.",
  "German Chancellor Angela Merkel also phoned.",
}
for i, s in ipairs(forms) do
  test("an object-less call with an adverb or an attribution " .. i, function()
    eq(call_pairs(briefing({ lead, s }, "2007-05-07")), { "Angela Merkel + Nicolas Sarkozy" })
  end)
end

test("a split 'called ..., X said, for' is no call", function()
  eq(call_pairs(briefing({ lead, "German Chancellor Angela Merkel called, in a statement, for calm." }, "2007-05-07")), {})
  eq(call_pairs(briefing({ lead, "German Chancellor Angela Merkel called, her spokesman said, for calm on the streets." },
    "2007-05-07")), {})
end)

test("the person called is the topic of the whole account", function()
  local b = briefing({ "Yoshihiko Noda conceded defeat late on Sunday.", "Noda said he would step down as party leader.",
    "Chinese Premier Wen Jiabao has also phoned, officials said.",
    "Shinzo Abe thanked voters outside party headquarters.", "Abe said he would form a cabinet on Wednesday.",
    "Abe met party elders in the afternoon." }, "2012-12-17")
  eq(call_pairs(b), { "Shinzo Abe + Wen Jiabao" })
end)

test("the other end of an object-less verb is not in another clause", function()
  local b = briefing({ "Premier wins Senate vote; Zapatero also rang",
    "Romano Prodi won a confidence vote in the Senate on Wednesday.",
    "Prodi said the government would last its full term.", "Prodi thanked the senators who had backed him." },
    "2007-03-01")
  eq(call_pairs(b), { "José Luis Rodríguez Zapatero + Romano Prodi" })
end)
