-- Session 18, claims: a participle of a speech act right after a call's
-- clause, with or without a comma ("telephoned X on Thursday urging him
-- to ...", "received a call from X, asking him to ...", "was telephoned
-- by X, asking ...", "held a call with X, urging ..."), is the caller's
-- act, as the purpose "to urge him" is: not the person named just before
-- it, and not lost when no source follows.  Sentences of our own.

local function lines_of(s)
  return claim_lines(extract({ s }, "2001-09-14"))
end

-- each sentence gives one claim, matching the pattern
local function each_one(sentences, pattern)
  for _, s in ipairs(sentences) do
    local l = lines_of(s)
    eq(#l, 1, s .. " => " .. table.concat(l, "; "))
    ok(l[1] and l[1]:find(pattern), s .. " => " .. table.concat(l, "; "))
  end
end

test("the caller's participle, with or without a comma", function()
  each_one({
    "Prime Minister Jean Chretien telephoned President Vicente Fox on Thursday urging him to keep the border open to trucks.",
    "Prime Minister Jean Chretien telephoned President Vicente Fox on Thursday, urging him to keep the border open to trucks.",
    "Prime Minister Jean Chretien called President Vicente Fox late on Thursday, pressing him to keep the border open to trucks.",
    "Prime Minister Jean Chretien spoke with President Vicente Fox by telephone, asking him to keep the border open to trucks.",
  }, "^Canada | Jean Chrétien | %- | %a+ing him to keep the border open to trucks$")
end)

test("a call received from X, or a passive by X: X's participle", function()
  each_one({
    "President Vicente Fox received a call from Prime Minister Jean Chretien asking him to keep the border open to trucks.",
    "President Vicente Fox received a telephone call from Prime Minister Jean Chretien on Thursday, asking him to keep the border open to trucks.",
    "President Vicente Fox was telephoned by Prime Minister Jean Chretien on Thursday, asking him to keep the border open to trucks.",
  }, "^Canada | Jean Chrétien | %- | asking him to keep the border open to trucks$")
end)

test("a call held with X, then the participle: the holder's", function()
  local l = lines_of("Prime Minister Jean Chretien held a lengthy telephone call with President Vicente Fox on Thursday, thanking him for his solidarity.")
  ok(has(l, "Canada | Jean Chrétien | - | thanking him for his solidarity"), table.concat(l, "; "))
end)

test("a participle after no call's clause is not made the caller's", function()
  -- (the noun inside a phrase: the message's sender is no caller)
  local l = lines_of("Foreign Minister John Manley carried a letter from Prime Minister Jean Chretien in his first conversation with President Vicente Fox, urging Mexico to tighten its visa rules.")
  for _, x in ipairs(l) do ok(not x:find("^Canada | Jean Chrétien |"), x) end
  -- (a received call with no caller named: nobody's participle)
  l = lines_of("President Vicente Fox received a call on Thursday asking him to keep the border open to trucks.")
  for _, x in ipairs(l) do ok(not x:find("Vicente Fox | %- | asking"), x) end
end)
