-- A request for a call refused, session 11: "rejected a request from X
-- for a phone call with Y", "turned down a request for a call between ...":
-- the call is denied, not held or planned.  Short invented sentences.

local function calls_of(paras, pub) return sorted_call_pairs(briefing(paras, pub), "status") end

test("a request for a call refused", function()
  eq(calls_of({ "The Kremlin rejected a request from Chancellor Olaf Scholz for a phone call with Vladimir Putin." }, "2023-05-06"),
    { "Olaf Scholz + Vladimir Putin: denied" })
  eq(calls_of({ "Tehran turned down a French request for a call between President Emmanuel Macron and President Ebrahim Raisi." }, "2023-05-06"),
    { "Ebrahim Raisi + Emmanuel Macron: denied" })
end)
