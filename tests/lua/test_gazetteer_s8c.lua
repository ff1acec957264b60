-- The gazetteer, session 8: Ferdinand Marcos, president of the
-- Philippines 1965-1986, among the presidents after him.  The elder
-- Marcos and his son share a name: the date says which is meant.  Short
-- articles written for the test.

local function pairs_on(s, d) return call_pairs(briefing({ s }, d)) end

test("the Philippine presidents from 1965, by name, surname and office on the date", function()
  eq(pairs_on("President Ronald Reagan telephoned President Ferdinand E. Marcos on Monday.", "1986-02-26"),
    { "Ferdinand Marcos + Ronald Reagan" })
  eq(pairs_on("Reagan spoke by telephone with Marcos on Sunday.", "1985-11-05"),
    { "Ferdinand Marcos + Ronald Reagan" })
  eq(pairs_on("President Bush telephoned President Corazon Aquino on Friday.", "1989-12-02"),
    { "Corazon Aquino + George H. W. Bush" })
  eq(pairs_on("President Ramos spoke by phone with Prime Minister Tomiichi Murayama on Monday.", "1995-11-07"),
    { "Fidel V. Ramos + Tomiichi Murayama" })
  eq(pairs_on("President Clinton telephoned President Estrada on Tuesday.", "1999-09-15"),
    { "Bill Clinton + Joseph Estrada" })
end)

test("Marcos the son is still Marcos after 2022", function()
  eq(pairs_on("President Biden spoke by phone with President Marcos on Monday.", "2023-11-07"),
    { "Ferdinand Marcos Jr. + Joe Biden" })
  eq(pairs_on("The Philippine president spoke by phone with Prime Minister Kishida on Monday.", "2023-11-07"),
    { "Ferdinand Marcos Jr. + Fumio Kishida" })
end)
