-- The sides of a call whose participant is known only by candidates of
-- one country ("Bush": George H. W. or George W., both American), session
-- 11: a point of a third country's officials on that call is of a side
-- not on it ("Saudi officials said King Fahd had not been consulted"), as
-- when the participant is named in full.  Invented reports.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end

test("a third country's officials on a call with 'Bush'", function()
  eq(lines({ "Bush and Mitterrand are expected to speak by telephone again on Monday, the official said.",
    "Kuwaiti officials in Taif said the emir had not been told of the plan." }, "1990-08-25"),
    {})
  eq(lines({ "Bush spoke by telephone with Chancellor Kohl on Sunday about the deployment.",
    "Turkish officials in Ankara said President Ozal had not been consulted about the bases." }, "1990-08-13"),
    {})
end)

test("the participant's own side is kept", function()
  eq(lines({ "Bush spoke by telephone with Chancellor Kohl on Sunday about the deployment.",
    "White House officials said Bush had asked Kohl to help pay for the deployment in the Gulf." }, "1990-08-13"),
    { "United States | Bush | White House officials | asked Kohl to help pay for the deployment in the Gulf" })
end)
