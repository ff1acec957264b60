-- Session 26 (cm26): "told him in person that ...", "assured Mr. Kohl
-- face to face that ...": a verb of telling, its hearer and "in person" /
-- "face to face" tell words said at a meeting, another occasion than the
-- call, even when the hearer is the call's other party.  "agreed to meet
-- in person", "told him by telephone" stay the call's.  Sentences of our
-- own.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end
local M = "Chancellor Merkel spoke by telephone with President Putin on Sunday."
local K = "President Mitterrand telephoned Chancellor Kohl on Sunday."

test("'told him in person that', 'told Mr. Putin in person that': another occasion", function()
  eq(lines({ M, "She told him in person that sanctions would follow." }, "2014-07-21"), {})
  eq(lines({ M, "Merkel told Mr. Putin in person that sanctions would follow." }, "2014-07-21"), {})
  eq(lines({ K, "Mr. Kohl assured him face to face that the border was final." }, "1990-01-15"), {})
end)

test("guards: 'by telephone', 'agreed to meet in person', 'to meet him in person' stay the call's", function()
  eq(lines({ M, "She told him by telephone that sanctions would follow." }, "2014-07-21"),
    { "Germany | Angela Merkel | - | sanctions would follow" })
  eq(lines({ M, "The two leaders agreed to meet in person next month." }, "2014-07-21"),
    { "Germany | joint | - | agreed to meet in person next month" })
  eq(lines({ M, "Merkel told Putin that she wanted to meet him in person." }, "2014-07-21"),
    { "Germany | Angela Merkel | - | she wanted to meet him in person" })
  eq(lines({ K, "Mr. Kohl assured Mr. Mitterrand that the border was final." }, "1990-01-15"),
    { "Germany | Helmut Kohl | - | the border was final" })
end)
