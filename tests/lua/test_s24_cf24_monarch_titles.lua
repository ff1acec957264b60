-- Session 24: a monarch named by office and country ("the Sultan of
-- Oman", "Japan's emperor", "the Grand Duke of Luxembourg") or "the Pope"
-- alone is the gazetteer's holder on the day: roles.yaml knew no title
-- for the gazetteer's roles sultan, emperor and grand duke, and "Pope" was
-- no title of its own ("Sultan" was taken for Saudi Crown Prince Sultan).
-- Sentences of our own.

local function pairs_of(s, pub) return sorted_call_pairs(briefing({ s }, pub), "date") end

test("'the Sultan of Oman', 'Oman's sultan'", function()
  eq(pairs_of("The Sultan of Oman received a call from President Obama on Monday.", "2011-06-08"),
    { "Barack Obama + Qaboos bin Said @ 2011-06-06" })
  eq(pairs_of("Oman's sultan spoke by telephone with President Obama on Monday.", "2011-06-08"),
    { "Barack Obama + Qaboos bin Said @ 2011-06-06" })
end)

test("'the Emperor of Japan', 'the Grand Duke of Luxembourg', 'the Pope'", function()
  eq(pairs_of("The Emperor of Japan spoke by telephone with President Trump on Monday.", "2019-06-05"),
    { "Donald Trump + Naruhito @ 2019-06-03" })
  eq(pairs_of("The Grand Duke of Luxembourg spoke by phone with President Macron on Monday.", "2019-06-05"),
    { "Emmanuel Macron + Grand Duke Henri @ 2019-06-03" })
  eq(pairs_of("The Pope spoke by phone with President Zelensky on Monday.", "2022-06-05"),
    { "Pope Francis + Volodymyr Zelensky @ 2022-05-30" })
end)

test("guards: names with the title, as before", function()
  eq(pairs_of("Crown Prince Sultan spoke by phone with President Bush on Monday.", "2008-06-05"),
    { "George W. Bush + Sultan bin Abdulaziz @ 2008-06-02" })
  eq(pairs_of("Sultan Qaboos received a call from President Obama on Monday.", "2011-06-08"),
    { "Barack Obama + Qaboos bin Said @ 2011-06-06" })
  eq(pairs_of("Pope John Paul II spoke by telephone with President Reagan on Monday.", "1985-06-05"),
    { "Pope John Paul II + Ronald Reagan @ 1985-06-03" })
  eq(pairs_of("Emperor Akihito spoke by telephone with President Bush on Monday.", "1990-06-05"),
    { "Akihito + George H. W. Bush @ 1990-06-04" })
end)
