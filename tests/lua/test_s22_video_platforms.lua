-- Session 22: videoconferencing told by its name or by a platform ("via
-- Zoom", "over Webex", "on Skype", "via Microsoft Teams", "through video
-- conferencing") is a video call, and makes a call of a meeting or talks
-- held that way.  Sentences of our own.

local function calls(sentence, date)
  local out = {}
  for _, c in ipairs(briefing({ sentence }, date).calls) do
    out[#out + 1] = table.concat(c.participants, " + ") .. " " .. c.medium
  end
  return out
end

test("'spoke with X via Zoom': video", function()
  eq(calls("Prime Minister Modi spoke with Prime Minister Morrison via Zoom on Monday.", "2020-05-12"),
    { "Narendra Modi + Scott Morrison video" })
end)

test("'held talks with X over Webex': a video call", function()
  eq(calls("Chancellor Merkel held talks with President Macron over Webex on Monday.", "2020-05-12"),
    { "Angela Merkel + Emmanuel Macron video" })
end)

test("'met X via Zoom': a video call", function()
  eq(calls("Prime Minister Ardern met Prime Minister Morrison via Zoom on Tuesday.", "2020-05-06"),
    { "Jacinda Ardern + Scott Morrison video" })
end)

test("'through video conferencing', 'by videoconferencing'", function()
  eq(calls("President Ramaphosa spoke to President Kenyatta through video conferencing on Friday.", "2020-05-12"),
    { "Cyril Ramaphosa + Uhuru Kenyatta video" })
  eq(calls("President Widodo spoke to Prime Minister Lee by videoconferencing on Friday.", "2020-05-12"),
    { "Joko Widodo + Lee Hsien Loong video" })
end)

test("a platform's name used otherwise is no call", function()
  eq(calls("Stock prices in Sydney zoom on the news as Mr Morrison speaks to reporters.", "2020-05-12"), {})
end)
