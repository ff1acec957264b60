-- Accounts of a call, session 10: a participant who "told him" or
-- "assured her" something in a side's account reports the call ("The
-- White House says Bush told him the deadline would stand"); and "he" in
-- what a person's office says is that person ("Lahoud's office said he had
-- assured Chirac ...").  Short invented paragraphs.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end

test("a participant telling the other party, in an account of the present tense", function()
  eq(lines({ "Soviet President Mikhail Gorbachev telephoned President George Bush on Saturday.",
      "The White House says Bush told him the deadline would stand." }, "1991-01-14"),
    { "United States | George H. W. Bush | The White House | the deadline would stand" })
  eq(lines({ "Prime Minister Brian Mulroney spoke by telephone with Chancellor Helmut Kohl on Monday.",
      "Ottawa says Mulroney assured him that Canada would keep its brigade in Germany." }, "1989-05-09"),
    { "Canada | Brian Mulroney | Ottawa | Canada would keep its brigade in Germany" })
  eq(lines({ "President Nelson Mandela telephoned President Robert Mugabe on Friday.",
      "Pretoria says Mandela urged him to hold the election on time." }, "1995-03-12"),
    { "South Africa | Nelson Mandela | Pretoria | urged him to hold the election on time" })
end)

test("'he' in what a person's office says is that person", function()
  eq(lines({ "French President Jacques Chirac telephoned Lebanese President Emile Lahoud on Saturday.",
      "Lahoud's office said he had assured Chirac that Lebanon would respect the resolution." }, "2005-03-21"),
    { "Lebanon | Émile Lahoud | Lahoud's office | Lebanon would respect the resolution" })
  eq(lines({ "Chancellor Gerhard Schröder spoke by phone with President Vladimir Putin on Tuesday.",
      "Putin's office said he had told Schröder that Russia would honour its gas contracts." }, "2004-12-15"),
    { "Russia | Vladimir Putin | Putin's office | Russia would honour its gas contracts" })
end)
