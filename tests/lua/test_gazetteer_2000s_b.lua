-- The gazetteer's office holders from 2000 on (people files ke..zw, NATO,
-- UN, WHO): names, surnames and role phrases resolve to the person in office
-- on the day of the call, and ordinary words that are also surnames of the
-- new people (Bush, Rice, Powell, Fox) do not become them.  Short articles
-- written for the test about real calls of the 2000s.

-- The sorted participants of the only call of a one-document briefing.
local function participants(sentences, published)
  local b = briefing(sentences, published)
  eq(#b.calls, 1)
  local out = {}
  for _, p in ipairs(b.calls[1].participants) do out[#out + 1] = p end
  table.sort(out)
  return out
end

test("Bush and Putin in 2003: full names and surnames", function()
  eq(participants({
    "U.S. President George W. Bush spoke to Russian President Vladimir Putin by telephone on Thursday, the Kremlin said.",
  }, "2003-03-20"), { "George W. Bush", "Vladimir Putin" })
  eq(participants({ "Bush and Putin spoke by telephone on Tuesday about Iraq." }, "2003-04-01"),
    { "George W. Bush", "Vladimir Putin" })
end)

test("the American and Russian presidents in 2001 and in 2000 are Bush, Clinton and Putin", function()
  eq(participants({ "The U.S. president spoke by phone with his Russian counterpart on Wednesday, the White House said." },
    "2001-09-13"), { "George W. Bush", "Vladimir Putin" })
  eq(participants({ "The U.S. president spoke by phone with his Russian counterpart on Monday, the White House said." },
    "2000-06-06"), { "Bill Clinton", "Vladimir Putin" })
end)

test("Putin as acting president at the start of 2000", function()
  eq(participants({ "The Russian president and the U.S. president spoke by telephone on Saturday, the Kremlin said." },
    "2000-01-02"), { "Bill Clinton", "Vladimir Putin" })
end)

test("Rice alone is the secretary of state of 2006, not Susan Rice", function()
  eq(participants({ "Rice spoke by phone with Lavrov on Wednesday about the Iranian nuclear programme." }, "2006-05-10"),
    { "Condoleezza Rice", "Sergey Lavrov" })
end)

test("Powell and Igor Ivanov in 2002; Powell alone", function()
  eq(participants({ "Secretary of State Colin Powell spoke by telephone with Russian Foreign Minister Igor Ivanov on Friday." },
    "2002-11-08"), { "Colin Powell", "Igor Ivanov" })
  eq(participants({ "Powell and Ivanov spoke by phone on Friday." }, "2002-11-08"),
    { "Colin Powell", "Igor Ivanov" })
end)

test("Fox and Bush in 2002", function()
  eq(participants({ "Mexican President Vicente Fox and George W. Bush spoke by telephone on Monday about migration." },
    "2002-09-16"), { "George W. Bush", "Vicente Fox" })
  eq(participants({ "Fox spoke by phone with Bush on Monday." }, "2002-09-16"), { "George W. Bush", "Vicente Fox" })
end)

test("ordinary words are not the new people", function()
  local ex = extract({
    "Fox News reported on Tuesday that a bush fire had closed roads outside Sydney.",
    "Rice prices rose again in Asia, and Powell Street in San Francisco was closed for a parade.",
    "The cabinet met on Tuesday.",
  }, "2003-03-18")
  local n = names_in(ex)
  -- "Fox", "bush" and "Powell" here are no person at all; "Rice" at the
  -- start of a sentence is a capitalised word the linker may take for a
  -- surname, but not for Condoleezza Rice's.
  for _, m in ipairs(ex.people or {}) do
    ok(m.text ~= "Fox" and m.text ~= "bush" and m.text ~= "Powell", "not a person: " .. tostring(m.text))
  end
  eq(n["Vicente Fox"], nil)
  eq(n["George W. Bush"], nil)
  eq(n["Condoleezza Rice"], nil)
  eq(n["Colin Powell"], nil)
  eq(#ex.calls, 0)
end)

test("George W. Bush is not the president before 2001", function()
  -- George H. W. Bush is not in the gazetteer: on a date before 2001 the
  -- surname names nobody in office, and the role phrase is not Bush.
  local b = briefing({ "The U.S. president spoke by telephone with the Russian foreign minister on Monday." }, "2000-06-05")
  local ps = b.calls[1] and b.calls[1].participants or {}
  for _, p in ipairs(ps) do ok(p ~= "George W. Bush", "no Bush in 2000: " .. tostring(p)) end
  local found = false
  for _, p in ipairs(ps) do if p == "Bill Clinton" then found = true end end
  ok(found, "Clinton in June 2000")
end)

test("the Turkish president of 2005; Gül as foreign minister", function()
  eq(participants({ "The Turkish president spoke by phone with his Russian counterpart on Saturday." }, "2005-06-11"),
    { "Ahmet Necdet Sezer", "Vladimir Putin" })
  eq(participants({ "Turkish Foreign Minister Abdullah Gul spoke by telephone with Condoleezza Rice on Sunday." },
    "2006-07-16"), { "Abdullah Gül", "Condoleezza Rice" })
end)

test("Goh Kun is the South Korean president while Roh Moo-hyun was suspended", function()
  eq(participants({ "The South Korean president spoke by phone with the U.S. president on Thursday." }, "2004-04-15"),
    { "George W. Bush", "Goh Kun" })
  eq(participants({ "The South Korean president spoke by phone with the U.S. president on Thursday." }, "2004-06-10"),
    { "George W. Bush", "Roh Moo-hyun" })
end)

test("Kofi Annan and the NATO secretaries general of the 2000s", function()
  eq(participants({ "Kofi Annan spoke by telephone with Vladimir Putin on Tuesday about Iraq." }, "2003-03-11"),
    { "Kofi Annan", "Vladimir Putin" })
  eq(participants({ "The NATO secretary general spoke by phone with the Russian foreign minister on Monday." },
    "2002-04-15"), { "George Robertson", "Igor Ivanov" })
  eq(participants({ "The NATO secretary general spoke by phone with the Russian foreign minister on Monday." },
    "2005-04-18"), { "Jaap de Hoop Scheffer", "Sergey Lavrov" })
end)

test("the Russian prime ministers of 2001, 2005 and early 2008", function()
  local function premier(date)
    local ps = participants({ "The Russian prime minister spoke by telephone with the Ukrainian prime minister on Friday." }, date)
    return ps
  end
  eq(premier("2001-02-09"), { "Mikhail Kasyanov", "Viktor Yushchenko" })
  eq(premier("2005-02-11"), { "Mikhail Fradkov", "Yulia Tymoshenko" })
  eq(premier("2008-02-15"), { "Viktor Zubkov", "Yulia Tymoshenko" })
end)

test("Cheney is the American vice president of 2003; Rumsfeld the defense secretary", function()
  eq(participants({ "The U.S. vice president spoke by telephone with the Saudi crown prince on Sunday." }, "2003-05-18"),
    { "Abdullah bin Abdulaziz Al Saud", "Dick Cheney" })
  eq(participants({ "Rumsfeld spoke by phone with Mikhail Kasyanov on Monday." }, "2002-06-10"),
    { "Donald Rumsfeld", "Mikhail Kasyanov" })
end)
