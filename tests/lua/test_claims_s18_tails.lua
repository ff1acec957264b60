-- Session 18, claims: "according to his office" after a clause whose
-- subject is the participant ("Modi told Trump that ..., according to his
-- office") is that participant's office, as ", his office said" is, and
-- not the office of a person of the other gender ("Trump told her ...,
-- according to her office"); a quotation with the quoted person's words
-- attributed after it ("\"...,\" the White House quoted Trump as saying.")
-- is that person's claim.  Sentences of our own.

local CALL = "Chancellor Angela Merkel spoke by telephone with President Vladimir Putin on Friday."

local function lines_of(s)
  return claim_lines(extract({ CALL, s }, "2014-03-15"))
end

test("'according to his office' is the subject's office", function()
  for _, s in ipairs({
    "Putin told Merkel that the referendum in Crimea was legal, according to his office.",
    "According to his office, Putin told Merkel that the referendum in Crimea was legal.",
  }) do
    local l = lines_of(s)
    ok(has(l, "Russia | Vladimir Putin | his office | the referendum in Crimea was legal"), s .. " => " .. table.concat(l, "; "))
  end
end)

test("'according to her office' is not the office of a man", function()
  local l = lines_of("According to her office, Putin told her that the referendum in Crimea was legal.")
  for _, x in ipairs(l) do ok(not x:find("^Russia | Vladimir Putin | her office"), x) end
end)

test("a quotation before 'X quoted Y as saying' is Y's", function()
  local l = lines_of("\"The referendum does not conform to international law,\" the chancellery quoted Merkel as saying.")
  ok(has(l, "Germany | Angela Merkel | the chancellery | The referendum does not conform to international law"), table.concat(l, "; "))
end)
