-- Session 23 (cl23): an unnamed official at an institution.  "at" ties a
-- noun phrase to the one before it inside a subject as "in" and "from"
-- do: "an official at the Kremlin", "officials at the foreign ministry in
-- Ankara", "a source at the Elysee" are the institution's people, so
-- "..., an official at the Kremlin said" is an attribution (the tail no
-- longer left in the claim's text) of the institution's side.  Sentences
-- of our own.

local BP = "President Biden spoke by phone with President Putin on Tuesday."

test("'..., an official at the Kremlin said': the Kremlin's account, the tail out of the text", function()
  local l = claim_lines(extract({ BP, "Putin urged Washington to stop arming Kyiv, an official at the Kremlin said." }, "2022-02-15"))
  eq(l, { "Russia | Vladimir Putin | an official at the Kremlin | urged Washington to stop arming Kyiv" })
end)

test("'..., officials at the foreign ministry in Ankara said'", function()
  local l = claim_lines(extract({ "President Erdogan spoke by telephone with President Putin on Monday.",
    "Erdogan called for a ceasefire in Idlib, officials at the foreign ministry in Ankara said." }, "2020-03-02"))
  eq(l, { "Turkey | Recep Tayyip Erdoğan | officials at the foreign ministry in Ankara | called for a ceasefire in Idlib" })
end)

test("'..., a source at the Elysee said' of the other leader: the Elysee's account", function()
  local l = claim_lines(extract({ "President Macron spoke by telephone with Chancellor Scholz on Monday.",
    "Scholz had agreed to a joint approach, a source at the Elysee said." }, "2022-02-15"))
  eq(l, { "France | Olaf Scholz | a source at the Elysee | agreed to a joint approach" })
end)

test("'An official at the Kremlin said X had ...': the whole subject is the via", function()
  local l = claim_lines(extract({ BP, "An official at the Kremlin said Putin had urged Washington to stop arming Kyiv." }, "2022-02-15"))
  eq(l, { "Russia | Vladimir Putin | An official at the Kremlin | urged Washington to stop arming Kyiv" })
end)

test("'..., aides at the White House said' in the 1980s", function()
  local l = claim_lines(extract({ "President Reagan telephoned Prime Minister Nakasone on Friday.",
    "Mr. Reagan pressed for wider access for American beef, aides at the White House said." }, "1984-03-30"))
  eq(l, { "United States | Ronald Reagan | aides at the White House | pressed for wider access for American beef" })
end)

test("'a source in the Elysee said' as before", function()
  local l = claim_lines(extract({ "President Macron spoke by telephone with Chancellor Scholz on Monday.",
    "A source in the Elysee said Macron had pressed for a common position." }, "2022-02-15"))
  eq(l, { "France | Emmanuel Macron | A source in the Elysee | pressed for a common position" })
end)

test("'said at the Kremlin' after the verb: the place of speaking, as before", function()
  local l = claim_lines(extract({ BP, "Putin said at the Kremlin that he had urged Washington to stop arming Kyiv." }, "2022-02-15"))
  eq(#l <= 1, true)
  for _, x in ipairs(l) do ok(not x:find("at the Kremlin |", 1, true), x) end
end)
