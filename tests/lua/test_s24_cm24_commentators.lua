-- Session 24 (cm24): a plural of commentators opening the sentence
-- ("Analysts said ...", "Experts said ..."), capitalised only by its
-- place, is no organisation the gazetteer does not know: what they say a
-- participant will do is a third party's view, no claim of the call.
-- Sentences of our own.

local PM = "President Putin spoke by phone with President Macron on Tuesday."

test("'Analysts said X was unlikely to ...' is no claim", function()
  eq(claim_lines(extract({ PM, "Analysts said Putin was unlikely to back down." }, "2022-03-02")), {})
end)

test("'Experts said X had little room ...' is no claim", function()
  eq(claim_lines(extract({ "President Carter telephoned Prime Minister Begin on Monday.",
      "Experts said Begin had little room to give ground on the settlements." }, "1978-09-04")), {})
end)

test("'Observers said ...' in the 1990s is no claim", function()
  eq(claim_lines(extract({ "President Bush telephoned Chancellor Kohl on Tuesday evening.",
      "Observers said Kohl wanted unification before the elections." }, "1990-02-14")), {})
end)

test("guard: 'Yonhap reported that X told Y ...' as before", function()
  eq(claim_lines(extract({ "Prime Minister Abe spoke with President Moon by telephone on Friday.",
      "Yonhap reported that Moon told Abe that history should not block cooperation." }, "2018-03-11")),
    { "South Korea | Moon Jae-in | Yonhap | history should not block cooperation" })
end)

test("guard: 'Officials said X told Y ...' as before", function()
  local l = claim_lines(extract({ PM, "Officials said Putin told Macron that Russia would achieve its goals." }, "2022-03-02"))
  eq(#l, 1)
  ok(l[1]:find("Russia | Vladimir Putin | ", 1, true) == 1, l[1])
end)
