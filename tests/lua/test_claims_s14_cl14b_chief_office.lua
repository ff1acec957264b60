-- A tail attribution whose speaker is an organisation's "chief" with a
-- possessive, session 14 (cl14b): "..., the NATO chief's office said" is
-- the tail of the sentence like "..., the prime minister's office said":
-- its words leave the claim's text and the organisation speaks.  Short
-- invented paragraphs.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end

test("the NATO chief's office said: a tail", function()
  local got = lines({ "NATO Secretary General Jens Stoltenberg spoke by telephone with President Volodymyr Zelensky on Tuesday.",
    "He urged the allies to send more air defence systems to Ukraine, the NATO chief's office said in Brussels." },
    "2023-05-10")
  eq(got, { "NATO | Jens Stoltenberg | the NATO chief's office | urged the allies to send more air defence systems to Ukraine" })
end)

test("the UN chief's spokesman said: the organisation's side, not the subject's", function()
  local got = lines({ "UN Secretary-General Antonio Guterres spoke by telephone with Prime Minister Narendra Modi on Monday.",
    "Mr Modi called him to ask for the help of UN agencies after the floods in Assam, the UN chief's spokesman said." },
    "2022-06-21")
  eq(#got, 1, table.concat(got, "\n"))
  ok(got[1]:find("^United Nations |") ~= nil, got[1])
  ok(not got[1]:find("chief's |$"), got[1])
  ok(got[1]:find("floods in Assam$") ~= nil, got[1])
end)

test("a chief of staff is no organisation's head", function()
  local got = lines({ "President Joe Biden spoke by phone with Prime Minister Justin Trudeau on Friday.",
    "They discussed the border, the NATO chief of staff's office said." },
    "2022-06-21")
  for _, l in ipairs(got) do ok(not l:find("^NATO"), l) end
end)
