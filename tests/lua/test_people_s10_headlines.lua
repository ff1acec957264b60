-- Headlines in title case, session 10: a capitalised verb of calling,
-- speaking or saying is no part of a name ("President Telephones
-- Thatcher", "Kohl Phones Mitterrand").  Short invented headlines over
-- one sentence of body each.

local function people_of(paras, pub)
  local ex = extract(paras, pub)
  local out = {}
  for _, p in ipairs(ex.people or {}) do out[#out + 1] = p.name or p.text end
  table.sort(out)
  return out
end

test("a verb of calling in a title-case headline is no name", function()
  eq(people_of({ "Kohl Phones Mitterrand Over Border Dispute",
      "Chancellor Helmut Kohl telephoned President François Mitterrand on Tuesday." }, "1990-03-08"),
    { "François Mitterrand", "François Mitterrand", "Helmut Kohl", "Helmut Kohl" })
  local b = briefing({ "Prime Minister Telephones Chirac After Vote",
      "Prime Minister John Major spoke to President Jacques Chirac on Monday." }, "1995-05-09")
  eq(call_pairs(b), { "Jacques Chirac + John Major" })
  for _, p in ipairs(extract({ "Prime Minister Telephones Chirac After Vote" }, "1995-05-09").people or {}) do
    ok(not (p.text or ""):find("Telephones"), "no person 'Telephones Chirac': " .. tostring(p.text))
  end
end)

test("a verb of speaking in a headline, a verb of saying only there", function()
  for _, h in ipairs({ "Prime Minister Talks With Bush On Trade", "President Speaks To Lange About Rugby Tour",
      "Chancellor Says Gorbachev Call Went Well", "Premier Spoke With Hawke, Aides Say" }) do
    for _, p in ipairs(extract({ h }, "1989-06-01").people or {}) do
      ok(not (p.text or ""):find("Talks") and not (p.text or ""):find("Speaks")
        and not (p.text or ""):find("Says") and not (p.text or ""):find("Spoke"), h .. ": " .. tostring(p.text))
    end
  end
  -- in a body sentence "Said" is a given name, also of someone the
  -- gazetteer does not know
  local found
  for _, p in ipairs(extract({ "Foreign Minister Said Karimov spoke by phone with the EU's Javier Solana on Sunday." }, "2008-07-21").people or {}) do
    if (p.text or ""):find("Said Karimov", 1, true) then found = true end
  end
  ok(found, "Said is no verb here")
end)
