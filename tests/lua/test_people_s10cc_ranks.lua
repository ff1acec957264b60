-- Military ranks written in full before a name, session 10: "General",
-- "Lieutenant General", "Colonel", "Field Marshal", "Admiral" introduce a
-- person the gazetteer need not know, as "Gen." and "Col." always did
-- (a junta's leader, a colonel in power).  A rank word in the name of a
-- body ("the General Assembly", "General Motors", "the General
-- Confederation of Labour") or after an office ("the Attorney General")
-- is no person.  Invented sentences, names and years.

local function names_of(s, pub)
  local out = {}
  for _, p in ipairs(extract({ s }, pub).people or {}) do out[#out + 1] = p.name or p.text end
  table.sort(out)
  return out
end

test("a rank in full makes an unknown name a person on the call", function()
  local cases = {
    { "Lieutenant General Ramón Escobedo held a long telephone conversation with Prime Minister Felipe González on Thursday.",
      "1983-05-07", "Felipe González + Ramón Escobedo @ 1983-05-05" },
    { "Colonel Amadou Keïta telephoned President François Mitterrand on Thursday to ask for help.",
      "1986-02-15", "Amadou Keïta + François Mitterrand @ 1986-02-13" },
    { "Field Marshal Tomasz Wierzbicki spoke by telephone with Chancellor Helmut Schmidt on Monday.",
      "1981-12-16", "Helmut Schmidt + Tomasz Wierzbicki @ 1981-12-14" },
    { "President Jimmy Carter telephoned Admiral Hakan Ozbilgin, the head of the junta, on Friday.",
      "1980-09-14", "Hakan Ozbilgin + Jimmy Carter @ 1980-09-12" },
  }
  for _, c in ipairs(cases) do
    eq(call_pairs(briefing({ c[1] }, c[2]), "date"), { c[3] }, c[1])
  end
end)

test("a rank word inside a body's name or after an office names nobody", function()
  for _, s in ipairs({
      "The General Assembly of the United Nations met after President Ronald Reagan spoke by telephone with Prime Minister Margaret Thatcher.",
      "The leaders of the General Confederation of Labour called a strike after President Ronald Reagan spoke by phone with Chancellor Helmut Schmidt.",
      "General Motors said that President Ronald Reagan had spoken by phone with Chancellor Helmut Schmidt.",
      "The Attorney General said President Ronald Reagan had telephoned Chancellor Helmut Schmidt." }) do
    local got = names_of(s, "1982-04-03")
    for _, n in ipairs(got) do
      ok(not n:find("Assembly") and not n:find("Confederation") and not n:find("Motors") and n ~= "General",
        "no person '" .. n .. "' in: " .. s)
    end
    eq(#call_pairs(briefing({ s }, "1982-04-03")), 1, s)
  end
end)

test("a rank in full before the words of a body names nobody", function()
  for _, s in ipairs({
      "The General Services Administration said President George Bush had telephoned Chancellor Helmut Kohl.",
      "The General Staff said President George Bush had telephoned Chancellor Helmut Kohl.",
      "Colonel Sanders Kitchen Services reported that President George Bush had telephoned Chancellor Helmut Kohl." }) do
    for _, n in ipairs(names_of(s, "1990-06-03")) do
      ok(not n:find("Services") and not n:find("Staff"), "no person '" .. n .. "' in: " .. s)
    end
  end
end)
