-- Offices written bare, session 10.  "The President telephoned Mrs
-- Thatcher ..., the White House said" in a Washington report: the
-- President is a participant named without a nationality, so the report's
-- home side is his and "a spokesman said" is his spokesman, not the
-- country of the last leader named ("He also spoke with Chancellor Kohl
-- of West Germany ..., a spokesman said").  And "the Prime Minister had
-- told the President that ..." in a sentence Downing Street tells is the
-- call of the two countries' offices, not the call told last.  Short
-- invented articles.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end

test("an office written bare and given the page's country is the home side", function()
  eq(lines({ "WASHINGTON, Oct. 14 — The President telephoned Prime Minister Margaret Thatcher of Britain this morning to give her his account of the summit, the White House said.",
      "He also spoke with Chancellor Helmut Kohl of West Germany and with Prime Minister Yasuhiro Nakasone of Japan, a spokesman said.",
      "According to the spokesman, the President told Mrs. Thatcher that the talks had come very close to an agreement." }, "1986-10-15"),
    { "United States | the President | White House | the talks had come very close to an agreement" })
  eq(lines({ "PARIS, May 3 — The President telephoned Chancellor Helmut Kohl this morning to discuss the border question, the Élysée said.",
      "He also spoke with Prime Minister Felipe González of Spain and with Prime Minister Ruud Lubbers of the Netherlands, a spokesman said.",
      "According to the spokesman, the President told Mr. Kohl that France would back the plan." }, "1990-05-04"),
    { "France | The President | Élysée | discuss the border question",
      "France | the President | Élysée | France would back the plan" })
end)

test("offices of two sides as speaker and hearer name their call", function()
  local out = lines({ "WASHINGTON, Oct. 14 — The President telephoned Prime Minister Margaret Thatcher of Britain this morning, the White House said.",
      "He also spoke with Chancellor Helmut Kohl of West Germany, a spokesman said.",
      "In London, a spokesman for Downing Street said the Prime Minister had told the President that the deterrent must not be bargained away." }, "1986-10-15")
  eq(#out, 1)
  ok(out[1]:find("^United Kingdom | ") and out[1]:find("the deterrent must not be bargained away$"), out[1])
end)
