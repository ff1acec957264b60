-- Office holders of Peru and Iceland before 1990, session 14: a
-- president or minister the gazetteer did not know had no country, so
-- his calls had one party and were dropped.  Short invented paragraphs.

local function pairs_of(text, pub) return sorted_call_pairs(briefing({ text }, pub), "date") end

test("Peru's presidents of the 1960s to the 1980s", function()
  eq(pairs_of("President Fernando Belaunde Terry spoke by telephone on Tuesday with President Raúl Alfonsín about the debt.",
    "1984-06-14"), { "Fernando Belaúnde Terry + Raúl Alfonsín @ 1984-06-12" })
  -- (the office alone, in its year)
  eq(pairs_of("The Peruvian president telephoned Chancellor Helmut Kohl on Monday about the fishing agreement.",
    "1987-03-11"), { "Alan García + Helmut Kohl @ 1987-03-09" })
end)

test("Iceland's prime ministers and foreign ministers of the 1970s and 1980s", function()
  eq(pairs_of("Icelandic Prime Minister Steingrimur Hermannsson spoke by telephone on Monday with Chancellor Helmut Kohl.",
    "1985-02-13"), { "Helmut Kohl + Steingrímur Hermannsson @ 1985-02-11" })
  eq(pairs_of("Chancellor Helmut Kohl telephoned the Icelandic foreign minister on Thursday about the summit in Reykjavik.",
    "1986-09-27"), { "Helmut Kohl + Matthías Á. Mathiesen @ 1986-09-25" })
  eq(pairs_of("Mr Hallgrimsson, the Prime Minister, spoke by telephone on Friday with Prime Minister Harold Wilson.",
    "1975-11-16"), { "Geir Hallgrímsson + Harold Wilson @ 1975-11-14" })
end)
