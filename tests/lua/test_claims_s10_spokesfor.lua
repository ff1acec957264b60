-- A spokesperson "for" a body or a country's office, session 10: "a
-- spokesman for Downing Street", "a spokesman for the Indonesian
-- presidential palace, Johan Budi," speak for that body's side (the
-- name apposed to the office, unknown to the gazetteer, takes nothing
-- away).  Short invented paragraphs.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end

test("a spokesman for a body or a country's office", function()
  eq(lines({ "Malcolm Turnbull spoke to Indonesian President Joko Widodo by phone on Monday night.",
      "A spokesman for the Indonesian presidential palace, Johan Budi, confirmed the call, saying the President had thanked Australia for its condolences." }, "2016-02-09"),
    { "Indonesia | Joko Widodo | A spokesman for the Indonesian presidential palace | thanked Australia for its condolences" })
  eq(lines({ "President Bill Clinton spoke by telephone with Prime Minister Tony Blair on Sunday.",
      "A spokesman for Downing Street said the Prime Minister had urged the President to keep the talks going." }, "1998-04-06"),
    { "United Kingdom | Tony Blair | A spokesman for Downing Street | urged the President to keep the talks going" })
  eq(lines({ "Chancellor Gerhard Schröder spoke by telephone with President Vladimir Putin on Saturday.",
      "A spokeswoman for the German government, Charima Reinhardt, said the Chancellor had offered help with the investigation." }, "2004-09-05"),
    { "Germany | Gerhard Schröder | A spokeswoman for the German government | offered help with the investigation" })
end)
