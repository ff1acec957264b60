-- The gazetteer's office holders of the 2000s (China to Japan, the EU and
-- the organisations): calls of those years name the people in office then,
-- role phrases resolve by the date, and ordinary words that are also their
-- surnames (Blair House, a Brown University study, Fox News, a straw poll)
-- name nobody.  The articles are short ones written for the test.

test("Blair and Chirac on Iraq, 2003: both named, by full name and by surname", function()
  local b = briefing({
    "British Prime Minister Tony Blair spoke to French President Jacques Chirac by telephone on Tuesday about Iraq.",
    "Blair told Chirac that a second resolution was still possible, a spokesman said.",
  }, "2003-03-12")
  eq(call_pairs(b), { "Jacques Chirac + Tony Blair" })
  eq(b.calls[1].date, "2003-03-11")
end)

test("ordinary words that are surnames of the time name nobody", function()
  local ex = extract({
    "A reception for the delegation was held at Blair House in Washington on Monday.",
    "Fox News and a Brown University study were cited, and a straw poll was taken.",
    "Howard University students watched a Sharon Stone film before the talks.",
  }, "2003-05-06")
  local set = names_in(ex)
  for _, who in ipairs({ "Tony Blair", "Gordon Brown", "Jack Straw", "John Howard", "Ariel Sharon" }) do
    ok(not set[who], who .. " is not mentioned")
  end
end)

test("the real uses of those surnames do name the people", function()
  local ex = extract({ "Howard and Chirac discussed Iraq in a telephone call on Monday." }, "2003-04-08")
  local set = names_in(ex)
  ok(set["John Howard"], "Howard")
  ok(set["Jacques Chirac"], "Chirac")
  -- Koizumi and Fischer are surnames of two gazetteer people each (Shinjirō
  -- Koizumi later, Heinz Fischer from 2004): the date settles them.
  eq(call_pairs(briefing({ "Howard and Koizumi discussed Iraq in a telephone call on Monday." }, "2003-04-08")),
    { "John Howard + Junichiro Koizumi" })
  eq(call_pairs(briefing({ "Straw spoke by phone with Fischer on Sunday about the Middle East." }, "2003-04-08")),
    { "Jack Straw + Joschka Fischer" })
  eq(call_pairs(briefing({ "Blair spoke by phone with Schroeder on Sunday." }, "2002-09-30")),
    { "Gerhard Schröder + Tony Blair" })
end)

test("role phrases resolve to the office holders of the 2000s", function()
  local b = briefing({ "The German chancellor spoke by telephone with the Chinese president on Wednesday." }, "2002-06-20")
  eq(call_pairs(b), { "Gerhard Schröder + Jiang Zemin" })
  b = briefing({ "The Italian prime minister spoke by telephone with the Indian prime minister on Thursday." }, "2003-10-31")
  eq(call_pairs(b), { "Atal Bihari Vajpayee + Silvio Berlusconi" })
end)

test("Olmert is Israel's prime minister from Sharon's stroke; Katsav and Itzik presidents", function()
  local b = briefing({ "The Israeli prime minister spoke by phone with the French president on Friday." }, "2006-02-11")
  eq(call_pairs(b), { "Ehud Olmert + Jacques Chirac" })
  b = briefing({ "The Israeli prime minister spoke by phone with the French president on Friday." }, "2005-08-13")
  eq(call_pairs(b), { "Ariel Sharon + Jacques Chirac" })
  -- the presidency: Katsav until his suspension, then Itzik acting
  b = briefing({ "The Israeli president spoke by phone with the Greek president on Friday." }, "2004-06-12")
  eq(call_pairs(b), { "Kostis Stephanopoulos + Moshe Katsav" })
  b = briefing({ "The Israeli president spoke by phone with the Greek president on Friday." }, "2007-03-10")
  eq(call_pairs(b), { "Dalia Itzik + Karolos Papoulias" })
end)

test("father and son: Heydar and Ilham Aliyev, Fidel and Raúl Castro, by the date", function()
  -- A bare surname the two share is settled by the call's date (link).
  local b = briefing({ "Heydar Aliyev spoke by telephone with Vladimir Putin on Tuesday." }, "2001-06-06")
  eq(call_pairs(b), { "Heydar Aliyev + Vladimir Putin" })
  b = briefing({ "The Azerbaijani president spoke by telephone with the French president on Tuesday." }, "2001-06-06")
  eq(call_pairs(b), { "Heydar Aliyev + Jacques Chirac" })
  b = briefing({ "Aliyev spoke by telephone with Vladimir Putin on Tuesday." }, "2001-06-06")
  eq(call_pairs(b), { "Heydar Aliyev + Vladimir Putin" })
  b = briefing({ "Aliyev spoke by telephone with Vladimir Putin on Saturday." }, "2020-10-04")
  eq(call_pairs(b), { "Ilham Aliyev + Vladimir Putin" })
  b = briefing({ "Castro spoke by telephone with Vladimir Putin on Monday." }, "2003-03-04")
  eq(call_pairs(b), { "Fidel Castro + Vladimir Putin" })
  b = briefing({ "Castro spoke by telephone with Vladimir Putin on Monday." }, "2014-03-04")
  eq(call_pairs(b), { "Raúl Castro + Vladimir Putin" })
end)

test("organisations: Solana, Prodi and ElBaradei in their 2000s offices", function()
  local b = briefing({ "The EU foreign policy chief Javier Solana spoke by phone with Iranian Foreign Minister Kamal Kharazi on Monday." }, "2004-09-14")
  eq(call_pairs(b), { "Javier Solana + Kamal Kharazi" })
  b = briefing({ "Mohamed ElBaradei spoke by telephone with Mohammad Khatami on Sunday." }, "2003-08-25")
  eq(call_pairs(b), { "Mohamed ElBaradei + Mohammad Khatami" })
  b = briefing({ "Commission President Romano Prodi spoke by phone with the Spanish prime minister on Friday." }, "2002-05-18")
  eq(call_pairs(b), { "José María Aznar + Romano Prodi" })
end)
