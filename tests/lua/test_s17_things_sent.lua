-- Session 17: the sender of a thing that is no call ("a letter from X",
-- "messages of support from X and Y") is not on a call that has its own
-- party ("and a telephone call from Z", "as well as calls from several
-- leaders"); a state's style after its adjective ("the President of the
-- Senegalese Republic") is no name.  Sentences of our own.

local function people_of(s)
  local out = {}
  for _, c in ipairs(extract({ s }, "2019-06-12").calls) do
    local p = {}
    for _, x in ipairs(c.people) do p[#p + 1] = x.name or ("?" .. x.text) end
    table.sort(p)
    out[#out + 1] = table.concat(p, " / ")
  end
  return table.concat(out, " | ")
end

test("a letter's sender is not on the call beside it", function()
  eq(people_of("President Nana Akufo-Addo received a letter from Muhammadu Buhari and a telephone call from Macky Sall on Tuesday."),
    "Macky Sall / Nana Akufo-Addo")
  eq(people_of("President Nana Akufo-Addo received a telephone call from Macky Sall and a letter from Muhammadu Buhari on Tuesday."),
    "Macky Sall / Nana Akufo-Addo")
end)

test("messages from named leaders and calls from unnamed ones: no call", function()
  eq(people_of("President Nana Akufo-Addo received messages of support from Muhammadu Buhari and Macky Sall, as well as telephone calls from several West African leaders."),
    "")
end)

test("a message received in a call: its sender is on the call", function()
  eq(people_of("President Nana Akufo-Addo received a message from Muhammadu Buhari in a telephone call on Tuesday."),
    "Muhammadu Buhari / Nana Akufo-Addo")
  eq(people_of("President Nana Akufo-Addo received congratulations from Muhammadu Buhari by telephone on Tuesday."),
    "Muhammadu Buhari / Nana Akufo-Addo")
end)

test("the President of the Senegalese Republic is no person named Republic", function()
  eq(people_of("President Nana Akufo-Addo spoke by telephone on Tuesday with the President of the Senegalese Republic, Macky Sall."),
    "Macky Sall / Nana Akufo-Addo")
  local calls = extract({ "President Nana Akufo-Addo spoke by telephone on Tuesday with the President of the Senegalese Republic." }, "2019-06-12").calls
  eq(#calls, 1)
  for _, p in ipairs(calls[1].people) do ok(p.name ~= "Republic", "no person named Republic") end
end)
