-- Session 20: denials told in the content of a report, and denials whose
-- verb is followed by a phrase placing them in the call.  A point whose own
-- verb denies ("Putin denied that ..., the Kremlin said") keeps that verb,
-- as the sentence's teller's denial did: without it the claim says the
-- opposite of what was said.  The verb's own object stays as written
-- ("denied the reports that ...", not "denied that the reports that ...").
-- "Putin denied on the call that ..." denies what follows, not the call.
-- Sentences of our own.

local CALL = "Chancellor Helmut Kohl telephoned President Boris Yeltsin on Tuesday."

local function texts(paras)
  local out = {}
  for _, l in ipairs(claim_lines(extract(paras, "1994-12-15"))) do
    out[#out + 1] = l:match("([^|]*)$"):gsub("^ ", "")
  end
  table.sort(out)
  return out
end

test("a denial inside the teller's report keeps its verb", function()
  eq(texts({ CALL, "Yeltsin denied that Russian aircraft had bombed the villages, the Kremlin said." }),
    { "denied that Russian aircraft had bombed the villages" })
  eq(texts({ CALL, "Yeltsin denied Russian aircraft had bombed the villages, Itar-Tass reported." }),
    { "denied Russian aircraft had bombed the villages" })
  eq(texts({ CALL, "Mr Yeltsin dismissed the accusation as slander, according to the Kremlin." }),
    { "dismissed the accusation as slander" })
  eq(texts({ CALL, "Yeltsin rejected reports that troops were massing on the border, his spokesman said." }),
    { "rejected reports that troops were massing on the border" })
end)

test("the object of a denial stays as written", function()
  eq(texts({ CALL, "The Kremlin denied the reports that Russian aircraft had bombed the villages." }),
    { "denied the reports that Russian aircraft had bombed the villages" })
  eq(texts({ CALL, "The Kremlin denied on Wednesday that Russian aircraft had bombed the villages." }),
    { "denied that Russian aircraft had bombed the villages" })
end)

test("'denied on the call that ...' denies what follows, not the call", function()
  local b = briefing({ CALL, "Yeltsin denied on the call that Russian aircraft had bombed the villages." },
    "1994-12-15")
  eq(call_pairs(b, "status"), { "Boris Yeltsin + Helmut Kohl: held" })
  eq(texts({ CALL, "Yeltsin denied during the conversation that Russian aircraft had bombed the villages." }),
    { "denied that Russian aircraft had bombed the villages" })
end)

test("denials of the call itself stay denials", function()
  eq(call_pairs(briefing({ "Bonn denied any telephone call between Kohl and Yeltsin." }, "1994-12-15"), "status"),
    { "Boris Yeltsin + Helmut Kohl: denied" })
  eq(call_pairs(briefing({ "The Kremlin denied on Wednesday that Yeltsin had spoken to Kohl by telephone." },
    "1994-12-15"), "status")[1]:match(": (%a+)$"), "denied")
end)
