-- A heading inside the page in single quotation marks, as British-style
-- pages quote in headings ("'A first step'"), is no claim, as one in
-- double marks is not (session 13). Invented page.

test("a heading in single quotation marks is no claim", function()
  local got = claim_lines(extract({
    "Mourners gather for the crash victims",
    "'A first step'",
    "Australia's Prime Minister Anthony Albanese spoke to Prime Minister Narendra Modi on Saturday.",
    "According to Albanese's office, the Indian leader offered his condolences.",
  }, "2024-06-16"))
  eq(got, { "Australia | Narendra Modi | Albanese's office | offered his condolences" })
end)

test("a heading in curly single marks is no claim either", function()
  local got = claim_lines(extract({
    "Mourners gather for the crash victims",
    "\226\128\152Not the end of it\226\128\153",
    "Australia's Prime Minister Anthony Albanese spoke to Prime Minister Narendra Modi on Saturday.",
    "According to Albanese's office, the Indian leader offered his condolences.",
  }, "2024-06-16"))
  eq(got, { "Australia | Narendra Modi | Albanese's office | offered his condolences" })
end)
