-- The style of a head of state before the person called, session 10:
-- "His Excellency", "Her Excellency", "His Majesty", "His Royal
-- Highness" at the head of the "from"/"with" phrase or the object is no
-- pronoun: the person or office after it is the party ("received a
-- telephone call from His Excellency the President of Ghana, Mr. ...").
-- And a common transliteration of a known name (the UN's "Qadhafi", the
-- French "Kadhafi").  Invented sentences.

local function whos(s, pub)
  local out = {}
  for _, c in ipairs(extract({ s }, pub).calls) do out[#out + 1] = who(c) end
  return out
end

test("a style before the caller after 'from'", function()
  eq(whos("President Aoun received a telephone call from His Excellency President Emmanuel Macron on Friday.",
    "2020-08-08"), { "Emmanuel Macron + Michel Aoun" })
  eq(whos("On Tuesday, President Tebboune received a telephone call from His Excellency the President of the "
    .. "French Republic, Mr. Emmanuel Macron, who offered his condolences.", "2021-03-10"),
    { "Abdelmadjid Tebboune + Emmanuel Macron" })
  eq(whos("King Abdullah received a phone call from Her Excellency Prime Minister Jacinda Ardern on Friday.",
    "2019-03-16"), { "Jacinda Ardern + King Abdullah" })
end)

test("a style before the person called after 'with' or a verb of calling", function()
  eq(whos("President Macron spoke with His Majesty King Mohammed VI by telephone on Friday.", "2020-08-08"),
    { "Emmanuel Macron + Mohammed VI" })
  eq(whos("The Emir telephoned His Highness Sheikh Mohamed bin Zayed on Friday.", "2019-05-11"),
    { "Mohamed bin Zayed Al Nahyan + The Emir" })
  eq(whos("Prime Minister Boris Johnson called His Royal Highness Crown Prince Mohammed bin Salman on Monday.",
    "2020-04-08"), { "Boris Johnson + Mohammed bin Salman" })
end)

test("UN and French spellings of Gaddafi", function()
  for _, s in ipairs({ "Secretary-General Ban Ki-moon spoke by telephone with Colonel Muammar Al-Qadhafi on Monday.",
      "Secretary-General Ban Ki-moon spoke by telephone with Colonel Qadhafi on Monday.",
      "Secretary-General Ban Ki-moon telephoned Mouammar Kadhafi on Monday, his spokesman said." }) do
    local got = whos(s, "2011-02-23")
    eq(got[#got], "Ban Ki-moon + Muammar Gaddafi", s)
  end
end)
