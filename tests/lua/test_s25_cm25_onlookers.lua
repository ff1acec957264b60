-- Session 25 (cm25): commentators or onlookers before the place where
-- they are ("Diplomats in Beijing said ...", "Correspondents in Beijing
-- said ...", "Analysts in Washington said ..."): no side speaks, the place
-- is no account of its government.  Sentences of our own.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end
local X = "President Xi spoke by telephone with President Obama on Monday."

test("'Diplomats in Beijing said ...', 'Western diplomats in Beijing said ...': no claim", function()
  eq(lines({ X, "Diplomats in Beijing said the call had been tense." }, "2014-03-04"), {})
  eq(lines({ X, "Western diplomats in Beijing said the call had been tense." }, "2014-03-04"), {})
  eq(lines({ X, "Correspondents in Beijing said Xi had been firm." }, "2014-03-04"), {})
end)

test("guards: 'Officials in Beijing', 'Chinese diplomats', 'Beijing' still speak for China", function()
  eq(lines({ X, "Officials in Beijing said the call had been candid." }, "2014-03-04"),
    { "China | joint | Officials in Beijing | the call had been candid" })
  eq(lines({ X, "Chinese diplomats said the call had been tense." }, "2014-03-04"),
    { "China | joint | Chinese diplomats | the call had been tense" })
  eq(lines({ X, "Beijing said the call had been candid." }, "2014-03-04"),
    { "China | joint | Beijing | the call had been candid" })
end)

test("'..., diplomats in Tokyo said' at the end still ends the point: the participant's claim, via them", function()
  local F = "Prime Minister Fukuda telephoned President Boumediene on Saturday."
  eq(lines({ F, "Fukuda urged Boumediene to receive the aircraft, Western diplomats in Tokyo said." }, "1977-10-02"),
    { "Japan | Takeo Fukuda | Western diplomats in Tokyo | urged Boumediene to receive the aircraft" })
  eq(lines({ F, "Japanese diplomats in Tokyo said Fukuda had urged Boumediene to receive the aircraft." }, "1977-10-02"),
    { "Japan | Takeo Fukuda | Japanese diplomats in Tokyo | urged Boumediene to receive the aircraft" })
end)

test("'Analysts in Beijing said Xi was unlikely to ...': a commentators' view, no claim of Xi", function()
  eq(lines({ X, "Analysts in Beijing said Xi was unlikely to make concessions." }, "2014-03-04"), {})
end)
