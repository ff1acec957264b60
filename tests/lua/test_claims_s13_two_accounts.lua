-- Two accounts in one sentence and "they" after a body, session 13:
-- "A said X, while B said Y" (and ", but", ", and", ", whereas") is two
-- accounts, each its own teller's, when the first clause has its own verb
-- of saying; "They said" after a sentence whose subject is a body of
-- several people ("White House officials described the call
-- differently.") goes on with that body's account.  Short invented
-- paragraphs.

test("two tellers joined by a conjunction", function()
  local ex = extract({ "Antony Blinken spoke by phone with Abdel Fattah al-Burhan on Tuesday.",
    "The army said Burhan had agreed to send a delegation to Jeddah, while the State Department said Blinken had pressed for a longer truce." },
    "2023-04-27")
  local lines = claim_lines(ex)
  ok(has(lines, "Sudan | Abdel Fattah al-Burhan | - | agreed to send a delegation to Jeddah"), table.concat(lines, "\n"))
  ok(has(lines, "United States | Antony Blinken | State Department | pressed for a longer truce"), table.concat(lines, "\n"))
  ex = extract({ "Antony Blinken spoke by phone with Abdel Fattah al-Burhan on Tuesday.",
    "The army said Burhan had agreed to a ceasefire, but the State Department said Blinken had asked for access for aid." },
    "2023-04-27")
  lines = claim_lines(ex)
  ok(has(lines, "Sudan | Abdel Fattah al-Burhan | - | agreed to a ceasefire"), table.concat(lines, "\n"))
end)

test("they after a body of several people", function()
  local ex = extract({ "In the early hours of Tuesday, President Reagan telephoned Mrs. Thatcher.",
    { "White House officials described the call differently.",
      "They said that Mrs. Thatcher had accepted the President's explanation." } }, "1983-10-27")
  ok(has(claim_lines(ex), "United States | Margaret Thatcher | White House officials | accepted the President's explanation"),
    table.concat(claim_lines(ex), "\n"))
end)

test("his office after an office of a stated side as the subject", function()
  local ex = extract({ "Mr Obama also called Benjamin Netanyahu on Tuesday evening.",
    "The Israeli prime minister agreed to give the Egyptian initiative a chance, his office said." }, "2012-11-21")
  ok(has(claim_lines(ex), "Israel | Benjamin Netanyahu | his office | agreed to give the Egyptian initiative a chance"),
    table.concat(claim_lines(ex), "\n"))
end)
