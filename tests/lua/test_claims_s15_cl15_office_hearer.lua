-- An office of one side as the speaker and a person as the hearer, after
-- several calls of that person (session 15, cl15): "Kohl first spoke to
-- the Polish Prime Minister, then to Mitterrand. ... the Polish
-- spokeswoman said the Prime Minister had told Kohl that ..." is the call
-- of Kohl with Poland, not the latest call, with France.  Also the point
-- after "and that" in the same sentence.  Short invented paragraphs.

test("the office of the earlier call's side, the hearer named", function()
  local ex = extract({ "Chancellor Helmut Kohl first spoke by telephone to Prime Minister Tadeusz Mazowiecki of Poland on Friday.",
    "He then talked to President Francois Mitterrand.",
    "Mazowiecki's spokeswoman Malgorzata Niezabitowska said the Prime Minister had told Kohl that Poland wanted a treaty on the border and that the question could not wait until the spring." },
    "1990-02-17")
  local lines = claim_lines(ex)
  local found = false
  for _, l in ipairs(lines) do
    if l:find("^Poland | Tadeusz Mazowiecki | .* | Poland wanted a treaty on the border; the question could not wait until the spring$") then found = true end
  end
  ok(found, table.concat(lines, "\n"))
  for _, c in ipairs(ex.claims) do
    ok(c.call == ex.calls[1].id, "on the call with Mazowiecki: " .. c.call)
  end
end)
