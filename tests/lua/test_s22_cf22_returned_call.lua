-- Session 22: a call returned.  The one who returns a call places the
-- call that returns it: "Modi returned Khan's call", "returned a call
-- from Khan", "Khan's call was returned by Modi" (not Khan, who placed
-- the call returned).  Sentences of our own.

local function one(s, pub)
  local b = briefing(type(s) == "table" and s or { s }, pub)
  return sorted_call_pairs(b, "date"), initiators(b)
end

test("'X returned Y's call': X placed it", function()
  local calls, init = one("Prime Minister Narendra Modi returned Prime Minister Imran Khan's call on Monday.", "2019-08-20")
  eq(calls, { "Imran Khan + Narendra Modi @ 2019-08-19" })
  eq(init, { "Narendra Modi" })
  calls, init = one("President Cyril Ramaphosa on Friday returned President Joe Biden's phone call.", "2022-09-19")
  eq(calls, { "Cyril Ramaphosa + Joe Biden @ 2022-09-16" })
  eq(init, { "Cyril Ramaphosa" })
end)

test("'X returned a call from Y': X placed it", function()
  local _, init = one("Prime Minister Narendra Modi returned a call from Prime Minister Imran Khan on Monday.", "2019-08-20")
  eq(init, { "Narendra Modi" })
end)

test("'Y's call was returned by X': X placed it", function()
  local _, init = one("Prime Minister Imran Khan's call was returned by Prime Minister Narendra Modi on Monday.", "2019-08-20")
  eq(init, { "Narendra Modi" })
end)

test("guards: a call received; 'returned from' a journey", function()
  local _, init = one("Prime Minister Narendra Modi received a call from Prime Minister Imran Khan on Monday.", "2019-08-20")
  eq(init, { "Imran Khan" })
  _, init = one("Prime Minister Narendra Modi returned from Kabul on Monday and received a call from Prime Minister Imran Khan.", "2019-08-20")
  eq(init, { "Imran Khan" })
end)
