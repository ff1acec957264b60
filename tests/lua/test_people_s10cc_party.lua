-- A ruling party's office, session 10: "First Secretary", "General
-- Secretary", "party leader", "party chief" are the office the gazetteer
-- calls `general secretary`; apposed to a name it does not know, it makes
-- that name a person ("Janusz Wolnicki, the party leader").  A name
-- owning a capitalised noun is a party or a body, no person ("the
-- Hungarian Socialist Workers' Party").  Invented sentences.

local function pairs_of(s, pub)
  return call_pairs(briefing({ s }, pub), "date")
end

test("an unknown name with a party office apposed is on the call", function()
  eq(pairs_of("Mikhail Gorbachev spoke by telephone with Janusz Wolnicki, the party leader, on Tuesday.",
    "1989-08-26"), { "Janusz Wolnicki + Mikhail Gorbachev @ 1989-08-22" })
  eq(pairs_of("Prime Minister Margaret Thatcher spoke by telephone with Ferenc Halmosi, General Secretary "
    .. "of the Hungarian Socialist Workers' Party, on Monday.", "1988-06-09"),
    { "Ferenc Halmosi + Margaret Thatcher @ 1988-06-06" })
  eq(pairs_of("Chancellor Helmut Schmidt telephoned Tadeusz Borowicz, First Secretary of the Polish United "
    .. "Workers' Party, on Friday.", "1981-09-01"), { "Helmut Schmidt + Tadeusz Borowicz @ 1981-08-28" })
end)

test("a party's name is no person", function()
  for _, s in ipairs({ "The Polish United Workers' Party said Chancellor Helmut Schmidt had telephoned President Jimmy Carter.",
      "Leaders of the Hungarian Socialist Workers' Party met after Chancellor Helmut Kohl telephoned President George Bush." }) do
    for _, p in ipairs(extract({ s }, "1989-08-26").people or {}) do
      ok(not (p.text or ""):find("Workers"), "no person '" .. tostring(p.text) .. "' in: " .. s)
    end
  end
end)
