-- Session 22: "his counterpart from Brazil", as translations write "su
-- homólogo de Brasil": the counterpart of Brazil, as "his counterpart of
-- Brazil" and "his Brazilian counterpart" are; the name apposed to it is
-- that person.  Sentences of our own.

local function dated(s, pub) return sorted_call_pairs(briefing({ s }, pub), "date") end

test("'his counterpart from X, Name'", function()
  eq(dated("President Alberto Fernández held a telephone conversation on Thursday with his counterpart from Brazil, Jair Bolsonaro.", "2020-04-03"),
    { "Alberto Fernández + Jair Bolsonaro @ 2020-04-02" })
  eq(dated("President Alberto Fernández held a telephone conversation with his counterpart from Brazil, Jair Bolsonaro, on Thursday.", "2020-04-03"),
    { "Alberto Fernández + Jair Bolsonaro @ 2020-04-02" })
end)

test("'his counterpart from X' alone: the holder on the day", function()
  eq(dated("President Alberto Fernández spoke by phone with his counterpart from Brazil on Thursday.", "2020-04-03"),
    { "Alberto Fernández + Jair Bolsonaro @ 2020-04-02" })
end)

test("guards: a meeting stays no call; 'from' after another office", function()
  eq(dated("President Alberto Fernández met his counterpart from Brazil on Thursday.", "2020-04-03"), {})
  eq(dated("President Alberto Fernández spoke by phone with the President from Brazil on Thursday.", "2020-04-03"), {})
end)
