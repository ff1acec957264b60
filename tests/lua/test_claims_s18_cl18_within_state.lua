-- A side the dateline or a capital gives ("PRAGUE", "Moscow", "the
-- ministry" of a Moscow story) on a call of a former state's people
-- (Czechoslovakia, the Soviet Union) whose government sat there is that
-- state's (countries.yaml `within`), not a side off the call (session 18,
-- cl18).  Invented paragraphs.

local function has(lines, text)
  for _, l in ipairs(lines) do
    if l:find(text, 1, true) then return true end
  end
  return false
end

test("'Prague welcomed ...' in a Czechoslovak minister's words on the call", function()
  local lines = claim_lines(extract({ "PRAGUE, March 8 (Wire) -- Foreign Minister Jiri Dienstbier telephoned Foreign Minister Hans-Dietrich Genscher on Wednesday, the ministry's spokesman, Lubos Dobrovsky, told a briefing.",
    "By Mr Dobrovsky's account, Mr Dienstbier told Mr Genscher that Prague welcomed the treaty and asked for German help with the debt." },
    "1990-03-08"))
  ok(has(lines, "Czechoslovakia | Jiří Dienstbier") and has(lines, "asked for German help with the debt"), table.concat(lines, "\n"))
end)

test("'Moscow welcomed ...' in a Soviet minister's words on the call", function()
  local lines = claim_lines(extract({ "MOSCOW, Aug. 3 (Wire) -- Foreign Minister Eduard Shevardnadze telephoned Secretary of State James Baker late on Thursday, the ministry's spokesman, Gennadi Gerasimov, told a briefing.",
    "By Mr Gerasimov's account, Mr Shevardnadze told Mr Baker that Moscow welcomed the embargo and urged that the fleet stay out of the Gulf." },
    "1990-08-03"))
  ok(has(lines, "Soviet Union | Eduard Shevardnadze") and has(lines, "welcomed the embargo"), table.concat(lines, "\n"))
end)

test("a side of its own on the call keeps its name", function()
  local lines = claim_lines(extract({ "Secretary of State James Baker spoke by telephone with President Boris Yeltsin of Russia on Friday.",
    "Yeltsin's office said he told Mr Baker that Russia would honour the arms treaties." },
    "1991-12-20"))
  ok(has(lines, "Russia | Boris Yeltsin") and not has(lines, "Soviet Union"), table.concat(lines, "\n"))
end)

test("diplomats placed in the capital are not the former state's account", function()
  local lines = claim_lines(extract({ "MOSCOW, Aug. 3 (Wire) -- Foreign Minister Eduard Shevardnadze telephoned Secretary of State James Baker late on Thursday, the ministry's spokesman, Gennadi Gerasimov, told a briefing.",
    "Western diplomats in Moscow said they doubted that the Foreign Minister had cleared the call with the army." },
    "1990-08-03"))
  ok(not has(lines, "cleared the call with the army"), table.concat(lines, "\n"))
end)
