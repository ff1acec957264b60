-- Official pages of no outlet, session 12: a readout titled "Telephone
-- conversation with <the other leader>" is its own leader's side's
-- account, the other leader's words in it included; a transcript whose
-- title ends in its full date is of that day.  Short invented pages.

local run = page_run

test("a readout titled with the other leader: its account throughout", function()
  local _, ex = run("Telephone conversation with Federal Chancellor Helmut Kohl\n\nMarch 4, 1997\n\n"
    .. "Boris Yeltsin had a telephone conversation with Helmut Kohl.\n\n"
    .. "Helmut Kohl expressed his support for the talks on a charter with NATO.\n")
  eq(claim_lines(ex), { "Russia | Helmut Kohl | - | expressed his support for the talks on a charter with NATO" })
end)

test("a transcript's title ending in its date", function()
  local d = run("Transcript of the Foreign Ministry Spokesperson's Regular Press Conference on March 4, 1997\n\n"
    .. "Q: Did the two presidents speak by telephone yesterday? Can you give details?\n\n"
    .. "A: They did. They discussed the enlargement of NATO and agreed to meet in Helsinki.\n")
  eq({ d.published, d.published_basis }, { "1997-03-04", "title" })
  -- (a date inside the title is no page's date)
  local d2 = run("What changed on March 4, 1997 for the talks in Helsinki\n\n"
    .. "The two presidents spoke by telephone and agreed to meet in Helsinki later in the month.\n")
  eq(d2.published, nil)
end)
