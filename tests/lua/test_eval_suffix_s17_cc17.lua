-- Session 17 (cc17): the scorer knows a participant by the surname; a
-- generational suffix ("Jr.", "III") or a regnal number ("II") after it
-- is no surname.  Names of our own choosing.
local eval = require("callbrief.eval")
local fold = ctx("link").text.fold

local function call(participants, date)
  return { participants = participants, date = date, date_basis = "stated",
    status = "held", medium = "phone", sources = { "docs/001.txt" }, claims = {} }
end

local function matched(g, p)
  return eval.score({ calls = { g } }, { calls = { p } }, { fold = fold }).calls.matched
end

test("a suffix on one side only: the same person", function()
  eq(matched(call({ "Martin Luther King Jr.", "Nelson Mandela" }, "1990-02-11"),
    call({ "Martin Luther King", "Nelson Mandela" }, "1990-02-11")), 1)
  eq(matched(call({ "Roberto Morales III", "Nelson Mandela" }, "1990-02-11"),
    call({ "Nelson Mandela", "Roberto Morales" }, "1990-02-11")), 1)
  eq(matched(call({ "Roberto Morales, Sr", "Nelson Mandela" }, "1990-02-11"),
    call({ "Nelson Mandela", "Roberto Morales Jr" }, "1990-02-11")), 1)
end)

test("two kings of one regnal number are two people", function()
  eq(matched(call({ "Carl XVI Gustaf", "Hassan II" }, "1990-02-11"),
    call({ "Carl XVI Gustaf", "Abdullah II" }, "1990-02-11")), 0)
  eq(matched(call({ "Hassan II", "Nelson Mandela" }, "1990-02-11"),
    call({ "Nelson Mandela", "King Hassan II" }, "1990-02-11")), 1)
end)

test("a name that is only the suffix-like word is kept", function()
  eq(matched(call({ "Iv", "Nelson Mandela" }, "1990-02-11"),
    call({ "Nelson Mandela", "Iv" }, "1990-02-11")), 1)
end)
