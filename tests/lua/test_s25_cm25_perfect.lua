-- Session 25 (cm25): a participant's present perfect telling the call's
-- other party ("Biden has told Netanyahu that ...") after a sentence
-- telling their call, the call the only occasion the article tells: the
-- speaker's claim of the call, not "another occasion".  Sentences of our
-- own.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end
local B = "President Biden spoke by telephone with Prime Minister Netanyahu on Monday."

test("'Biden has told Netanyahu that ...' after their call", function()
  eq(lines({ B, "Biden has told Netanyahu that the operation must end soon." }, "2023-11-08"),
    { "United States | Joe Biden | - | the operation must end soon" })
end)

test("'Bush has told Major that ...' (1991), 'Putin has told Trump that ...'", function()
  eq(lines({ "President Bush telephoned Prime Minister Major on Monday.", "Bush has told Major that the coup must fail." }, "1991-08-20"),
    { "United States | George H. W. Bush | - | the coup must fail" })
  eq(lines({ "President Trump spoke with President Putin by phone on Thursday.", "Putin has told Trump that Russia is ready to cut output." }, "2020-04-02"),
    { "Russia | Vladimir Putin | - | Russia is ready to cut output" })
end)

test("guards: a meeting told too, 'repeatedly', 'for weeks', 'has said', a third party, reporters: none", function()
  eq(lines({ B, "Biden met Netanyahu in Tel Aviv last month.", "Biden has told Netanyahu that the operation must end soon." }, "2023-11-08"), {})
  eq(lines({ B, "Biden has repeatedly told Netanyahu that the operation must end soon." }, "2023-11-08"), {})
  eq(lines({ B, "Biden has told Netanyahu for weeks that the operation must end soon." }, "2023-11-08"), {})
  eq(lines({ B, "Biden has said that the operation must end soon." }, "2023-11-08"), {})
  eq(lines({ B, "Blinken has told Netanyahu that the operation must end soon." }, "2023-11-08"), {})
  eq(lines({ B, "Biden has told reporters that the operation must end soon." }, "2023-11-08"), {})
end)
