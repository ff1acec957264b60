-- A byline naming a leader, session 11: "By John Major" over a memoir's
-- extract or a leader's own article makes its "I" that person, for calls
-- and claims.  A byline naming someone the gazetteer does not know (a
-- journalist) changes nothing.  Short invented paragraphs.

local function calls_of(paras, pub, byline)
  return sorted_call_pairs(briefing(paras, pub, { dropped = { { reason = "byline", text = byline } } }))
end

test("the author a byline names is the 'I' of the text", function()
  eq(calls_of({ "That evening I telephoned Chancellor Helmut Kohl, who told me that Bonn would stand firm." },
      "1992-11-02", "By John Major"),
    { "Helmut Kohl + John Major" })
  local ex = extract({ "Last week I spoke by phone with President François Hollande about the refugees." }, "2015-09-10",
    { dropped = { { reason = "byline", text = "Tony Abbott" } } })
  eq(who(ex.calls[1]), "François Hollande + Tony Abbott")
end)

test("a byline of someone the gazetteer does not know: no 'I'", function()
  eq(calls_of({ "That evening I telephoned Chancellor Helmut Kohl, who told me that Bonn would stand firm." },
      "1992-11-02", "By Jane Weatherby"), {})
end)
