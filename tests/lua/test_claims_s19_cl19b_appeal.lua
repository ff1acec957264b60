-- Session 19, claims (cl19b): a public appeal ("called on X to ...",
-- "called for ...") of a named person who is not on the call (an
-- opposition leader, a party's spokesperson), in a sentence that names no
-- call, is no account of the call, even when he is of a participant's
-- country.  What a participant "called for" in the call stays.
-- Sentences of our own.

local function has(lines, text)
  for _, l in ipairs(lines) do
    if l:find(text, 1, true) then return true end
  end
  return false
end

local CALL = "Spanish Prime Minister Felipe Gonzalez telephoned Portuguese Prime Minister Anibal Cavaco Silva on Thursday."

test("an opposition leader's appeal is no claim of the call", function()
  for _, s in ipairs({
    "Opposition leader Jose Maria Aznar called on Gonzalez to \"stop talking and start building the dam\".",
    "The People's Party's foreign affairs spokesman Abel Matutes called for a full debate in parliament on the river accord.",
  }) do
    local l = claim_lines(extract({ CALL,
      "Gonzalez's office said the two had agreed to finish the river accord by June.", s }, "1993-04-02"))
    ok(has(l, "agreed to finish the river accord by June"), s .. " => " .. table.concat(l, "; "))
    ok(not has(l, "dam") and not has(l, "full debate"), s .. " => " .. table.concat(l, "; "))
  end
end)

test("a participant's appeal in the call stays", function()
  local l = claim_lines(extract({ CALL,
    "In the call, Gonzalez called on Cavaco Silva to speed up the talks on the river accord." }, "1993-04-02"))
  ok(has(l, "speed up the talks on the river accord"), table.concat(l, "; "))
end)
