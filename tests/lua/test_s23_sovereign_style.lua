-- Session 23: a sovereign's style standing for its person ("His Majesty
-- thanked President Biden ...", "His Highness thanked ...") is the one
-- participant of the call who reigns on the day (a king, queen, emperor
-- or sultan for "Majesty"; an emir, crown prince or grand duke for
-- "Highness"), not the man named last.  And a court's page whose footer
-- reads "© 2021 The Royal Hashemite Court. All rights reserved." is that
-- court's readout: the outlet loses the stop, and "The" before a body the
-- gazetteer knows no longer hides it.  Sentences of our own.

test("'His Majesty thanked President X' after a sentence of X's", function()
  eq(claim_lines(extract({ "King Mohammed VI received a phone call from President Macron on Monday.",
      "Macron praised Morocco's reforms.",
      "His Majesty stressed the importance of the partnership with France." }, "2019-03-12")),
    { "France | Emmanuel Macron | - | praised Morocco's reforms",
      "Morocco | Mohammed VI | - | stressed the importance of the partnership with France" })
end)

test("'His Majesty' and the other leader as the object of the same sentence", function()
  eq(claim_lines(extract({ "His Majesty King Abdullah II received a phone call on Friday from President Joe Biden.",
      "During the call, President Biden affirmed the United States' support for Jordan.",
      "His Majesty thanked President Biden and stressed the depth of the partnership." }, "2021-05-22")),
    { "United States | Joe Biden | - | affirmed the United States' support for Jordan",
      "Jordan | Abdullah II | - | thanked President Biden and stressed the depth of the partnership" })
end)

test("a sultan styled 'His Majesty'", function()
  eq(claim_lines(extract({ "His Majesty Sultan Qaboos received a telephone call from President Rouhani on Tuesday.",
      "Rouhani thanked Oman for its mediation.",
      "His Majesty affirmed the importance of dialogue between neighbours." }, "2019-01-16")),
    { "Iran | Hassan Rouhani | - | thanked Oman for its mediation",
      "Oman | Qaboos bin Said | - | affirmed the importance of dialogue between neighbours" })
end)

test("an emir styled 'His Highness'", function()
  eq(claim_lines(extract({ "The Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, received a phone call from President Erdogan on Monday.",
      "Erdogan expressed Turkey's support for Qatar.",
      "His Highness thanked the Turkish president for his position." }, "2017-06-12")),
    { "Turkey | Recep Tayyip Erdoğan | - | expressed Turkey's support for Qatar",
      "Qatar | Tamim bin Hamad Al Thani | - | thanked the Turkish president for his position" })
end)

test("'Her Majesty' on a call with one woman, as before", function()
  eq(claim_lines(extract({ "Queen Elizabeth spoke by telephone with Prime Minister Trudeau on Thursday.",
      "Mr. Trudeau praised the strength of the Commonwealth.",
      "Her Majesty thanked the Prime Minister for his good wishes on her birthday." }, "2020-04-24")),
    { "Canada | Justin Trudeau | - | praised the strength of the Commonwealth",
      "United Kingdom | Elizabeth II | - | thanked the Prime Minister for his good wishes on her birthday" })
end)

test("two sovereigns on the call: the style settles nothing, as before", function()
  eq(claim_lines(extract({ "King Salman received a phone call from King Abdullah II on Monday.",
      "King Abdullah expressed his condolences.",
      "His Majesty thanked him for his kind words." }, "2019-03-12")),
    { "Jordan | Abdullah II | - | expressed his condolences",
      "Jordan | Abdullah II | - | thanked him for his kind words" })
end)

test("a court's page: its footer names the court the gazetteer knows", function()
  local _, ex = page_run("The Royal Hashemite Court\n\nNews\n\nAmman, 12 March 2019\n\nKing receives phone call from French President\n\n"
    .. "His Majesty King Abdullah II received a phone call today from French President Emmanuel Macron.\n\n"
    .. "President Macron reaffirmed France's support for Jordan's role in the region.\n\n"
    .. "His Majesty stressed the need to reach a just settlement of the Palestinian question.\n\n"
    .. "Share | Print\n\n© 2019 The Royal Hashemite Court. All rights reserved.\n")
  eq(claim_lines(ex), {
    "Jordan | Emmanuel Macron | Royal Hashemite Court | reaffirmed France's support for Jordan's role in the region",
    "Jordan | Abdullah II | Royal Hashemite Court | stressed the need to reach a just settlement of the Palestinian question" })
end)
