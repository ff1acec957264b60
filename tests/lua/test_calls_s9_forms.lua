-- Call nouns before "on" and "of", session 9: "a brief call on Thursday",
-- "a 90-minute call on 3 May", "a call of more than two hours" are calls;
-- "called on X to ...", "a call on Western governments to ...", "the call
-- of duty" are not.  Short invented sentences.

local function pairs_of(paras, pub) return call_pairs(briefing(paras, pub or "2019-11-22"), "date") end

test("'on' opening a time after a call noun", function()
  eq(pairs_of({ "Prime Minister Shinzo Abe and President Moon Jae-in held a brief call on Thursday." }),
    { "Moon Jae-in + Shinzo Abe @ 2019-11-21" })
  eq(pairs_of({ "Chancellor Angela Merkel and President Emmanuel Macron had a 40-minute call on 19 November." }),
    { "Angela Merkel + Emmanuel Macron @ 2019-11-19" })
  eq(pairs_of({ "President Joe Biden and President Xi Jinping held a call on Thursday to discuss trade." }),
    { "Joe Biden + Xi Jinping @ 2019-11-21" })
  eq(pairs_of({ "President Vladimir Putin and President Recep Tayyip Erdoğan held a long call on the morning of the summit." }),
    { "Recep Tayyip Erdoğan + Vladimir Putin @ 2019-11-22" })
end)

test("'of' opening the call's length", function()
  eq(pairs_of({ "President Donald Trump and President Xi Jinping held a call of more than an hour on Monday." }),
    { "Donald Trump + Xi Jinping @ 2019-11-18" })
  eq(pairs_of({ "Prime Minister Boris Johnson held a call of some 30 minutes with Prime Minister Leo Varadkar on Wednesday." }),
    { "Boris Johnson + Leo Varadkar @ 2019-11-20" })
end)

test("appeals stay appeals", function()
  eq(pairs_of({ "President Emmanuel Macron called on President Vladimir Putin to withdraw his troops on Monday." }), {})
  eq(pairs_of({ "Chancellor Angela Merkel renewed her call on Western governments to support President Volodymyr Zelensky." }), {})
  eq(pairs_of({ "President Donald Trump praised the call of duty answered by President Moon Jae-in's soldiers." }), {})
end)

test("a hyphenated modifier of lower-case words names nobody", function()
  -- ("hour" and "long" must not be read as the surnames Hor and Loong)
  eq(pairs_of({ "Prime Minister Alexis Tsipras and Prime Minister Zoran Zaev held an hour-long call on Monday." }),
    { "Alexis Tsipras + Zoran Zaev @ 2019-11-18" })
  eq(pairs_of({ "Chancellor Angela Merkel held an hour-long call with President Emmanuel Macron on Monday." }),
    { "Angela Merkel + Emmanuel Macron @ 2019-11-18" })
  -- a pair of surnames still names the two
  eq(pairs_of({ "The Merkel-Macron call on Monday lasted an hour." }),
    { "Angela Merkel + Emmanuel Macron @ 2019-11-18" })
end)

test("a subject in apposition before the verb of speaking", function()
  eq(pairs_of({ "The Saudi foreign minister, Faisal bin Farhan, spoke with Israeli Prime Minister Benjamin Netanyahu on Monday." }),
    { "Benjamin Netanyahu + Faisal bin Farhan Al Saud @ 2019-11-18" })
  eq(pairs_of({ "The Turkish president, Recep Tayyip Erdoğan, talked with President Vladimir Putin on Tuesday." }),
    { "Recep Tayyip Erdoğan + Vladimir Putin @ 2019-11-19" })
  -- the object of a coordinated verb is no subject
  eq(pairs_of({ "President Recep Tayyip Erdoğan met President Volodymyr Zelensky in Lviv, spoke with President Vladimir Putin and flew home." }),
    {})
end)

test("one more call of a series names one party: the hub is the other", function()
  local paras = { "President Emmanuel Macron called President Vladimir Putin on Friday.",
    "Macron then called President Volodymyr Zelensky to brief him." }
  local function with(last)
    return sorted_call_pairs(briefing({ paras[1], paras[2], last }, "2022-10-21"), "date")
  end
  eq(with("A third call, with President Recep Tayyip Erdoğan, is expected on Monday, officials said."),
    { "Emmanuel Macron + Recep Tayyip Erdoğan @ 2022-10-24", "Emmanuel Macron + Vladimir Putin @ 2022-10-21",
      "Emmanuel Macron + Volodymyr Zelensky @ 2022-10-21" })
  eq(with("Another call with Chancellor Olaf Scholz followed on Friday evening."),
    { "Emmanuel Macron + Olaf Scholz @ 2022-10-21", "Emmanuel Macron + Vladimir Putin @ 2022-10-21",
      "Emmanuel Macron + Volodymyr Zelensky @ 2022-10-21" })
end)

test("a round of calls: one call per person listed", function()
  eq(sorted_call_pairs(briefing({ "Secretary-General António Guterres spent much of Friday on the telephone, speaking with President Abdel Fattah al-Sisi, President Isaac Herzog and King Abdullah II." }, "2019-11-22"), "date"), { "Abdel Fattah al-Sisi + António Guterres @ 2019-11-22", "Abdullah II + António Guterres @ 2019-11-22",
    "António Guterres + Isaac Herzog @ 2019-11-22" })
  eq(sorted_call_pairs(briefing({ { "President Emmanuel Macron was on the telephone on Friday with Chancellor Olaf Scholz, Prime Minister Rishi Sunak and Prime Minister Giorgia Meloni.",
    "In each call, he pressed for a common position on the grain corridor." } }, "2023-07-22"), "date"), { "Emmanuel Macron + Giorgia Meloni @ 2023-07-21", "Emmanuel Macron + Olaf Scholz @ 2023-07-21",
    "Emmanuel Macron + Rishi Sunak @ 2023-07-21" })
  -- one conference stays one
  eq(pairs_of({ "President Emmanuel Macron was on a video link on Friday with Chancellor Olaf Scholz, Prime Minister Rishi Sunak and Prime Minister Giorgia Meloni." }, "2023-07-22"),
    { "Emmanuel Macron + Giorgia Meloni + Olaf Scholz + Rishi Sunak @ 2023-07-21" })
end)

test("a question 'whether' two spoke reports no call, 'Mr.' or not", function()
  -- (session 21: answered no, it is a denied call of the two, cf21)
  eq(sorted_call_pairs(briefing({ "Asked whether Mr. Guterres had spoken with President Vladimir Putin, Mr. Dujarric said no." },
    "2019-11-22"), "status"), { "António Guterres + Vladimir Putin: denied" })
  eq(pairs_of({ "Asked whether Mrs. Merkel had talked to President Xi Jinping by phone, the spokesman declined to say." }), {})
end)

test("'a week ago' after the person called is a time, not a name given", function()
  local function dated(s) return call_pairs(briefing({ s }, "2019-11-22"), "basis") end
  eq(dated("President Emmanuel Macron telephoned President Vladimir Putin a week ago."),
    { "Emmanuel Macron + Vladimir Putin @ 2019-11-15 (relative)" })
  eq(dated("Chancellor Angela Merkel called President Donald Trump two weeks ago."),
    { "Angela Merkel + Donald Trump @ 2019-11-08 (relative)" })
  eq(dated("Prime Minister Boris Johnson rang President Emmanuel Macron a few days ago."),
    { "Boris Johnson + Emmanuel Macron @ 2019-11-22 (reported)" })
  -- "called X a Y" still names
  eq(dated("President Donald Trump called President Emmanuel Macron a loser."), {})
end)
