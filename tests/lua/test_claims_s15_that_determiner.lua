-- Session 15: "that" right after a preposition is a determiner, not the
-- opening of what was said: "The two governments tell the story of that
-- call differently" says nothing; "told reporters on Monday that ..."
-- still does.  Invented sentences.

test("'of that call' opens no content", function()
  local ex = extract({ "President Lula da Silva telephoned President Mauricio Macri on Monday.",
    "The two governments tell the story of that call rather differently." }, "2016-05-18")
  eq(claim_lines(ex), {})
  ex = extract({ "President Lula da Silva telephoned President Mauricio Macri on Monday.",
    "Macri told reporters in Buenos Aires on Tuesday that the call had been cordial." }, "2016-05-18")
  local lines = claim_lines(ex)
  ok(has(lines, "Argentina | Mauricio Macri | - | the call had been cordial"), table.concat(lines, "\n"))
end)
