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

test("a denial of a negative report denies it: no double negative", function()
  relations({
    { "denied that he had asked them not to expand the base", "Alpha asked Beta not to expand the base", "differ" },
    { "dismissed reports that the plant would not reopen", "said the plant would not reopen", "differ" },
    { "it is untrue that the army will not withdraw", "the army will not withdraw from the valley", "differ" },
    -- a denial alone, and a negation alone, as before
    { "denied that the army would withdraw", "the army would withdraw from the valley", "differ" },
    { "the army would not withdraw", "the army will not withdraw from the valley", "same" },
  })
end)

test("'talked about', 'spoke of' report the point: no 'talks' in them", function()
  relations({
    { "talked about ways to curb smuggling on the river", "agreed to continue talking", "unrelated" },
    { "spoke of the harvest and grain prices", "agreed to hold talks soon", "unrelated" },
    { "talked about the flooding in the south", "agreed to resume talks", "unrelated" },
    -- what follows the frame still counts
    { "talked about the flooding in the south", "discussed the flooding in the south", "same" },
    { "agreed to continue talking", "agreed to keep up the talks", "same" },
  })
end)

test("an offer, a demand, an accusation, an account: two acts are one point only when they share much", function()
  relations({
    -- one thing named, two acts
    { "offered to send the navy's chief of staff with a full report", "navy vessels had violated the fishing zone", "unrelated" },
    { "gave a long explanation of the reasons for the border operation", "demanded an end to the border operation", "unrelated" },
    { "proposed sending the coast guard commander to the capital", "accused the coast guard of firing on fishermen", "unrelated" },
    { "informed him of the rail strike", "urged him to end the rail strike at once", "unrelated" },
    -- one act, or acts that share much: as before
    { "offered to mediate between the two parties", "offered to act as a mediator between the parties", "same" },
    { "called for the release of the detained fishermen", "demanded that the detained fishermen be released", "same" },
    { "condemned the shelling of the hospital", "accused the rebels of shelling the hospital", "same" },
    { "urged the immediate release of the detained aid workers",
      "offered to secure the immediate release of the detained aid workers", "same" },
  })
end)

test("an inflected '-er' word is its base: 'borders', 'offered', 'leaders'", function()
  same_terms({
    { "offered help", "offer help" },
    { "the borders", "the border" },
    { "the leaders considered it", "the leader would consider it" },
    { "ordered a transfer", "orders transferred" },
  })
  relations({
    { "offer his sympathy and the navy's help", "had offered the help of the navy", "same" },
    { "the two leaders would meet in June", "a leader-level meeting in June", "same" },
    { "they discussed the borders of the reserve", "they discussed the reserve's border", "same" },
  })
  -- other words keep apart: "waters" is no "waiters", "powers" no "pows"
  ok(terms("waters")[1] ~= terms("waiters")[1], "waters / waiters")
  eq(terms("the powers"), terms("the power"))
end)

test("a participle between an article and its noun describes the noun: 'a negotiated truce' is no talks", function()
  relations({
    { "sought a negotiated truce in the north", "agreed to keep up the talks", "unrelated" },
    { "praised the elected council", "the council would hold elections", "unrelated" },
    { "welcomed the coordinated release", "agreed on coordination", "unrelated" },
    -- the participle still counts with its noun, and a verb is a verb
    { "sought a negotiated truce in the north", "wanted a truce in the north reached by negotiation", "same" },
    { "negotiated a truce in the north", "agreed to hold negotiations", "same" },
    { "freed the detained sailors", "the detained sailors were freed", "same" },
  })
end)

-- the compare stage on a call of two sides
local function comparison(claims)
  local cl = {}
  for i, x in ipairs(claims) do
    cl[i] = { side = x[1], speaker = "joint", text = x[2], source = "a.txt", kind = "statement" }
  end
  local b = run_stage("compare", { comparisons = {}, calls = { { id = "call-1", date = "2024-03-02",
    status = "held", participants = { "Alpha Person", "Beta Person" }, sources = { "a.txt" }, claims = cl } } })
  return b.calls[1].comparison
end

test("a group joining points of opposite polarity is a contradiction, whatever a side's other points", function()
  -- Beta says one thing twice: once against Alpha's account, once not
  local cmp = comparison({
    { "Alpha", "Beta agreed to close the border crossing to trucks" },
    { "Beta", "Beta would never propose closing the border crossing, hours after Alpha said it had agreed to close it to trucks" },
    { "Beta", "we are not going to close the border crossing" },
  })
  eq(#cmp.both, 0)
  eq(#cmp.differ, 1)
  eq(cmp.differ[1].kind, "polarity")
  eq(cmp.differ[1].note, "Beta says the opposite of what Alpha reported")
  -- a denial of a negative report is a denial
  cmp = comparison({
    { "Alpha", "Alpha urged Beta not to raise the tariffs on steel" },
    { "Beta", "denied that Alpha had urged it not to raise the tariffs on steel" },
  })
  eq(#cmp.both, 0)
  eq(cmp.differ[1].kind, "denial")
  eq(cmp.differ[1].note, "Beta denies what Alpha reported")
  -- points of one polarity stay together
  cmp = comparison({
    { "Alpha", "the two agreed to reopen the border crossing" },
    { "Beta", "the border crossing would reopen" },
    { "Beta", "agreed to reopen the border crossing next week" },
  })
  eq(#cmp.differ, 0)
  eq(#cmp.both, 1)
end)
