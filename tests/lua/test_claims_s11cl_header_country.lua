-- A readout whose title is a government body of no stated country and
-- the country's name on one line, cut by a separator, session 11:
-- "Department of Foreign Affairs -- Republic of the Philippines": the
-- page is that country's account, the other leader's words included (the
-- session 10 rule read the two on header lines of their own).  Invented
-- readouts.

local function lines(paras, pub, title)
  return claim_lines(extract(paras, pub, { title = title }))
end

test("body -- country", function()
  eq(lines({ "Department of Foreign Affairs -- Republic of the Philippines",
    "President Benigno Aquino spoke by telephone with Prime Minister Shinzo Abe on Tuesday evening.",
    "Prime Minister Abe expressed Japan's readiness to send relief teams to the areas struck by the typhoon." },
    "2013-11-12", "Department of Foreign Affairs -- Republic of the Philippines"),
    { "Philippines | Shinzo Abe | Department of Foreign Affairs | expressed Japan's readiness to send relief teams to the areas struck by the typhoon" })
end)

test("body | country, and country - body", function()
  eq(lines({ "Cabinet Secretariat | Republic of Indonesia",
    "President Joko Widodo received a telephone call from Prime Minister Malcolm Turnbull on Friday.",
    "Prime Minister Turnbull conveyed Australia's condolences for the victims of the earthquake in Lombok." },
    "2018-08-10", "Cabinet Secretariat | Republic of Indonesia"),
    { "Indonesia | Malcolm Turnbull | Cabinet Secretariat | conveyed Australia's condolences for the victims of the earthquake in Lombok" })
  eq(lines({ "Republic of Korea - Office of the President",
    "President Moon Jae-in spoke by telephone with President Emmanuel Macron on Monday.",
    "President Macron said France would support the peace process on the Korean Peninsula." },
    "2018-04-30", "Republic of Korea - Office of the President"),
    { "South Korea | Emmanuel Macron | Office of the President | France would support the peace process on the Korean Peninsula" })
end)
