-- Call detection, session 5b: calls told in a series without a call word,
-- the scorer's name comparison; short invented articles (The Harbour Post).
local eval = require("callbrief.eval")
local fold = ctx("link").text.fold

-- "A + B": the participants of a call mention, sorted.
local function who(call)
  local t = {}
  for _, p in ipairs(call.people) do t[#t + 1] = p.name or p.text end
  table.sort(t)
  return table.concat(t, " + ")
end

local function whos(ex)
  local t = {}
  for _, c in ipairs(ex.calls) do t[#t + 1] = who(c) end
  table.sort(t)
  return t
end

test("the scorer compares transliterations of a surname as one name", function()
  local function call(ps)
    return { participants = ps, date = "2021-04-02", date_basis = "relative", status = "held",
      medium = "phone", sources = { "docs/001.txt" }, claims = {} }
  end
  local gold = { calls = { call({ "Joe Biden", "Volodymyr Zelensky" }),
    call({ "Joe Biden", "Abdel Fattah el-Sisi" }) } }
  local pred = { calls = { call({ "Joe Biden", "Volodymyr Zelenskyy" }),
    call({ "Joe Biden", "Abdel Fattah al-Sisi" }) } }
  eq(eval.score(gold, pred, { fold = fold }).calls.matched, 2)
  -- other surnames stay apart
  local other = { calls = { call({ "Joe Biden", "Volodymyr Zelinsky" }) } }
  eq(eval.score({ calls = { call({ "Joe Biden", "Vladimir Putin" }) } }, other, { fold = fold }).calls.matched, 0)
end)
