-- Session 19, claims (cl19): a body (spokesman, office, ministry) that
-- reports what a participant did with a pronoun for the participant ("A
-- spokesman for the chancellor said she had listened to ...") gives that
-- participant's claim in the body's account, when the pronoun can only be
-- that participant: the one of its gender on the call, else of the two
-- the one of the body's own side.  Sentences of our own.

local function has(lines, text)
  for _, l in ipairs(lines) do
    if l:find(text, 1, true) then return true end
  end
  return false
end

local CALL = "Norwegian Prime Minister Erna Solberg spoke by telephone with Swedish Prime Minister Stefan Lofven on Wednesday."

test("the one participant of the pronoun's gender", function()
  for _, pair in ipairs({
    { "A spokesman for the prime minister said she had listened to Sweden's worries about the fishing quotas.",
      "Norway | Erna Solberg | A spokesman for the prime minister | had listened to Sweden's worries about the fishing quotas" },
    { "Solberg's office said she had listened to Sweden's worries about the fishing quotas.",
      "Norway | Erna Solberg | Solberg's office | had listened to Sweden's worries about the fishing quotas" },
    { "The Swedish government said he had listened to Norway's worries about the fishing quotas.",
      "Sweden | Stefan Löfven | The Swedish government | had listened to Norway's worries about the fishing quotas" },
  }) do
    local l = claim_lines(extract({ CALL, pair[1] }, "2019-06-07"))
    ok(has(l, pair[2]), pair[1] .. " => " .. table.concat(l, "; "))
  end
end)

test("two of one gender: the body's own side's", function()
  local l = claim_lines(extract({ "Russian President Vladimir Putin and Finnish President Sauli Niinisto spoke by phone on Monday.",
    "The Kremlin said he had listened to the Finnish concerns over the border crossings." }, "2019-06-07"))
  ok(has(l, "Russia | Vladimir Putin | The Kremlin | had listened to the Finnish concerns over the border crossings"),
    table.concat(l, "; "))
end)

test("'he and X' is no one participant", function()
  local l = claim_lines(extract({ "Russian President Vladimir Putin and Finnish President Sauli Niinisto spoke by phone on Monday.",
    "The Kremlin said he and Niinisto would discuss the border crossings again in June." }, "2019-06-07"))
  ok(not has(l, "Russia | Vladimir Putin"), table.concat(l, "; "))
end)
