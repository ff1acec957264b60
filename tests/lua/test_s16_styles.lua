-- Session 16: an Arabic name goes on past the part the gazetteer knows
-- ("Crown Prince Mohammed bin Salman bin Abdulaziz Al Saud", "King
-- Abdullah II bin al-Hussein", "Sultan Haitham bin Tarik Al Said"): one
-- person, not also a namesake of its last word; a style with no name after
-- it ("His Royal Highness affirmed ...", "His Highness and President Sisi
-- stressed ...") stands for the person it styles, as a Gulf agency's
-- readout writes.  Invented sentences.

test("the rest of an Arabic name is the same person", function()
  for _, c in ipairs({
      { "Crown Prince Mohammed bin Salman bin Abdulaziz Al Saud received a phone call from President Ebrahim Raisi.",
        "Ebrahim Raisi + Mohammed bin Salman" },
      { "Sultan Haitham bin Tarik Al Said received a phone call from President Ebrahim Raisi.",
        "Ebrahim Raisi + Haitham bin Tariq" },
      { "King Abdullah II bin al-Hussein received a phone call from President Ebrahim Raisi.",
        "Abdullah II + Ebrahim Raisi" },
      { "President Emmanuel Macron spoke by phone with King Abdullah II bin Al Hussein on Monday.",
        "Abdullah II + Emmanuel Macron" },
      -- (the short form the press writes without "Sheikh")
      { "Sabah al-Ahmad received a phone call from President Hassan Rouhani.",
        "Hassan Rouhani + Sabah Al-Ahmad Al-Jaber Al-Sabah", "2017-02-15" } }) do
    eq(sorted_call_pairs(briefing({ c[1] }, c[3] or "2023-10-11")), { c[2] }, c[1])
  end
end)

test("a style with no name after it stands for its person", function()
  local ex = extract({ "Crown Prince Mohammed bin Salman received a phone call today from President Ebrahim Raisi.",
    "His Royal Highness affirmed the Kingdom's support for a ceasefire." }, "2023-10-11")
  ok(has(claim_lines(ex), "Saudi Arabia | Mohammed bin Salman | - | affirmed the Kingdom's support for a ceasefire"),
    table.concat(claim_lines(ex), "; "))
  local _, ex2 = page_run("ABU DHABI, 14th February, 2024 (WAM) -- Sheikh Mohamed bin Zayed received a phone call"
    .. " today from President Abdel Fattah El Sisi.\n\nHis Highness and President El Sisi stressed the need for an"
    .. " immediate ceasefire.\n")
  ok(has(claim_lines(ex2), "United Arab Emirates | joint | Emirates News Agency | stressed the need for an immediate ceasefire"),
    table.concat(claim_lines(ex2), "; "))
end)
