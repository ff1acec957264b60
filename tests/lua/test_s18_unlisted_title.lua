-- Session 18: capitalised words that are no title the roles list, before
-- a name the gazetteer knows in full ("Chief Executive Abdullah
-- Abdullah"), are that person's office: the name is the person, not an
-- unknown three- or four-word name.  Sentences of our own.

test("an unlisted office before a full name the gazetteer knows", function()
  for _, s in ipairs({
    "Chief Executive Abdullah Abdullah spoke by telephone with Prime Minister Narendra Modi on Monday.",
    "Afghan Chief Executive Abdullah Abdullah spoke by telephone with Prime Minister Narendra Modi on Monday.",
    "Prime Minister Narendra Modi spoke by telephone with Chief Executive Abdullah Abdullah on Monday.",
  }) do
    local b = briefing({ s }, "2016-05-10")
    eq(sorted_call_pairs(b, "date"), { "Abdullah Abdullah + Narendra Modi @ 2016-05-09" }, s)
  end
end)

test("a one-word alias at the end of an unknown name is not taken", function()
  -- (guard: the rule reads names of two words or more; "Fox" alone is an
  -- alias of Vicente Fox, "Juan Manuel Fox" someone else)
  local b = briefing({ "Governor Juan Manuel Fox spoke by telephone with Prime Minister Jean Chretien on Monday." }, "2001-09-11")
  for _, x in ipairs(sorted_call_pairs(b, "date")) do ok(not x:find("Vicente Fox"), x) end
end)
