-- Gazetteer, session 17 (gz17): leaders and foreign ministers of the
-- 1960s-1990s that name lists found missing: South Vietnam's Thieu (a new
-- side, VD), Heng Samrin, Tsedenbal, Gligorov, Abboud, Ratu Mara, Walter
-- Lini, Saeb Salam, Wasfi al-Tal, Karjalainen, Puja, Gambari and
-- Hammarskjöld.  Invented sentences.

local function pair(text, date)
  return sorted_call_pairs(briefing({ text }, date), "date")
end

test("South Vietnam's President Thieu is known, for his own side", function()
  eq(pair("President Nixon telephoned South Vietnamese President Nguyen Van Thieu on Tuesday about the ceasefire talks.",
    "1972-10-26"), { "Nguyen Van Thieu + Richard Nixon @ 1972-10-24" })
  eq(pair("President Johnson spoke by telephone with President Thieu on Friday.", "1968-11-02"),
    { "Lyndon B. Johnson + Nguyen Van Thieu @ 1968-11-01" })
end)

test("heads of state of the 1960s-1990s in Asia and the Pacific", function()
  eq(pair("President Heng Samrin spoke by telephone with Secretary-General Javier Perez de Cuellar on Monday.", "1985-05-01"),
    { "Heng Samrin + Javier Pérez de Cuéllar @ 1985-04-29" })
  eq(pair("Premier Tsedenbal spoke by telephone with Secretary-General U Thant on Monday.", "1966-05-04"),
    { "U Thant + Yumjaagiin Tsedenbal @ 1966-05-02" })
  eq(pair("Prime Minister Ratu Sir Kamisese Mara telephoned Secretary-General Kurt Waldheim on Monday.", "1980-05-07"),
    { "Kamisese Mara + Kurt Waldheim @ 1980-05-05" })
  eq(pair("Prime Minister Walter Lini spoke by telephone with Secretary-General Javier Perez de Cuellar on Monday.", "1986-06-04"),
    { "Javier Pérez de Cuéllar + Walter Lini @ 1986-06-02" })
end)

test("Europe, Africa and the Middle East", function()
  eq(pair("President Kiro Gligorov spoke by telephone with Secretary-General Boutros Boutros-Ghali on Monday.", "1993-05-05"),
    { "Boutros Boutros-Ghali + Kiro Gligorov @ 1993-05-03" })
  eq(pair("General Ibrahim Abboud spoke by telephone with Secretary-General U Thant on Monday.", "1963-05-08"),
    { "Ibrahim Abboud + U Thant @ 1963-05-06" })
  eq(pair("Prime Minister Saeb Salam telephoned Secretary-General Kurt Waldheim on Monday.", "1972-05-03"),
    { "Kurt Waldheim + Saeb Salam @ 1972-05-01" })
  eq(pair("Prime Minister Wasfi al-Tal spoke by telephone with Secretary-General U Thant on Monday.", "1966-05-04"),
    { "U Thant + Wasfi al-Tal @ 1966-05-02" })
  eq(pair("Prime Minister Ahti Karjalainen spoke by telephone with Secretary-General U Thant on Monday.", "1971-03-03"),
    { "Ahti Karjalainen + U Thant @ 1971-03-01" })
end)

test("foreign ministers and the Secretary-General before U Thant", function()
  eq(pair("Foreign Minister Frigyes Puja spoke by telephone with Secretary-General Kurt Waldheim on Monday.", "1976-05-05"),
    { "Frigyes Puja + Kurt Waldheim @ 1976-05-03" })
  eq(pair("Foreign Minister Ibrahim Gambari telephoned Secretary-General Javier Perez de Cuellar on Monday.", "1985-05-08"),
    { "Ibrahim Gambari + Javier Pérez de Cuéllar @ 1985-05-06" })
  eq(pair("Prime Minister Patrice Lumumba spoke by telephone with Secretary-General Dag Hammarskjold on Monday.", "1960-08-03"),
    { "Dag Hammarskjöld + Patrice Lumumba @ 1960-08-01" })
end)
