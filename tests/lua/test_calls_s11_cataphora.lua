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
