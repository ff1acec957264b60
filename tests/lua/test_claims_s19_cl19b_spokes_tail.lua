-- Session 19, claims (cl19b): a spokesperson named in apposition to an
-- office whose mention the parse takes as two ("The government
-- spokesman, Ola Nordmann, said ...") is the sentence's source; of no
-- side the gazetteer knows, he speaks for the participant whose words
-- he reports; and "X said A and that B": B is told in A's account, with
-- A's side.  Sentences of our own.

local function has(lines, text)
  for _, l in ipairs(lines) do
    if l:find(text, 1, true) then return true end
  end
  return false
end

local CALL = "Norwegian Prime Minister Erna Solberg telephoned Danish Prime Minister Lars Lokke Rasmussen on Tuesday."

test("a named government spokesman is the source", function()
  local l = claim_lines(extract({ CALL,
    "The government spokesman, Ola Nordmann, said the fishing treaty remained firm." }, "2019-06-07"))
  ok(has(l, "Norway | joint | The government spokesman | the fishing treaty remained firm"), table.concat(l, "; "))
end)

test("the tail 'and that the two had agreed' keeps the account's side", function()
  for _, s in ipairs({
    "The government spokesman, Mr Ola Nordmann, said Ms Solberg had told the Danish leader that the fishing treaty remained firm and that the two had agreed to meet in Oslo next month.",
    "The government spokeswoman, Kari Nordmann, said Ms Solberg had told Rasmussen that the fishing treaty remained firm and that the two had agreed to meet in Oslo next month.",
  }) do
    local l = claim_lines(extract({ CALL, s }, "2019-06-07"))
    ok(has(l, "Norway | Erna Solberg |") and has(l, "the fishing treaty remained firm"), s .. " => " .. table.concat(l, "; "))
    ok(has(l, "Norway | joint |") and has(l, "agreed to meet in Oslo next month"), s .. " => " .. table.concat(l, "; "))
  end
end)

test("a spokesman of no known side, quoting one participant: that one's side", function()
  local l = claim_lines(extract({ CALL,
    "The government spokesman, Mr Ola Nordmann, said Rasmussen had told Solberg that Denmark would cut its quota." }, "2019-06-07"))
  ok(has(l, "Denmark | Lars Løkke Rasmussen |") and has(l, "Denmark would cut its quota"), table.concat(l, "; "))
end)
