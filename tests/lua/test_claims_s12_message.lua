-- A message of someone not on the call, session 12: "X sent the first
-- message this morning", told beside a call between others, is another
-- contact, no claim of that call; a participant's own message stays
-- (it may be the call's).  Short invented paragraphs.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end

test("a message sent by someone not on the call", function()
  eq(lines({ "Foreign Minister Andrei Gromyko spoke by telephone on Monday with Secretary of State Cyrus Vance.",
      "President Carter sent a message of his own later that day, a State Department spokesman said." }, "1978-06-06"), {})
end)

test("what a participant says he sent stays", function()
  eq(lines({ "Foreign Minister Andrei Gromyko spoke by telephone on Monday with Secretary of State Cyrus Vance.",
      "Vance sent a clear message that the talks in Geneva must resume, a State Department spokesman said." },
      "1978-06-06"),
    { "United States | Cyrus Vance | State Department spokesman | Vance sent a clear message that the talks in Geneva must resume" })
end)
