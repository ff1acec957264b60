-- An auxiliary opening a question, session 10: "Has", "Did", "Was", "Is"
-- at the head of a question are no names (a gazetteer name that spells
-- alike, "Haas", is not meant).  Invented questions from briefings.

test("an auxiliary at the head of a question names nobody", function()
  for _, s in ipairs({ "Q: Has the President spoken to Prime Minister Sharif since the tests?",
      "Has he called the Chancellor yet?", "Had the Chancellor spoken to Mr. Kohl before the vote?",
      "Q: Is the Prime Minister going to call President Chirac?" }) do
    for _, p in ipairs(extract({ s }, "1998-06-14").people or {}) do
      ok(not (p.text or ""):find("^H[ai][sd]$") and not (p.text or ""):find("^Is$") and p.name ~= "Brigitte Haas",
        "no person '" .. tostring(p.text) .. "' in: " .. s)
    end
  end
end)
