-- An official site that names itself "<body>, <country>" or "<body>,
-- <capital>" (session 15, cl15): "Prime Minister's Office, Republic of
-- Singapore", "Ministry of Foreign Affairs, Wellington".  Its page is that
-- country's readout: the other leader's words in it are its account too.
-- A news outlet of that shape ("Daily Herald, Singapore") is no readout.
-- Invented releases.

local function lines(paras, pub, outlet)
  return claim_lines(extract(paras, pub, { outlet = outlet }))
end

test("a prime minister's office, a comma and the country", function()
  local got = lines({ "Prime Minister Lee Hsien Loong received a telephone call from Prime Minister Shinzo Abe of Japan this afternoon.",
    "Prime Minister Abe said that Japan would send a team of engineers to help with the new rail link." },
    "2015-03-20", "Prime Minister's Office, Republic of Singapore")
  ok(has(got, "Singapore | Shinzo Abe | Prime Minister's Office | Japan would send a team of engineers to help with the new rail link"),
    table.concat(got, "\n"))
end)

test("a ministry, a comma and the capital", function()
  local got = lines({ "Foreign Minister Murray McCully spoke by telephone with Foreign Minister Julie Bishop of Australia on Monday.",
    "Ms Bishop said that Canberra would support the candidacy of New Zealand for the Security Council." },
    "2014-06-02", "Ministry of Foreign Affairs, Wellington")
  ok(has(got, "New Zealand | Julie Bishop | Ministry of Foreign Affairs | Canberra would support the candidacy of New Zealand for the Security Council"),
    table.concat(got, "\n"))
end)

test("a newspaper, a comma and its city is no readout", function()
  local got = lines({ "Prime Minister Lee Hsien Loong received a telephone call from Prime Minister Shinzo Abe of Japan this afternoon.",
    "Prime Minister Abe said that Japan would send a team of engineers to help with the new rail link." },
    "2015-03-20", "Daily Herald, Singapore")
  ok(has(got, "Japan | Shinzo Abe | - | Japan would send a team of engineers to help with the new rail link"),
    table.concat(got, "\n"))
end)
