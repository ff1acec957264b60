-- test_points_s8.lua — lua/points.lua's rules of session 8, each with
-- several instances in our own words: a hyphen after a bound prefix is
-- spelling ("co-operation"), a negation after an article negates an
-- adjective only ("the not too distant future"), "going to" is a future,
-- and a "-less" adjective said of the subject negates its clause.
local points = require("callbrief.points")

local c = ctx("compare")
local D = points.load(c)
local tm = c.text
local parties = points.parties({ "Alpha", "Beta" }, D, tm)

local function terms(text)
  local t = {}
  for k in pairs(points.analyse(text, D, tm).terms) do t[#t + 1] = k end
  table.sort(t)
  return t
end

-- each case: two points of two sides and the relation they must have
local function relations(cases)
  for i, case in ipairs(cases) do
    local a, b = points.analyse(case[1], D, tm, parties), points.analyse(case[2], D, tm, parties)
    eq(points.relation(a, b), case[3], "case " .. i .. ": " .. case[1] .. " / " .. case[2])
  end
end

-- each case: two texts that must reduce to the same terms
local function same_terms(cases)
  for _, case in ipairs(cases) do eq(terms(case[1]), terms(case[2]), case[1]) end
end

test("a hyphen after co-, re-, pre- joins one word: no 'operation' in 'co-operation'", function()
  same_terms({
    { "co-operation on ports", "cooperation on ports" },
    { "they would re-open the crossing", "they would reopen the crossing" },
    { "a pre-emptive strike", "a preemptive strike" },
  })
  relations({
    { "welcomed co-operation between the coast guards", "condemned the naval operation near the coast", "unrelated" },
    { "the shipyard co-operation would grow", "the military operation would end soon", "unrelated" },
    -- the same point spelt two ways
    { "agreed to deepen co-operation in energy", "agreed on deeper cooperation in energy", "same" },
    { "the consulate would re-open in May", "the consulate would reopen in May", "same" },
    -- other hyphenated words still count by their parts
    { "agreed on a cross-border trade deal", "agreed on border trade", "same" },
  })
end)

test("a negation after an article negates an adjective, not the clause", function()
  relations({
    { "agreed to meet in person soon", "hoped to meet in person in the not too distant future", "same" },
    { "the talks would resume in the near future", "talks would resume in the not so distant future", "same" },
    { "pledged a large sum for reconstruction", "pledged a not insignificant sum for reconstruction", "same" },
    -- a negation elsewhere still negates its clause
    { "agreed to meet in person soon", "would not meet in person soon", "differ" },
    { "pledged a large sum for reconstruction", "pledged no sum for reconstruction", "differ" },
  })
end)

test("'going to' before a verb is a future: the verb's point, not a 'going'", function()
  relations({
    { "we are not going to close the border", "she agreed to close the border", "differ" },
    { "they are going to lift the tariffs", "the tariffs would be lifted", "same" },
    { "Beta was going to sign the accord", "Alpha would sign the accord", "same" },
  })
  same_terms({ { "we are going to build a port", "we will build a port" } })
end)

test("a '-less' adjective said of the subject negates its clause", function()
  relations({
    { "now was not the time for talks", "talks for their own sake were pointless", "same" },
    { "the sanctions had worked", "the sanctions were useless", "differ" },
    { "the mediation has brought results", "the mediation proved fruitless", "differ" },
    { "the new proposal was meaningless", "the new proposal did not mean anything", "same" },
    -- not after a copula, and not the words that deny nothing
    { "praised the tireless efforts of the rescue teams", "thanked the rescue teams for their efforts", "same" },
    { "the aid would flow regardless of the weather", "the aid would flow", "same" },
    { "condemned the reckless shelling of the city", "condemned the shelling of the city", "same" },
  })
end)
