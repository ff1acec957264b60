-- A briefing's topical sections (session 13): a short heading that is a
-- country no side of the call in play ("**Haiti", "Haiti") opens a section
-- of other news, as "Other developments" does: what is said there is no
-- claim on the call of the section before. Invented noon briefing.

local function briefing(mark)
  return {
    "Daily press briefing by the Office of the Spokesperson for the Secretary-General",
    mark .. "Sudan",
    "Secretary-General António Guterres spoke by telephone with General Abdel Fattah al-Burhan of Sudan.",
    "The Secretary-General urged him to agree to a humanitarian pause in Khartoum.",
    mark .. "Haiti",
    "Asked about the security mission, the Secretary-General said that any request from the authorities would be put to the Security Council.",
    mark .. "Questions and Answers",
    "Question: Will he travel to the region?",
  }
end

test("a section under another country's bold heading is other news", function()
  eq(claim_lines(extract(briefing("**"), "2023-05-12")),
    { "United Nations | António Guterres | - | urged him to agree to a humanitarian pause in Khartoum" })
end)

test("a section under another country's plain heading is other news", function()
  eq(claim_lines(extract(briefing(""), "2023-05-12")),
    { "United Nations | António Guterres | - | urged him to agree to a humanitarian pause in Khartoum" })
end)
