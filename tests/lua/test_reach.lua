-- test_reach.lua — lua/reach.lua: what an input's extractions can bring
-- into a period (the archive's reach rows), which documents left unread
-- must be read after all, and when the prefilter applies.
local reach = require("callbrief.reach")

-- One extraction: a document published on `pub` (or undated) with calls
-- given as {status, time, people = {{name =, text =}, ...}}.
local function ex(id, pub, calls, people)
  local list = {}
  for i, c in ipairs(calls) do
    list[i] = { id = id .. "#c" .. i, status = c[1] or "held", time = c[2], people = c.people or {
      { name = "Vladimir Putin", text = "Putin", country = "Russia" },
      { name = "Recep Tayyip Erdoğan", text = "Erdogan", country = "Turkey" } }, ref = c.ref }
  end
  return { document = { id = id, published = pub }, calls = list, people = people or {} }
end

local function facts(e, input_id)
  return reach.facts({ e }, 1, 1, input_id or e.document.id)
end

test("a held call without a time: the report's day, a week each side", function()
  local f = facts(ex("a.txt", "2022-06-10", { { "held" } }))
  eq({ f.from, f.to, f.wild, f.partial, f.nodate }, { "2022-06-03", "2022-06-17", false, false, nil })
  eq(f.docs, "\t2022-06-10\n")
end)

test("a stated date, a weekday, yesterday: the span covers each", function()
  local f = facts(ex("a.txt", "2022-06-10", {
    { "held", { kind = "date", year = 2021, month = 3, day = 4 } },
    { "held", { kind = "weekday", weekday = 2 } },
    { "held", { kind = "relative", days = -1 } } }))
  eq({ f.from, f.to, f.wild }, { "2021-02-25", "2022-06-17", false })
  -- a planned call on a weekday: the next one
  local p = facts(ex("p.txt", "2022-06-10", { { "planned", { kind = "weekday", weekday = 2 } } }))
  eq({ p.from, p.to }, { "2022-06-03", "2022-06-24" })
  -- a day and month without a year: the year 20-dates infers
  local g = facts(ex("b.txt", "2022-01-05", { { "held", { kind = "date", month = 12, day = 30 } } }))
  eq({ g.from, g.to }, { "2021-12-23", "2022-01-06" })
end)

test("calls link may leave undated make the input wild", function()
  eq(facts(ex("a.txt", "2022-06-10", { { "planned" } })).wild, true)
  eq(facts(ex("a.txt", "2022-06-10", { { "held", { kind = "vague" } } })).wild, true)
  eq(facts(ex("a.txt", "2022-06-10", { { "denied", { kind = "weekday", weekday = 3 } } })).wild, true)
  -- a denied call keeps a date it states
  local f = facts(ex("a.txt", "2022-06-10", { { "denied", { kind = "date", year = 2022, month = 6, day = 1 } } }))
  eq({ f.wild, f.from }, { false, "2022-05-25" })
end)

test("undated documents: always read; a weekday of their own is partial", function()
  local f = facts(ex("a.txt", nil, { { "held", { kind = "weekday", weekday = 5 } } }))
  eq({ f.wild, f.partial, f.nodate, f.from }, { true, true, true, nil })
  local g = facts(ex("b.txt", nil, { { "held", { kind = "date", year = 2020, month = 1, day = 2 } } }))
  eq({ g.wild, g.partial, g.nodate, g.from }, { true, false, true, "2019-12-26" })
  -- an undated document without calls brings nothing
  eq(facts(ex("c.txt", nil, {})).wild, false)
end)

test("documents: ids after the input's, a feed's several; odd ids always read", function()
  local f = reach.facts({ ex("feed.xml#1", "2022-01-01", {}), ex("feed.xml#2", nil, {}) }, 1, 2, "feed.xml")
  eq(f.docs, "#1\t2022-01-01\n#2\t\n")
  eq(f.nodate, nil)
  eq(facts(ex("other-id", "2022-01-01", {}), "in.txt").nodate, true)
  eq(facts(ex("in.txt#a\tb", "2022-01-01", {}), "in.txt").nodate, true)
  eq(facts(ex("in.txt", "2022-01-01", {}), "in.txt").nodate, nil)
end)

test("names: full names, surnames as written, * for an office; undated calls apart", function()
  local e = ex("a.txt", "2022-06-10", {
    { "held" },
    { "planned", people = { { name = "Olaf Scholz", text = "Scholz" }, { role = "president", country = "France", text = "the French president" } } } },
    { { name = "Emmanuel Macron" } })
  local f = facts(e)
  ok(f.names:find("vladimir putin", 1, true) and f.names:find("+erdogan", 1, true), f.names)
  ok(f.names:find("*", 1, true), "an office only")
  -- the planned call names someone by office: its people could be anyone
  -- the document names
  ok(f.undated:find("macron", 1, true) and f.undated:find("*", 1, true), f.undated)
  local g = facts(ex("b.txt", "2022-06-10", { { "held" }, { "planned", ref = "b.txt#c1" } }))
  ok(g.undated:find("vladimir putin", 1, true), "a reference back keeps its antecedent's people")
end)

test("settle: a document is read when it may hold an anchor's call", function()
  local anchor = { undated = "+erdogan;+putin;recep taip erdogan;vladimir putin", partial = false, dated = true }
  local docs = {
    { names = "+putin;+erdogan;vladimir putin", undated = "+erdogan;+putin", wild = true },   -- both
    { names = "+putin;vladimir putin", undated = "+putin;vladimir putin", wild = true },        -- one
    { names = "+putin;+erdogan", undated = "", wild = false },          -- no undated call
    { names = "+biden", undated = "*;+biden", wild = true },            -- by office
    { names = "+aliev", undated = "+aliev;heidar aliev;ilham aliev", wild = true } }
  eq(reach.settle(docs, { anchor }), { true, false, false, true, false })
  -- an anchor with partial facts: dated calls too
  local partial = { undated = anchor.undated, partial = true, dated = false }
  eq(reach.settle(docs, { partial }), { true, false, true, true, false })
  -- one surname as written names one person, not two namesakes
  local aliyevs = { undated = "heidar aliev;ilham aliev", partial = true, dated = false }
  eq(reach.settle({ { names = "+aliev", undated = "", wild = false } }, { aliyevs }), { false })
  eq(reach.settle({ { names = "heidar aliev;+aliev", undated = "", wild = false } }, { aliyevs }), { true })
end)

test("usable: the built-in link chain at the versions it knows, only", function()
  local chain = {}
  for _, name in ipairs(reach.ORDER) do
    chain[#chain + 1] = { name = name, version = reach.KNOWN[name], builtin = true }
  end
  eq(reach.usable(chain), true)
  chain[#chain + 1] = { name = "mine", version = "1.0", builtin = false }
  local yes, why = reach.usable(chain)
  eq({ yes, why }, { false, "the link plugin mine is not a built-in one" })
  table.remove(chain)
  chain[2] = { name = "dates", version = "9.9.9", builtin = true }
  eq(select(2, reach.usable(chain)), "the link plugin dates 9.9.9 is not one it knows")
  table.remove(chain, 2)
  eq(select(2, reach.usable(chain)), "the link plugin dates is not in the chain")
end)
