-- An account named with "a", session 11: "according to a government
-- statement" is no account named before (the Kremlin's of the sentence
-- before): of no side, the participant it quotes gives the side.  Short
-- invented paragraphs.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end

test("an indefinite account takes the side of the participant it quotes", function()
  eq(lines({ "Prime Minister Mark Rutte spoke by telephone with President Recep Tayyip Erdogan on Monday.",
      "The Turkish presidency said the talks had been constructive.",
      "Rutte told Erdogan that Sweden had met its commitments, according to a government statement." }, "2023-03-14"),
    { "Turkey | joint | The Turkish presidency | the talks had been constructive",
      "Netherlands | Mark Rutte | a government | Sweden had met its commitments" })
end)
