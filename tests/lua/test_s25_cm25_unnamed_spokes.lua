-- Session 25 (cm25): "he"/"she" telling right after a sentence an unnamed
-- spokesperson told ("A spokesman for Mr. Kohl said ... He said ...") is
-- that spokesperson, for his side: not a spokesperson named earlier in the
-- article, nor the leader he speaks for.  Sentences of our own.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end
local K = "Chancellor Kohl spoke by telephone with President Gorbachev on Thursday."

test("'A spokesman for Mr. Kohl said ... He said the chancellor had invited ...'", function()
  eq(lines({ K, "A spokesman for Mr. Kohl said the talks were friendly.", "He said the chancellor had invited Mr. Gorbachev to Bonn." }, "1990-07-20"),
    { "Germany | joint | A spokesman for Mr. Kohl | the talks were friendly",
      "Germany | Helmut Kohl | A spokesman for Mr. Kohl | invited Mr. Gorbachev to Bonn" })
end)

test("a spokesman named earlier is not the one", function()
  eq(lines({ K, "Government spokesman Hans Klein said on Wednesday that Bonn was ready.",
      "A spokesman for Mr. Kohl said the talks were friendly.", "He said the chancellor had invited Mr. Gorbachev to Bonn." }, "1990-07-20"),
    { "Germany | joint | A spokesman for Mr. Kohl | the talks were friendly",
      "Germany | Helmut Kohl | A spokesman for Mr. Kohl | invited Mr. Gorbachev to Bonn" })
end)

test("'He said Bonn would send aid.': the spokesman's, not Kohl's own", function()
  eq(lines({ K, "A spokesman for Mr. Kohl said the talks were friendly.", "He said Bonn would send aid." }, "1990-07-20"),
    { "Germany | joint | A spokesman for Mr. Kohl | the talks were friendly",
      "Germany | joint | A spokesman for Mr. Kohl | Bonn would send aid" })
end)

test("guard: a named spokesman, as before", function()
  eq(lines({ K, "Government spokesman Hans Klein said the talks were friendly.", "He said the chancellor had invited Mr. Gorbachev to Bonn." }, "1990-07-20"),
    { "Germany | Hans Klein | - | the talks were friendly",
      "Germany | Helmut Kohl | spokesman Hans Klein | invited Mr. Gorbachev to Bonn" })
end)
