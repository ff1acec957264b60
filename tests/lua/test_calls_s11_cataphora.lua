-- A possessive in a phrase opening the sentence, session 11: "In his call
-- with Scholz, Biden stressed ..." is Biden's call, not one of the last
-- person named with Scholz.  Short invented paragraphs.

local function calls_of(paras, pub) return sorted_call_pairs(briefing(paras, pub)) end

test("'his' before the subject is that subject", function()
  eq(calls_of({ "President Lula spoke separately on Monday with President Alberto Fernández and President Gabriel Boric.",
      "In his call with Fernández, Lula discussed the lithium agreement." }, "2023-03-14"),
    { "Alberto Fernández + Luiz Inácio Lula da Silva", "Gabriel Boric + Luiz Inácio Lula da Silva" })
  eq(calls_of({ "Prime Minister Jacinda Ardern spoke by phone with Prime Minister Scott Morrison and President Joe Biden on Monday.",
      "During her call with Morrison, Ardern raised the deportations." }, "2021-08-10"),
    { "Jacinda Ardern + Joe Biden", "Jacinda Ardern + Scott Morrison" })
end)

test("'With X,' opening a sentence names the call's other end", function()
  local got = claim_lines(extract({ "President Lula spoke separately on Monday with President Alberto Fernández and President Gabriel Boric.",
      "In his call with Fernández, Lula discussed the lithium agreement.",
      "With Boric, he discussed the Amazon summit." }, "2023-03-14"))
  eq(#got, 2)
  local ex = extract({ "President Lula spoke separately on Monday with President Alberto Fernández and President Gabriel Boric.",
      "In his call with Fernández, Lula discussed the lithium agreement.",
      "With Boric, he discussed the Amazon summit." }, "2023-03-14")
  local on = {}
  for _, c in ipairs(ex.claims) do on[c.text] = who((function() for _, k in ipairs(ex.calls) do if k.id == c.call then return k end end end)()) end
  eq(on["discussed the Amazon summit"], "Gabriel Boric + Luiz Inácio Lula da Silva")
end)
