-- Session 16: "Asked whether she had spoken to Trump, she said she had
-- not": the answer after the question's clause denies the contact (it was
-- a held call, from the "whether" clause's names and another contact word
-- later in the sentence).  Invented sentences.

local function status_of(s)
  return sorted_call_pairs(briefing({ "Prime Minister Jacinda Ardern and President Emmanuel Macron met business leaders.", s },
    "2019-03-20"), "status")
end

test("a question answered no", function()
  eq(status_of("Asked whether she had spoken to President Donald Trump, she said she had not, but that officials were in contact."),
    { "Donald Trump + Jacinda Ardern: denied" })
  eq(status_of("Asked if he had talked to President Vladimir Putin, Macron said no."),
    { "Emmanuel Macron + Vladimir Putin: denied" })
  eq(status_of("Asked if he had talked to President Vladimir Putin, Macron said he had never done so by phone."),
    { "Emmanuel Macron + Vladimir Putin: denied" })
  -- a question not answered here tells no contact
  eq(status_of("Asked whether he had spoken to President Vladimir Putin, President Emmanuel Macron smiled."), {})
end)
