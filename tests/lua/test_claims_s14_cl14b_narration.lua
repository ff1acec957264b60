-- What a person did, told as officials' word, session 14 (cl14b): "X
-- spent the evening in contact with ..., officials said", "He later
-- chaired a meeting ..., officials said" narrate a doing and assert
-- nothing; a doing after a modal ("would visit") is a claim and stays, so
-- do the speech acts of the same paragraphs.  Short invented paragraphs.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end

test("spent the evening in contact with ...: narration before the call", function()
  local got = lines({ "Foreign Minister Penny Wong spent the evening in contact with the governments of Fiji and Tonga as the talks threatened to collapse, officials said today.",
    "Ms Wong spoke by telephone with Prime Minister Sitiveni Rabuka of Fiji late on Tuesday.",
    "She urged him to keep the talks going, officials said." }, "2023-05-10")
  eq(got, { "Australia | Penny Wong | officials | urged him to keep the talks going" })
end)

test("he later chaired a meeting: narration after the call", function()
  local got = lines({ "President Emmanuel Macron spoke by telephone with Chancellor Olaf Scholz on Tuesday.",
    "He later chaired a meeting of the defence council at the Elysee, officials said." }, "2023-05-10")
  eq(#got, 0, table.concat(got, "\n"))
end)

test("had been in touch with ...: narration", function()
  local got = lines({ "President Cyril Ramaphosa spoke by telephone with President Paul Kagame on Friday.",
    "Mr Ramaphosa had also been in touch with leaders of the region during the week, his spokesman said." }, "2024-02-03")
  eq(#got, 0, table.concat(got, "\n"))
end)

test("a doing after a modal is a claim", function()
  local got = lines({ "Prime Minister Mark Rutte spoke by phone with President Volodymyr Zelensky on Monday.",
    "Mr Rutte would visit Kyiv before the summer, his office said." }, "2023-03-07")
  eq(#got, 1, table.concat(got, "\n"))
end)
