-- A headline in capitals ("PRIME MINISTER TELEPHONES INDIAN PRIME
-- MINISTER"): the cue verb after a title is the call's word, not the name
-- of the person the title goes with, so no call of a person called
-- "TELEPHONES".  Short invented press releases.

local function pairs_of(paras, pub) return sorted_call_pairs(briefing(paras, pub), "date") end

test("a capitalised verb of calling after a title is no name", function()
  eq(pairs_of({ "PRIME MINISTER TELEPHONES BANGLADESH PRIME MINISTER",
    "Prime Minister Nawaz Sharif telephoned the Prime Minister of Bangladesh, Sheikh Hasina, this evening." }, "2015-06-10"),
    { "Nawaz Sharif + Sheikh Hasina @ 2015-06-10" })
end)

test("'PHONES' after a title", function()
  eq(pairs_of({ "PRESIDENT PHONES GERMAN CHANCELLOR",
    "President Emmanuel Macron phoned Chancellor Olaf Scholz on Monday about energy prices." }, "2022-09-07"),
    { "Emmanuel Macron + Olaf Scholz @ 2022-09-05" })
end)

test("'RINGS' and 'CALLS' after a title", function()
  eq(pairs_of({ "PREMIER RINGS JAPANESE PRIME MINISTER",
    "Premier Li Keqiang rang Prime Minister Shinzo Abe on Thursday." }, "2019-05-10"),
    { "Li Keqiang + Shinzo Abe @ 2019-05-09" })
  eq(pairs_of({ "CHANCELLOR CALLS PRESIDENT ZELENSKYY",
    "Chancellor Olaf Scholz called President Volodymyr Zelenskyy on Sunday." }, "2022-12-05"),
    { "Olaf Scholz + Volodymyr Zelensky @ 2022-12-04" })
end)
