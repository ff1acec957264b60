-- Session 22: the kinship of Gulf and Arab readouts without its comma.
-- "Received a phone call from his brother King Abdullah II of Jordan",
-- "from his brother His Highness Sheikh X": "brother" is an honorific
-- and the person named right after it (past a style of capitalised
-- words) is the party, as with the comma ("his brother, President X").
-- A brother named by nobody stays no call.  Sentences of our own.

local function calls_of(s, pub)
  local b = briefing({ s }, pub)
  return sorted_call_pairs(b, "date"), initiators(b)
end

test("'a phone call from his brother King X'", function()
  local calls, init = calls_of("Sheikh Mohamed bin Zayed received a phone call from his brother King Abdullah II of Jordan on Thursday.", "2019-05-10")
  eq(calls, { "Abdullah II + Mohamed bin Zayed Al Nahyan @ 2019-05-09" })
  eq(init, { "Abdullah II" })
  calls = calls_of("Sheikh Mohamed bin Zayed received a phone call from his brother President Abdel Fattah al-Sisi on Thursday.", "2019-05-10")
  eq(calls, { "Abdel Fattah al-Sisi + Mohamed bin Zayed Al Nahyan @ 2019-05-09" })
end)

test("past a style: 'his brother His Highness Sheikh X'", function()
  local calls = calls_of("Sheikh Mohamed bin Zayed received a phone call from his brother His Highness Sheikh Tamim bin Hamad Al Thani on Thursday.", "2019-05-10")
  eq(calls, { "Mohamed bin Zayed Al Nahyan + Tamim bin Hamad Al Thani @ 2019-05-09" })
end)

test("guards: the comma as before; a brother named by nobody", function()
  local calls = calls_of("Sheikh Mohamed bin Zayed received a phone call from his brother, King Abdullah II of Jordan, on Thursday.", "2019-05-10")
  eq(calls, { "Abdullah II + Mohamed bin Zayed Al Nahyan @ 2019-05-09" })
  calls = calls_of("Sheikh Mohamed bin Zayed received a phone call from his brother on Thursday.", "2019-05-10")
  eq(calls, {})
end)
